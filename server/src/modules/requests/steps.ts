// Steps filed by people: on the requested side a delay notice, a request for clarification, a partial answer, an
// answer or a refusal; on the requesting side a clarification or the closure. Every check runs before anything is
// written (step-rules.ts, documents by their content); then one transaction stores the step and its documents, moves
// the request's state and clock, audits, and sends the step and its documents to the other party. An answer that
// needs four eyes (AMBER or RED, a use restriction, or the party's rule `all`) waits, unsent and without effect,
// until a supervisor of its author's agency who did not write it (or an administrator) approves it; returned, it goes back to its author: it is deleted (its
// author files it again, changed), and the audit entry keeps what it was and why it was returned.
import type { Config } from '../../config.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { checkedFiles, type CheckedFile } from '../../platform/documents.js';
import { Conflict, Forbidden, NotFound } from '../../platform/errors.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { forgetFieldTranslations } from '../../platform/translation/index.js';
import { withTx } from '../../platform/tx.js';
import { actorName, agencyRef, auditRequest } from './kit.js';
import { answerApprover, needsApproval } from './policy.js';
import * as repo from './repo.js';
import type { StepInput } from './schemas.js';
import { applyStep, keyedFromWire, sendStep } from './step-effects.js';
import * as steps from './step-repo.js';
import { ANSWERS, checkFields, refuseNow, requestOf, requireWorker, sideOf } from './step-rules.js';
import { REQUEST_TEXTS, stepNoteField } from './texts.js';

/** A document is at most this large unless the node's configuration says less (it must fit an exchange envelope). */
export const DOCUMENT_MAX_BYTES = 4 * 1024 * 1024;
export const documentMaxBytes = (config: Config): number => Math.min(config.requestDocumentMaxBytes, DOCUMENT_MAX_BYTES);

export type Filed = { id: string; created: boolean };
const personId = (ctx: Ctx): string | null => (ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.id : null);
const documentMeta = (d: repo.DocumentRow) => ({ documentId: d.id, filename: d.filename, mediaType: d.mediaType, size: d.size, sha256: d.sha256 });

async function storeDocuments(tx: Db, ctx: Ctx, r: repo.Row, stepId: string, files: readonly CheckedFile[], createdByName: string): Promise<repo.DocumentRow[]> {
  const now = ctx.clock.now();
  const rows = files.map((f) => ({ id: newId(), requestId: r.id, stepId, party: ctx.config.party, filename: f.filename, mediaType: f.mediaType, size: f.bytes.length, sha256: sha256Hex(f.bytes), content: f.bytes, createdByName, createdAt: now }));
  return steps.insertDocuments(tx, rows);
}

type Prepared = { row: repo.Row; side: 'requester' | 'receiver'; administrator: boolean; files: CheckedFile[] } & Awaited<ReturnType<typeof checkFields>>;

/** Every check, before anything is written. */
async function prepare(ctx: Ctx, requestId: string, input: StepInput): Promise<Prepared> {
  const row = await requestOf(ctx, requestId);
  const { side, administrator } = sideOf(ctx.actor, row, ctx.config.party);
  refuseNow(row, input.kind, side, ctx.clock.now(), input.expectedAt);
  const { keyed, links } = await checkFields(ctx, input, row);
  const files = checkedFiles(input.documents, documentMaxBytes(ctx.config));
  return { row, side, administrator, files, keyed, links };
}

