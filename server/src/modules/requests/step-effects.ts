// What a step does once it stands on this node, the same for one filed here, one approved here, one received and one
// the node files itself: the request's state moves (state.advance), the reply clock's jobs follow it (on the receiving
// node, the one that counts the clock), the step's entities go into the correlation index under its request, and a
// step of this party leaves for the other party with its documents after it. All inside the caller's transaction.
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { stricter, type Handling } from '../../platform/handling/index.js';
import { EntityInput, indexMentions, keyMentions, type KeyedMention } from '../entities/index.js';
import { daysLeftAt } from './clock-days.js';
import { cancelRequestClock, scheduleRequestClock } from './kit.js';
import * as repo from './repo.js';
import type { StepKind } from './schemas.js';
import { advance, clockRuns } from './state.js';
import { otherParty, publishDocument, publishStep, STEP_RECORD } from './wire.js';

type Period = { amount: number; unit: 'hours' | 'calendar-days' | 'working-days' };

/** The period the receiver counted for this request, as its row keeps it. */
export const periodOf = (r: Pick<repo.Row, 'periodAmount' | 'periodUnit'>): Period | null =>
  r.periodAmount && r.periodUnit ? { amount: r.periodAmount, unit: r.periodUnit as Period['unit'] } : null;

/** Entities as another node sent them: those this node can read, keyed by its own rules (a newer peer's are kept unlinked). */
export function keyedFromWire(entities: readonly Record<string, unknown>[]): KeyedMention[] {
  const readable = entities.flatMap((e) => {
    const parsed = EntityInput.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  return keyMentions(readable).keyed;
}

/** The step's entities in the correlation index, shown under its request at the stricter of the two handlings. */
export async function indexStep(tx: Db, r: repo.Row, s: repo.StepRow, keyed: readonly KeyedMention[]): Promise<void> {
  if (keyed.length === 0) return;
  const handling = stricter((s.handling ?? r.handling) as Handling, r.handling as Handling);
  await indexMentions(tx, { recordKind: STEP_RECORD, recordId: s.id, parentId: r.id, reference: r.reference, originParty: s.party, handling, recordDate: s.at.toISOString().slice(0, 10) }, keyed);
}

/** On the receiving node: the clock's jobs as the new state says (running to its deadline, or stopped). */
async function followClock(tx: Db, ctx: Ctx, r: repo.Row, before: repo.Row, next: ReturnType<typeof advance>): Promise<void> {
  if (r.toParty !== ctx.config.party) return;
  const now = ctx.clock.now();
  if (!clockRuns(next) || !next.dueAt) {
    if (clockRuns(repo.stateOf(before))) await cancelRequestClock(tx, now, r.id);
    return;
  }
  if (next.dueAt.getTime() !== before.dueAt?.getTime() || !clockRuns(repo.stateOf(before))) await scheduleRequestClock(tx, now, r.id, next.dueAt, periodOf(r));
}

/** The step applied to its request: state, clock, index. Returns the request as it now stands. */
export async function applyStep(tx: Db, ctx: Ctx, r: repo.Row, s: repo.StepRow, keyed: readonly KeyedMention[]): Promise<repo.Row> {
  // The receiver, which counts the clock, keeps what is left of a period of days as whole days of its calendar.
  const daysLeft = s.kind === 'clarification-requested' && r.toParty === ctx.config.party ? await daysLeftAt(tx, r, s.at) : null;
  const next = advance(repo.stateOf(r), { kind: s.kind as StepKind, at: s.at, dueAt: s.dueAt, expectedAt: s.expectedAt, daysLeft });
  const now = ctx.clock.now();
  await repo.saveState(tx, r.id, next, now);
  const updated: repo.Row = { ...r, ...next, updatedAt: now };
  await followClock(tx, ctx, updated, r, next);
  await indexStep(tx, r, s, keyed);
  return updated;
}

/** This party's step, sent: to the other party of the request, then each of its documents. */
export async function sendStep(tx: Db, ctx: Ctx, r: repo.Row, s: repo.StepRow, documents: readonly repo.DocumentRow[], period: Period | null = null): Promise<void> {
  await publishStep(tx, ctx, r, s, period);
  const to = otherParty(r, ctx.config.party);
  for (const d of documents) await publishDocument(tx, ctx, to, d);
}
