// What the reply clock's jobs do when they come due: remind the importing party's officers before the deadline,
// escalate to its supervisors when it passes. Each writes its emails (as mail jobs, one per person) and its
// timeline entry in one transaction; a job that finds the deadline moved or the notification answered does nothing.
import { and, arrayOverlaps, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Config } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import type { Locale } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { enqueueMail } from '../../platform/mail/index.js';
import { withTx } from '../../platform/tx.js';
import { agencyTable, partyTable, userTable } from '../directory/index.js';
import { ESCALATION_QUEUE, REMINDER_QUEUE, type ClockJob } from './clock-jobs.js';
import { bothLocal } from './deadlines.js';
import { clockMail } from './mail-texts.js';
import * as repo from './repo.js';
import { CLOCK_RUNNING } from './status.js';

type Deps = { db: Db; clock: Clock; config: Config };

async function recipients(tx: Db, party: string, roles: string[]) {
  return tx
    .select({ id: userTable.id, email: userTable.email, locale: userTable.locale })
    .from(userTable)
    .innerJoin(agencyTable, eq(agencyTable.id, userTable.agencyId))
    .where(and(eq(agencyTable.partyCode, party), eq(userTable.isActive, true), isNotNull(userTable.email), arrayOverlaps(userTable.roles, roles)));
}

async function clockJob(deps: Deps, kind: 'reminder' | 'escalation', data: unknown, jobId: string): Promise<void> {
  const { notificationId, dueAt } = data as ClockJob;
  const self = deps.config.party;
  await withTx(deps, async (tx) => {
    const row = await repo.getForUpdate(tx, notificationId);
    if (!row || row.importingParty !== self || !row.dueAt || row.dueAt.toISOString() !== dueAt) return;
    if (!(CLOCK_RUNNING as readonly string[]).includes(row.status)) return;
    const now = deps.clock.now();
    const parties = await tx.select().from(partyTable).where(inArray(partyTable.code, [row.exportingParty, row.importingParty]));
    const zones = { importer: parties.find((p) => p.code === row.importingParty)?.timeZone ?? 'UTC', exporter: parties.find((p) => p.code === row.exportingParty)?.timeZone ?? 'UTC' };
    const nameOf = (code: string, locale: Locale) => {
      const p = parties.find((x) => x.code === code);
      return p ? (locale === 'zh-CN' ? p.nameZh : p.nameEn) : code;
    };
    const chemicals = (await repo.linesOf(tx, row.id)).map((l) => l.declaredName).join(', ');
    const link = deps.config.publicUrl ? `${deps.config.publicUrl.replace(/\/$/, '')}/notifications/${row.id}` : null;
    const people = await recipients(tx, self, kind === 'reminder' ? ['officer', 'supervisor'] : ['supervisor']);
    for (const person of people) {
      if (!person.email) continue;
      const locale: Locale = person.locale === 'zh-CN' ? 'zh-CN' : 'en';
      const mail = clockMail(kind, locale, { reference: row.reference, exporting: nameOf(row.exportingParty, locale), importing: nameOf(row.importingParty, locale), chemicals, dueLocal: bothLocal(row.dueAt, zones).importer, link });
      await enqueueMail(tx, now, { to: person.email, ...mail }, `${jobId}:${person.id}`);
    }
    await repo.addEventOnce(tx, { id: jobId, notificationId: row.id, party: self, kind: kind === 'reminder' ? 'reminder-sent' : 'escalated', actorName: 'system', at: now, note: String(people.length) });
  });
}

export function clockHandlers(deps: Deps): Record<string, JobHandler> {
  return {
    [REMINDER_QUEUE]: (data, job) => clockJob(deps, 'reminder', data, job.id),
    [ESCALATION_QUEUE]: (data, job) => clockJob(deps, 'escalation', data, job.id),
  };
}
