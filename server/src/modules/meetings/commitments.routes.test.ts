// Route tests for commitments on one US node: a commitment is numbered, shared with the meeting's other parties and
// its clock set; every bad input (unknown agency or topic, a due date before the meeting in its place's zone) is one
// problem+json naming each issue with nothing written, a withdrawn meeting a 409; only the owning party changes it
// (403 wrong-party), a stale version is refused; progress settles and reopens it; overdue is derived against a fixed
// clock; the page and the board name the owning agency by its id here; the board filters; and the roll-up equals a
// brute-force count over a seeded random mix of commitments.
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId } from '../../platform/ids.js';
import { jobs } from '../../platform/jobs/index.js';
import { wallClock } from '../../platform/time-text.js';
import { outbox } from '../exchange/index.js';
import { COMMITMENT_ESCALATION_QUEUE, COMMITMENT_REMINDER_QUEUE } from './commitment-clock.js';
import { NO_LINKS } from './links.js';
import type { Commitment, CommitmentPage, RollUp, Tally } from './schemas-commitments.js';
import { commitments, meetings } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };
type Row = typeof commitments.$inferInsert;

let node: TestNode;
let agencyId: string;
let agencyAcronym: string;
let otherAgencyId: string;
let cnAgencyId: string;
let keeper: Headers;
let officer: Headers;
let otherOfficer: Headers;
let viewer: Headers;
let meetingId: string;
let withdrawnMeetingId: string;
let serial = 900_000;
let users: { username: string }[] = [];
const START = new Date('2026-03-02T09:00:00Z');

const meetingRow = (over: Partial<typeof meetings.$inferInsert> = {}): typeof meetings.$inferInsert => ({
  id: newId(), reference: `US-MTG-2026-${++serial}`, originParty: 'US', version: 1, level: 'working-level', mode: 'virtual', title: 'Working-level meeting', language: 'en',
  startsAt: new Date('2026-03-10T14:00:00Z'), endsAt: new Date('2026-03-10T16:00:00Z'), timeZone: 'America/New_York', place: 'Washington', parties: ['CN', 'US'], agenda: [], links: NO_LINKS,
  handling: 'TLP:GREEN', status: 'held', createdBy: null, createdByName: 'Secretariat', createdAt: START, updatedAt: START, ...over,
});
const commitmentRow = (over: Partial<Row> = {}): Row => ({
  id: newId(), reference: `${over.originParty ?? 'US'}-CMT-2025-${++serial}`, originParty: 'US', version: 1, meetingId, meetingReference: 'US-MTG-2026-000001', topic: 'precursors', text: 'Share the list',
  language: 'en', agencyId: null, agency: { acronym: 'DEA', nameEn: 'Drug Enforcement Administration', nameZh: '缉毒局' }, dueOn: '2026-04-30', status: 'open', settledOn: null, evidence: NO_LINKS,
  updates: [], handling: 'TLP:GREEN', demo: false, createdBy: null, createdByName: 'Secretariat', createdAt: START, updatedAt: START, ...over,
});

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency();
  [agencyId, agencyAcronym] = [agency.id, agency.acronym];
  otherAgencyId = (await node.makeAgency()).id;
  cnAgencyId = (await node.makeAgency({ partyCode: 'CN' })).id;
  users = await Promise.all([node.makeUser(['secretariat'], { agencyId }), node.makeUser(['officer'], { agencyId }), node.makeUser(['officer'], { agencyId: otherAgencyId }), node.makeUser(['viewer'], { agencyId })]);
  await setClock(START);
  const [held, withdrawn] = [meetingRow(), meetingRow({ status: 'withdrawn' })];
  await node.database.db.insert(meetings).values([held, withdrawn]);
  [meetingId, withdrawnMeetingId] = [held.id ?? '', withdrawn.id ?? ''];
});

/** The clock moved (sessions idle out when it jumps): everyone signs in again. */
async function setClock(at: Date): Promise<void> {
  node.clock.set(at);
  const signIn = (i: number) => node.login(users[i]?.username ?? '');
  [keeper, officer, otherOfficer, viewer] = await Promise.all([signIn(0), signIn(1), signIn(2), signIn(3)]);
}

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const input = (over: Record<string, unknown> = {}) => ({ meetingId, topic: 'precursors', text: 'Schedule three fentanyl precursors', language: 'en', agencyId, dueOn: '2026-03-31', ...over });
const total = async () => (await node.database.db.select({ n: count() }).from(commitments))[0]?.n ?? -1;
const issues = (res: { json: <T>() => T }) => res.json<{ errors: Issue[] }>().errors.map((e) => [e.path, e.code]);

