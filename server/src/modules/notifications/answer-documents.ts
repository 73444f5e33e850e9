// Documents given with the information an importing authority asked for. All are read and checked before anything
// is written — one problem names every file refused, and nothing of the answer is kept — then, in the answer's own
// transaction, each is kept tied to the answer's `info-provided` event, audited, and shared after the notification
// record that names that event.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError, type FieldIssue } from '../../platform/errors.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { ATTACHMENT_MAX_BYTES, publishAttachment, typeProblem, UnsupportedMedia } from './attachments.js';
import type * as repo from './repo.js';
import type { AnswerDocument, AttachmentType } from './schemas.js';
import { notificationAttachments } from './tables.js';
import { actorName, audit, type OverrideMark } from './use-case-kit.js';

/** A document of an answer, read and found to be what it says it is. */
export type AnswerFile = { filename: string; mediaType: AttachmentType; bytes: Buffer };

const TOO_LARGE = 'attachment-too-large';

class TooLarge extends AppError {
  constructor(detail: string, errors: FieldIssue[]) {
    super(413, TOO_LARGE, 'File too large', detail, errors);
  }
}

function fileProblem(bytes: Buffer, declared: string): { type: string; detail: string } | null {
  if (bytes.length > ATTACHMENT_MAX_BYTES) return { type: TOO_LARGE, detail: `the file is ${bytes.length} bytes; a document is at most ${ATTACHMENT_MAX_BYTES} (4 MiB)` };
  const problem = typeProblem(bytes, declared);
  return problem ? { type: problem.type, detail: problem.message } : null;
}

/**
 * Each document decoded and checked by its content. Any refused: one problem listing each by name at
 * `body/documents/<i>` (code and `file` for the UI), 415 when one is of a type not taken, else 413.
 */
export function checkedAnswerFiles(documents: readonly AnswerDocument[]): AnswerFile[] {
  const issues: FieldIssue[] = [];
  const files = documents.map((d, i) => {
    const bytes = Buffer.from(d.content, 'base64');
    const problem = fileProblem(bytes, d.mediaType);
    if (problem) issues.push({ path: `body/documents/${i}`, message: `${d.filename}: ${problem.detail}`, code: problem.type, params: { file: d.filename } });
    return { filename: d.filename, mediaType: d.mediaType as AttachmentType, bytes };
  });
  if (issues.length === 0) return files;
  const detail = issues.map((i) => i.message).join('; ');
  const typeIssue = issues.find((i) => i.code !== TOO_LARGE);
  throw typeIssue ? new UnsupportedMedia(detail, typeIssue.code ?? 'attachment-type-unsupported', issues) : new TooLarge(detail, issues);
}

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
