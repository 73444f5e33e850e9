// Restoring a document this party filed with its own notification (`notification-attachment`) from the envelope the
// importing party still holds, after this node came back from an older backup. The envelope carries the whole
// document, so it comes back whole; it is filed under its notification, which must be restored first.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { sha256Hex } from '../../platform/ids.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { sniff } from '../../platform/documents.js';
import { Wire as AttachmentWire } from './attachments.js';
import * as repo from './repo.js';
import { readWire, skipped } from './restore-kit.js';
import { notificationAttachments } from './tables.js';

export async function restoreAttachment(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  if (env.from !== ctx.config.party) return skipped(`a document from ${env.from} is not this party's own record`);
  // A document that was sent stays on record: the module never withdraws one, and there is nothing here to mark.
  if (env.body.op !== 'upsert') return skipped('a document is never withdrawn: nothing to mark');
  const w = readWire(AttachmentWire, env.body.data);
  if (typeof w === 'string') return skipped(`the document does not read: ${w}`);
  const n = await repo.get(tx, w.notificationId);
  if (!n) return skipped(`${w.filename}: its notification ${w.notificationId} is not on this node; restore the notification first`);
  if (n.exportingParty !== ctx.config.party) return skipped(`${w.filename}: ${n.reference} is not this party's notification`, n.reference);
  const bytes = Buffer.from(w.content, 'base64');
  if (bytes.length !== w.size || sha256Hex(bytes) !== w.sha256 || sniff(bytes) !== w.mediaType) return skipped(`${w.filename} does not match its size, SHA-256 and type`, n.reference);
  const { content: _content, answerEventId, ...rest } = w;
  const meta = { ...rest, answerEventId: answerEventId ?? null };
  // A document has one version, so one held here is of the same version: the peer's copy wins (KindHandler.restore).
  await tx
    .insert(notificationAttachments)
    .values({ ...meta, id: env.recordId, content: bytes })
    .onConflictDoUpdate({ target: notificationAttachments.id, set: { ...meta, content: bytes } });
  return { status: 'restored', reference: n.reference, detail: w.filename };
}
