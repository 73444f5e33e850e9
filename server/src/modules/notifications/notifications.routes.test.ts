// Route tests for pre-export notifications on one US node: drafting with screening, every bad input as
// problem+json with nothing written, idempotent drafting, who may do what (four eyes), the list's filters, the
// reply periods, and the public clearance check.
import { generateKeyPairSync, sign } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { notifications } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; message: string };
type Line = { position: number; declaredName: string; verdict: string };
type Detail = {
  id: string;
  reference: string;
  status: string;
  scheme: string;
  direction: string;
  verdict: string;
  exportingParty: string;
  importingParty: string;
  lines: Line[];
  review: { needed: boolean; byName: string | null; at: string | null; note: string | null };
  allowed: string[];
  sentAt: string | null;
};
type Page = { items: { id: string; status: string; importingParty: string; exportingParty: string; chemicals: string[] }[]; total: number };

let node: TestNode;
let agencyId: string;
let cnAgencyId: string;
let officer: { headers: Headers };
let supervisor: { headers: Headers };
let otherSupervisor: { headers: Headers; user: { username: string; displayName: string } };
let viewer: { headers: Headers };
let admin: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
  cnAgencyId = (await node.makeAgency({ partyCode: 'CN', kind: 'regulator' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  otherSupervisor = await node.signedIn(['supervisor'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  admin = await node.signedIn(['admin'], { agencyId });
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers = {}, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const draft = (headers: Headers, over: Parameters<typeof draftInput>[1] = {}) => api('POST', '/notifications', headers, draftInput(agencyId, over));
const rowCount = async () => (await node.database.db.select({ n: count() }).from(notifications))[0]?.n ?? -1;
const paths = (res: LightMyRequestResponse) => (res.json<{ errors?: Issue[] }>().errors ?? []).map((e) => e.path);

/** A draft by `headers`; fails the test unless it was created. */
async function drafted(headers: Headers, over: Parameters<typeof draftInput>[1] = {}): Promise<Detail> {
  const res = await draft(headers, over);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

describe('drafting a notification', () => {
  it('drafts an ANPP notification under PEN with a reference of this party and year, each line screened', async () => {
    const before = await rowCount();
    const res = await draft(officer.headers, { lines: [LINES.anpp, LINES.ethanol] });
    expect(res.statusCode).toBe(201);
    const n = res.json<Detail>();
    expect(n.reference).toMatch(/^US-PEN-2026-\d{6}$/);
    expect(n).toMatchObject({ status: 'draft', scheme: 'pen', direction: 'outgoing', exportingParty: 'US', importingParty: 'CN', verdict: 'controlled', sentAt: null });
    expect(n.lines.map((l) => [l.position, l.declaredName, l.verdict])).toEqual([
      [1, LINES.anpp.declaredName, 'controlled'],
      [2, 'Ethanol', 'clear'],
    ]);
    expect(n.allowed).toEqual(expect.arrayContaining(['edit', 'send']));
    expect(await rowCount()).toBe(before + 1);
    const read = await api('GET', `/notifications/${n.id}`, officer.headers);
    expect(read.json<Detail>()).toMatchObject({ id: n.id, reference: n.reference, status: 'draft' });
  });

  it('files a notification of ethanol alone under PEN Light', async () => {
    const n = await drafted(officer.headers, { lines: [LINES.ethanol] });
    expect(n).toMatchObject({ scheme: 'pen-light', verdict: 'clear', status: 'draft' });
    expect(n.lines.map((l) => l.verdict)).toEqual(['clear']);
  });

  it('numbers drafts one after another', async () => {
    const a = await drafted(officer.headers);
    const b = await drafted(officer.headers);
    const serial = (ref: string) => Number(ref.slice(-6));
    expect(serial(b.reference)).toBe(serial(a.reference) + 1);
  });
});

describe('bad drafts', () => {
  const line = (over: Record<string, unknown>) => ({ ...LINES.anpp, ...over });
  const schemaCases: [string, Record<string, unknown>, string[]][] = [
    ['a unit it does not know', { lines: [line({ unit: 'lbs' })] }, ['body/lines/0/unit']],
    ['a quantity of zero', { lines: [line({ quantity: '0' })] }, ['body/lines/0/quantity']],
    ['a negative quantity', { lines: [line({ quantity: '-5' })] }, ['body/lines/0/quantity']],
    ['a quantity that is not a number', { lines: [line({ quantity: 'abc' })] }, ['body/lines/0/quantity']],
    ['a concentration above 100%', { lines: [line({ concentration: 120 })] }, ['body/lines/0/concentration']],
    ['a field the schema does not name', { colour: 'blue' }, ['body']],
    ['no lines at all', { lines: [] }, ['body/lines']],
  ];

  it.each(schemaCases)('rejects %s with a 400 naming the field and writes nothing', async (_label, over, expected) => {
    const before = await rowCount();
    const res = await api('POST', '/notifications', officer.headers, { ...draftInput(agencyId), ...over });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('validation');
    expect([...new Set(paths(res))]).toEqual(expected);
    expect(await rowCount()).toBe(before);
  });

  it('lists every malformed field of one request, and writes nothing', async () => {
    const before = await rowCount();
    const payload = {
      ...draftInput(agencyId),
      colour: 'blue',
      lines: [line({ quantity: '0' }), line({ quantity: '-5' }), line({ quantity: 'abc' }), line({ unit: 'lbs', concentration: 120 })],
    };
    const res = await api('POST', '/notifications', officer.headers, payload);
    expect(res.statusCode).toBe(400);
    expect(new Set(paths(res))).toEqual(new Set(['body', 'body/lines/0/quantity', 'body/lines/1/quantity', 'body/lines/2/quantity', 'body/lines/3/unit', 'body/lines/3/concentration']));
    expect(res.json<{ errors: Issue[] }>().errors.find((e) => e.path === 'body/lines/0/quantity')?.message).toBe('must be a positive decimal number such as 250 or 12.5');
    expect(await rowCount()).toBe(before);
  });

  const ruleCases: [string, Parameters<typeof draftInput>[1], string, string, string][] = [
    ['a shipment date in the past', { shipmentDate: '2026-03-01' }, 'body/shipmentDate', 'the shipment date is in the past', 'date-in-past'],
    ['this party as the importer', { importingParty: 'US' }, 'body/importingParty', 'US is the exporting party', 'own-party'],
    ['a party not in the directory', { importingParty: 'ZZ' }, 'body/importingParty', 'ZZ is not a party in the directory', 'unknown-party'],
  ];

  it.each(ruleCases)('rejects %s with a 422 naming the field and writes nothing', async (_label, over, path, message, code) => {
    const before = await rowCount();
    const res = await draft(officer.headers, over);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('unprocessable');
    expect(res.json<{ errors: Issue[] }>().errors).toEqual([expect.objectContaining({ path, message, code })]);
    expect(await rowCount()).toBe(before);
  });

  it('rejects an exporting authority of another party with a 422 naming the agency', async () => {
    const before = await rowCount();
    const res = await api('POST', '/notifications', officer.headers, draftInput(cnAgencyId));
    expect(res.statusCode).toBe(422);
    expect(paths(res)).toEqual(['body/agencyId']);
    expect(await rowCount()).toBe(before);
  });

  it('lists every rule a request breaks at once: past date, own party as importer, foreign agency', async () => {
    const before = await rowCount();
    const res = await api('POST', '/notifications', officer.headers, draftInput(cnAgencyId, { shipmentDate: '2025-12-31', importingParty: 'US', transitParties: ['ZZ'] }));
    expect(res.statusCode).toBe(422);
    expect(new Set(paths(res))).toEqual(new Set(['body/importingParty', 'body/transitParties/0', 'body/shipmentDate', 'body/agencyId']));
    expect(await rowCount()).toBe(before);
  });
});

describe('Idempotency-Key', () => {
  it('answers a repeated request with the first draft: 201, then 200 with the same id, one row', async () => {
    const headers = { ...officer.headers, 'idempotency-key': 'draft-key-0001' };
    const before = await rowCount();
    const first = await draft(headers);
    const second = await draft(headers);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json<Detail>().id).toBe(first.json<Detail>().id);
    expect(second.json<Detail>().reference).toBe(first.json<Detail>().reference);
    expect(await rowCount()).toBe(before + 1);
  });

  it('refuses the same key for a different notification with 409', async () => {
    const headers = { ...officer.headers, 'idempotency-key': 'draft-key-0002' };
    expect((await draft(headers)).statusCode).toBe(201);
    const before = await rowCount();
    const res = await draft(headers, { invoiceNumber: 'INV-2026-0099' });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('idempotency-key-reused');
    expect(await rowCount()).toBe(before);
  });

  it('keeps each user’s keys apart: the same key from another officer files a new draft', async () => {
    const key = 'draft-key-0003';
    const a = await draft({ ...officer.headers, 'idempotency-key': key });
    const b = await draft({ ...supervisor.headers, 'idempotency-key': key });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json<Detail>().id).not.toBe(a.json<Detail>().id);
  });

  it.each(['short', 'has spaces in it', 'x'.repeat(101)])('rejects the malformed key %j with 400 and writes nothing', async (key) => {
    const before = await rowCount();
    const res = await draft({ ...officer.headers, 'idempotency-key': key });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['headers/idempotency-key']);
    expect(await rowCount()).toBe(before);
  });
});

describe('who may work on notifications', () => {
  it('refuses a viewer drafting with 403, and an anonymous caller with 401', async () => {
    const before = await rowCount();
    const asViewer = await draft(viewer.headers);
    expect(asViewer.statusCode).toBe(403);
    expect(problemType(asViewer)).toBe('role-required');
    const anonymous = await draft({});
    expect(anonymous.statusCode).toBe(401);
    expect(problemType(anonymous)).toBe('unauthenticated');
    expect((await api('GET', '/notifications')).statusCode).toBe(401);
    expect(await rowCount()).toBe(before);
  });

  it('lets a viewer list and read notifications, with nothing to do on them', async () => {
    const n = await drafted(officer.headers);
    const list = await api('GET', '/notifications?box=outbox&pageSize=200', viewer.headers);
    expect(list.statusCode).toBe(200);
    expect(list.json<Page>().items.map((i) => i.id)).toContain(n.id);
    const read = await api('GET', `/notifications/${n.id}`, viewer.headers);
    expect(read.statusCode).toBe(200);
    expect(read.json<Detail>()).toMatchObject({ id: n.id, reference: n.reference, allowed: [] });
    const send = await api('POST', `/notifications/${n.id}/send`, viewer.headers);
    expect(send.statusCode).toBe(403);
  });

  it('answers 404 problem+json for a notification that does not exist, and 400 for an id that is not a UUID', async () => {
    const missing = await api('GET', '/notifications/00000000-0000-4000-8000-000000000000', viewer.headers);
    expect(missing.statusCode).toBe(404);
    expect(problemType(missing)).toBe('not-found');
    const bad = await api('GET', '/notifications/not-an-id', viewer.headers);
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['params/id']);
  });
});

describe('four eyes', () => {
  it('holds a line controlled by rule until a supervisor other than the drafter reviews it, then sends it', async () => {
    const n = await drafted(supervisor.headers, { lines: [LINES.byRule] });
    expect(n).toMatchObject({ scheme: 'pen', review: { needed: true, at: null } });
    expect(n.lines[0]?.verdict).toBe('controlled-by-rule');
    expect(n.allowed).not.toContain('send');
    expect(n.allowed).not.toContain('review');

    const early = await api('POST', `/notifications/${n.id}/send`, supervisor.headers);
    expect(early.statusCode).toBe(409);
    expect(problemType(early)).toBe('review-required');

    const own = await api('POST', `/notifications/${n.id}/review`, supervisor.headers, { note: 'looks fine' });
    expect(own.statusCode).toBe(403);
    expect(problemType(own)).toBe('four-eyes');

    const byOfficer = await api('POST', `/notifications/${n.id}/review`, officer.headers, {});
    expect(byOfficer.statusCode).toBe(403);
    expect(problemType(byOfficer)).toBe('supervisor-required');

    expect((await api('GET', `/notifications/${n.id}`, otherSupervisor.headers)).json<Detail>().allowed).toContain('review');
    const reviewed = await api('POST', `/notifications/${n.id}/review`, otherSupervisor.headers, { note: 'Reference standard for the lab' });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json<Detail>().review).toMatchObject({ needed: true, byName: otherSupervisor.user.displayName, note: 'Reference standard for the lab' });
    expect(reviewed.json<Detail>().review.at).not.toBeNull();

    const again = await api('POST', `/notifications/${n.id}/review`, otherSupervisor.headers, {});
    expect(again.statusCode).toBe(409);
    expect(problemType(again)).toBe('already-reviewed');

    const sent = await api('POST', `/notifications/${n.id}/send`, supervisor.headers);
    expect(sent.statusCode).toBe(200);
    expect(sent.json<Detail>()).toMatchObject({ status: 'sent', sentAt: '2026-03-02T09:00:00.000Z' });
  });

  it('refuses to send a chemical screening cannot identify, naming the line', async () => {
    const n = await drafted(officer.headers, { lines: [LINES.unknown, LINES.anpp] });
    expect(n.lines[0]?.verdict).toBe('insufficient-identity');
    // Not offered, and refused when asked for anyway.
    expect(n.allowed).toContain('edit');
    expect(n.allowed).not.toContain('send');
    const res = await api('POST', `/notifications/${n.id}/send`, officer.headers);
    expect(res.statusCode).toBe(422);
    expect(problemType(res)).toBe('line-unidentified');
    expect(res.json<{ errors: Issue[] }>().errors.map((e) => e.path)).toEqual(['lines/0']);
    expect((await api('GET', `/notifications/${n.id}`, officer.headers)).json<Detail>().status).toBe('draft');
  });
});

describe('after sending', () => {
  it('refuses to edit a sent notification with 409 not-a-draft, and leaves it as sent', async () => {
    const n = await drafted(officer.headers);
    expect((await api('POST', `/notifications/${n.id}/send`, officer.headers)).statusCode).toBe(200);
    const res = await api('PUT', `/notifications/${n.id}`, officer.headers, draftInput(agencyId, { invoiceNumber: 'INV-CHANGED' }));
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('not-a-draft');
    expect((await api('GET', `/notifications/${n.id}`, officer.headers)).json<{ status: string; invoiceNumber: string }>()).toMatchObject({ status: 'sent', invoiceNumber: 'INV-2026-0042' });
  });

  it('replaces a draft, screened again', async () => {
    const n = await drafted(officer.headers);
    const res = await api('PUT', `/notifications/${n.id}`, officer.headers, draftInput(agencyId, { lines: [LINES.ethanol] }));
    expect(res.statusCode).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ id: n.id, reference: n.reference, scheme: 'pen-light', status: 'draft' });
    expect(res.json<Detail>().lines.map((l) => l.declaredName)).toEqual(['Ethanol']);
  });

  it('refuses an export decision on a draft with 409', async () => {
    const n = await drafted(officer.headers);
    const res = await api('POST', `/notifications/${n.id}/decision`, officer.headers, { decision: 'authorised' });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('not-sent');
  });
});