async function made(over: Record<string, unknown> = {}): Promise<Commitment> {
  const res = await api('POST', '/commitments', keeper, input(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Commitment>();
}
async function progress(c: { id: string; version: number }, status: string, headers = officer) {
  return api('POST', `/commitments/${c.id}/progress`, headers, { status, note: `now ${status}`, version: c.version });
}

describe('recording a commitment', () => {
  it('numbers it, shares it with the meeting’s other parties, audits it and sets its clock in the owning party’s zone', async () => {
    await setClock(START);
    const c = await made({ demo: true });
    expect(c.reference).toMatch(/^US-CMT-2026-\d{6}$/);
    expect(c).toMatchObject({ party: 'US', version: 1, status: 'open', overdue: false, settledOn: null, kept: null, handling: 'TLP:GREEN', demo: true, meetingId, agencyId, updates: [] });
    expect(c.allowed).toEqual(['edit', 'progress', 'withdraw']);
    const sent = await node.database.db.select({ kind: outbox.kind, op: outbox.op, to: outbox.toParty }).from(outbox).where(eq(outbox.recordId, c.id));
    expect(sent).toEqual([{ kind: 'commitment', op: 'upsert', to: 'CN' }]);
    const audit = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, c.id));
    expect(audit.map((a) => a.action)).toEqual(['commitment.created']);
    // Reminder at the start of 24 Mar in New York (EDT), escalation at the start of 1 Apr, the day after it is due.
    const clock = await node.database.db.select({ queue: jobs.queue, runAt: jobs.runAt, state: jobs.state }).from(jobs).where(eq(jobs.subject, c.id));
    expect(clock.map((j) => [j.queue, j.runAt.toISOString(), j.state]).sort()).toEqual([
      [COMMITMENT_ESCALATION_QUEUE, '2026-04-01T04:00:00.000Z', 'queued'],
      [COMMITMENT_REMINDER_QUEUE, '2026-03-24T04:00:00.000Z', 'queued'],
    ]);
  });

  it('names the owning agency by its id here, on its page and on the board; another party’s agency has none here', async () => {
    const c = await made();
    const ours = { id: agencyId, acronym: agencyAcronym, nameEn: 'Test agency', nameZh: '测试机构' };
    expect((await api('GET', `/commitments/${c.id}`, viewer)).json<Commitment>().agency).toEqual(ours);
    expect((await api('GET', `/commitments?q=${c.reference}`, viewer)).json<CommitmentPage>().items.map((i) => i.agency)).toEqual([ours]);
    const theirs = commitmentRow({ originParty: 'CN', agency: { acronym: 'NNCC', nameEn: 'NNCC', nameZh: '国家禁毒委' } });
    await node.database.db.insert(commitments).values(theirs);
    expect((await api('GET', `/commitments/${theirs.id}`, viewer)).json<Commitment>().agency).toEqual({ id: null, acronym: 'NNCC', nameEn: 'NNCC', nameZh: '国家禁毒委' });
  });

  it('refuses an unknown topic, another party’s agency and a due date before the meeting, all at once, writing nothing', async () => {
    const before = await total();
    const res = await api('POST', '/commitments', keeper, input({ topic: 'weather', agencyId: cnAgencyId, dueOn: '2026-03-09' }));
    expect(res.statusCode).toBe(422);
    expect(issues(res)).toEqual(expect.arrayContaining([['body/topic', 'unknown-topic'], ['body/agencyId', 'unknown-agency'], ['body/dueOn', 'due-before-meeting']]));
    const unknown = await api('POST', '/commitments', keeper, input({ agencyId: newId() }));
    expect(issues(unknown)).toEqual([['body/agencyId', 'unknown-agency']]);
    const noMeeting = await api('POST', '/commitments', keeper, input({ meetingId: newId() }));
    expect(issues(noMeeting)).toEqual([['body/meetingId', 'unknown-meeting']]);
    expect(await total()).toBe(before);
  });

  it('reads the meeting’s start in its place’s zone: 02:00 UTC on 10 Mar is still 9 Mar in New York', async () => {
    const evening = meetingRow({ startsAt: new Date('2026-03-10T02:00:00Z') });
    await node.database.db.insert(meetings).values(evening);
    expect((await made({ meetingId: evening.id, dueOn: '2026-03-09' })).dueOn).toBe('2026-03-09');
    const res = await api('POST', '/commitments', keeper, input({ meetingId: evening.id, dueOn: '2026-03-08' }));
    expect(issues(res)).toEqual([['body/dueOn', 'due-before-meeting']]);
  });

  it('refuses a commitment made at a withdrawn meeting (409), and is not for officers or viewers (403)', async () => {
    const res = await api('POST', '/commitments', keeper, input({ meetingId: withdrawnMeetingId }));
    expect([res.statusCode, problemType(res)]).toEqual([409, 'meeting-withdrawn']);
    expect((await api('POST', '/commitments', officer, input())).statusCode).toBe(403);
    expect((await api('POST', '/commitments', viewer, input())).statusCode).toBe(403);
    const strict = await api('POST', '/commitments', keeper, { ...input(), status: 'done' });
    expect(strict.statusCode).toBe(400);
  });
});

