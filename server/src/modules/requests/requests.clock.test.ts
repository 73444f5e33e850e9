// Reply clocks of requests with an injected clock, between two real nodes: counted by the requested party on its own
// calendar and zone and shown the same on both sides (hours across midnight, working days over a PRC adjusted
// weekend and a US federal holiday), stopped by a request for clarification and restarted with what was left (hours
// to the millisecond, days as whole days of the receiver's calendar, ending at its midnight), and the reminder and
// the escalation delivered as real email to an SMTP server in process.
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { askInput, requestPair, step } from '../../../test/request-steps.js';
import { startSmtpServer } from '../../../test/smtp.js';
import { jobs } from '../../platform/jobs/index.js';
import { approveRequest, createRequest, submitRequest } from './drafting.js';
import { ESCALATION_QUEUE, REMINDER_QUEUE } from './kit.js';
import { getRequest } from './queries.js';
import type { RequestInput } from './schemas.js';
import { putRequestSettings } from './settings.js';
import { fileStep } from './steps.js';
import { requests } from './tables.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const { us, cn, clock, person } = await requestPair({ COUNTERPART_SMTP_URL: smtp.url, COUNTERPART_PUBLIC_URL: 'https://cn.counterpart.test' });
const usOfficer = await person(us, ['officer'], { email: 'officer.us@hsi.example.gov' });
const cnOfficerZh = await person(cn, ['officer'], { email: 'officer.zh@nncc.example.cn', locale: 'zh-CN' });
await person(cn, ['officer'], { email: 'officer.en@nncc.example.cn', locale: 'en' });
await person(cn, ['supervisor'], { email: 'supervisor.zh@nncc.example.cn', locale: 'zh-CN' });
const cnOfficer = cnOfficerZh.ctx;
const usSupervisor = await person(us, ['supervisor']);

const HOUR = 3_600_000;

/** `from` asks the other party at `at`; both nodes have the request and the acknowledgment. */
async function ask(at: string, over: Partial<RequestInput> = {}, from: 'US' | 'CN' = 'US'): Promise<string> {
  clock.set(new Date(at));
  const [asker, asked] = from === 'US' ? [us, cn] : [cn, us];
  const officer = from === 'US' ? usOfficer.ctx : cnOfficer;
  const { id } = await createRequest(officer, askInput({ toParty: asked.party, ...over }));
  await submitRequest(officer, id);
  await asker.deliver();
  await asked.deliver();
  return id;
}

async function runJobs(node: typeof cn): Promise<void> {
  while ((await node.app.jobs.runDue()) > 0);
}

