// Documents filed with a notification (a permit, an end-user certificate): PDF, PNG or JPEG, at most 4 MiB each,
// their type checked from their content — a file whose bytes are not what it claims is refused. Up to 5 are filed
// with the draft; an answer to a request for information carries up to 5 more of its own, tied to its
// `info-provided` event (`answerEventId`) and given in the same request, so a refused answer keeps none. Each travels
// to the importing node as its own record (`notification-attachment`, with its SHA-256 and the event it came with),
// once, after the notification record naming that event; the importer checks size, hash and type again. The tie is
// an id, not a foreign key, so a document applied before or after its event still shows beside it.
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { sniff, typeProblem } from '../../platform/documents.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { publish, type ApplyOutcome, type KindHandler } from '../exchange/index.js';
import * as repo from './repo.js';
import { restoreAttachment } from './restore-attachment.js';
import { ATTACHMENT_TYPES, type AttachmentType, type AttachmentView } from './schemas.js';
import { notificationAttachments } from './tables.js';
import { actorName, addEvent, audit, lockRow, requireExporter, requireOfficer } from './use-case-kit.js';

export const ATTACHMENT_KIND = 'notification-attachment';
export const ATTACHMENT_MAX_BYTES = 4 * 1024 * 1024;
/** Documents filed with the draft; each answer to a request for information may carry DOCUMENTS_PER_ANSWER more. */
export const ATTACHMENTS_PER_NOTIFICATION = 5;

const att = notificationAttachments;
const viewColumns = { id: att.id, filename: att.filename, mediaType: att.mediaType, size: att.size, sha256: att.sha256, createdByName: att.createdByName, createdAt: att.createdAt, answerEventId: att.answerEventId };

export async function attachmentsOf(db: Db, notificationId: string): Promise<AttachmentView[]> {
  const rows = await db.select(viewColumns).from(notificationAttachments).where(eq(notificationAttachments.notificationId, notificationId)).orderBy(asc(notificationAttachments.createdAt), asc(notificationAttachments.id));
  return rows.map((r) => ({ ...r, mediaType: r.mediaType as AttachmentType }));
}

/** Files a document with a draft (documents given with information go with the answer: `provideInformation`). */
export async function addAttachment(ctx: Ctx, id: string, file: { filename: string; mediaType: string; bytes: Buffer }): Promise<AttachmentView> {
  requireOfficer(ctx);
  const problem = typeProblem(file.bytes, file.mediaType);
  if (problem) throw problem;
  return withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    if (row.state !== 'draft') throw new Conflict('documents are filed with a draft, or given with the information the importing authority asked for', 'attachments-closed');
    const [held] = await tx.select({ n: count() }).from(att).where(and(eq(att.notificationId, id), isNull(att.answerEventId)));
    if ((held?.n ?? 0) >= ATTACHMENTS_PER_NOTIFICATION) throw new Conflict(`at most ${ATTACHMENTS_PER_NOTIFICATION} documents with a draft; an answer to a request for information carries its own`, 'too-many-attachments');
    const attachment = { id: newId(), notificationId: id, filename: file.filename, mediaType: file.mediaType, size: file.bytes.length, sha256: sha256Hex(file.bytes), content: file.bytes, createdByName: await actorName(tx, ctx), createdAt: ctx.clock.now(), answerEventId: null };
    await tx.insert(notificationAttachments).values(attachment);
    await addEvent(tx, ctx, id, 'attachment-added', file.filename);
    await audit(tx, ctx, 'attachment-added', id, { attachmentId: attachment.id, filename: file.filename, mediaType: file.mediaType, size: attachment.size, sha256: attachment.sha256, ...mark });
    const { content: _content, notificationId: _n, ...view } = attachment;
    return { ...view, mediaType: file.mediaType as AttachmentType };
  });
}

