// Documents given with the information an importing authority asked for. All are read and checked before anything
// is written — one problem names every file refused, and nothing of the answer is kept — then, in the answer's own
// transaction, each is kept tied to the answer's `info-provided` event, audited, and shared after the notification
// record that names that event.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { checkedFiles, type CheckedFile } from '../../platform/documents.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { ATTACHMENT_MAX_BYTES, publishAttachment } from './attachments.js';
import type * as repo from './repo.js';
import type { AnswerDocument } from './schemas.js';
import { notificationAttachments } from './tables.js';
import { actorName, audit, type OverrideMark } from './use-case-kit.js';

/** A document of an answer, read and found to be what it says it is. */
export type AnswerFile = CheckedFile;

/** Each document decoded and checked by its content (platform/documents.ts), at most 4 MiB each. */
export const checkedAnswerFiles = (documents: readonly AnswerDocument[]): AnswerFile[] => checkedFiles(documents, ATTACHMENT_MAX_BYTES);

type Filing = { row: repo.Row; eventId: string; mark: OverrideMark; files: readonly AnswerFile[] };

/** Inside the answer's transaction, after the notification's envelope: each document kept, audited and shared. */
export async function fileAnswerDocuments(tx: Db, ctx: Ctx, { row, eventId, mark, files }: Filing): Promise<void> {
  if (files.length === 0) return;
  const createdByName = await actorName(tx, ctx);
  for (const f of files) {
    const doc = { id: newId(), notificationId: row.id, filename: f.filename, mediaType: f.mediaType, size: f.bytes.length, sha256: sha256Hex(f.bytes), content: f.bytes, createdByName, createdAt: ctx.clock.now(), answerEventId: eventId };
    await tx.insert(notificationAttachments).values(doc);
    await audit(tx, ctx, 'attachment-added', row.id, { attachmentId: doc.id, filename: doc.filename, mediaType: doc.mediaType, size: doc.size, sha256: doc.sha256, answerEventId: eventId, ...mark });
    await publishAttachment(tx, ctx, row.importingParty, doc);
  }
}
