// Who may change a contact, and what a change does to its version, verification and audit trail.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { createContact, type CreateContact } from './index.js';

let node: TestNode;
let agencyA: { id: string };
let agencyB: { id: string };

const body = (agencyId: string, over: Record<string, unknown> = {}) => ({
  agencyId,
  kind: 'person',
  name: 'Officer on file',
  topics: ['precursor-chemicals'],
  coverage: 'hours',
  hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Asia/Shanghai' },
  channels: [{ kind: 'email', value: 'desk@agency.example' }],
  languages: ['zh', 'en'],
  language: 'zh',
  ...over,
});

beforeAll(async () => {
  node = await makeTestNode();
  agencyA = await node.makeAgency();
  agencyB = await node.makeAgency();
});

async function create(headers: Record<string, string>, agencyId: string, over: Record<string, unknown> = {}) {
  return node.app.inject({ method: 'POST', url: '/api/v1/contacts', headers, payload: body(agencyId, over) });
}

describe('contact permissions', () => {
  it('lets a supervisor maintain contacts of their own agency only', async () => {
    const sup = await node.signedIn(['supervisor'], { agencyId: agencyA.id });
    expect((await create(sup.headers, agencyA.id)).statusCode).toBe(201);
    const other = await create(sup.headers, agencyB.id);
    expect(other.statusCode).toBe(403);
    expect(problemType(other)).toBe('forbidden');
  });

  it('lets officers and viewers read but not write', async () => {
    const admin = await node.signedIn(['admin']);
    const id = (await create(admin.headers, agencyA.id)).json<{ id: string }>().id;
    for (const role of ['officer', 'viewer'] as const) {
      const who = await node.signedIn([role], { agencyId: agencyA.id });
      const read = await node.app.inject({ method: 'GET', url: `/api/v1/contacts/${id}`, headers: who.headers });
      expect(read.statusCode).toBe(200);
      expect(read.json<{ canEdit: boolean }>().canEdit).toBe(false);
      expect((await create(who.headers, agencyA.id)).statusCode).toBe(403);
      const verify = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${id}/verifications`, headers: who.headers });
      expect(verify.statusCode).toBe(403);
    }
  });

  it('keeps another party\'s contacts read-only, even for an administrator', async () => {
    const admin = await node.signedIn(['admin']);
    const cnAgency = await node.makeAgency({ partyCode: 'CN' });
    const refused = await create(admin.headers, cnAgency.id);
    expect(refused.statusCode).toBe(422);
    expect(problemType(refused)).toBe('foreign-agency');
    const theirs = await createContact(node.ctxFor(), body(cnAgency.id) as CreateContact);
    expect(theirs.originParty).toBe('CN');
    const read = await node.app.inject({ method: 'GET', url: `/api/v1/contacts/${theirs.id}`, headers: admin.headers });
    expect(read.json()).toMatchObject({ canEdit: false, originParty: 'CN' });
    const edit = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${theirs.id}`, headers: admin.headers, payload: { version: 1, title: 'changed here' } });
    expect(edit.statusCode).toBe(403);
  });

  it('lets an administrator name another party\'s agency in this node\'s words, but keeps its acronym (the exchange knows it by it)', async () => {
    const admin = await node.signedIn(['admin']);
    const cnAgency = await node.makeAgency({ partyCode: 'CN' });
    const url = `/api/v1/agencies/${cnAgency.id}`;
    const named = await node.app.inject({ method: 'PATCH', url, headers: admin.headers, payload: { nameEn: 'National Narcotics Control Commission' } });
    expect(named.statusCode).toBe(200);
    const renamed = await node.app.inject({ method: 'PATCH', url, headers: admin.headers, payload: { acronym: 'RENAMED' } });
    expect(renamed.statusCode).toBe(409);
    expect(problemType(renamed)).toBe('foreign-agency-acronym');
    const own = await node.app.inject({ method: 'PATCH', url: `/api/v1/agencies/${agencyA.id}`, headers: admin.headers, payload: { acronym: `OWN${Date.now() % 100000}` } });
    expect(own.statusCode).toBe(200);
  });

  it('will not put a user or token in another party\'s agency (which would make its contacts editable)', async () => {
    const admin = await node.signedIn(['admin']);
    const cnAgency = await node.makeAgency({ partyCode: 'CN' });
    const move = await node.app.inject({ method: 'PATCH', url: `/api/v1/users/${admin.user.id}`, headers: admin.headers, payload: { agencyId: cnAgency.id } });
    expect(move.statusCode).toBe(422);
    expect(problemType(move)).toBe('foreign-agency');
    const token = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: 'cn token', role: 'admin', agencyId: cnAgency.id } });
    expect(problemType(token)).toBe('foreign-agency');
  });

  it('refuses to move a contact to an agency the supervisor does not supervise', async () => {
    const sup = await node.signedIn(['supervisor'], { agencyId: agencyA.id });
    const c = (await create(sup.headers, agencyA.id)).json<{ id: string; version: number }>();
    const res = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${c.id}`, headers: sup.headers, payload: { version: c.version, agencyId: agencyB.id } });
    expect(res.statusCode).toBe(403);
  });
});

describe('contact lifecycle', () => {
  it('verifies a contact: no longer stale, verifier recorded, version bumped, audited', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id)).json<{ id: string; isStale: boolean }>();
    expect(c.isStale).toBe(true);
    const res = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/verifications`, headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isStale: false, version: 2, verifiedBy: { id: admin.user.id }, verifiedAt: node.clock.now().toISOString() });
    const audit = await queryRows<{ action: string; actor_id: string }>(node.database.db, sql`select action, actor_id from audit_log where subject_id = ${c.id} order by seq`);
    expect(audit).toEqual([
      { action: 'contact.created', actor_id: admin.user.id },
      { action: 'contact.verified', actor_id: admin.user.id },
    ]);
  });

  it('shows a contact as stale once 90 days pass without verification', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id, { name: 'Ageing contact' })).json<{ id: string }>();
    await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/verifications`, headers: admin.headers });
    const staleIds = async () =>
      (await node.app.inject({ method: 'GET', url: '/api/v1/contacts?stale=true&pageSize=200', headers: admin.headers })).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await staleIds()).not.toContain(c.id);
    node.clock.advance(91 * 86_400_000);
    const again = await node.login(admin.user.username);
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?stale=true&pageSize=200', headers: again });
    expect(res.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(c.id);
    node.clock.advance(-91 * 86_400_000);
  });

  it('rejects an edit made against an old version with 409 stale-version and keeps the newer data', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id)).json<{ id: string }>();
    const first = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${c.id}`, headers: admin.headers, payload: { version: 1, title: 'First edit' } });
    expect(first.statusCode).toBe(200);
    const second = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${c.id}`, headers: admin.headers, payload: { version: 1, title: 'Lost edit' } });
    expect(second.statusCode).toBe(409);
    expect(problemType(second)).toBe('stale-version');
    const now = await node.app.inject({ method: 'GET', url: `/api/v1/contacts/${c.id}`, headers: admin.headers });
    expect(now.json()).toMatchObject({ title: 'First edit', version: 2 });
  });

  it('switching to 24/7 coverage drops the office hours; switching to hours without them is refused', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id)).json<{ id: string }>();
    const to247 = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${c.id}`, headers: admin.headers, payload: { version: 1, coverage: '24x7' } });
    expect(to247.json()).toMatchObject({ coverage: '24x7', hours: null });
    const back = await node.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${c.id}`, headers: admin.headers, payload: { version: 2, coverage: 'hours' } });
    expect(back.statusCode).toBe(422);
  });

  it('deactivates and reactivates; inactive contacts leave the default list and cannot be verified', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id, { name: 'Leaving soon' })).json<{ id: string }>();
    const off = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/deactivation`, headers: admin.headers });
    expect(off.json()).toMatchObject({ isActive: false });
    const list = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?q=Leaving', headers: admin.headers });
    expect(list.json<{ total: number }>().total).toBe(0);
    const verify = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/verifications`, headers: admin.headers });
    expect(problemType(verify)).toBe('contact-inactive');
    const on = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/reactivation`, headers: admin.headers });
    expect(on.json()).toMatchObject({ isActive: true });
  });

  it('refuses a verification dated in the future', async () => {
    const admin = await node.signedIn(['admin']);
    const c = (await create(admin.headers, agencyA.id)).json<{ id: string }>();
    const future = new Date(node.clock.now().getTime() + 86_400_000).toISOString();
    const res = await node.app.inject({ method: 'POST', url: `/api/v1/contacts/${c.id}/verifications`, headers: admin.headers, payload: { verifiedAt: future } });
    expect(res.statusCode).toBe(422);
  });
});
