// A commitment's reminder and escalation with a moved clock and a real SMTP server in process: the owning agency's
// officers and supervisors are reminded at the start of the day 7 days before the due date (at once when less is
// left), its supervisors told the day after it passes, each in their own language; nobody else hears of it. A
// commitment done, re-dated or withdrawn mails nobody for the old date, and a RED one goes by its reference only.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, PASSWORD, type TestNode } from '../../../test/node.js';
import { startSmtpServer, type ReceivedMail } from '../../../test/smtp.js';
import { systemActor, type Ctx, type Role } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { jobs } from '../../platform/jobs/index.js';
import { createUser } from '../accounts/index.js';
import { COMMITMENT_REMINDER_QUEUE, commitmentClockHandlers } from './commitment-clock.js';
import { createCommitment, reportProgress, updateCommitment, withdrawCommitment } from './commitments.js';
import { NO_LINKS } from './links.js';
import type { CommitmentInput } from './schemas-commitments.js';
import { withdrawMeeting } from './meetings.js';
import { commitments, meetings } from './tables.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());
const START = new Date('2026-03-02T09:00:00Z');

let node: TestNode;
let keeper: Ctx;
let agencyId: string;
let meetingId: string;

beforeAll(async () => {
  node = await makeTestNode({ COUNTERPART_SMTP_URL: smtp.url, COUNTERPART_PUBLIC_URL: 'https://us.counterpart.test' });
  agencyId = (await node.makeAgency({ acronym: 'DEA-OI' })).id;
  const otherAgency = (await node.makeAgency()).id;
  const person = async (roles: Role[], email: string, locale: 'en' | 'zh-CN', agency = agencyId) => {
    const user = await createUser(node.ctxFor(), { username: email.split('@')[0] ?? email, displayName: email, agencyId: agency, roles, locale, timeZone: 'America/New_York', password: PASSWORD, email });
    return node.ctxFor({ ...systemActor, kind: 'user', id: user.id, label: email, roles, partyCode: 'US', agencyId: agency });
  };
  keeper = await person(['secretariat'], 'secretariat@state.example.gov', 'en');
  await person(['officer'], 'officer.en@dea.example.gov', 'en');
  await person(['officer'], 'officer.zh@dea.example.gov', 'zh-CN');
  await person(['supervisor'], 'supervisor.zh@dea.example.gov', 'zh-CN');
  await person(['viewer'], 'viewer@dea.example.gov', 'en');
  await person(['supervisor'], 'supervisor@other.example.gov', 'en', otherAgency);
  meetingId = newId();
  await node.database.db.insert(meetings).values({
    id: meetingId, reference: 'US-MTG-2026-000901', originParty: 'US', version: 1, level: 'working-level', mode: 'virtual', title: 'Working-level meeting', language: 'en',
    startsAt: new Date('2026-03-02T14:00:00Z'), endsAt: new Date('2026-03-02T16:00:00Z'), timeZone: 'America/New_York', place: 'Washington', parties: ['CN', 'US'], agenda: [],
    links: NO_LINKS, handling: 'TLP:GREEN', status: 'held', createdBy: null, createdByName: 'Secretariat', createdAt: START, updatedAt: START,
  });
});

const input = (over: Partial<CommitmentInput> = {}): CommitmentInput => ({ meetingId, topic: 'precursors', text: 'Schedule three fentanyl precursors', language: 'en', agencyId, dueOn: '2026-03-31', evidence: NO_LINKS, handling: 'TLP:GREEN', demo: false, ...over });

/** The node's due jobs at `at`, mail among them; the mails that name `reference`. */
async function mailsAt(at: string, reference: string): Promise<ReceivedMail[]> {
  node.clock.set(new Date(at));
  while ((await node.app.jobs.runDue()) > 0);
  return smtp.messages.filter((m) => m.subject.includes(reference));
}
const to = (mails: ReceivedMail[]) => mails.map((m) => m.to[0]).sort();
const kindOf = (prefix: RegExp) => (m: ReceivedMail) => prefix.test(m.subject);
const REMINDER = /^(Reminder|提醒)/;
const OVERDUE = /^(Overdue|已逾期)/;

