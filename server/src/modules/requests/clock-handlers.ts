// What the reply clock's jobs do when they come due, on the requested party's node (the one that counts the clock):
// remind its officers and supervisors before the deadline, escalate to its supervisors when it passes. Each writes
// its emails (as mail jobs, one per person) and a local step on the timeline (never sent: the id is the job's, so a
// job run twice writes one) in one transaction. A job whose deadline has moved, or whose request is no longer owed
// an answer (answered, refused, closed, withdrawn, or waiting for a clarification), does nothing. A clock restored
// stopped though its clarification was given (its restart lost with a backup) is restarted after the recovery, as on
// receipt of the clarification, and the other party told (restore.ts schedules it: a recovery shares nothing itself).
import type { Config } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import { systemActor, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ClockJobData, JobHandler } from '../../platform/jobs/index.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { Vault } from '../../platform/vault/index.js';
import { withTx } from '../../platform/tx.js';
import { restartDue } from './clock-days.js';
import { ESCALATION_QUEUE, REMINDER_QUEUE, RESTART_QUEUE } from './kit.js';
import { mailParty } from './mail-out.js';
import { fileAutomatic } from './receive-steps.js';
import * as repo from './repo.js';
import { CLOCK_RUNNING } from './schemas.js';
import { awaitsRestart } from './state.js';
import { periodOf } from './step-effects.js';

type Deps = { db: Db; clock: Clock; config: Config; box: SecretBox; vault: Vault };

async function clockJob(deps: Deps, kind: 'reminder' | 'escalation', data: unknown, jobId: string): Promise<void> {
  const { subject, dueAt } = data as Partial<ClockJobData>;
  if (!subject || !dueAt) return;
  const self = deps.config.party;
  await withTx(deps, async (tx) => {
    const row = await repo.getForUpdate(tx, subject);
    if (!row || row.toParty !== self || !row.dueAt || row.dueAt.toISOString() !== dueAt) return;
    if (!CLOCK_RUNNING.includes(row.status as (typeof CLOCK_RUNNING)[number])) return;
    const now = deps.clock.now();
    const mailed = await mailParty(tx, { config: deps.config, now }, row, kind, { roles: kind === 'reminder' ? ['officer', 'supervisor'] : ['supervisor'] }, jobId);
    await repo.insertStepOnce(tx, { id: jobId, requestId: row.id, party: self, kind: kind === 'reminder' ? 'reminder-sent' : 'escalated', state: 'local', authorName: 'system', at: now, dueAt: row.dueAt, data: { mailed } });
  });
}

/** The clock restarted now with what was left, by the `clock-restarted` step the node files on receipt too. */
async function restartJob(deps: Deps, data: unknown): Promise<void> {
  const { subject } = data as { subject?: string };
  if (!subject) return;
  await withTx(deps, async (tx) => {
    const row = await repo.getForUpdate(tx, subject);
    if (!row || row.toParty !== deps.config.party || !awaitsRestart(repo.stateOf(row))) return;
    const actor = { ...systemActor, label: 'requests:restart-clock' };
    const ctx: Ctx = { db: tx, clock: deps.clock, config: deps.config, box: deps.box, vault: deps.vault.within(tx), actor, requestId: null };
    await fileAutomatic(tx, ctx, row, 'clock-restarted', await restartDue(tx, row, deps.clock.now()), periodOf(row));
  });
}

/** The job handlers of requests.reminder, requests.escalation and requests.restart-clock, for the node's job runner. */
export function requestClockHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [REMINDER_QUEUE]: (data, job) => clockJob(deps, 'reminder', data, job.id),
    [ESCALATION_QUEUE]: (data, job) => clockJob(deps, 'escalation', data, job.id),
    [RESTART_QUEUE]: (data) => restartJob(deps, data),
  };
}