describe('listing', () => {
  it('filters by box, status, chemical and the other party', async () => {
    const anpp = await drafted(officer.headers, { lines: [LINES.anpp] });
    const ethanol = await drafted(officer.headers, { lines: [LINES.ethanol] });
    const sentOne = await drafted(officer.headers, { lines: [LINES.ethanol] });
    expect((await api('POST', `/notifications/${sentOne.id}/send`, officer.headers)).statusCode).toBe(200);
    const ids = async (query: string) => {
      const res = await api('GET', `/notifications?pageSize=200&${query}`, viewer.headers);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      expect(page.total).toBe(page.items.length);
      return page.items.map((i) => i.id);
    };
    expect(await ids('box=outbox')).toEqual(expect.arrayContaining([anpp.id, ethanol.id, sentOne.id]));
    expect(await ids('box=inbox')).toEqual([]);
    const drafts = await ids('status=draft');
    expect(drafts).toEqual(expect.arrayContaining([anpp.id, ethanol.id]));
    expect(drafts).not.toContain(sentOne.id);
    const sent = await ids('status=sent');
    expect(sent).toContain(sentOne.id);
    expect(sent).not.toContain(anpp.id);
    for (const q of ['chemical=anilino-n-PHENETHYL', 'chemical=21409-26-7']) {
      const found = await ids(q);
      expect(found).toContain(anpp.id);
      expect(found).not.toContain(ethanol.id);
    }
    expect(await ids('party=CN')).toEqual(expect.arrayContaining([anpp.id, ethanol.id, sentOne.id]));
    expect(await ids('party=US')).toEqual([]);
  });

  it('shows the chemicals of each notification in line order', async () => {
    const n = await drafted(officer.headers, { lines: [LINES.ethanol, LINES.anpp] });
    const page = (await api('GET', `/notifications?box=outbox&pageSize=200`, viewer.headers)).json<Page>();
    expect(page.items.find((i) => i.id === n.id)?.chemicals).toEqual(['Ethanol', LINES.anpp.declaredName]);
  });

  it.each([
    ['status=bogus', 'querystring/status'],
    ['dueSoon=yes', 'querystring/dueSoon'],
    ['box=sideways', 'querystring/box'],
    ['party=china', 'querystring/party'],
    ['pageSize=0', 'querystring/pageSize'],
    ['colour=blue', 'querystring'],
  ])('rejects the query %s with 400 naming it', async (query, path) => {
    const res = await api('GET', `/notifications?${query}`, viewer.headers);
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('validation');
    expect(paths(res)).toEqual([path]);
  });
});

