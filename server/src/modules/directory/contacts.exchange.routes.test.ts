// Route tests for a contact's place in the exchange: which parties it is releasable to, its delivery state,
// withdrawal from every party, and the evidence bundle of what was sent.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { listNodeKeys, verifyEvidence } from '../exchange/index.js';
import { createParty } from './index.js';
import { contacts } from './tables.js';

type Headers = Record<string, string>;
type ContactBody = { id: string; version: number; releasableTo: string[]; title: string | null };
type Delivery = { party: string; recordVersion: number; op: string; state: string; deliveredAt: string | null; receiptStatus: string | null; attempts: number };
type ExchangeBody = { deliveries: Delivery[]; received: unknown };

let node: TestNode;
let agency: { id: string };
let admin: { headers: Headers };
let supervisor: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agency = await node.makeAgency();
  admin = await node.signedIn(['admin']);
  supervisor = await node.signedIn(['supervisor'], { agencyId: agency.id });
});

// Tests that need a party besides CN get one of their own.
let nextParty = 0;
async function freshParty(): Promise<string> {
  const code = `P${String.fromCharCode(65 + nextParty++)}`;
  await createParty(node.ctxFor(), { code, nameEn: `Party ${code}`, nameZh: `缔约方 ${code}`, timeZone: 'UTC' });
  return code;
}

const body = (over: Record<string, unknown> = {}) => ({
  agencyId: agency.id,
  kind: 'desk',
  name: node.unique('Liaison desk '),
  topics: ['synthetic-drugs'],
  coverage: '24x7',
  channels: [{ kind: 'phone', value: '+1 202 555 0100' }],
  languages: ['en', 'zh'],
  language: 'en',
  ...over,
});

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: Record<string, unknown>) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

async function created(releasableTo: string[], headers: Headers = admin.headers): Promise<ContactBody> {
  const res = await inject('POST', '/contacts', headers, body({ releasableTo }));
  expect(res.statusCode).toBe(201);
  return res.json<ContactBody>();
}

const exchangeOf = async (id: string, headers: Headers = admin.headers) => (await inject('GET', `/contacts/${id}/exchange`, headers)).json<ExchangeBody>();
const contactRows = (name: string) => node.database.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.name, name));

function expectProblem(res: LightMyRequestResponse, status: number, type: string): { errors?: { path: string; message: string }[] } {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(type);
  return res.json();
}

