// Route tests for cases and the agreement profile on one US node: a case is numbered, its entities indexed and its
// links canonical, and it is shared with the parties it names; every bad input is one problem+json naming each
// issue with nothing written; a version replaces the last (a stale one is refused), only the case's agency edits,
// a closed case is read-only and a withdrawn one is purged from its parties and links nothing. The settings: the
// defaults for every type and priority, replaced by an administrator only (audited), and read by the code lists.
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { caseInput } from '../../../test/request-inputs.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { entityMentions } from '../entities/index.js';
import { outbox } from '../exchange/index.js';
import { incidents } from '../../db-schema.js';
import { createParty } from '../directory/index.js';
import { createIncident } from '../incidents/index.js';
import type { Case } from './schemas.js';
import { cases } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };
let otherOfficer: { headers: Headers };
let viewer: { headers: Headers };
let admin: { headers: Headers };
let incidentReference: string;

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  otherOfficer = await node.signedIn(['officer']);
  viewer = await node.signedIn(['viewer'], { agencyId });
  admin = await node.signedIn(['admin'], { agencyId });
  const system = node.ctxFor();
  incidentReference = (await createIncident(system, incidentInput(agencyId, { handling: 'TLP:GREEN', useRestrictions: [] }))).reference;
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const caseCount = async () => (await node.database.db.select({ n: count() }).from(cases))[0]?.n ?? -1;
const envelopes = (recordId: string) => node.database.db.select({ kind: outbox.kind, op: outbox.op, toParty: outbox.toParty }).from(outbox).where(eq(outbox.recordId, recordId));
const mentions = async (recordId: string) => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, recordId)))[0]?.n;

async function opened(over: Record<string, unknown> = {}, headers = officer.headers): Promise<Case> {
  const res = await api('POST', '/cases', headers, caseInput(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Case>();
}

describe('opening a case', () => {
  it('numbers it, keys its entities, stores its links canonically and shares it with its parties', async () => {
    const c = await opened({ links: { incidents: [incidentReference.toLowerCase()], notifications: [], contacts: [] } });
    expect(c.reference).toMatch(/^US-CASE-2026-\d{6}$/);
    expect(c).toMatchObject({ status: 'open', version: 1, parties: ['CN'], links: { incidents: [incidentReference] } });
    expect(c.allowed).toEqual(expect.arrayContaining(['edit', 'close', 'withdraw']));
    expect(await mentions(c.id)).toBe(1);
    expect(await envelopes(c.id)).toEqual([{ kind: 'case', op: 'upsert', toParty: 'CN' }]);
    const got = await api('GET', `/cases/${c.id}`, viewer.headers);
    expect(got.json<Case>().reference).toBe(c.reference);
    const list = await api('GET', '/cases?status=open', viewer.headers);
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(c.id);
  });

  it('names every problem at once and writes nothing', async () => {
    const before = await caseCount();
    const res = await api('POST', '/cases', officer.headers, caseInput({ parties: ['US', 'ZZ'], links: { incidents: ['US-INC-2026-999999'], notifications: ['CN-PEN-2026-999999'], contacts: ['00000000-0000-4000-8000-000000000000'] }, entities: [{ kind: 'phone', value: 'call me', role: 'other', country: null, uscc: null, bankCode: null }] }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['body/parties/0', 'own-party'],
        ['body/parties/1', 'unknown-party'],
        ['body/links/incidents/0', 'unknown-incident'],
        ['body/links/notifications/0', 'unknown-notification'],
        ['body/links/contacts/0', 'unknown-contact'],
        ['body/entities/0/value', expect.stringMatching(/^entity-/)],
      ]),
    );
    expect((await api('POST', '/cases', officer.headers, caseInput({ topic: 'gardening' }))).statusCode).toBe(400);
    expect(await caseCount()).toBe(before);
  });

  it("refuses a link to another party's incident unless that party shares the case, and one stricter than the case", async () => {
    const system = node.ctxFor();
    const theirs = await createIncident(system, incidentInput(agencyId, { handling: 'TLP:AMBER', useRestrictions: [] }));
    await node.database.db.update(incidents).set({ originParty: 'GB' }).where(eq(incidents.id, theirs.id));
    const links = { incidents: [theirs.reference], notifications: [], contacts: [] };
    const res = await api('POST', '/cases', officer.headers, caseInput({ links }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code])).toEqual([
      ['body/links/incidents/0', 'link-third-party'],
      ['body/links/incidents/0', 'link-stricter'],
    ]);
    await createParty(system, { code: 'GB', nameEn: 'United Kingdom', nameZh: '英国', timeZone: 'Europe/London' });
    const stricter = await api('POST', '/cases', officer.headers, caseInput({ parties: ['CN', 'GB'], links }));
    expect(stricter.json<{ errors: Issue[] }>().errors.map((i) => i.code)).toEqual(['link-stricter']);
    expect((await api('POST', '/cases', officer.headers, caseInput({ parties: ['CN', 'GB'], handling: 'TLP:AMBER', links }))).statusCode).toBe(201);
  });

  it("lets only the agency's officers open and change its cases", async () => {
    expect((await api('POST', '/cases', viewer.headers, caseInput())).statusCode).toBe(403);
    expect((await api('POST', '/cases', otherOfficer.headers, caseInput({ agencyId }))).statusCode).toBe(403);
    const c = await opened();
    expect((await api('PUT', `/cases/${c.id}`, otherOfficer.headers, { ...caseInput(), version: 1 })).statusCode).toBe(403);
    expect((await api('POST', `/cases/${c.id}/close`, otherOfficer.headers, {})).statusCode).toBe(403);
  });

  it('opens once for one Idempotency-Key', async () => {
    const before = await caseCount();
    const headers = { ...officer.headers, 'idempotency-key': 'case-once-00001' };
    const first = await api('POST', '/cases', headers, caseInput({ title: 'Once' }));
    const again = await api('POST', '/cases', headers, caseInput({ title: 'Once' }));
    expect(again.json<Case>().id).toBe(first.json<Case>().id);
    expect(await caseCount()).toBe(before + 1);
  });
});