describe('changing a commitment', () => {
  it('lets only the owning party change it: another party’s commitment is a 403 wrong-party', async () => {
    const theirs = commitmentRow({ originParty: 'CN', agency: { acronym: 'NNCC', nameEn: 'NNCC', nameZh: '国家禁毒委' } });
    await node.database.db.insert(commitments).values(theirs);
    const put = await api('PUT', `/commitments/${theirs.id}`, keeper, { ...input(), version: 1 });
    expect([put.statusCode, problemType(put)]).toEqual([403, 'wrong-party']);
    const prog = await progress({ id: theirs.id ?? '', version: 1 }, 'done', keeper);
    expect([prog.statusCode, problemType(prog)]).toEqual([403, 'wrong-party']);
    const got = await api('GET', `/commitments/${theirs.id}`, viewer);
    expect(got.json<Commitment>()).toMatchObject({ party: 'CN', allowed: [] });
  });

  it('replaces a version, refuses a stale one (409 version-conflict) and moves the clock with the due date', async () => {
    const c = await made();
    const res = await api('PUT', `/commitments/${c.id}`, keeper, { ...input({ dueOn: '2026-04-15', text: 'Schedule four precursors' }), version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Commitment>()).toMatchObject({ version: 2, dueOn: '2026-04-15', text: 'Schedule four precursors' });
    const stale = await api('PUT', `/commitments/${c.id}`, keeper, { ...input(), version: 1 });
    expect([stale.statusCode, problemType(stale)]).toEqual([409, 'version-conflict']);
    const queued = await node.database.db.select({ runAt: jobs.runAt }).from(jobs).where(eq(jobs.subject, c.id));
    const runAts = queued.map((j) => j.runAt.toISOString()).sort();
    expect(runAts).toEqual(expect.arrayContaining(['2026-04-08T04:00:00.000Z', '2026-04-16T04:00:00.000Z']));
  });

  it('takes progress from the owning agency’s officers, settles it on the local date and reopens it', async () => {
    await setClock(new Date('2026-03-03T03:00:00Z')); // still 2 Mar in New York
    const c = await made();
    expect((await progress(c, 'in-progress', otherOfficer)).statusCode).toBe(403);
    expect((await progress(c, 'in-progress', viewer)).statusCode).toBe(403);
    const going = await progress(c, 'in-progress');
    expect(going.json<Commitment>()).toMatchObject({ status: 'in-progress', version: 2, settledOn: null });
    const done = (await progress(going.json<Commitment>(), 'done')).json<Commitment>();
    expect(done).toMatchObject({ status: 'done', version: 3, settledOn: '2026-03-02', kept: 'on-time', allowed: ['progress'] });
    expect(done.updates.map((u) => [u.status, u.note])).toEqual([['in-progress', 'now in-progress'], ['done', 'now done']]);
    const states = async () => (await node.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.subject, c.id))).map((j) => j.state).sort();
    expect(await states()).toEqual(['cancelled', 'cancelled']);
    const reopened = (await progress(done, 'open')).json<Commitment>();
    expect(reopened).toMatchObject({ status: 'open', settledOn: null, kept: null });
    expect(await states()).toEqual(['queued', 'queued']);
    expect((await progress(done, 'done')).statusCode).toBe(409);
    await setClock(START);
  });

  it('derives overdue against today in the owning party’s zone, and a late one once done after its due date', async () => {
    await setClock(START);
    const c = await made({ dueOn: '2026-03-31' });
    await setClock(new Date('2026-04-01T03:59:00Z')); // 23:59 on 31 Mar in New York: not yet
    expect((await api('GET', `/commitments/${c.id}`, viewer)).json<Commitment>().overdue).toBe(false);
    await setClock(new Date('2026-04-01T04:00:00Z'));
    expect((await api('GET', `/commitments/${c.id}`, viewer)).json<Commitment>().overdue).toBe(true);
    const overdue = (await api('GET', `/commitments?status=overdue&meetingId=${meetingId}&pageSize=200`, viewer)).json<CommitmentPage>();
    expect(overdue.items.map((i) => i.id)).toContain(c.id);
    const late = (await progress(c, 'done')).json<Commitment>();
    expect(late).toMatchObject({ overdue: false, settledOn: '2026-04-01', kept: 'late' });
    await setClock(START);
  });

  it('withdraws it from the meeting’s other parties, stops its clock and refuses changes after', async () => {
    const c = await made();
    const res = await api('POST', `/commitments/${c.id}/withdraw`, keeper, { note: 'recorded twice' });
    expect(res.json<Commitment>()).toMatchObject({ status: 'withdrawn', version: 2, allowed: [] });
    const sent = await node.database.db.select({ op: outbox.op }).from(outbox).where(eq(outbox.recordId, c.id));
    expect(sent.map((s) => s.op).sort()).toEqual(['upsert', 'withdraw']);
    const states = await node.database.db.select({ state: jobs.state }).from(jobs).where(eq(jobs.subject, c.id));
    expect(states.map((j) => j.state)).toEqual(['cancelled', 'cancelled']);
    const again = await api('PUT', `/commitments/${c.id}`, keeper, { ...input(), version: 2 });
    expect([again.statusCode, problemType(again)]).toEqual([409, 'commitment-withdrawn']);
  });
});