describe('reply periods', () => {
  type Period = { partyCode: string; days: number; kind: string; isDefault: boolean };
  const periods = async () => (await api('GET', '/notification-reply-periods', viewer.headers)).json<{ items: Period[] }>().items;

  it('lists 15 calendar days by default for every party', async () => {
    const items = await periods();
    expect(items.map((p) => p.partyCode)).toEqual(expect.arrayContaining(['US', 'CN']));
    expect(items.find((p) => p.partyCode === 'CN')).toEqual({ partyCode: 'CN', days: 15, kind: 'calendar', isDefault: true });
  });

  it('lets an administrator set this party’s period, audited', async () => {
    const res = await api('PUT', '/notification-reply-periods/US', admin.headers, { days: 10, kind: 'working' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ partyCode: 'US', days: 10, kind: 'working', isDefault: false });
    expect((await periods()).find((p) => p.partyCode === 'US')).toEqual({ partyCode: 'US', days: 10, kind: 'working', isDefault: false });
    const audited = await node.database.db
      .select({ change: auditLog.change })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'notification.reply-period-set'), eq(auditLog.subjectId, 'US')));
    expect(audited.map((a) => a.change)).toContainEqual({ days: 10, kind: 'working' });
  });

  it('refuses anyone but an administrator, another party’s period, and a period of 0 days', async () => {
    const byOfficer = await api('PUT', '/notification-reply-periods/US', supervisor.headers, { days: 20, kind: 'calendar' });
    expect(byOfficer.statusCode).toBe(403);
    expect(problemType(byOfficer)).toBe('role-required');
    const foreign = await api('PUT', '/notification-reply-periods/CN', admin.headers, { days: 20, kind: 'calendar' });
    expect(foreign.statusCode).toBe(403);
    expect(problemType(foreign)).toBe('foreign-jurisdiction');
    const zero = await api('PUT', '/notification-reply-periods/US', admin.headers, { days: 0, kind: 'calendar' });
    expect(zero.statusCode).toBe(400);
    expect(paths(zero)).toEqual(['body/days']);
    expect((await periods()).find((p) => p.partyCode === 'CN')).toMatchObject({ days: 15, isDefault: true });
    expect((await periods()).find((p) => p.partyCode === 'US')?.days).not.toBe(20);
  });
});

