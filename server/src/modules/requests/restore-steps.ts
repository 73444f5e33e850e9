// Restoring this party's own steps and documents on a request from the envelopes the other party still holds, after
// this node came back from an older backup (restore.ts has cases and requests). A step is filed again as it was sent
// and the request's state derived again from every step held (restore.ts `settleRequest`); a document comes back whole,
// its bytes checked as on receipt. Each is filed under its request (and a document under its step), which must be
// here first: a request this node received comes back with catch-up, and the exchange tries its steps again after it.
// A step and a document have one version and are never withdrawn: the copy the peer holds wins.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { sniff } from '../../platform/documents.js';
import { sha256Hex } from '../../platform/ids.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import * as repo from './repo.js';
import { readWire, settleRequest, skipped } from './restore.js';
import { RECEIVER_STEPS, REQUESTER_STEPS } from './schemas.js';
import { indexStep, keyedFromWire } from './step-effects.js';
import * as steps from './step-repo.js';
import { requestDocuments, requestSteps } from './tables.js';
import { DocumentWire, otherParty, StepWire } from './wire.js';

/** Why this party's step cannot be filed under the request held here (yet), or null. */
function misfit(r: repo.Row | undefined, w: StepWire, self: string, to: string): string | null {
  if (!r) return `${w.requestReference} is not on this node: its step is restored once the request is (from ${to} by catch-up, or restored first)`;
  if (r.reference !== w.requestReference) return `the request ${w.requestId} here is ${r.reference}, not ${w.requestReference}`;
  if ((r.originParty !== self && r.toParty !== self) || otherParty(r, self) !== to) return `${r.reference} is not between ${self} and ${to}`;
  const ours: readonly string[] = r.originParty === self ? REQUESTER_STEPS : RECEIVER_STEPS;
  return ours.includes(w.kind) ? null : `${self} does not file a ${w.kind} on ${r.reference}`;
}

/**
 * A clarification answers the other party's request for one: restored before that request is here, the steps caught
 * up after it would apply out of turn (the clock stopped after it was given). It waits for catch-up to bring it;
 * the exchange tries it again after the pull.
 */
async function awaited(tx: Db, r: repo.Row, w: StepWire, id: string): Promise<string | null> {
  if (w.kind !== 'clarification') return null;
  const held = await repo.stepsOf(tx, r.id);
  const asked = held.filter((s) => s.party === r.toParty && s.kind === 'clarification-requested').length;
  const given = held.filter((s) => s.party === r.originParty && s.kind === 'clarification' && s.id !== id).length;
  return asked > given ? null : `waits for ${r.toParty}'s request for clarification, which comes back with catch-up`;
}

export async function restoreStep(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a step from ${env.from} is not this party's own record`);
  if (env.body.op !== 'upsert') return skipped('a step is never withdrawn: nothing to mark');
  const w = readWire(StepWire, env.body.data);
  if (typeof w === 'string') return skipped(`the step does not read: ${w}`);
  const r = await repo.getForUpdate(tx, w.requestId);
  const refusal = misfit(r, w, self, env.to);
  if (refusal || !r) return skipped(refusal ?? 'no request', w.requestReference);
  const held = await repo.getStep(tx, env.recordId);
  if (held && (held.party !== self || held.requestId !== r.id)) return skipped(`the step ${env.recordId} on this node is not this party's step on ${r.reference}`, r.reference);
  const waiting = await awaited(tx, r, w, env.recordId);
  if (waiting) return skipped(waiting, r.reference);
  const row = {
    requestId: r.id, party: self, kind: w.kind, state: 'sent', agency: w.agency, authorId: held?.authorId ?? null, authorName: w.authorName, approvedBy: held?.approvedBy ?? null,
    approvedByName: w.approvedByName, at: w.at, reason: w.reason, note: w.note, language: w.language, expectedAt: w.expectedAt, dueAt: w.dueAt, handling: w.handling,
    useRestrictions: w.useRestrictions, entities: w.entities, links: w.links, data: held?.data ?? null, idempotencyKey: held?.idempotencyKey ?? null,
  };
  const [step] = await tx.insert(requestSteps).values({ ...row, id: env.recordId }).onConflictDoUpdate({ target: requestSteps.id, set: row }).returning();
  if (!step) throw new Error('the step was not stored');
  // The acknowledgment carries the period this node counted; the request keeps it to remind before the deadline.
  const counted = w.kind === 'acknowledged' && w.period ? { ...r, periodAmount: w.period.amount, periodUnit: w.period.unit } : r;
  if (counted !== r && w.period) await steps.setPeriod(tx, r.id, w.period);
  const settled = await settleRequest(tx, ctx, counted, env.recordId);
  // A withdrawn request links nothing, not even through its steps.
  if (settled.row.status !== 'withdrawn') await indexStep(tx, settled.row, step, keyedFromWire(w.entities));
  return { status: 'restored', reference: r.reference, detail: [w.kind, ...settled.notes].join('; ') };
}

/** Why this party's document cannot be filed under its request (or step) held here, or null. */
async function documentMisfit(tx: Db, r: repo.Row | undefined, w: DocumentWire, self: string, to: string): Promise<string | null> {
  if (!r) return `${w.filename}: its request ${w.requestId} is not on this node; it is restored once the request is`;
  if ((r.originParty !== self && r.toParty !== self) || otherParty(r, self) !== to) return `${w.filename}: ${r.reference} is not between ${self} and ${to}`;
  // The requested party's documents go with its steps (an answer's).
  if (!w.stepId) return r.originParty === self ? null : `${w.filename}: a document of the requested party goes with one of its steps`;
  const step = await repo.getStep(tx, w.stepId);
  if (!step || step.requestId !== r.id || step.party !== self) return `${w.filename}: its step ${w.stepId} is not on this node; it is restored once the step is`;
  return null;
}

export async function restoreDocument(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`a document from ${env.from} is not this party's own record`);
  if (env.body.op !== 'upsert') return skipped('a document is never withdrawn: nothing to mark');
  const w = readWire(DocumentWire, env.body.data);
  if (typeof w === 'string') return skipped(`the document does not read: ${w}`);
  const r = await repo.getForUpdate(tx, w.requestId);
  const refusal = await documentMisfit(tx, r, w, self, env.to);
  if (refusal || !r) return skipped(refusal ?? 'no request', r?.reference);
  const bytes = Buffer.from(w.content, 'base64');
  if (bytes.length !== w.size || sha256Hex(bytes) !== w.sha256 || sniff(bytes) !== w.mediaType) return skipped(`${w.filename} does not match its size, SHA-256 and type`, r.reference);
  const [held] = await tx.select({ party: requestDocuments.party }).from(requestDocuments).where(eq(requestDocuments.id, env.recordId));
  if (held && held.party !== self) return skipped(`the document ${env.recordId} on this node is ${held.party}'s`, r.reference);
  const meta = { requestId: r.id, stepId: w.stepId, party: self, filename: w.filename, mediaType: w.mediaType, size: w.size, sha256: w.sha256, createdByName: w.createdByName, createdAt: w.createdAt };
  await tx
    .insert(requestDocuments)
    .values({ ...meta, id: env.recordId, content: bytes })
    .onConflictDoUpdate({ target: requestDocuments.id, set: { ...meta, content: bytes } });
  return { status: 'restored', reference: r.reference, detail: w.filename };
}
