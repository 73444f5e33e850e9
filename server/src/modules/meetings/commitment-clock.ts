// A commitment's clock, on its owning party's node only: a reminder at the start of the day 7 days before the due
// date (at once when less is left) and an escalation at the start of the day after it, both local days of the owning
// party's zone. Scheduled in the transaction that creates, re-dates or reopens the commitment; cancelled when it is
// settled or withdrawn. Each job carries the instant it was set for: a job whose commitment is settled, withdrawn or
// re-dated since (or not this party's) does nothing. A job writes its mails (commitment-mail.ts) in one transaction.
import { addDays, format, parseISO } from 'date-fns';
import { fromZonedTime } from 'date-fns-tz';
import { eq } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import { cancelClock, scheduleClock, type ClockJobData, type ClockQueues, type JobHandler } from '../../platform/jobs/index.js';
import type { SecretBox } from '../../platform/secret-box.js';
import { withTx } from '../../platform/tx.js';
import { timeZoneOf } from '../calendars/index.js';
import { mailCommitment, type CommitmentMailKind } from './commitment-mail.js';
import { UNSETTLED } from './schemas-commitments.js';
import { commitments } from './tables.js';
import type { CommitmentRow } from './wire-commitments.js';

export const COMMITMENT_REMINDER_QUEUE = 'commitments.reminder';
export const COMMITMENT_ESCALATION_QUEUE = 'commitments.escalation';
const QUEUES: ClockQueues = { reminder: COMMITMENT_REMINDER_QUEUE, escalation: COMMITMENT_ESCALATION_QUEUE };
/** How many days before the due date the owning agency is reminded. */
export const REMIND_DAYS_BEFORE = 7;

const shift = (day: string, days: number): string => format(addDays(parseISO(day), days), 'yyyy-MM-dd');
const startOf = (day: string, timeZone: string): Date => fromZonedTime(`${day}T00:00:00`, timeZone);

/** When a commitment due on `dueOn` is overdue: the start of the next local day of `timeZone`. */
export const overdueFrom = (dueOn: string, timeZone: string): Date => startOf(shift(dueOn, 1), timeZone);

/** Inside the change's transaction: the commitment's clock set again for its due date, or cancelled once settled. */
export async function setCommitmentClock(tx: Db, now: Date, c: Pick<CommitmentRow, 'id' | 'dueOn' | 'status'>, timeZone: string): Promise<void> {
  if (!UNSETTLED.includes(c.status)) return cancelClock(tx, now, QUEUES, c.id);
  const dueAt = overdueFrom(c.dueOn, timeZone);
  const remindAt = startOf(shift(c.dueOn, -REMIND_DAYS_BEFORE), timeZone);
  await scheduleClock(tx, now, QUEUES, c.id, dueAt, dueAt.getTime() - remindAt.getTime());
}

type Deps = { db: Db; clock: Clock; config: Config; box: SecretBox };

async function clockJob(deps: Deps, kind: CommitmentMailKind, data: unknown, jobId: string): Promise<void> {
  const { subject, dueAt } = data as Partial<ClockJobData>;
  if (!subject || !dueAt) return;
  const self = deps.config.party;
  await withTx(deps, async (tx) => {
    const [row] = await tx.select().from(commitments).where(eq(commitments.id, subject)).for('update');
    if (!row || row.originParty !== self || !UNSETTLED.includes(row.status)) return;
    if (overdueFrom(row.dueOn, await timeZoneOf(tx, self)).toISOString() !== dueAt) return;
    await mailCommitment(tx, { config: deps.config, now: deps.clock.now() }, row, kind, `commitment-${kind}:${jobId}`);
  });
}

/** The job handlers of commitments.reminder and commitments.escalation, for the node's job runner. */
export function commitmentClockHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [COMMITMENT_REMINDER_QUEUE]: (data, job) => clockJob(deps, 'reminder', data, job.id),
    [COMMITMENT_ESCALATION_QUEUE]: (data, job) => clockJob(deps, 'escalation', data, job.id),
  };
}
