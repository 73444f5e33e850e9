// Route tests for readouts on one US node: the secretariat drafts a readout of a meeting (numbered in the RO series,
// never sent anywhere when it is the party's own), every bad input is one problem+json naming each issue with nothing
// written, a release needs a clearance of the current version, an edit after clearance needs clearing again while
// the public snapshot stays as it was released, the history holds every version, and a withdrawal takes the
// readout off the public table.
import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { postMeeting } from '../../../test/meetings.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { outbox } from '../exchange/index.js';
import { readoutClearances, readoutReleases, readouts } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };
type Body = {
  id: string; reference: string; version: number; status: string; kind: string; jointId: string | null; title: string; body: string; stale: boolean; allowed: string[];
  translation: { title: string; by: string } | null; release: { slug: string; version: number; current: boolean; releasedAt: string; updatedAt: string } | null;
  clearances: { party: string; version: number; current: boolean }[];
};

let node: TestNode;
let secretariat: { headers: Headers };
let supervisor: { headers: Headers };
let viewer: { headers: Headers };
let meetingId: string;

beforeAll(async () => {
  node = await makeTestNode();
  const agencyId = (await node.makeAgency()).id;
  secretariat = await node.signedIn(['secretariat'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  meetingId = (await postMeeting(node.app, secretariat.headers, { handling: 'TLP:CLEAR' })).id;
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const draftInput = (over: Record<string, unknown> = {}) => ({
  meetingId,
  kind: 'own',
  language: 'en',
  title: 'Readout of the working-level meeting on precursors',
  body: 'The delegations reviewed the scheduling of fentanyl precursors and agreed to exchange their lists every quarter.',
  ...over,
});
const readoutCount = async () => (await node.database.db.select({ n: count() }).from(readouts))[0]?.n ?? -1;
const releaseRow = async (id: string) => (await node.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, id)))[0];

async function drafted(over: Record<string, unknown> = {}): Promise<Body> {
  const res = await api('POST', '/readouts', secretariat.headers, draftInput(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Body>();
}
async function act(id: string, path: 'clear' | 'release' | 'withdraw', headers: Headers, payload: Record<string, unknown> = {}) {
  return api('POST', `/readouts/${id}/${path}`, headers, payload);
}
async function ok(res: Awaited<ReturnType<typeof api>>): Promise<Body> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Body>();
}

describe('drafting a readout', () => {
  it('numbers it in the RO series, keeps it on this node and offers each role its own steps', async () => {
    const r = await drafted();
    expect(r.reference).toMatch(/^US-RO-2026-\d{6}$/);
    expect(r).toMatchObject({ version: 1, status: 'draft', kind: 'own', jointId: null, translation: null, stale: false, release: null, clearances: [] });
    expect(r.allowed).toEqual(['edit', 'translate', 'withdraw']);
    expect((await ok(await api('GET', `/readouts/${r.id}`, supervisor.headers))).allowed).toEqual(['clear', 'withdraw']);
    expect((await ok(await api('GET', `/readouts/${r.id}`, viewer.headers))).allowed).toEqual([]);
    const list = await api('GET', `/readouts?meetingId=${meetingId}&status=draft`, viewer.headers);
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(r.id);
    expect(await node.database.db.select().from(outbox).where(eq(outbox.recordId, r.id))).toEqual([]);
  });

  it('names every problem at once and writes nothing', async () => {
    const before = await readoutCount();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await api('POST', '/readouts', secretariat.headers, draftInput({ meetingId: unknown, jointId: unknown }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code])).toEqual(expect.arrayContaining([['body/meetingId', 'unknown-meeting'], ['body/jointId', 'joint-id-own']]));
    const joint = await api('POST', '/readouts', secretariat.headers, draftInput({ kind: 'joint', jointId: unknown, links: { incidents: ['US-INC-2026-999999'] } }));
    expect(joint.statusCode, joint.body).toBe(422);
    expect(joint.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code])).toEqual(expect.arrayContaining([['body/jointId', 'unknown-joint'], ['body/links/incidents/0', 'unknown-incident']]));
    expect((await api('POST', '/readouts', secretariat.headers, { ...draftInput(), status: 'released' })).statusCode).toBe(400);
    expect(await readoutCount()).toBe(before);
  });

  it('is drafted by the secretariat only: a supervisor would clear what they wrote', async () => {
    expect((await api('POST', '/readouts', supervisor.headers, draftInput())).statusCode).toBe(403);
    expect((await api('POST', '/readouts', viewer.headers, draftInput())).statusCode).toBe(403);
  });
});

