// Reply clocks with an injected clock: counted on the importer's calendar (PRC adjusted working weekends, US
// daylight saving), with the reminder and the escalation delivered as real email to an SMTP server in process.
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { draftInput, LINES } from '../../../test/notifications.js';
import { startSmtpServer } from '../../../test/smtp.js';
import { jobs } from '../../platform/jobs/index.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { newId } from '../../platform/ids.js';
import { createDraft, getNotification, replyTo, sendNotification, signReply } from './index.js';
import { setReplyPeriod } from './queries.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const { us, cn, clock } = await makePair({ COUNTERPART_SMTP_URL: smtp.url, COUNTERPART_PUBLIC_URL: 'https://cn.counterpart.test' });

const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-DC', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC-P', nameEn: 'NNCC Precursor Office', nameZh: '国家禁毒委易制毒办', kind: 'regulator' });
const person = (username: string, roles: ('officer' | 'supervisor')[], locale: 'en' | 'zh-CN') =>
  createUser(cn.ctx(), { username, displayName: username, agencyId: cnAgency.id, roles, locale, timeZone: 'Asia/Shanghai', password: 'correct horse battery', email: `${username}@nncc.example.cn` });
await person('officer.zh', ['officer'], 'zh-CN');
await person('officer.en', ['officer'], 'en');
await person('supervisor.zh', ['supervisor'], 'zh-CN');
await createUser(us.ctx(), { username: 'officer.us', displayName: 'Officer US', agencyId: usAgency.id, roles: ['officer'], locale: 'en', timeZone: 'America/New_York', password: 'correct horse battery', email: 'officer.us@dea.example.gov' });

// CN answers within 5 working days; the US within 5 working days too (set in its own test below).
await setReplyPeriod(cn.ctx(cn.person(['admin'])), 'CN', { days: 5, kind: 'working' });

const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId() }));
const cnSupervisor = cn.ctx(cn.person(['supervisor'], { id: newId() }));