export async function removeAttachment(ctx: Ctx, id: string, attachmentId: string): Promise<void> {
  requireOfficer(ctx);
  await withTx(ctx, async (tx) => {
    const row = await lockRow(tx, id);
    const mark = requireExporter(ctx, row);
    if (row.state !== 'draft') throw new Conflict('a document that was sent stays on record', 'not-a-draft');
    const gone = await tx.delete(notificationAttachments).where(and(eq(notificationAttachments.id, attachmentId), eq(notificationAttachments.notificationId, id))).returning({ filename: notificationAttachments.filename });
    if (gone.length === 0) throw new NotFound(`no document ${attachmentId} on this notification`);
    await addEvent(tx, ctx, id, 'attachment-removed', gone[0]?.filename ?? null);
    await audit(tx, ctx, 'attachment-removed', id, { attachmentId, ...mark });
  });
}

type Stored = typeof notificationAttachments.$inferSelect;

export async function publishAttachment(tx: Db, ctx: Ctx, to: string, a: Pick<Stored, 'id' | 'notificationId' | 'filename' | 'mediaType' | 'size' | 'sha256' | 'content' | 'createdByName' | 'createdAt' | 'answerEventId'>): Promise<void> {
  // A draft's document travels as it always did; one given with an answer names the answer's event.
  const answer = a.answerEventId ? { answerEventId: a.answerEventId } : {};
  const data = { notificationId: a.notificationId, filename: a.filename, mediaType: a.mediaType, size: a.size, sha256: a.sha256, createdByName: a.createdByName, createdAt: a.createdAt.toISOString(), content: a.content.toString('base64'), ...answer };
  await publish(tx, ctx, { kind: ATTACHMENT_KIND, recordId: a.id, recordVersion: 1, originParty: ctx.config.party, data, releasableTo: [to], by: ctx.actor.label });
}

/** At sending, after the notification's own envelope: every document filed with the draft (no answer yet). */
export async function publishAttachments(tx: Db, ctx: Ctx, id: string, to: string): Promise<void> {
  const rows = await tx.select().from(notificationAttachments).where(eq(notificationAttachments.notificationId, id)).orderBy(asc(notificationAttachments.createdAt));
  for (const a of rows) await publishAttachment(tx, ctx, to, a);
}

export const Wire = z.object({
  notificationId: z.uuid(),
  filename: z.string().min(1).max(200),
  mediaType: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().min(1).max(ATTACHMENT_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdByName: z.string().max(200),
  createdAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
  content: z.string().max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4),
  /** The exporter's `info-provided` event the document came with; absent for a draft's, and from older nodes. */
  answerEventId: z.uuid().optional(),
});

const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });

export const attachmentHandler: KindHandler = {
  async apply(tx, ctx, env) {
    const w = Wire.safeParse(env.body.data);
    if (!w.success) return rejected(w.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500));
    const n = await repo.get(tx, w.data.notificationId);
    if (!n || n.exportingParty !== env.from || n.importingParty !== ctx.config.party) return rejected('no notification of that party to this one with that id');
    const bytes = Buffer.from(w.data.content, 'base64');
    if (bytes.length !== w.data.size || sha256Hex(bytes) !== w.data.sha256) return rejected('the document does not match its size and SHA-256');
    if (sniff(bytes) !== w.data.mediaType) return rejected(`the document's content is not ${w.data.mediaType}`);
    const { content: _c, answerEventId, ...meta } = w.data;
    await tx.insert(notificationAttachments).values({ ...meta, answerEventId: answerEventId ?? null, id: env.recordId, content: bytes }).onConflictDoNothing();
    return { status: 'applied' };
  },
  // Called, not referenced: restore-attachment.ts reads this file's `Wire`, and a call needs no load order.
  restore: (tx, ctx, env) => restoreAttachment(tx, ctx, env),
  async purge(tx, _ctx, env) {
    const [row] = await tx.select({ notificationId: notificationAttachments.notificationId }).from(notificationAttachments).where(eq(notificationAttachments.id, env.recordId));
    const n = row ? await repo.get(tx, row.notificationId) : undefined;
    if (n?.exportingParty === env.from) await tx.delete(notificationAttachments).where(eq(notificationAttachments.id, env.recordId));
  },
};

