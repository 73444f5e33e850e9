// What a step does to its request, the same on both nodes: each side applies the same steps in the same way, so the
// status, the clock and the answer times agree without either side editing the other's record. The receiver's node
// counts the clock (acknowledged: the deadline on its calendar; clarification-requested: the clock stops with what is
// left, for a period of days also as whole days on its calendar, clock-days.ts; clock-restarted: it runs again to a new
// deadline), and the requester's copy takes the same values from those steps. Which steps may be filed when is
// `stepRefusal`; a step received from the other party is applied as it came.
import type { FiledStep, RequestStatus, StepKind } from './schemas.js';
import { CLOCK_RUNNING, FINISHED } from './schemas.js';

export type RequestState = {
  status: RequestStatus;
  receivedAt: Date | null;
  dueAt: Date | null;
  pausedAt: Date | null;
  remainingMs: number | null;
  /** A period of days stopped on the receiver: the whole days left (clock-days.ts); null for hours and on the requester. */
  remainingDays: number | null;
  expectedAt: Date | null;
  delayCount: number;
  firstAnswerAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
};

/** `daysLeft`: for a clarification requested on the receiver of a period of days, the whole days left (clock-days.ts). */
export type StepFacts = { kind: StepKind; at: Date; dueAt: Date | null; expectedAt: Date | null; daysLeft?: number | null };

/** The status to go back to when a clarification is given: partly answered if an answer came already. */
const resumed = (s: RequestState): RequestStatus => (s.firstAnswerAt ? 'partially-answered' : 'received');
const finished = (s: RequestState): boolean => FINISHED.includes(s.status);
/** An answer, a refusal or a closure ends any stop of the clock: nothing is left to count. */
const UNPAUSED = { pausedAt: null, remainingMs: null, remainingDays: null } as const;

/** The request's state after `step`; a finished request keeps its status (a step crossing a closure is still kept). */
export function advance(s: RequestState, step: StepFacts): RequestState {
  switch (step.kind) {
    case 'acknowledged':
      return { ...s, status: s.status === 'sent' ? 'received' : s.status, receivedAt: s.receivedAt ?? step.at, dueAt: step.dueAt };
    case 'delay':
      return { ...s, expectedAt: step.expectedAt, delayCount: s.delayCount + 1 };
    case 'clarification-requested':
      if (finished(s)) return s;
      return { ...s, status: 'clarification', pausedAt: step.at, remainingMs: s.dueAt ? Math.max(0, s.dueAt.getTime() - step.at.getTime()) : null, remainingDays: step.daysLeft ?? null };
    case 'clarification':
      return finished(s) ? s : { ...s, status: resumed(s) };
    case 'clock-restarted':
      return { ...s, ...UNPAUSED, dueAt: step.dueAt };
    case 'partial-answer':
      return { ...s, status: finished(s) ? s.status : 'partially-answered', firstAnswerAt: s.firstAnswerAt ?? step.at };
    case 'answer':
      return { ...s, ...UNPAUSED, status: finished(s) ? s.status : 'answered', firstAnswerAt: s.firstAnswerAt ?? step.at, answeredAt: s.answeredAt ?? step.at };
    case 'refusal':
      return { ...s, ...UNPAUSED, status: finished(s) ? s.status : 'refused', answeredAt: s.answeredAt ?? step.at };
    case 'closure':
      return { ...s, ...UNPAUSED, status: s.status === 'withdrawn' ? s.status : 'closed', closedAt: s.closedAt ?? step.at };
    default:
      return s;
  }
}

/** The deadline after a clarification restarts an hour clock at `at`: what was left, counted from now (days: clock-days.ts). */
export const restartedDue = (s: Pick<RequestState, 'remainingMs'>, at: Date): Date | null => (s.remainingMs === null ? null : new Date(at.getTime() + s.remainingMs));

/** Does the clock run (and may it be overdue) in this state? Not while it is stopped for a clarification. */
export const clockRuns = (s: Pick<RequestState, 'status' | 'dueAt' | 'pausedAt'>): boolean => s.dueAt !== null && s.pausedAt === null && CLOCK_RUNNING.includes(s.status);
/**
 * On the receiver: the clarification asked for was given but its clock has not run again. The node restarts it on
 * receipt (receive-steps.ts), so this is seen only when that restart was lost (restored from an older backup).
 */
export const awaitsRestart = (s: Pick<RequestState, 'status' | 'pausedAt' | 'remainingMs'>): boolean => s.pausedAt !== null && s.remainingMs !== null && CLOCK_RUNNING.includes(s.status);
export const isOverdue = (s: Pick<RequestState, 'status' | 'dueAt' | 'pausedAt'>, now: Date): boolean => clockRuns(s) && s.dueAt !== null && s.dueAt.getTime() <= now.getTime();

const RECEIVER_FILES: readonly FiledStep[] = ['delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal'];

/** Why `kind` may not be filed now by this side, as a problem's code and detail; null when it may. */
export function stepRefusal(s: RequestState, kind: FiledStep, side: 'requester' | 'receiver', type: string, now: Date, expectedAt: Date | null): { code: string; detail: string } | null {
  if (side === 'receiver' && !RECEIVER_FILES.includes(kind)) return { code: 'wrong-party', detail: `only the requesting party files a ${kind}` };
  if (side === 'requester' && RECEIVER_FILES.includes(kind)) return { code: 'wrong-party', detail: `only the requested party files a ${kind}` };
  if (s.status === 'draft' || s.status === 'awaiting-approval' || s.status === 'withdrawn') return { code: 'request-not-sent', detail: `the request is ${s.status}` };
  // The requester closes an answered or refused request (that is how it says it is done with it); nothing else follows.
  const closable = kind === 'closure' && (s.status === 'answered' || s.status === 'refused');
  if (finished(s) && !closable) return { code: 'request-finished', detail: `the request is ${s.status}: nothing more is filed on it` };
  if (side === 'receiver' && type === 'spontaneous' && kind !== 'clarification-requested') return { code: 'no-answer-expected', detail: 'spontaneous information expects no answer' };
  if (kind === 'clarification' && s.status !== 'clarification') return { code: 'no-clarification-asked', detail: 'no clarification has been asked for' };
  if (kind === 'clarification-requested' && s.status === 'clarification') return { code: 'clarification-pending', detail: 'a clarification is already awaited' };
  // While a clarification is awaited only a full answer (which finishes the request) or a refusal goes out.
  if (kind === 'partial-answer' && s.status === 'clarification') return { code: 'clarification-pending', detail: 'a clarification is awaited: answer in full, or wait for it' };
  if (kind === 'delay' && (!expectedAt || expectedAt.getTime() <= now.getTime())) return { code: 'expected-in-past', detail: 'a delay notice names a new expected date in the future' };
  return null;
}
