// The working group's figures on one US node (issue 17, item 6): meetings per month and level, cancelled and
// withdrawn ones left out; commitments per due month, owning party and topic — made, kept on time, late, dropped,
// overdue — withdrawn ones left out; TLP:RED records left out for a viewer. Over HTTP: JSON, each table as CSV, a
// period that ends before it starts as a 400 problem, and no figures for someone signed out.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { systemActor, type Ctx, type Role } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { meetingFigures } from './figures.js';
import { NO_LINKS } from './links.js';
import { commitments, meetings } from './tables.js';

let node: TestNode;
let officer: Ctx;
let viewer: Ctx;
let headers: Record<string, string>;
let serial = 0;
const at = (iso: string) => new Date(`${iso}Z`);
const period = { from: '2026-03', to: '2026-04' };

const meeting = (startsAt: string, level: string, over: Partial<typeof meetings.$inferInsert> = {}): typeof meetings.$inferInsert => ({
  id: newId(), reference: `US-MTG-2026-${String(++serial).padStart(6, '0')}`, originParty: 'US', version: 1, level, mode: 'virtual', title: 'Meeting', language: 'en', startsAt: at(startsAt),
  endsAt: at(startsAt), timeZone: 'America/New_York', place: 'Washington', parties: ['CN', 'US'], agenda: [], links: NO_LINKS, handling: 'TLP:GREEN', status: 'held', createdBy: null,
  createdByName: 'Secretariat', createdAt: at('2026-01-01T00:00:00'), updatedAt: at('2026-01-01T00:00:00'), ...over,
});
const commitment = (meetingId: string, originParty: string, topic: string, dueOn: string, status: string, over: Partial<typeof commitments.$inferInsert> = {}): typeof commitments.$inferInsert => ({
  id: newId(), reference: `${originParty}-CMT-2026-${String(++serial).padStart(6, '0')}`, originParty, version: 1, meetingId, meetingReference: null, topic, text: 'Do it', language: 'en', agencyId: null,
  agency: { acronym: 'AG', nameEn: 'Agency', nameZh: '机构' }, dueOn, status, settledOn: null, evidence: NO_LINKS, updates: [], handling: 'TLP:GREEN', demo: false, createdBy: null, createdByName: 'Secretariat',
  createdAt: at('2026-01-01T00:00:00'), updatedAt: at('2026-01-01T00:00:00'), ...over,
});

beforeAll(async () => {
  node = await makeTestNode();
  node.clock.set(at('2026-05-01T12:00:00'));
  const person = (roles: Role[]) => node.ctxFor({ ...systemActor, kind: 'user', id: newId(), label: 'us.reader', roles, partyCode: 'US', agencyId: null });
  officer = person(['officer']);
  viewer = person(['viewer']);
  headers = (await node.signedIn(['viewer'])).headers;
  const held = meeting('2026-03-10T14:00:00', 'working-level');
  await node.database.db.insert(meetings).values([
    held,
    meeting('2026-03-20T14:00:00', 'working-level'),
    meeting('2026-03-25T02:00:00', 'plenary', { handling: 'TLP:RED' }),
    meeting('2026-04-02T14:00:00', 'senior-officials'),
    meeting('2026-03-15T14:00:00', 'ministerial', { status: 'cancelled' }),
    meeting('2026-03-16T14:00:00', 'ministerial', { status: 'withdrawn' }),
    meeting('2026-02-28T14:00:00', 'technical'),
  ]);
  const m = held.id ?? '';
  await node.database.db.insert(commitments).values([
    commitment(m, 'US', 'precursors', '2026-03-15', 'done', { settledOn: '2026-03-10' }),
    commitment(m, 'US', 'precursors', '2026-03-20', 'done', { settledOn: '2026-03-25' }),
    commitment(m, 'US', 'precursors', '2026-03-31', 'open'),
    commitment(m, 'US', 'precursors', '2026-03-31', 'dropped', { settledOn: '2026-03-30' }),
    commitment(m, 'US', 'precursors', '2026-03-05', 'withdrawn'),
    commitment(m, 'CN', 'wildlife', '2026-04-10', 'in-progress'),
    commitment(m, 'CN', 'wildlife', '2026-04-30', 'open', { handling: 'TLP:RED' }),
    commitment(m, 'CN', 'wildlife', '2026-05-10', 'open'),
    commitment(m, 'US', 'angel-watch', '2026-02-27', 'done', { settledOn: '2026-02-20' }),
  ]);
});

