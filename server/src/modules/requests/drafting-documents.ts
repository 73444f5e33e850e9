// Documents filed with a request draft (a photograph of the seized parcel, a court order): PDF, PNG or JPEG, their
// type checked from their content, at most the configured size (REQUEST_DOCUMENT_MAX_MB: one fits an exchange
// envelope) and DOCUMENTS_PER_REQUEST of them. They leave with the request when it is sent, each as its own record.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { checkedFiles } from '../../platform/documents.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { auditRead, isSensitive, mayRead, stricter, type Handling } from '../../platform/handling/index.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { changedBy } from './drafting.js';
import { requireStanding, requireWorker } from './input-checks.js';
import { actorName, auditRequest } from './kit.js';
import { readableRequest } from './queries.js';
import * as repo from './repo.js';
import * as writes from './repo-writes.js';
import type { z } from 'zod';
import type { DocumentInput, DocumentView } from './schemas.js';

export const DOCUMENTS_PER_REQUEST = 10;

async function lockedDraft(tx: Db, ctx: Ctx, id: string) {
  const row = await repo.getForUpdate(tx, id);
  if (!row) throw new NotFound(`no request ${id}`);
  if (row.originParty !== ctx.config.party) throw new Forbidden(`${row.reference} is ${row.originParty}'s request`, 'wrong-party');
  const mark = requireStanding(ctx, row, `file documents with ${row.reference}`, 'not-requesting-agency');
  if (row.status !== 'draft') throw new Conflict(`${row.reference} is ${row.status}: documents are filed with a draft`, 'request-not-draft');
  return { row, mark };
}

/** Files a document with a draft; checked (type by content, size) before anything is written. */
export async function addRequestDocument(ctx: Ctx, id: string, input: DocumentInput): Promise<z.infer<typeof DocumentView>> {
  requireWorker(ctx, 'file documents with requests');
  const [file] = checkedFiles([input], ctx.config.requestDocumentMaxBytes);
  if (!file) throw new Error('no document checked');
  const name = await actorName(ctx.db, ctx);
  return withTx(ctx, async (tx) => {
    const { row, mark } = await lockedDraft(tx, ctx, id);
    if ((await writes.requestDocumentCount(tx, id)) >= DOCUMENTS_PER_REQUEST) throw new Conflict(`at most ${DOCUMENTS_PER_REQUEST} documents go with a request`, 'too-many-documents');
    const d = await writes.insertDocument(tx, { id: newId(), requestId: id, stepId: null, party: row.originParty, filename: file.filename, mediaType: file.mediaType, size: file.bytes.length, sha256: sha256Hex(file.bytes), content: file.bytes, createdByName: name, createdAt: ctx.clock.now() });
    await writes.updateRequest(tx, id, changedBy(ctx, row));
    await auditRequest(tx, ctx, 'document-added', id, { reference: row.reference, documentId: d.id, filename: d.filename, mediaType: d.mediaType, size: d.size, sha256: d.sha256, ...mark });
    const { content: _content, requestId: _request, ...view } = d;
    return view;
  });
}

export async function removeRequestDocument(ctx: Ctx, id: string, documentId: string): Promise<void> {
  requireWorker(ctx, 'remove documents from requests');
  await withTx(ctx, async (tx) => {
    const { row, mark } = await lockedDraft(tx, ctx, id);
    const filename = await writes.deleteDocument(tx, id, documentId);
    if (filename === undefined) throw new NotFound(`no document ${documentId} with ${row.reference}`);
    await writes.updateRequest(tx, id, changedBy(ctx, row));
    await auditRequest(tx, ctx, 'document-removed', id, { reference: row.reference, documentId, filename, ...mark });
  });
}

/**
 * A document of the request (its own or a step's), for whoever may read the request; a person's read of one marked
 * AMBER or RED (the stricter of the request's handling and its step's) is audited.
 */
export async function requestDocumentFile(ctx: Ctx, id: string, documentId: string): Promise<{ filename: string; mediaType: string; content: Buffer }> {
  const row = await readableRequest(ctx, id);
  const d = await repo.getDocument(ctx.db, id, documentId);
  // A document that came with a step marked stricter than the request is as hidden as that step.
  const step = d?.stepId ? await repo.getStep(ctx.db, d.stepId) : undefined;
  const handling = stricter(row.handling as Handling, (step?.handling ?? row.handling) as Handling);
  if (!d || !mayRead(ctx.actor, handling)) throw new NotFound(`no document ${documentId} with this request`);
  if (isSensitive(handling)) await withTx(ctx, (tx) => auditRead(tx, ctx, { action: 'request.read', subjectType: 'request', subjectId: id, reference: row.reference, handling, for: `document ${d.id}` }));
  return { filename: d.filename, mediaType: d.mediaType, content: d.content };
}