describe('request reply clocks', () => {
  it('runs an urgent 8-hour clock received at 20:00 in Beijing across midnight to 04:00, read right in both zones', async () => {
    const id = await ask('2026-03-12T12:00:00Z', { priority: 'urgent' });
    const there = await getRequest(cnOfficer, id);
    const here = await getRequest(usOfficer.ctx, id);
    for (const view of [there, here]) {
      expect(view.status).toBe('received');
      expect(view.clock).toMatchObject({ period: { amount: 8, unit: 'hours' }, dueLocal: { receiver: '2026-03-13 04:00 Asia/Shanghai', requester: '2026-03-12 16:00 America/New_York' } });
      expect(view.clock.dueAt?.toISOString()).toBe('2026-03-12T20:00:00.000Z');
      expect(view.steps.map((s) => s.kind)).toEqual(['acknowledged']);
    }
    expect(there.steps[0]?.dueAt?.toISOString()).toBe('2026-03-12T20:00:00.000Z');
  });

  it('reminds the requested party’s officers two hours before an 8-hour deadline and escalates to its supervisors when it passes', async () => {
    const id = await ask('2026-03-12T12:00:00Z', { priority: 'urgent', subject: 'Who holds account 6222 0202 0000 1234?' });
    const { reference } = await getRequest(cnOfficer, id);
    const mine = (prefix: string) => smtp.messages.filter((m) => m.subject.startsWith(prefix) && m.subject.includes(reference));
    clock.set(new Date('2026-03-12T17:59:00Z'));
    await runJobs(cn);
    expect([...mine('提醒'), ...mine('Reminder')]).toEqual([]);

    clock.set(new Date('2026-03-12T18:00:00Z'));
    await runJobs(cn);
    const reminders = [...mine('提醒'), ...mine('Reminder')];
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(['officer.en@nncc.example.cn', 'officer.zh@nncc.example.cn', 'supervisor.zh@nncc.example.cn']);
    const zh = reminders.find((m) => m.to[0] === 'officer.zh@nncc.example.cn');
    expect(zh?.subject).toBe(`提醒：美国的请求 ${reference} 须于北京时间2026年3月13日 04:00答复`);
    expect(zh?.text).toContain('“Who holds account 6222 0202 0000 1234?”');
    expect(zh?.text).toContain(`https://cn.counterpart.test/requests/${id}`);
    const en = reminders.find((m) => m.to[0] === 'officer.en@nncc.example.cn');
    expect(en?.subject).toBe(`Reminder: request ${reference} from United States is due by 13 Mar 2026, 04:00 Beijing time`);
    for (const m of reminders) expect(`${m.subject}\n${m.text}`).not.toMatch(/Asia\/Shanghai|2026-03-1/);

    clock.set(new Date('2026-03-12T20:00:00Z'));
    await runJobs(cn);
    expect([...mine('已逾期'), ...mine('Overdue')].map((m) => m.to[0])).toEqual(['supervisor.zh@nncc.example.cn']);
    const there = await getRequest(cnOfficer, id);
    expect(there.clock.overdue).toBe(true);
    expect(there.steps.map((s) => [s.kind, s.state])).toEqual([['acknowledged', 'sent'], ['reminder-sent', 'local'], ['escalated', 'local']]);
    // Reminders stay on the node that counts the clock.
    await cn.deliver();
    expect((await getRequest(usOfficer.ctx, id)).steps.map((s) => s.kind)).toEqual(['acknowledged']);
  });

  it('stops the clock for a clarification and restarts it with what was left, on both nodes', async () => {
    const id = await ask('2026-03-16T12:00:00Z', { priority: 'urgent' }); // due 20:00Z
    clock.set(new Date('2026-03-16T15:00:00Z')); // five hours left
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '哪一家公司？请提供统一社会信用代码。', language: 'zh' }));
    await cn.deliver();
    for (const view of [await getRequest(cnOfficer, id), await getRequest(usOfficer.ctx, id)]) {
      expect(view.status).toBe('clarification');
      expect(view.clock).toMatchObject({ remainingMs: 5 * HOUR, overdue: false });
      expect(view.clock.pausedAt?.toISOString()).toBe('2026-03-16T15:00:00.000Z');
    }
    // The stopped clock's jobs are cancelled: nothing reminds anyone while the requester is asked.
    const stopped = await cn.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.subject, id));
    expect(stopped.map((j) => j.state)).toEqual(['cancelled', 'cancelled']);
    clock.set(new Date('2026-03-17T09:00:00Z')); // long after the old deadline: stopped clocks are not overdue
    expect((await getRequest(cnOfficer, id)).clock.overdue).toBe(false);
    await fileStep(usOfficer.ctx, id, step('clarification', { note: 'Wuhan Hengyuan Chemical Co., Ltd.', language: 'en' }));
    await us.deliver(); // CN restarts its clock on receipt …
    await cn.deliver(); // … and tells the US
    for (const view of [await getRequest(cnOfficer, id), await getRequest(usOfficer.ctx, id)]) {
      expect(view.status).toBe('received');
      expect(view.clock.dueAt?.toISOString()).toBe('2026-03-17T14:00:00.000Z');
      expect(view.clock).toMatchObject({ pausedAt: null, remainingMs: null });
      expect(view.steps.map((s) => s.kind)).toEqual(['acknowledged', 'clarification-requested', 'clarification', 'clock-restarted']);
    }
    const rescheduled = await cn.database.db.select({ queue: jobs.queue, runAt: jobs.runAt }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.state, 'queued')));
    expect(rescheduled.map((j) => [j.queue, j.runAt.toISOString()]).sort()).toEqual([
      [ESCALATION_QUEUE, '2026-03-17T14:00:00.000Z'],
      [REMINDER_QUEUE, '2026-03-17T12:00:00.000Z'],
    ]);
  });

  it('counts 3 working days, set in the PRC profile, over the weekend day worked after National Day', async () => {
    await putRequestSettings(cn.ctx(cn.person(['admin'])), { fourEyes: 'sensitive', periods: [{ type: 'information', priority: 'normal', amount: 3, unit: 'working-days' }] });
    // Thursday 8 Oct 2026, 10:00 in Beijing: Fri 9, Sat 10 (worked in place of a holiday), Mon 12 Oct.
    const id = await ask('2026-10-08T02:00:00Z');
    for (const view of [await getRequest(cnOfficer, id), await getRequest(usOfficer.ctx, id)]) {
      expect(view.clock).toMatchObject({ period: { amount: 3, unit: 'working-days' }, dueLocal: { receiver: '2026-10-13 00:00 Asia/Shanghai', requester: '2026-10-12 12:00 America/New_York' } });
      expect(view.clock.dueAt?.toISOString()).toBe('2026-10-12T16:00:00.000Z');
    }
    // Other types and priorities keep the default (high: 3 calendar days, through the weekend).
    const high = await ask('2026-10-08T02:00:00Z', { priority: 'high' });
    expect((await getRequest(usOfficer.ctx, high)).clock.dueAt?.toISOString()).toBe('2026-10-11T16:00:00.000Z');
  });

  it('counts 3 working days of a US profile over Columbus Day in New York time', async () => {
    await putRequestSettings(us.ctx(us.person(['admin'])), { fourEyes: 'sensitive', periods: [{ type: 'information', priority: 'normal', amount: 3, unit: 'working-days' }] });
    // Friday 9 Oct 2026, 10:00 in New York; Monday 12 Oct is a federal holiday: Tue 13, Wed 14, Thu 15.
    const id = await ask('2026-10-09T14:00:00Z', { toParty: 'US' }, 'CN');
    for (const view of [await getRequest(usOfficer.ctx, id), await getRequest(cnOfficer, id)]) {
      expect(view.clock.dueAt?.toISOString()).toBe('2026-10-16T04:00:00.000Z');
      expect(view.clock.dueLocal).toEqual({ receiver: '2026-10-16 00:00 America/New_York', requester: '2026-10-16 12:00 Asia/Shanghai' });
    }
  });

  it('restarts a clock of working days stopped for a clarification with the whole days left, after the weekend', async () => {
    await putRequestSettings(cn.ctx(cn.person(['admin'])), { fourEyes: 'sensitive', periods: [{ type: 'information', priority: 'normal', amount: 3, unit: 'working-days' }] });
    // Monday 16 Mar 2026, 10:00 in Beijing: Tue 17, Wed 18, Thu 19 — due at the end of Thursday.
    const id = await ask('2026-03-16T02:00:00Z');
    expect((await getRequest(cnOfficer, id)).clock.dueAt?.toISOString()).toBe('2026-03-19T16:00:00.000Z');
    clock.set(new Date('2026-03-17T10:00:00Z')); // Tuesday 18:00 in Beijing: one working day used, Wednesday and Thursday left
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '哪一家公司？', language: 'zh' }));
    await cn.deliver();
    await us.deliver();
    // While stopped, both sides read the same two working days left, counted on CN's calendar.
    expect([(await getRequest(cnOfficer, id)).clock.remainingDays, (await getRequest(usOfficer.ctx, id)).clock.remainingDays]).toEqual([2, 2]);
    // Kept where the clock is counted, as CN counted it at the stop; the US reads it from CN's calendar.
    const stored = async (node: typeof cn) => (await node.database.db.select({ remainingDays: requests.remainingDays }).from(requests).where(eq(requests.id, id)))[0]?.remainingDays;
    expect([await stored(cn), await stored(us)]).toEqual([2, null]);
    clock.set(new Date('2026-03-20T03:00:00Z')); // Friday 11:00 in Beijing
    await fileStep(usOfficer.ctx, id, step('clarification', { note: 'Wuhan Hengyuan Chemical Co., Ltd.', language: 'en' }));
    await us.deliver();
    await cn.deliver();
    // Two working days after Friday: Monday 23 and Tuesday 24 Mar (counted in milliseconds it would end on Sunday).
    for (const view of [await getRequest(cnOfficer, id), await getRequest(usOfficer.ctx, id)]) {
      expect(view.clock.dueAt?.toISOString()).toBe('2026-03-24T16:00:00.000Z');
      expect(view.clock.dueLocal?.receiver).toBe('2026-03-25 00:00 Asia/Shanghai');
      expect(view.steps.map((s) => s.kind)).toEqual(['acknowledged', 'clarification-requested', 'clarification', 'clock-restarted']);
    }
    const escalation = await cn.database.db.select({ runAt: jobs.runAt }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.queue, ESCALATION_QUEUE), eq(jobs.state, 'queued')));
    expect(escalation.map((j) => j.runAt.toISOString())).toEqual(['2026-03-24T16:00:00.000Z']);
  });

  it('restarts a clock of hours with exactly the milliseconds that were left', async () => {
    const id = await ask('2026-04-20T12:00:00Z', { priority: 'urgent' }); // due 20:00Z
    clock.set(new Date('2026-04-20T13:17:42.123Z')); // 6:42:17.877 left
    await fileStep(cnOfficer, id, step('clarification-requested', { note: '哪一家公司？', language: 'zh' }));
    await cn.deliver();
    clock.set(new Date('2026-04-24T06:00:00Z')); // a Friday: hours run as hours, whatever the day
    await fileStep(usOfficer.ctx, id, step('clarification', { note: 'Wuhan Hengyuan Chemical Co., Ltd.', language: 'en' }));
    await us.deliver();
    await cn.deliver();
    for (const view of [await getRequest(cnOfficer, id), await getRequest(usOfficer.ctx, id)]) expect(view.clock.dueAt?.toISOString()).toBe('2026-04-24T12:42:17.877Z');
  });

  it('sends no reminder once the request is answered', async () => {
    const id = await ask('2026-10-20T02:00:00Z', { priority: 'urgent' });
    await fileStep(cnOfficer, id, step('answer', { note: '该公司于2019年登记。', language: 'zh' }));
    const { reference } = await getRequest(cnOfficer, id);
    clock.set(new Date('2026-10-21T02:00:00Z'));
    await runJobs(cn);
    expect(smtp.messages.filter((m) => m.subject.includes(reference) && /^(提醒|Reminder|已逾期|Overdue)/.test(m.subject))).toEqual([]);
    const states = await cn.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.subject, id));
    expect(states.map((s) => s.state)).toEqual(['cancelled', 'cancelled']);
    expect((await getRequest(cnOfficer, id)).steps.map((s) => s.kind)).toEqual(['acknowledged', 'answer']);
  });

  it('mails the reference of a RED request only, never its subject', async () => {
    clock.set(new Date('2026-11-03T12:00:00Z'));
    const { id } = await createRequest(usOfficer.ctx, askInput({ priority: 'urgent', handling: 'TLP:RED', subject: 'Informant inside the Hengyuan plant' }));
    await submitRequest(usOfficer.ctx, id);
    await approveRequest(usSupervisor.ctx, id);
    await us.deliver();
    await cn.deliver();
    const { reference } = await getRequest(cnOfficer, id);
    clock.set(new Date('2026-11-03T20:00:00Z')); // the reminder and the escalation are both due
    await runJobs(cn);
    const mails = smtp.messages.filter((m) => m.subject.includes(reference));
    expect(mails.some((m) => m.subject.startsWith('已逾期') || m.subject.startsWith('Overdue'))).toBe(true);
    expect(mails.some((m) => m.subject.startsWith('提醒') || m.subject.startsWith('Reminder'))).toBe(true);
    for (const m of mails) {
      expect(`${m.subject}\n${m.text}`).not.toContain('Informant');
      expect(m.text).toContain(reference);
      expect(m.text).not.toContain('“');
    }
  });
});