describe('checking a clearance without signing in', () => {
  it('rejects text that is not a signed clearance with 400 not-a-clearance', async () => {
    const res = await api('POST', '/clearances/verify', {}, { text: 'hello, this is not a clearance' });
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('not-a-clearance');
    expect(paths(res)).toEqual(['body/text']);
    const empty = await api('POST', '/clearances/verify', {}, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(paths(empty)).toEqual(['body/text']);
  });

  it('answers valid: false for a well-formed clearance signed by a key this node does not know', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const input = `${b64({ alg: 'EdDSA', kid: 'unknown-kid-0001', typ: 'cp-clearance+jws' })}.${b64({ v: 1, type: 'clearance', reference: 'US-PEN-2026-000001' })}`;
    const jws = `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
    const res = await api('POST', '/clearances/verify', {}, { text: jws });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ valid: false, kind: 'document', document: null, current: null, issuer: { party: null, kid: null } });
    expect(res.json<{ problem: string }>().problem).toContain('unknown-kid-0001');
  });
});

describe('handling', () => {
  it('keeps a TLP:RED notification from viewers, listed or read, and shows it to officers', async () => {
    const red = await drafted(officer.headers, { handling: 'TLP:RED' });
    expect((await api('GET', `/notifications/${red.id}`, viewer.headers)).statusCode).toBe(404);
    const seen = (headers: Headers) => api('GET', '/notifications?box=outbox&pageSize=200', headers).then((r) => r.json<Page>().items.map((i) => i.id));
    expect(await seen(viewer.headers)).not.toContain(red.id);
    expect(await seen(officer.headers)).toContain(red.id);
    expect((await api('GET', `/notifications/${red.id}`, supervisor.headers)).statusCode).toBe(200);
  });

  it('audits each read of an AMBER notification, and not of a GREEN one', async () => {
    const amber = await drafted(officer.headers, { handling: 'TLP:AMBER' });
    const green = await drafted(officer.headers, { handling: 'TLP:GREEN' });
    const reads = async (id: string) =>
      (await node.database.db.select({ id: auditLog.seq }).from(auditLog).where(and(eq(auditLog.action, 'notification.read'), eq(auditLog.subjectId, id)))).length;
    await api('GET', `/notifications/${amber.id}`, viewer.headers);
    await api('GET', `/notifications/${amber.id}`, viewer.headers);
    await api('GET', `/notifications/${green.id}`, viewer.headers);
    expect(await reads(amber.id)).toBe(2);
    expect(await reads(green.id)).toBe(0);
  });
});
