// Steps and documents arriving from the other party of a request. A step is taken only from the right side — the
// requested party's steps from it, the requesting party's from it, the node's local ones from nobody — and applied as
// it came (state.advance), so both nodes agree; an acknowledgment or a restart sets the requester's copy of the clock
// (each only in its turn: one acknowledgment, a restart only of a stopped clock). A step dated ahead of this node's
// clock, or looser than its request (a laxer handling, an answer dropping a use restriction), is refused.
// When the requester's clarification reaches the requested node, that node restarts its clock with what was left and
// tells the requester (an automatic `clock-restarted` step). The people who act on a step hear of it by mail
// (mail-out.ts; a step applied once mails once). A document is kept only if its size, SHA-256 and type
// are what it says. The node's own automatic steps (an acknowledgment on receipt, a restart) are filed here too.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { sniff } from '../../platform/documents.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { forgetFieldTranslations } from '../../platform/translation/index.js';
import { forgetMentions, mentionedKindOf } from '../entities/index.js';
import type { ApplyOutcome, Envelope, KindHandler, UpsertEnvelope } from '../exchange/index.js';
import { restartDue } from './clock-days.js';
import { mailArrivedStep } from './mail-out.js';
import * as repo from './repo.js';
import { restoreDocument, restoreStep } from './restore-steps.js';
import { LOCAL_STEPS, RECEIVER_STEPS, REQUESTER_STEPS, type StepKind } from './schemas.js';
import { applyStep, keyedFromWire, periodOf, sendStep } from './step-effects.js';
import * as steps from './step-repo.js';
import { ANSWERS, keepsRestrictions, notLooser } from './step-rules.js';
import { DOCUMENT_MAX_BYTES } from './steps.js';
import { requestDocuments, requestSteps } from './tables.js';
import { REQUEST_TEXTS, stepNoteField } from './texts.js';
import { DocumentWire, STEP_RECORD, StepWire } from './wire.js';