async function sendToCn(at: string) {
  clock.set(new Date(at));
  const { id } = await createDraft(usOfficer, draftInput(usAgency.id, { shipmentDate: '2026-12-01', lines: [LINES.anpp] }));
  await sendNotification(usOfficer, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** Runs the CN node's due jobs until none is left (a reminder enqueues its emails as jobs of their own). */
async function runCnJobs(): Promise<void> {
  while ((await cn.app.jobs.runDue()) > 0);
}

describe('reply clocks', () => {
  it('counts PRC working days across National Day and its adjusted working Saturday', async () => {
    // Tuesday 29 Sep 2026, 10:00 in Beijing. Working days: 30 Sep; 1–7 Oct off; 8, 9, Sat 10 Oct (worked), 12 Oct.
    const id = await sendToCn('2026-09-29T02:00:00Z');
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ dueDate: '2026-10-12', dueTimeZone: 'Asia/Shanghai', calendarUnknown: [] });
    expect(there.replyPeriod).toEqual({ days: 5, kind: 'working' });
    expect(there.dueAt?.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    expect(there.dueLocal).toEqual({ importer: '2026-10-13 00:00 Asia/Shanghai', exporter: '2026-10-12 12:00 America/New_York' });
  });

  it('reminds officers in their own language before the deadline, then escalates to supervisors when it passes', async () => {
    const id = await sendToCn('2026-09-29T02:00:00Z');
    const n = await getNotification(cnOfficer, id);
    const before = smtp.messages.length;

    clock.set(new Date('2026-10-10T15:59:00Z')); // one minute before the reminder (two days before the deadline)
    await runCnJobs();
    const about = (prefix: string) => smtp.messages.slice(before).filter((m) => m.subject.startsWith(prefix) && m.subject.includes(n.reference));
    // So far only the news of its arrival, to each officer in their language.
    expect(about('新的出口前通知').map((m) => m.to[0]).sort()).toEqual(['officer.zh@nncc.example.cn', 'supervisor.zh@nncc.example.cn']);
    expect(about('New pre-export notification').map((m) => m.to[0])).toEqual(['officer.en@nncc.example.cn']);
    expect(about('提醒')).toEqual([]);

    clock.set(new Date('2026-10-10T16:00:00Z'));
    await runCnJobs();
    const reminders = [...about('提醒'), ...about('Reminder')];
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(['officer.en@nncc.example.cn', 'officer.zh@nncc.example.cn', 'supervisor.zh@nncc.example.cn']);
    const zh = reminders.find((m) => m.to[0] === 'officer.zh@nncc.example.cn');
    // Midnight starting 13 Oct is the end of 12 Oct, said as such, with the zone named, never 2026-10-13 00:00 Asia/Shanghai.
    expect(zh?.subject).toBe(`提醒：出口前通知 ${n.reference} 须于北京时间2026年10月12日24时前答复`);
    expect(zh?.text).toContain('请于北京时间2026年10月12日24时前答复：');
    const en = reminders.find((m) => m.to[0] === 'officer.en@nncc.example.cn');
    expect(en?.subject).toBe(`Reminder: pre-export notification ${n.reference} is due by the end of 12 Oct 2026, Beijing time`);
    expect(en?.text).toContain('The reply is due by the end of 12 Oct 2026, Beijing time.');
    for (const m of reminders) expect(`${m.subject}\n${m.text}`).not.toMatch(/Asia\/Shanghai|00:00|2026-10-1/);
    expect(zh?.text).toContain(`https://cn.counterpart.test/notifications/${id}`);
    expect(reminders.find((m) => m.to[0] === 'officer.en@nncc.example.cn')?.subject).toMatch(/^Reminder: pre-export notification/);
    expect((await getNotification(cnOfficer, id)).overdue).toBe(false);

    clock.set(new Date('2026-10-12T16:00:00Z')); // the deadline
    await runCnJobs();
    const escalations = smtp.messages.filter((m) => m.subject.startsWith('已逾期') && m.subject.includes(n.reference));
    expect(escalations.map((m) => m.to[0])).toEqual(['supervisor.zh@nncc.example.cn']);
    expect(await getNotification(cnOfficer, id)).toMatchObject({ overdue: true, status: 'delivered' });
    expect((await getNotification(usOfficer, id)).overdue).toBe(true);
    const timeline = (await getNotification(cnOfficer, id)).events.map((e) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['reminder-sent', 'escalated']));
    // Reminders stay on the importer's node: the exporter's timeline does not show them.
    expect((await getNotification(usOfficer, id)).events.map((e) => e.kind)).not.toContain('reminder-sent');
  });

  it('tells the exporter’s officers of the answer, and sends no reminder once the importer has answered', async () => {
    const id = await sendToCn('2026-09-29T02:00:00Z');
    await runCnJobs(); // the news of its arrival
    // ANPP is controlled in CN: an officer prepares the clearance, a supervisor signs it.
    await replyTo(cnOfficer, id, { action: 'clear', note: null });
    await signReply(cnSupervisor, id);
    await cn.deliver();
    while ((await us.app.jobs.runDue()) > 0);
    const reference = (await getNotification(usOfficer, id)).reference;
    expect(smtp.messages.filter((m) => m.subject === `People's Republic of China cleared pre-export notification ${reference}`).map((m) => m.to[0])).toEqual(['officer.us@dea.example.gov']);
    const before = smtp.messages.length;
    clock.set(new Date('2026-10-20T00:00:00Z'));
    await runCnJobs();
    expect(smtp.messages.length).toBe(before);
    const states = await cn.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.key, `${id}:2026-10-12T16:00:00.000Z`));
    expect(states.map((s) => s.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('counts a US importer’s working days in New York time across the change to daylight saving', async () => {
    await setReplyPeriod(us.ctx(us.person(['admin'])), 'US', { days: 5, kind: 'working' });
    clock.set(new Date('2026-03-06T15:00:00Z')); // Friday 6 March, 10:00 EST
    const cnExporter = cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id }));
    const { id } = await createDraft(cnExporter, draftInput(cnAgency.id, { importingParty: 'US', shipmentDate: '2026-05-01' }));
    await sendNotification(cnExporter, id);
    await cn.deliver();
    await us.deliver();
    const there = await getNotification(usOfficer, id);
    // 9–13 March are the five working days; clocks go forward on 8 March, so the day ends at 04:00 UTC, not 05:00.
    expect(there).toMatchObject({ dueDate: '2026-03-13', dueTimeZone: 'America/New_York' });
    expect(there.dueAt?.toISOString()).toBe('2026-03-14T04:00:00.000Z');
    expect(there.reference).toMatch(/^CN-PEN-2026-/);
  });
});