describe('the board', () => {
  it('filters by party, agency, topic, status, meeting, due dates and words, sorted by due date, handling kept', async () => {
    const board = meetingRow();
    await node.database.db.insert(meetings).values(board);
    const rows = [
      commitmentRow({ meetingId: board.id, dueOn: '2026-05-03', text: 'Exchange seizure data monthly', agency: { acronym: agencyAcronym, nameEn: 'x', nameZh: 'x' } }),
      commitmentRow({ meetingId: board.id, dueOn: '2026-05-01', topic: 'wildlife', status: 'in-progress' }),
      commitmentRow({ meetingId: board.id, dueOn: '2026-05-02', originParty: 'CN', status: 'done', settledOn: '2026-04-20' }),
      commitmentRow({ meetingId: board.id, dueOn: '2026-05-04', handling: 'TLP:RED', text: 'Red seizure data' }),
      commitmentRow({ meetingId: board.id, dueOn: '2026-05-05', status: 'withdrawn' }),
    ];
    await node.database.db.insert(commitments).values(rows);
    const ids = async (query: string, headers = officer) => {
      const res = await api('GET', `/commitments?meetingId=${board.id}&${query}`, headers);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<CommitmentPage>().items.map((i) => rows.findIndex((r) => r.id === i.id));
    };
    expect(await ids('')).toEqual([1, 2, 0, 3]);
    expect(await ids('', viewer)).toEqual([1, 2, 0]);
    expect(await ids('party=CN')).toEqual([2]);
    expect(await ids(`agencyAcronym=${agencyAcronym}`)).toEqual([0]);
    expect(await ids('topic=wildlife')).toEqual([1]);
    expect(await ids('status=withdrawn')).toEqual([4]);
    expect(await ids('status=in-progress')).toEqual([1]);
    expect(await ids('dueFrom=2026-05-02&dueTo=2026-05-03')).toEqual([2, 0]);
    expect(await ids('q=seizure%20data')).toEqual([0, 3]);
    expect(await ids(`q=${rows[2]?.reference?.toLowerCase()}`)).toEqual([2]);
    const page = (await api('GET', `/commitments?meetingId=${board.id}&pageSize=2&page=2`, officer)).json<CommitmentPage>();
    expect([page.total, page.items.length]).toEqual([4, 2]);
    expect((await api('GET', `/commitments?status=late`, officer)).statusCode).toBe(400);
  });
});