/** Files a step on a request; with an Idempotency-Key already used by this person, the step it filed then. */
export async function fileStep(ctx: Ctx, requestId: string, input: StepInput, opts: { idempotencyKey?: string | undefined } = {}): Promise<Filed> {
  const self = ctx.config.party;
  requireWorker(ctx.actor, self);
  const by = personId(ctx);
  const key = by ? (opts.idempotencyKey ?? null) : null;
  if (by && key) {
    const earlier = await steps.stepByIdempotencyKey(ctx.db, by, key);
    if (earlier && earlier.requestId !== requestId) throw new Conflict('this Idempotency-Key was used for a step on another request', 'idempotency-key-reused');
    if (earlier) return { id: earlier.id, created: false };
  }
  const p = await prepare(ctx, requestId, input);
  const [authorName, agency] = [await actorName(ctx.db, ctx), await agencyRef(ctx.db, ctx.actor.agencyId)];
  return withTx(ctx, async (tx) => {
    const now = ctx.clock.now();
    const row = await repo.getForUpdate(tx, requestId);
    if (!row) throw new NotFound(`no request ${requestId}`);
    refuseNow(row, input.kind, p.side, now, input.expectedAt); // again, under the row lock: two filers cannot both finish it
    const handling = input.handling ?? row.handling;
    const pending = p.side === 'receiver' && ANSWERS.includes(input.kind) && needsApproval({ handling, useRestrictions: input.useRestrictions }, (await repo.profileOf(tx, self)).fourEyes);
    const step = await repo.insertStep(tx, {
      id: newId(), requestId, party: self, kind: input.kind, state: pending ? 'pending-approval' : 'sent', agency, authorId: by, authorName, at: now,
      reason: input.reason, note: input.note, language: input.note ? (input.language ?? row.language) : input.language, expectedAt: input.expectedAt,
      handling, useRestrictions: input.useRestrictions, entities: input.entities, links: p.links, idempotencyKey: key,
    });
    const documents = await storeDocuments(tx, ctx, row, step.id, p.files, authorName);
    const mark = p.administrator ? { administratorOverride: { agency: row.agency.acronym, actorAgencyId: ctx.actor.agencyId } } : {};
    await auditRequest(tx, ctx, 'step-filed', requestId, { reference: row.reference, stepId: step.id, kind: step.kind, state: step.state, reason: step.reason, handling, documents: documents.map(documentMeta), ...mark });
    if (!pending) {
      const after = await applyStep(tx, ctx, row, step, p.keyed);
      await sendStep(tx, ctx, after, step, documents);
    }
    return { id: step.id, created: true };
  });
}

/** The pending answer and its request, locked, for its second person; 404/409/403 when it is not theirs to decide. */
async function pendingAnswer(tx: Db, ctx: Ctx, requestId: string, stepId: string): Promise<{ row: repo.Row; step: repo.StepRow; mark: Record<string, unknown> }> {
  const row = await repo.getForUpdate(tx, requestId);
  const step = row ? await steps.getStepForUpdate(tx, requestId, stepId) : undefined;
  if (!row || !step) throw new NotFound(`no step ${stepId} on request ${requestId}`);
  if (step.state !== 'pending-approval') throw new Conflict('only an answer waiting for approval is approved or returned', 'step-not-pending');
  const authorAgencyId = step.authorId ? ((await steps.authorAgencies(tx, [step.authorId])).get(step.authorId) ?? null) : null;
  const who = answerApprover(ctx.actor, ctx.config.party, { id: step.authorId, agencyId: authorAgencyId });
  if (!who) throw new Forbidden(`a supervisor of ${step.agency?.acronym ?? "the author's agency"} who did not write the answer approves or returns it`, 'four-eyes');
  const mark = who === 'administrator' ? { administratorOverride: { agency: step.agency?.acronym ?? null, authorAgencyId, actorAgencyId: ctx.actor.agencyId } } : {};
  return { row, step, mark };
}

/** A supervisor who did not write it approves a pending answer: it takes effect and leaves now. */
export async function approveStep(ctx: Ctx, requestId: string, stepId: string): Promise<void> {
  requireWorker(ctx.actor, ctx.config.party);
  const approverName = await actorName(ctx.db, ctx);
  await withTx(ctx, async (tx) => {
    const { row, step, mark } = await pendingAnswer(tx, ctx, requestId, stepId);
    const now = ctx.clock.now();
    refuseNow(row, step.kind as StepInput['kind'], 'receiver', now, null);
    const sent = await steps.markSent(tx, step.id, { id: personId(ctx), name: approverName }, now);
    const documents = await steps.documentsOfStep(tx, step.id);
    await auditRequest(tx, ctx, 'step-approved', requestId, { reference: row.reference, stepId, kind: step.kind, author: step.authorName, documents: documents.map(documentMeta), ...mark });
    const after = await applyStep(tx, ctx, row, sent, keyedFromWire(step.entities));
    await sendStep(tx, ctx, after, sent, documents);
  });
}

/** A supervisor sends a pending answer back to its author, saying why: it is deleted, and audited with its content. */
export async function returnStep(ctx: Ctx, requestId: string, stepId: string, note: string): Promise<void> {
  requireWorker(ctx.actor, ctx.config.party);
  await withTx(ctx, async (tx) => {
    const { row, step, mark } = await pendingAnswer(tx, ctx, requestId, stepId);
    const documents = await steps.documentsOfStep(tx, step.id);
    await steps.deleteStep(tx, step.id);
    if (step.note) await forgetFieldTranslations(tx, { kind: REQUEST_TEXTS, recordId: requestId, field: stepNoteField(step.id), text: step.note });
    const returned = { kind: step.kind, authorId: step.authorId, author: step.authorName, note: step.note, reason: step.reason, handling: step.handling, documents: documents.map(documentMeta) };
    await auditRequest(tx, ctx, 'step-returned', requestId, { reference: row.reference, stepId, returnNote: note, returned, ...mark });
  });
}
