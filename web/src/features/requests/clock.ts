// Where the reply clock of a request stands for its reader: none at all (spontaneous information expects no answer),
// not started (a draft, not yet received), running or overdue with the time left, stopped for a clarification with
// what was left when it stopped (or overdue already when it stopped), or over (answered, refused, closed,
// withdrawn). Pure, from the request's type, status and clock and the time.
import { timeLeft, type TimeLeft } from '../notifications/time-left';
import { CLOCK_RUNNING, FINISHED, type RequestStatus } from './codes';

type Clock = { dueAt: string | null; pausedAt: string | null; remainingMs: number | null; remainingDays?: number | null; period?: { unit: string } | null };
/** What was left of a stopped period of days, in whole days of its unit (the server counts them on the receiver's calendar). */
export type DaysLeft = { count: number; unit: 'calendar-days' | 'working-days' };

export type ClockState =
  | { kind: 'no-clock' }
  | { kind: 'not-started' }
  | { kind: 'paused-overdue' }
  | { kind: 'finished' }
  | { kind: 'paused'; remaining: TimeLeft | null; days: DaysLeft | null }
  | { kind: 'running' | 'due-soon' | 'overdue'; left: TimeLeft };

/** Within this many hours of the deadline a running clock is shown as due soon (the list's "due within 8 hours"). */
export const DUE_SOON_MS = 8 * 3_600_000;

/** What is left of a stopped clock, as a duration ("2 days"); null when the period was not known. */
function remainingOf(remainingMs: number | null): TimeLeft | null {
  if (remainingMs === null) return null;
  return timeLeft(new Date(remainingMs).toISOString(), new Date(0));
}

function daysOf(clock: Clock): DaysLeft | null {
  const unit = clock.period?.unit;
  if (clock.remainingDays == null || (unit !== 'calendar-days' && unit !== 'working-days')) return null;
  return { count: clock.remainingDays, unit };
}

export function clockState(type: string, status: RequestStatus, clock: Clock, now: Date): ClockState {
  if (type === 'spontaneous') return { kind: 'no-clock' };
  if (FINISHED.includes(status)) return { kind: 'finished' };
  if (status === 'clarification' || clock.pausedAt) {
    // Asked after the deadline: nothing was left when the clock stopped.
    if (clock.remainingMs !== null && clock.remainingMs <= 0) return { kind: 'paused-overdue' };
    return { kind: 'paused', remaining: remainingOf(clock.remainingMs), days: daysOf(clock) };
  }
  if (!CLOCK_RUNNING.includes(status) || !clock.dueAt) return { kind: 'not-started' };
  const left = timeLeft(clock.dueAt, now);
  if (!left) return { kind: 'not-started' };
  if (left.isOverdue) return { kind: 'overdue', left };
  const isSoon = new Date(clock.dueAt).getTime() - now.getTime() <= DUE_SOON_MS;
  return { kind: isSoon ? 'due-soon' : 'running', left };
}
