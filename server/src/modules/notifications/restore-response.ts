// Restoring this party's own answer to a notification (the importer's `notification-response` record) from the
// envelope the exporting party still holds, after this node came back from an older backup. The answer lives on
// the row of the exporter's notification, so it can only be put back on a notification this node holds: one the
// backup lacks comes back first with the exporter's record (catch-up). Nothing is shared or mailed; the reply clock
// is left as the answer's state needs it.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { jobs } from '../../platform/jobs/index.js';
import type { Envelope, RestoreOutcome } from '../exchange/index.js';
import { cancelClock, ESCALATION_QUEUE, REMINDER_QUEUE, scheduleClock } from './clock-jobs.js';
import { screenDeclared } from './line-screening.js';
import * as repo from './repo.js';
import { dateIn, kept, readWire, restoreEvents, skipped } from './restore-kit.js';
import { CLOCK_RUNNING, statusOf } from './status.js';
import { importerSideOf } from './receive.js';
import { ResponseWire } from './wire.js';

const NOT_PREPARED = { preparedReply: null, preparedNote: null, preparedCodes: [], preparedBy: null, preparedByName: null, preparedAt: null };

export async function restoreResponse(tx: Db, ctx: Ctx, env: Envelope): Promise<RestoreOutcome> {
  const self = ctx.config.party;
  if (env.from !== self) return skipped(`an answer from ${env.from} is not this party's own record`);
  // Answers are shared by new versions only; the module never withdraws one, and there is nothing here to mark.
  if (env.body.op !== 'upsert') return skipped('an answer is never withdrawn: nothing to mark');
  const w = readWire(ResponseWire, env.body.data);
  if (typeof w === 'string') return skipped(`the answer does not read: ${w}`);
  const row = await repo.getForUpdate(tx, w.notificationId);
  if (!row) return skipped(`${w.reference} is not on this node: it comes back with ${env.to}'s notification (catch-up), and its answer can be restored after that`, w.reference);
  if (row.importingParty !== self || row.exportingParty !== env.to) return skipped(`${row.reference} is not ${env.to}'s notification to this party`, row.reference);
  // Another response id here was made when the notification came back by catch-up before this restore: the exporter
  // refused that one and holds the envelope's, so the envelope's is the record, whatever the other's version.
  if (row.responseId === env.recordId && row.responseVersion > env.recordVersion) return kept(row.reference, row.responseVersion, env.recordVersion);
  const importerSide = {
    ...importerSideOf(w, env),
    // A clearance or objection signed and sent used up whatever was prepared; one still prepared here (local only,
    // never on the wire) waits on for its second person.
    ...(w.reply === 'cleared' || w.reply === 'objected' ? NOT_PREPARED : {}),
  };
  const status = statusOf({ ...row, ...importerSide });
  await restoreReceiverLines(tx, ctx, row.id, w);
  await restoreEvents(tx, row.id, self, w.events);
  await repo.update(tx, row.id, { ...importerSide, status, updatedAt: ctx.clock.now() });
  return { status: 'restored', reference: row.reference, detail: await resumeClock(tx, ctx.clock.now(), row.id, { status, dueAt: w.dueAt }) };
}

/**
 * This party's verdicts on the lines, as it sent them. The full screening results are not on the wire: those this
 * node still holds stay, any other line is screened again, as on receipt, as of the day it was received.
 */
async function restoreReceiverLines(tx: Db, ctx: Ctx, id: string, w: ResponseWire): Promise<void> {
  const lines = await repo.linesOf(tx, id);
  const sent = new Map(w.lines.map((l) => [l.position, l.verdict]));
  const unscreened = lines.some((l) => l.receiverScreening === null && sent.has(l.position));
  const screened = unscreened ? await screenDeclared({ ...ctx, db: tx }, lines, await dateIn(tx, ctx.config.party, w.receivedAt)) : null;
  for (const [i, l] of lines.entries()) {
    const verdict = sent.get(l.position);
    if (verdict) await repo.setReceiverScreening(tx, id, l.position, l.receiverScreening ?? screened?.results[i] ?? null, verdict);
  }
}

/**
 * The reply clock as the restored answer leaves it. Still awaiting a reply with the deadline ahead: the reminder and
 * escalation are scheduled again, since the backup may lack them — unless this node holds jobs for that deadline
 * (scheduling over them would cancel them, and their unique key would keep the new ones out). Answered, waiting for
 * information or withdrawn: a clock job left from the backup is cancelled. A deadline already passed shows as
 * overdue; its reminder and escalation are not sent again, as whether they went before the loss cannot be known.
 */
async function resumeClock(tx: Db, now: Date, id: string, n: { status: string; dueAt: Date }): Promise<string> {
  if (!(CLOCK_RUNNING as readonly string[]).includes(n.status)) {
    await cancelClock(tx, now, id);
    return 'reply clock stopped';
  }
  if (n.dueAt.getTime() <= now.getTime()) return 'deadline passed: overdue, no reminder or escalation sent again';
  const [held] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(inArray(jobs.queue, [REMINDER_QUEUE, ESCALATION_QUEUE]), eq(jobs.subject, id), sql`${jobs.data} ->> 'dueAt' = ${n.dueAt.toISOString()}`))
    .limit(1);
  if (held) return 'reply clock already scheduled';
  await scheduleClock(tx, now, id, n.dueAt);
  return 'reply clock scheduled again';
}
