// What the reply clock's jobs do when they come due: remind the importing party's officers before the deadline,
// escalate to its supervisors when it passes. Each writes its emails (as mail jobs, one per person) and its
// timeline entry in one transaction; a job that finds the deadline moved or the notification answered does nothing.
import type { Config } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { withTx } from '../../platform/tx.js';
import { ESCALATION_QUEUE, REMINDER_QUEUE, type ClockJob } from './clock-jobs.js';
import { mailParty } from './mail-out.js';
import * as repo from './repo.js';
import { CLOCK_RUNNING } from './status.js';

type Deps = { db: Db; clock: Clock; config: Config };

async function clockJob(deps: Deps, kind: 'reminder' | 'escalation', data: unknown, jobId: string): Promise<void> {
  const { notificationId = (data as ClockJob).subject ?? '', dueAt } = data as ClockJob;
  const self = deps.config.party;
  await withTx(deps, async (tx) => {
    const row = await repo.getForUpdate(tx, notificationId);
    if (!row || row.importingParty !== self || !row.dueAt || row.dueAt.toISOString() !== dueAt) return;
    if (!(CLOCK_RUNNING as readonly string[]).includes(row.status)) return;
    const now = deps.clock.now();
    const sent = await mailParty(tx, { config: deps.config, now }, row, kind, kind === 'reminder' ? ['officer', 'supervisor'] : ['supervisor'], jobId);
    await repo.addEventOnce(tx, { id: jobId, notificationId: row.id, party: self, kind: kind === 'reminder' ? 'reminder-sent' : 'escalated', actorName: 'system', at: now, note: String(sent) });
  });
}

export function clockHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [REMINDER_QUEUE]: (data, job) => clockJob(deps, 'reminder', data, job.id),
    [ESCALATION_QUEUE]: (data, job) => clockJob(deps, 'escalation', data, job.id),
  };
}