describe('commitment reminders and escalation', () => {
  it('reminds the owning agency’s officers and supervisors 7 days before, and escalates to its supervisors the day after', async () => {
    node.clock.set(START);
    const { reference } = await createCommitment(keeper, input());
    expect(await mailsAt('2026-03-24T03:59:00Z', reference)).toEqual([]); // 23:59 on 23 Mar in New York
    const reminders = (await mailsAt('2026-03-24T04:00:00Z', reference)).filter(kindOf(REMINDER));
    expect(to(reminders)).toEqual(['officer.en@dea.example.gov', 'officer.zh@dea.example.gov', 'supervisor.zh@dea.example.gov']);
    const en = reminders.find((m) => m.to[0] === 'officer.en@dea.example.gov');
    expect(en?.subject).toBe(`Reminder: commitment ${reference} is due on 31 Mar 2026`);
    expect(en?.text).toContain(`DEA-OI's commitment ${reference} (Precursor chemicals, made at meeting US-MTG-2026-000901): “Schedule three fentanyl precursors” is due on 31 Mar 2026.`);
    expect(en?.text).toContain(`https://us.counterpart.test/meetings/${meetingId}`);
    const zh = reminders.find((m) => m.to[0] === 'officer.zh@dea.example.gov');
    expect(zh?.subject).toBe(`提醒：承诺事项 ${reference} 须于2026年3月31日前完成`);
    expect(zh?.text).toContain('易制毒化学品');
    expect((await mailsAt('2026-04-01T03:59:00Z', reference)).filter(kindOf(OVERDUE))).toEqual([]);
    const escalations = (await mailsAt('2026-04-01T04:00:00Z', reference)).filter(kindOf(OVERDUE));
    expect(to(escalations)).toEqual(['supervisor.zh@dea.example.gov']);
    expect(escalations[0]?.subject).toBe(`已逾期：承诺事项 ${reference} 应于2026年3月31日前完成`);
    // Each job mails once: running them again sends nothing more.
    expect((await mailsAt('2026-04-02T04:00:00Z', reference)).length).toBe(4);
  });

  it('reminds at once when less than 7 days are left', async () => {
    node.clock.set(START);
    const { reference } = await createCommitment(keeper, input({ dueOn: '2026-03-05' }));
    expect(to((await mailsAt('2026-03-02T09:00:00Z', reference)).filter(kindOf(REMINDER)))).toHaveLength(3);
  });

  it('mails nobody once the commitment is done, and its jobs are cancelled', async () => {
    node.clock.set(START);
    const { id, reference, version } = await createCommitment(keeper, input());
    await reportProgress(keeper, id, { status: 'done', note: 'Scheduled on 2 March.', evidence: NO_LINKS }, version);
    expect(await mailsAt('2026-04-05T00:00:00Z', reference)).toEqual([]);
    const states = await node.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.subject, id));
    expect(states.map((s) => s.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('follows a new due date, and a job left for the old one does nothing', async () => {
    node.clock.set(START);
    const { id, reference, version } = await createCommitment(keeper, input({ dueOn: '2026-03-20' }));
    await updateCommitment(keeper, id, input({ dueOn: '2026-04-30' }), version);
    expect(await mailsAt('2026-03-22T00:00:00Z', reference)).toEqual([]);
    // The old reminder run by hand, as a runner that picked it before the change would: it finds the date moved.
    const handlers = commitmentClockHandlers({ db: node.database.db, clock: node.clock, config: node.config, box: node.box });
    await handlers[COMMITMENT_REMINDER_QUEUE]?.({ subject: id, dueAt: '2026-03-21T04:00:00.000Z' }, { id: newId(), queue: COMMITMENT_REMINDER_QUEUE, key: null, attempts: 1 });
    expect(await mailsAt('2026-03-22T00:00:00Z', reference)).toEqual([]);
    expect((await mailsAt('2026-04-23T04:00:00Z', reference)).filter(kindOf(REMINDER))).toHaveLength(3);
  });

  it('mails nobody after a withdrawal', async () => {
    node.clock.set(START);
    const { id, reference } = await createCommitment(keeper, input());
    await withdrawCommitment(keeper, id, null);
    expect(await mailsAt('2026-04-05T00:00:00Z', reference)).toEqual([]);
  });

  it('mails nobody once its meeting is withdrawn: this party’s commitments made there are withdrawn with it', async () => {
    node.clock.set(START);
    const other = newId();
    const [held] = await node.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    if (!held) throw new Error('no meeting');
    await node.database.db.insert(meetings).values({ ...held, id: other, reference: 'US-MTG-2026-000902' });
    const { id, reference } = await createCommitment(keeper, input({ meetingId: other }));
    const kept = await createCommitment(keeper, input());
    await withdrawMeeting(keeper, other, 'Entered twice');
    const [row] = await node.database.db.select({ status: commitments.status, version: commitments.version }).from(commitments).where(eq(commitments.id, id));
    expect(row).toEqual({ status: 'withdrawn', version: 2 });
    expect(await mailsAt('2026-04-05T00:00:00Z', reference)).toEqual([]);
    expect((await mailsAt('2026-04-05T00:00:00Z', kept.reference)).length).toBeGreaterThan(0);
  });

  it('mails the reference of a RED commitment only, never its text', async () => {
    node.clock.set(START);
    const { reference } = await createCommitment(keeper, input({ handling: 'TLP:RED', text: 'Informant inside the Hengyuan plant' }));
    const mails = await mailsAt('2026-04-01T04:00:00Z', reference);
    expect(mails.filter(kindOf(OVERDUE)).length).toBe(1);
    for (const m of mails) {
      expect(`${m.subject}\n${m.text}`).not.toContain('Informant');
      expect(m.text).not.toContain('“');
    }
  });
});