const tally = (month: string, party: string, topic: string, n: Record<string, number>) => ({ month, party, topic, made: 0, open: 0, inProgress: 0, overdue: 0, keptOnTime: 0, late: 0, dropped: 0, ...n });

describe('meeting figures', () => {
  it('counts meetings per month and level, and commitments per due month, party and topic', async () => {
    const figures = await meetingFigures(officer, period);
    expect(figures).toMatchObject({ party: 'US', from: '2026-03', to: '2026-04', asOf: '2026-05-01' });
    expect(figures.meetings).toEqual([
      { month: '2026-03', level: 'plenary', meetings: 1 },
      { month: '2026-03', level: 'working-level', meetings: 2 },
      { month: '2026-04', level: 'senior-officials', meetings: 1 },
    ]);
    expect(figures.commitments).toEqual([
      tally('2026-03', 'US', 'precursors', { made: 4, overdue: 1, keptOnTime: 1, late: 1, dropped: 1 }),
      tally('2026-04', 'CN', 'wildlife', { made: 2, overdue: 2 }),
    ]);
  });

  it('leaves TLP:RED meetings and commitments out for a viewer', async () => {
    const figures = await meetingFigures(viewer, period);
    expect(figures.meetings.map((m) => m.level)).toEqual(['working-level', 'senior-officials']);
    expect(figures.commitments).toEqual([tally('2026-03', 'US', 'precursors', { made: 4, overdue: 1, keptOnTime: 1, late: 1, dropped: 1 }), tally('2026-04', 'CN', 'wildlife', { made: 1, overdue: 1 })]);
  });

  it('counts only the months asked for', async () => {
    const feb = await meetingFigures(officer, { from: '2026-02', to: '2026-02' });
    expect(feb.meetings).toEqual([{ month: '2026-02', level: 'technical', meetings: 1 }]);
    expect(feb.commitments).toEqual([tally('2026-02', 'US', 'angel-watch', { made: 1, keptOnTime: 1 })]);
  });
});

describe('meeting figures over HTTP', () => {
  const get = (url: string, h: Record<string, string> = headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: h });

  it('answers JSON and each table as CSV', async () => {
    const res = await get('/meetings/figures?from=2026-03&to=2026-04');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ meetings: unknown[]; commitments: unknown[] }>().commitments).toHaveLength(2);
    const csv = await get('/meetings/figures.csv?from=2026-03&to=2026-04&table=commitments');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('meeting-figures-commitments-2026-03-2026-04.csv');
    expect(csv.body.trim().split('\n')).toEqual(['month,party,topic,made,open,inProgress,overdue,keptOnTime,late,dropped', '2026-03,US,precursors,4,0,0,1,1,1,1', '2026-04,CN,wildlife,1,0,0,1,0,0,0']);
    const rows = (await get('/meetings/figures.csv?from=2026-03&to=2026-04')).body.trim().split('\n');
    expect(rows).toEqual(['month,level,meetings', '2026-03,working-level,2', '2026-04,senior-officials,1']);
  });

  it('refuses a period that ends before it starts, and a caller who is not signed in', async () => {
    const bad = await get('/meetings/figures?from=2026-04&to=2026-03');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['querystring/to']);
    expect((await get('/meetings/figures.csv?from=2026-13&to=2026-03')).statusCode).toBe(400);
    expect((await get('/meetings/figures?from=2026-03&to=2026-04', {})).statusCode).toBe(401);
  });
});