describe('clearing and releasing', () => {
  it('refuses a release without clearance and releases a cleared version to the public table', async () => {
    const r = await drafted();
    const refused = await act(r.id, 'release', secretariat.headers);
    expect([refused.statusCode, problemType(refused)]).toEqual([409, 'readout-not-cleared']);
    expect(await releaseRow(r.id)).toBeUndefined();
    const cleared = await ok(await act(r.id, 'clear', supervisor.headers, { version: 1 }));
    expect(cleared).toMatchObject({ status: 'cleared', clearances: [{ party: 'US', version: 1, current: true }] });
    expect((await ok(await api('GET', `/readouts/${r.id}`, secretariat.headers))).allowed).toEqual(['edit', 'translate', 'release', 'withdraw']);
    const released = await ok(await act(r.id, 'release', secretariat.headers));
    expect(released).toMatchObject({ status: 'released', release: { slug: r.reference.toLowerCase(), version: 1, current: true } });
    expect(await releaseRow(r.id)).toMatchObject({
      slug: r.reference.toLowerCase(), version: 1, party: 'US', kind: 'own', meetingTitle: 'Counternarcotics working group: working-level meeting', meetingTimeZone: 'America/New_York',
      texts: [{ party: 'US', language: 'en', title: r.title, body: r.body, translation: null }],
    });
  });

  it('needs a new clearance after an edit, and keeps the public snapshot until it is released again', async () => {
    const r = await drafted();
    await ok(await act(r.id, 'clear', supervisor.headers, { version: 1 }));
    const first = await ok(await act(r.id, 'release', supervisor.headers));
    node.clock.advance(60_000);
    const edited = await ok(await api('PUT', `/readouts/${r.id}`, secretariat.headers, { title: r.title, body: 'Both sides agreed to exchange their lists every month.', links: {}, version: 1 }));
    expect(edited).toMatchObject({ version: 2, status: 'draft', release: { version: 1, current: false } });
    expect((await releaseRow(r.id))?.texts[0]?.body).toBe(r.body);
    const refused = await act(r.id, 'release', secretariat.headers);
    expect([refused.statusCode, problemType(refused)]).toEqual([409, 'readout-not-cleared']);
    const stale = await act(r.id, 'clear', supervisor.headers, { version: 1 });
    expect([stale.statusCode, problemType(stale)]).toEqual([409, 'version-conflict']);
    await ok(await act(r.id, 'clear', supervisor.headers, { version: 2 }));
    const again = await ok(await act(r.id, 'release', secretariat.headers));
    expect(again.release).toMatchObject({ version: 2, current: true, releasedAt: first.release?.releasedAt });
    expect(again.release?.updatedAt).not.toBe(first.release?.updatedAt);
    expect((await releaseRow(r.id))?.texts[0]?.body).toBe('Both sides agreed to exchange their lists every month.');
  });

  it('keeps every version in its history, newest first, and refuses a stale one', async () => {
    const r = await drafted();
    await ok(await api('PUT', `/readouts/${r.id}`, secretariat.headers, { title: 'Second title', body: r.body, version: 1 }));
    await ok(await api('PUT', `/readouts/${r.id}/translation`, secretariat.headers, { title: '关于前体的工作层会议纪要', body: '双方审议了芬太尼前体的列管情况。', by: 'person', version: 2 }));
    const conflict = await api('PUT', `/readouts/${r.id}`, secretariat.headers, { title: 'Lost', body: r.body, version: 2 });
    expect([conflict.statusCode, problemType(conflict)]).toEqual([409, 'version-conflict']);
    const history = await api('GET', `/readouts/${r.id}/versions`, viewer.headers);
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json<{ items: { version: number; title: string; translation: { title: string; by: string } | null; byName: string }[] }>().items;
    expect(items.map((v) => [v.version, v.title, v.translation?.title ?? null])).toEqual([
      [3, 'Second title', '关于前体的工作层会议纪要'],
      [2, 'Second title', null],
      [1, r.title, null],
    ]);
    expect(items.every((v) => v.byName === 'Test User')).toBe(true);
  });

  it('withdraws a released readout: off the public table, read-only, and audited', async () => {
    const r = await drafted();
    await ok(await act(r.id, 'clear', supervisor.headers, { version: 1 }));
    await ok(await act(r.id, 'release', secretariat.headers));
    const withdrawn = await ok(await act(r.id, 'withdraw', supervisor.headers, { note: 'Released by mistake.' }));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', version: 2, release: null, allowed: [] });
    expect(await releaseRow(r.id)).toBeUndefined();
    const edit = await api('PUT', `/readouts/${r.id}`, secretariat.headers, { title: r.title, body: r.body, version: 2 });
    expect([edit.statusCode, problemType(edit)]).toEqual([409, 'readout-withdrawn']);
    const actions = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, 'readout'), eq(auditLog.subjectId, r.id))).orderBy(asc(auditLog.seq));
    expect(actions.map((a) => a.action)).toEqual(['readout.drafted', 'readout.cleared', 'readout.released', 'readout.withdrawn']);
    expect(await node.database.db.select({ n: count() }).from(readoutClearances).where(eq(readoutClearances.readoutId, r.id))).toEqual([{ n: 1 }]);
  });
});