export const rejected = (detail: string): ApplyOutcome => ({ status: 'rejected', detail });
export const problems = (error: { issues: { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);

type Period = NonNullable<ReturnType<typeof periodOf>>;

/** A step this node files itself (`acknowledged` on receipt, `clock-restarted`), applied and sent at once. */
export async function fileAutomatic(tx: Db, ctx: Ctx, r: repo.Row, kind: 'acknowledged' | 'clock-restarted', dueAt: Date | null, period: Period | null): Promise<repo.Row> {
  const step = await repo.insertStep(tx, { id: newId(), requestId: r.id, party: ctx.config.party, kind, state: 'sent', agency: null, authorId: null, authorName: 'system', at: ctx.clock.now(), dueAt, useRestrictions: [], entities: [] });
  const after = await applyStep(tx, ctx, r, step, []);
  await sendStep(tx, ctx, after, step, [], period);
  return after;
}

/** A step dated this far ahead of this node's clock is refused (clocks differ a little, not by more). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Why this step does not fit the request as held here (its time, its turn, its handling), or null. */
function stepMisfit(r: repo.Row, d: StepWire, self: string, now: Date): string | null {
  if (d.at.getTime() > now.getTime() + CLOCK_SKEW_MS) return `the step is dated ${d.at.toISOString()}, later than this node's clock allows`;
  if (r.originParty === self && d.kind === 'acknowledged' && r.receivedAt !== null) return `${r.reference} was acknowledged already`;
  if (r.originParty === self && d.kind === 'clock-restarted' && r.pausedAt === null) return `the clock of ${r.reference} is not stopped`;
  if (d.handling && !notLooser(d.handling, r.handling)) return `${r.reference} is ${r.handling}: a step on it is as strict or stricter, not ${d.handling}`;
  if ((ANSWERS as readonly string[]).includes(d.kind) && !keepsRestrictions(d.useRestrictions, r.useRestrictions)) return `an answer to ${r.reference} keeps its use restrictions (${r.useRestrictions.join(', ')})`;
  return null;
}

/** Why the sender may not file this step on this request here, or null. */
function senderRefusal(r: repo.Row | undefined, env: UpsertEnvelope, kind: StepKind, requestReference: string, self: string): string | null {
  if (!r || r.reference !== requestReference) return `no request ${requestReference} with that id is held here`;
  if (env.from === self || (r.originParty !== self && r.toParty !== self)) return `${requestReference} is not between ${env.from} and ${self}`;
  if ((LOCAL_STEPS as readonly string[]).includes(kind)) return `a ${kind} stays on the node that made it`;
  if (env.from === r.toParty) return (RECEIVER_STEPS as readonly string[]).includes(kind) ? null : `only ${r.originParty}, the requesting party, files a ${kind}`;
  if (env.from === r.originParty) return (REQUESTER_STEPS as readonly string[]).includes(kind) ? null : `only ${r.toParty}, the requested party, files a ${kind}`;
  return `${env.from} is not a party of ${requestReference}`;
}

async function applyReceivedStep(tx: Db, ctx: Ctx, env: UpsertEnvelope): Promise<ApplyOutcome> {
  const parsed = StepWire.safeParse(env.body.data);
  if (!parsed.success) return rejected(problems(parsed.error));
  const d = parsed.data;
  const self = ctx.config.party;
  const r = await repo.getForUpdate(tx, d.requestId);
  const refusal = senderRefusal(r, env, d.kind, d.requestReference, self);
  if (refusal || !r) return rejected(refusal ?? 'no request');
  const existing = await repo.getStep(tx, env.recordId);
  if (existing) return existing.party === env.from && existing.requestId === r.id ? { status: 'applied' } : rejected('a record with this id is not that party’s step here');
  const misfit = stepMisfit(r, d, self, ctx.clock.now());
  if (misfit) return rejected(misfit);
  const kind = await mentionedKindOf(tx, env.recordId);
  if (kind && kind !== STEP_RECORD) return rejected('a record with this id is not a step on this node');
  const step = await repo.insertStep(tx, {
    id: env.recordId, requestId: r.id, party: env.from, kind: d.kind, state: 'received', agency: d.agency, authorId: null, authorName: d.authorName, approvedByName: d.approvedByName, at: d.at,
    reason: d.reason, note: d.note, language: d.language, expectedAt: d.expectedAt, dueAt: d.dueAt, handling: d.handling, useRestrictions: d.useRestrictions, entities: d.entities, links: d.links,
  });
  // The requester's copy shows how the receiver reached its deadline.
  const withPeriod = d.kind === 'acknowledged' && d.period ? { ...r, periodAmount: d.period.amount, periodUnit: d.period.unit } : r;
  if (withPeriod !== r && d.period) await steps.setPeriod(tx, r.id, d.period);
  const after = await applyStep(tx, ctx, withPeriod, step, keyedFromWire(d.entities));
  // The clarification asked for has come: the clock runs again with what was left when it stopped.
  const restart = d.kind === 'clarification' && r.toParty === self && r.status === 'clarification' && after.remainingMs !== null;
  const current = restart ? await fileAutomatic(tx, ctx, after, 'clock-restarted', await restartDue(tx, after, ctx.clock.now()), periodOf(after)) : after;
  await mailArrivedStep(tx, ctx, current, step, restart);
  return { status: 'applied' };
}

export const stepHandler: KindHandler = {
  apply: applyReceivedStep,
  restore: restoreStep,
  async purge(tx: Db, _ctx: Ctx, env: Envelope) {
    const gone = await tx.delete(requestSteps).where(and(eq(requestSteps.id, env.recordId), eq(requestSteps.party, env.from))).returning({ requestId: requestSteps.requestId, note: requestSteps.note });
    if (gone.length > 0) await forgetMentions(tx, env.recordId);
    // Its note was translated as a field of the request it is shown under: that translation goes with it.
    for (const s of gone) if (s.note) await forgetFieldTranslations(tx, { kind: REQUEST_TEXTS, recordId: s.requestId, field: stepNoteField(env.recordId), text: s.note });
  },
};

/** Why a received document cannot be kept, or null. */
async function documentRefusal(tx: Db, ctx: Ctx, env: UpsertEnvelope, d: DocumentWire, bytes: Buffer): Promise<string | null> {
  const r = await repo.get(tx, d.requestId);
  const self = ctx.config.party;
  if (!r || env.from === self || (r.originParty !== env.from && r.toParty !== env.from) || (r.originParty !== self && r.toParty !== self)) return 'no request between that party and this one with that id';
  if (d.size > DOCUMENT_MAX_BYTES) return `a document is at most ${DOCUMENT_MAX_BYTES} bytes`;
  if (bytes.length !== d.size || sha256Hex(bytes) !== d.sha256) return 'the document does not match its size and SHA-256';
  if (sniff(bytes) !== d.mediaType) return `the document's content is not ${d.mediaType}`;
  // The requested party's documents go with its steps (an answer's): each names one of its steps held here.
  if (env.from === r.toParty && !d.stepId) return 'a document of the requested party goes with one of its steps';
  const step = d.stepId ? await repo.getStep(tx, d.stepId) : undefined;
  if (d.stepId && (!step || step.requestId !== r.id || step.party !== env.from)) return 'the document names no step of that party held here on this request';
  const [held] = await tx.select({ party: requestDocuments.party }).from(requestDocuments).where(eq(requestDocuments.id, env.recordId));
  return held && held.party !== env.from ? 'a record with this id is not that party’s document here' : null;
}

export const documentHandler: KindHandler = {
  restore: restoreDocument,
  async apply(tx, ctx, env) {
    const parsed = DocumentWire.safeParse(env.body.data);
    if (!parsed.success) return rejected(problems(parsed.error));
    const d = parsed.data;
    const bytes = Buffer.from(d.content, 'base64');
    const refusal = await documentRefusal(tx, ctx, env, d, bytes);
    if (refusal) return rejected(refusal);
    const row = { id: env.recordId, requestId: d.requestId, stepId: d.stepId, party: env.from, filename: d.filename, mediaType: d.mediaType, size: d.size, sha256: d.sha256, content: bytes, createdByName: d.createdByName, createdAt: d.createdAt };
    await tx.insert(requestDocuments).values(row).onConflictDoNothing();
    return { status: 'applied' };
  },
  async purge(tx, _ctx, env) {
    await tx.delete(requestDocuments).where(and(eq(requestDocuments.id, env.recordId), eq(requestDocuments.party, env.from)));
  },
};