describe('releasability', () => {
  it('accepts other known parties on create, stored sorted and without repeats, and returns them', async () => {
    const party = await freshParty();
    const res = await inject('POST', '/contacts', admin.headers, body({ releasableTo: [party, 'CN', party] }));
    expect(res.statusCode).toBe(201);
    const c = res.json<ContactBody>();
    expect(c.releasableTo).toEqual(['CN', party].sort());
    expect((await inject('GET', `/contacts/${c.id}`, admin.headers)).json<ContactBody>().releasableTo).toEqual(['CN', party].sort());
    const [audit] = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, c.id), eq(auditLog.action, 'contact.created')));
    expect(audit?.change).toMatchObject({ releasableTo: ['CN', party].sort() });
  });

  it('keeps a contact created without releasableTo on this node', async () => {
    const res = await inject('POST', '/contacts', admin.headers, body());
    expect(res.statusCode).toBe(201);
    const c = res.json<ContactBody>();
    expect(c.releasableTo).toEqual([]);
    expect((await exchangeOf(c.id)).deliveries).toEqual([]);
  });

  it('refuses an unknown party or this node\'s own party with 422 naming each body/releasableTo/<index>, and creates nothing', async () => {
    const payload = body({ releasableTo: ['CN', 'ZZ', 'US'] });
    const res = await inject('POST', '/contacts', admin.headers, payload);
    const problem = expectProblem(res, 422, 'unprocessable');
    expect(problem.errors?.map((e) => e.path)).toEqual(['body/releasableTo/1', 'body/releasableTo/2']);
    expect(problem.errors?.map((e) => e.message).join(' ')).toMatch(/ZZ.*US/);
    expect(await contactRows(payload.name)).toEqual([]);
    const malformed = await inject('POST', '/contacts', admin.headers, body({ releasableTo: ['cn'] }));
    expect(expectProblem(malformed, 400, 'validation').errors?.map((e) => e.path)).toEqual(['body/releasableTo/0']);
  });

  it('accepts a change of releasableTo on PATCH and refuses an unknown or own party there too, leaving the contact as it was', async () => {
    const c = await created(['CN']);
    const party = await freshParty();
    const bad = await inject('PATCH', `/contacts/${c.id}`, admin.headers, { version: 1, releasableTo: ['US'] });
    expect(expectProblem(bad, 422, 'unprocessable').errors?.map((e) => e.path)).toEqual(['body/releasableTo/0']);
    const unknown = await inject('PATCH', `/contacts/${c.id}`, admin.headers, { version: 1, releasableTo: [party, 'XX'] });
    expect(expectProblem(unknown, 422, 'unprocessable').errors?.map((e) => e.path)).toEqual(['body/releasableTo/1']);
    expect((await inject('GET', `/contacts/${c.id}`, admin.headers)).json<ContactBody>()).toMatchObject({ version: 1, releasableTo: ['CN'] });

    const ok = await inject('PATCH', `/contacts/${c.id}`, admin.headers, { version: 1, releasableTo: [party, 'CN'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<ContactBody>()).toMatchObject({ version: 2, releasableTo: ['CN', party].sort() });
  });

  it('leaves releasableTo unchanged by a PATCH that does not mention it, and sends the new version to those parties', async () => {
    const party = await freshParty();
    const c = await created(['CN', party]);
    const res = await inject('PATCH', `/contacts/${c.id}`, admin.headers, { version: 1, title: 'Night shift' });
    expect(res.statusCode).toBe(200);
    expect(res.json<ContactBody>()).toMatchObject({ version: 2, title: 'Night shift', releasableTo: ['CN', party].sort() });
    const { deliveries } = await exchangeOf(c.id);
    expect(deliveries.map((d) => [d.party, d.op, d.recordVersion])).toEqual([['CN', 'upsert', 2], [party, 'upsert', 2]].sort());
  });

  it('withdraws from a party removed from releasableTo, and from it only', async () => {
    const party = await freshParty();
    const c = await created(['CN', party]);
    const res = await inject('PATCH', `/contacts/${c.id}`, admin.headers, { version: 1, releasableTo: ['CN'] });
    expect(res.json<ContactBody>().releasableTo).toEqual(['CN']);
    const byParty = Object.fromEntries((await exchangeOf(c.id)).deliveries.map((d) => [d.party, [d.op, d.recordVersion]]));
    expect(byParty).toEqual({ CN: ['upsert', 2], [party]: ['withdraw', 2] });
  });
});

