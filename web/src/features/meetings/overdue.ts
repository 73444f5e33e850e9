// A meeting's commitments as its page lists them: whether one is overdue (open or in progress past its due day
// on the owning party's clock — the node counts it the same way on the commitments board), soonest due first.
import { wallOf } from './meeting-draft';
import type { CommitmentBrief } from './types';

const OWED: readonly string[] = ['open', 'in-progress'];

/** Open or in progress, and the due day has passed where the owning party is (`today` there). */
export function isOverdue(c: Pick<CommitmentBrief, 'status' | 'dueOn'>, today: string): boolean {
  return OWED.includes(c.status) && c.dueOn < today;
}

/** Today on the clock of `timeZone` ("2026-03-10"). */
export const todayIn = (timeZone: string, now: Date = new Date()): string => wallOf(now, timeZone).day;