describe('versions, closure and withdrawal', () => {
  it('replaces a version, refuses a stale one, and a closed case is read-only', async () => {
    const c = await opened();
    const v2 = await api('PUT', `/cases/${c.id}`, officer.headers, { ...caseInput({ title: 'Renamed', entities: [] }), version: 1 });
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json<Case>()).toMatchObject({ title: 'Renamed', version: 2 });
    expect(await mentions(c.id)).toBe(0);
    expect(problemType(await api('PUT', `/cases/${c.id}`, officer.headers, { ...caseInput(), version: 1 }))).toBe('version-conflict');
    const closed = await api('POST', `/cases/${c.id}/close`, officer.headers, {});
    // Closed, it is withdrawn still (by its agency only), never edited or asked within.
    expect(closed.json<Case>()).toMatchObject({ status: 'closed', version: 3, allowed: ['withdraw'] });
    expect((await api('GET', `/cases/${c.id}`, otherOfficer.headers)).json<Case>().allowed).toEqual([]);
    expect(problemType(await api('PUT', `/cases/${c.id}`, officer.headers, { ...caseInput(), version: 3 }))).toBe('case-closed');
    expect((await envelopes(c.id)).map((e) => e.op)).toEqual(['upsert', 'upsert', 'upsert']);
    const audit = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, c.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.created', 'case.updated', 'case.closed']));
    const gone = await api('POST', `/cases/${c.id}/withdraw`, officer.headers, {});
    expect(gone.json<Case>()).toMatchObject({ status: 'withdrawn', allowed: [] });
  });

  it('withdraws a case from its parties; it links nothing any more', async () => {
    const c = await opened();
    const gone = await api('POST', `/cases/${c.id}/withdraw`, officer.headers, { note: 'opened twice' });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json<Case>().status).toBe('withdrawn');
    expect((await envelopes(c.id)).map((e) => e.op).sort()).toEqual(['upsert', 'withdraw']);
    expect(await mentions(c.id)).toBe(0);
    expect(problemType(await api('POST', `/cases/${c.id}/withdraw`, officer.headers, {}))).toBe('case-withdrawn');
  });
});

describe('the agreement profile and the code lists', () => {
  type Period = { amount: number; unit: string };
  type Settings = { fourEyes: string; periods: (Period & { type: string; priority: string; isDefault: boolean; default: Period })[] };

  it('shows the defaults, lets only an administrator replace them, and audits the change', async () => {
    const initial = (await api('GET', '/requests/settings', viewer.headers)).json<Settings>();
    expect(initial.fourEyes).toBe('sensitive');
    expect(initial.periods).toHaveLength(12);
    expect(initial.periods.find((p) => p.type === 'information' && p.priority === 'urgent')).toEqual({ type: 'information', priority: 'urgent', amount: 8, unit: 'hours', isDefault: true, default: { amount: 8, unit: 'hours' } });
    const body = { fourEyes: 'all', periods: [{ type: 'evidence', priority: 'normal', amount: 30, unit: 'working-days' }] };
    expect((await api('PUT', '/requests/settings', officer.headers, body)).statusCode).toBe(403);
    const bad = await api('PUT', '/requests/settings', admin.headers, { fourEyes: 'all', periods: [{ type: 'spontaneous', priority: 'normal', amount: 1, unit: 'hours' }, body.periods[0], body.periods[0]] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Issue[] }>().errors.map((i) => i.code)).toEqual(['no-period-for-spontaneous', 'duplicate-period']);
    const put = await api('PUT', '/requests/settings', admin.headers, body);
    expect(put.statusCode, put.body).toBe(200);
    const after = put.json<Settings>();
    expect(after.fourEyes).toBe('all');
    expect(after.periods.find((p) => p.type === 'evidence' && p.priority === 'normal')).toEqual({ type: 'evidence', priority: 'normal', amount: 30, unit: 'working-days', isDefault: false, default: { amount: 7, unit: 'calendar-days' } });
    const audit = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, 'request.settings-changed'));
    expect(audit).toHaveLength(1);
  });

  it('gives the code lists in both languages', async () => {
    const lists = (await api('GET', '/requests/lists', viewer.headers)).json<Record<string, { code: string; en: string; 'zh-CN': string }[]>>();
    expect(lists.legalBases?.map((e) => e.code)).toContain('mlaa-2000');
    expect(lists.caseTopics?.every((e) => e.en && e['zh-CN'])).toBe(true);
  });
});