describe('exchange state, withdrawal and evidence', () => {
  it('shows a queued upsert for each party the contact is releasable to', async () => {
    const party = await freshParty();
    const c = await created(['CN', party]);
    const state = await exchangeOf(c.id);
    expect(state.received).toBeNull();
    expect(state.deliveries).toHaveLength(2);
    expect([...state.deliveries].sort((a, b) => a.party.localeCompare(b.party))).toEqual(
      ['CN', party].sort().map((p) => expect.objectContaining({ party: p, op: 'upsert', state: 'queued', recordVersion: 1, deliveredAt: null, receiptStatus: null, attempts: 0 })),
    );
  });

  it('lets a supervisor of the contact\'s agency withdraw it: 200, releasableTo empty, a withdrawal queued for each party, audited', async () => {
    const party = await freshParty();
    const c = await created(['CN', party], supervisor.headers);
    const res = await inject('POST', `/contacts/${c.id}/withdrawal`, supervisor.headers, { note: 'number reassigned' });
    expect(res.statusCode).toBe(200);
    expect(res.json<ContactBody>()).toMatchObject({ id: c.id, version: 2, releasableTo: [] });
    const { deliveries } = await exchangeOf(c.id);
    expect(deliveries.map((d) => [d.party, d.op, d.state, d.recordVersion])).toEqual([['CN', 'withdraw', 'queued', 2], [party, 'withdraw', 'queued', 2]].sort());
    const audit = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, c.id), eq(auditLog.action, 'contact.withdrawn'))).orderBy(asc(auditLog.seq));
    expect(audit.map((r) => r.change)).toEqual([{ releasableTo: [], version: 2, withdrawal: { note: 'number reassigned' } }]);
    // The contact stays on its own node; only the other parties lose it.
    expect((await inject('GET', `/contacts/${c.id}`, supervisor.headers)).statusCode).toBe(200);
  });

  it('takes a withdrawal without a body', async () => {
    const c = await created(['CN']);
    const res = await inject('POST', `/contacts/${c.id}/withdrawal`, admin.headers);
    expect(res.statusCode).toBe(200);
    expect((await exchangeOf(c.id)).deliveries.map((d) => [d.party, d.op])).toEqual([['CN', 'withdraw']]);
  });

  it('refuses a withdrawal by an officer of the agency, or a supervisor of another, with 403 and changes nothing', async () => {
    const c = await created(['CN']);
    const officer = await node.signedIn(['officer'], { agencyId: agency.id });
    const elsewhere = await node.signedIn(['supervisor']);
    expectProblem(await inject('POST', `/contacts/${c.id}/withdrawal`, officer.headers, {}), 403, 'role-required');
    expectProblem(await inject('POST', `/contacts/${c.id}/withdrawal`, elsewhere.headers, {}), 403, 'forbidden');
    expect((await inject('GET', `/contacts/${c.id}`, admin.headers)).json<ContactBody>()).toMatchObject({ version: 1, releasableTo: ['CN'] });
    expect((await exchangeOf(c.id)).deliveries.map((d) => [d.party, d.op, d.recordVersion])).toEqual([['CN', 'upsert', 1]]);
  });

  it('serves the evidence bundle as an attachment in format counterpart-evidence/1 that verifies', async () => {
    const c = await created(['CN']);
    const res = await inject('GET', `/contacts/${c.id}/evidence`, admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="[^"]*${c.id}[^"]*\\.json"$`));
    const bundle = res.json<{ format: string; recordId: string; generatedBy: string; keys: Record<string, { kid: string }[]>; items: { from: string; to: string; seq: number; envelope: string | null; receipt: string | null }[] }>();
    expect(bundle).toMatchObject({ format: 'counterpart-evidence/1', recordId: c.id, generatedBy: 'US', generatedAt: node.clock.now().toISOString() });
    expect(bundle.keys.US?.map((k) => k.kid)).toEqual((await listNodeKeys(node.database.db)).map((k) => k.kid));
    expect(bundle.items).toEqual([expect.objectContaining({ from: 'US', to: 'CN', envelope: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/), receipt: null })]);
    const check = await verifyEvidence(bundle);
    expect(check.ok).toBe(true);
    expect(check.items[0]?.envelope).toBe('valid');
  });

  it('answers 404 for an unknown contact on its exchange state, evidence and withdrawal', async () => {
    const id = randomUUID();
    expectProblem(await inject('GET', `/contacts/${id}/exchange`, admin.headers), 404, 'not-found');
    expectProblem(await inject('GET', `/contacts/${id}/evidence`, admin.headers), 404, 'not-found');
    expectProblem(await inject('POST', `/contacts/${id}/withdrawal`, admin.headers), 404, 'not-found');
    expectProblem(await inject('GET', '/contacts/not-a-uuid/exchange', admin.headers), 400, 'validation');
  });

  it('answers 401 to callers who are not signed in', async () => {
    const c = await created(['CN']);
    for (const url of [`/contacts/${c.id}/exchange`, `/contacts/${c.id}/evidence`]) expectProblem(await inject('GET', url, {}), 401, 'unauthenticated');
    expectProblem(await inject('POST', `/contacts/${c.id}/withdrawal`, {}), 401, 'unauthenticated');
  });
});