/** A seeded pseudo-random stream (mulberry32): the same mix every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ZERO: Tally = { made: 0, open: 0, inProgress: 0, overdue: 0, keptOnTime: 0, late: 0, dropped: 0 };
function bruteForce(rows: (typeof commitments.$inferSelect)[], today: string, opts: { red: boolean; since: string; until: string }) {
  const byParty = new Map<string, Tally>();
  const byTopic = new Map<string, Tally>();
  const byMeeting = new Map<string, Tally>();
  for (const r of rows) {
    if (r.status === 'withdrawn' || (!opts.red && r.handling === 'TLP:RED') || r.dueOn < opts.since || r.dueOn > opts.until) continue;
    const overdue = (r.status === 'open' || r.status === 'in-progress') && r.dueOn < today;
    const bucket: keyof Tally = overdue ? 'overdue' : r.status === 'open' ? 'open' : r.status === 'in-progress' ? 'inProgress' : r.status === 'dropped' ? 'dropped' : (r.settledOn ?? r.dueOn) <= r.dueOn ? 'keptOnTime' : 'late';
    for (const [map, key] of [[byParty, r.originParty], [byTopic, r.topic], [byMeeting, r.meetingId ?? 'none']] as const) {
      const t = { ...(map.get(key) ?? ZERO) };
      t.made++;
      t[bucket]++;
      map.set(key, t);
    }
  }
  return { byParty, byTopic, byMeeting };
}

describe('the roll-up', () => {
  it('equals a brute-force count over 600 generated commitments, for a reader of RED and one who may not', async () => {
    const next = seeded(17);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const extra = [meetingRow(), meetingRow({ originParty: 'CN', reference: `CN-MTG-2026-${++serial}` })];
    await node.database.db.insert(meetings).values(extra);
    const meetingIds = [meetingId, ...extra.map((m) => m.id ?? '')];
    const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const generated = Array.from({ length: 600 }, () => {
      const status = pick(['open', 'in-progress', 'done', 'dropped', 'withdrawn']);
      const due = Math.floor(next() * 240);
      const settledOn = status === 'done' || status === 'dropped' ? day(due + Math.floor(next() * 30) - 15) : null;
      const at = pick(meetingIds);
      return commitmentRow({ originParty: pick(['US', 'CN']), topic: pick(['precursors', 'wildlife', 'angel-watch', 'illicit-finance']), status, dueOn: day(due), settledOn, meetingId: at, meetingReference: `REF-${at}`, handling: pick(['TLP:GREEN', 'TLP:AMBER', 'TLP:RED']) });
    });
    await node.database.db.insert(commitments).values(generated);
    await setClock(new Date('2026-05-15T12:00:00Z'));
    const all = await node.database.db.select().from(commitments);
    const today = wallClock(node.clock.now(), 'America/New_York').day;
    for (const [headers, red] of [[officer, true], [viewer, false]] as const) {
      for (const [since, until] of [['0000-01-01', '9999-12-31'], ['2026-02-01', '2026-06-30']] as const) {
        const query = since === '0000-01-01' ? '' : `?since=${since}&until=${until}`;
        const res = await api('GET', `/commitments/roll-up${query}`, headers);
        expect(res.statusCode, res.body).toBe(200);
        const got = res.json<RollUp>();
        const want = bruteForce(all, today, { red, since, until });
        expect(got.asOf).toBe('2026-05-15');
        expect(new Map(got.byParty.map(({ party, ...t }) => [party, t]))).toEqual(want.byParty);
        expect(new Map(got.byTopic.map(({ topic, ...t }) => [topic, t]))).toEqual(want.byTopic);
        expect(new Map(got.byMeeting.map(({ meetingId: m, meetingReference: _r, ...t }) => [m ?? 'none', t]))).toEqual(want.byMeeting);
        for (const t of got.byParty) expect(t.made).toBe(t.open + t.inProgress + t.overdue + t.keptOnTime + t.late + t.dropped);
      }
    }
    await setClock(START);
  });
});
