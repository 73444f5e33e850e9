// Who may act on a notification, through the HTTP API of one US node. The exporting side belongs to the exporting
// agency: an officer, a supervisor or an officer's API token of another agency of the same party is refused every
// exporter-side step (403 not-exporting-agency, nothing written), an administrator may act and the audit entry says
// it was an override. The importing side needs a second person for a line controlled here (US's rule, on unless an
// administrator turns it off): an officer prepares the clearance or objection, a supervisor who did not prepare it
// signs it or sends it back. Incoming notifications are taken in as the exchange would hand them over.
import { and, count, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { outbox, type UpsertEnvelope } from '../exchange/index.js';
import { notificationHandler } from './index.js';
import { notificationEvents, notifications } from './tables.js';

type Headers = Record<string, string>;
type Detail = {
  id: string;
  reference: string;
  status: string;
  version: number;
  reply: string | null;
  hasClearance: boolean;
  allowed: string[];
  attachments: { id: string }[];
  events: { kind: string; actorName: string; note: string | null }[];
  signature: { required: boolean; prepared: string | null; note: string | null; byName: string | null };
};

let node: TestNode;
let dea: { id: string; acronym: string };
let hsi: { id: string; acronym: string };
let deaOfficer: Headers;
let deaSupervisor: Headers;
let deaSupervisor2: Headers;
let hsiOfficer: Headers;
let hsiSupervisor: Headers;
let hsiToken: Headers;
let deaToken: Headers;
let admin: Headers;
let adminOnly: Headers;

beforeAll(async () => {
  node = await makeTestNode();
  dea = await node.makeAgency({ kind: 'regulator' });
  hsi = await node.makeAgency({ kind: 'police' });
  const as = async (roles: Parameters<TestNode['signedIn']>[0], agencyId: string) => (await node.signedIn(roles, { agencyId })).headers;
  deaOfficer = await as(['officer'], dea.id);
  deaSupervisor = await as(['supervisor'], dea.id);
  deaSupervisor2 = await as(['supervisor'], dea.id);
  hsiOfficer = await as(['officer'], hsi.id);
  hsiSupervisor = await as(['supervisor'], hsi.id);
  admin = await as(['admin', 'supervisor'], hsi.id);
  adminOnly = await as(['admin'], hsi.id);
  const token = async (agencyId: string) => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: adminOnly, payload: { name: node.unique('officer token '), role: 'officer', agencyId } });
    expect(res.statusCode, res.body).toBe(201);
    return { authorization: `Bearer ${res.json<{ secret: string }>().secret}` };
  };
  hsiToken = await token(hsi.id);
  deaToken = await token(dea.id);
});

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const read = async (id: string, headers = deaOfficer) => (await api('GET', `/notifications/${id}`, headers)).json<Detail>();
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('a permit'), Buffer.from('\n%%EOF')]);
const attach = (id: string, headers: Headers) =>
  node.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/attachments?filename=permit.pdf`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: pdf });

async function drafted(headers = deaOfficer, over: Parameters<typeof draftInput>[1] = {}): Promise<Detail> {
  const res = await api('POST', '/notifications', headers, draftInput(dea.id, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

async function sent(): Promise<Detail> {
  const n = await drafted();
  const res = await api('POST', `/notifications/${n.id}/send`, deaOfficer);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
}

/** Everything a refused step could have written: the row's version and time, its timeline, documents and audit rows. */
async function footprint(id: string) {
  const db = node.database.db;
  const [row] = await db.select({ version: notifications.version, responseVersion: notifications.responseVersion, updatedAt: notifications.updatedAt, status: notifications.status }).from(notifications).where(eq(notifications.id, id));
  const [events] = await db.select({ n: count() }).from(notificationEvents).where(eq(notificationEvents.notificationId, id));
  // Reads of an AMBER notification are audited; what counts is that no change was.
  const [audits] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.subjectType, 'notification'), ne(auditLog.action, 'notification.read')));
  return { ...row, events: events?.n, audits: audits?.n, attachments: (await read(id)).attachments.length };
}

const auditsOf = (id: string, action: string) =>
  node.database.db.select({ change: auditLog.change, actorLabel: auditLog.actorLabel }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, `notification.${action}`)));

describe('the exporting side belongs to the exporting agency', () => {
  const outsiders = () => [
    ['an officer of another agency', hsiOfficer],
    ['a supervisor of another agency', hsiSupervisor],
    ['an officer’s API token of another agency', hsiToken],
  ] as const;

  it('refuses another agency’s officer, supervisor and API token every step on a draft, and writes nothing', async () => {
    const n = await drafted();
    const attached = await attach(n.id, deaOfficer);
    expect(attached.statusCode).toBe(201);
    const attachmentId = attached.json<{ id: string }>().id;
    const before = await footprint(n.id);
    for (const [who, headers] of outsiders()) {
      expect((await read(n.id, headers)).allowed, who).toEqual([]);
      const tries = [
        await api('PUT', `/notifications/${n.id}`, headers, draftInput(dea.id, { invoiceNumber: 'INV-HIJACKED' })),
        await attach(n.id, headers),
        await api('DELETE', `/notifications/${n.id}/attachments/${attachmentId}`, headers),
        await api('POST', `/notifications/${n.id}/send`, headers),
      ];
      for (const res of tries) {
        expect(res.statusCode, `${who}: ${res.body}`).toBe(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(problemType(res)).toBe('not-exporting-agency');
      }
    }
    expect(await footprint(n.id)).toEqual(before);
    expect((await read(n.id)).status).toBe('draft');
  });

  it('refuses them withdrawal, information and decisions on a sent notification, and writes nothing', async () => {
    const n = await sent();
    const before = await footprint(n.id);
    for (const [who, headers] of outsiders()) {
      for (const [path, body] of [
        ['withdraw', { note: 'not ours to withdraw' }],
        ['information', { note: 'not ours to give' }],
        ['decision', { decision: 'authorised', note: null }],
      ] as const) {
        const res = await api('POST', `/notifications/${n.id}/${path}`, headers, body);
        expect(res.statusCode, `${who} ${path}: ${res.body}`).toBe(403);
        expect(problemType(res)).toBe('not-exporting-agency');
      }
    }
    expect(await footprint(n.id)).toEqual(before);
  });

  it('refuses a flagged draft’s review to a supervisor of another agency', async () => {
    const n = await drafted(deaOfficer, { lines: [LINES.byRule] });
    expect((await read(n.id, hsiSupervisor)).allowed).toEqual([]);
    const res = await api('POST', `/notifications/${n.id}/review`, hsiSupervisor, { note: 'fine by me' });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('not-exporting-agency');
    expect((await read(n.id)).allowed).not.toContain('send');
  });

  it('refuses a draft filed in another agency’s name, naming the field, and writes nothing', async () => {
    const [before] = await node.database.db.select({ n: count() }).from(notifications);
    for (const headers of [hsiOfficer, hsiToken]) {
      const res = await api('POST', '/notifications', headers, draftInput(dea.id));
      expect(res.statusCode).toBe(403);
      expect(problemType(res)).toBe('not-exporting-agency');
      expect(res.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body/agencyId', code: 'not-exporting-agency' })]);
    }
    // Nor can the agency's own officer hand a draft over to another agency.
    const n = await drafted();
    const moved = await api('PUT', `/notifications/${n.id}`, deaOfficer, draftInput(hsi.id));
    expect(moved.statusCode).toBe(403);
    expect(problemType(moved)).toBe('not-exporting-agency');
    const [after] = await node.database.db.select({ n: count() }).from(notifications);
    expect(after?.n).toBe((before?.n ?? 0) + 1);
  });

  it('lets the exporting agency’s officer, supervisor and API token take every step', async () => {
    const n = await drafted(deaToken);
    expect((await read(n.id, deaSupervisor)).allowed).toEqual(['edit', 'send']);
    expect((await attach(n.id, deaToken)).statusCode).toBe(201);
    expect((await api('PUT', `/notifications/${n.id}`, deaSupervisor, draftInput(dea.id, { invoiceNumber: 'INV-2026-0100' }))).statusCode).toBe(200);
    expect((await api('POST', `/notifications/${n.id}/send`, deaOfficer)).statusCode).toBe(200);
    const decided = await api('POST', `/notifications/${n.id}/decision`, deaSupervisor, { decision: 'suspended', note: 'awaiting the permit renewal' });
    expect(decided.statusCode, decided.body).toBe(200);
    const withdrawn = await api('POST', `/notifications/${n.id}/withdraw`, deaToken, { note: 'Order cancelled' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<Detail>().status).toBe('withdrawn');
    for (const action of ['drafted', 'edited', 'sent', 'withdrawn']) {
      for (const row of await auditsOf(n.id, action)) expect(row.change).not.toHaveProperty('administratorOverride');
    }
  });

  it('lets an administrator act for another agency, and marks each audit entry as an administrator override', async () => {
    const n = await drafted();
    expect((await read(n.id, admin)).allowed).toEqual(['edit', 'send']);
    expect((await attach(n.id, admin)).statusCode).toBe(201);
    expect((await api('POST', `/notifications/${n.id}/send`, admin)).statusCode).toBe(200);
    const mark = { exportingAgency: dea.acronym, exportingAgencyId: dea.id, actorAgencyId: hsi.id };
    for (const action of ['attachment-added', 'sent']) {
      const rows = await auditsOf(n.id, action);
      expect(rows, action).toHaveLength(1);
      expect(rows[0]?.change, action).toMatchObject({ administratorOverride: mark });
    }
    expect((await auditsOf(n.id, 'drafted'))[0]?.change).not.toHaveProperty('administratorOverride');
    // An administrator who is neither officer nor supervisor does not work on notifications at all.
    const res = await api('POST', `/notifications/${n.id}/withdraw`, adminOnly, { note: 'no' });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).not.toBe('not-exporting-agency');
  });
});

let serial = 0;

/** A notification from CN to this node, taken in as the exchange would after checking its signature and chain. */
async function received(lines: (typeof LINES)[keyof typeof LINES][]): Promise<string> {
  const id = newId();
  const now = node.clock.now().toISOString();
  const data = {
    ...draftInput(dea.id),
    agencyId: undefined,
    reference: `CN-PEN-2026-${String(++serial).padStart(6, '0')}`,
    exportingParty: 'CN',
    importingParty: 'US',
    scheme: 'pen',
    verdict: 'controlled',
    state: 'sent',
    version: 1,
    agency: { acronym: 'NNCC', nameEn: 'China National Narcotics Control Commission', nameZh: '国家禁毒委员会' },
    sentAt: now,
    withdrawnAt: null,
    withdrawalNote: null,
    infoProvidedAt: null,
    decision: null,
    decisionNote: null,
    decidedAt: null,
    createdByName: '监管员 何',
    createdAt: now,
    lines: lines.map((l, i) => ({ ...l, position: i + 1, verdict: 'controlled' })),
    events: [],
  };
  const env = { v: 1, id: newId(), from: 'CN', to: 'US', seq: 1, prev: '0'.repeat(64), kind: 'notification', recordId: id, recordVersion: 1, sentAt: now, body: { op: 'upsert', data } } as unknown as UpsertEnvelope;
  const outcome = await node.database.db.transaction((tx) => notificationHandler.apply(tx as unknown as Db, { ...node.ctxFor(), db: tx as unknown as Db }, env));
  expect(outcome).toEqual({ status: 'applied' });
  return id;
}

/** Envelopes of this node's response record to CN: its receipt and clock, then each answer. */
async function responsesSent(id: string): Promise<number> {
  const [row] = await node.database.db.select({ responseId: notifications.responseId }).from(notifications).where(eq(notifications.id, id));
  const [sentRows] = await node.database.db.select({ n: count() }).from(outbox).where(eq(outbox.recordId, row?.responseId ?? id));
  return sentRows?.n ?? -1;
}

const reply = (id: string, headers: Headers, body: Record<string, unknown>) => api('POST', `/notifications/${id}/replies`, headers, body);

describe('a second person for clearances and objections of lines controlled here', () => {
  it('keeps an officer alone from clearing a controlled line: the clearance is prepared, not signed or sent', async () => {
    const id = await received([LINES.anpp]);
    const before = await responsesSent(id);
    expect((await read(id)).signature).toEqual({ required: true, prepared: null, note: null, codes: [], byName: null, at: null });
    const res = await reply(id, deaOfficer, { action: 'clear', note: 'For the licensed laboratory only' });
    expect(res.statusCode, res.body).toBe(202);
    const n = res.json<Detail>();
    expect(n).toMatchObject({ status: 'delivered', reply: null, hasClearance: false, signature: { required: true, prepared: 'cleared', note: 'For the licensed laboratory only', byName: 'Test User' } });
    expect(n.events.map((e) => e.kind)).toContain('clearance-prepared');
    expect(n.allowed).toEqual(['acknowledge']);
    expect(await responsesSent(id)).toBe(before);
    // The officer cannot sign it, nor answer again over it.
    const sign = await api('POST', `/notifications/${id}/sign`, deaOfficer, {});
    expect(sign.statusCode).toBe(403);
    expect(problemType(sign)).toBe('supervisor-required');
    const again = await reply(id, deaOfficer, { action: 'object', note: 'second thoughts' });
    expect(again.statusCode).toBe(409);
    expect(problemType(again)).toBe('awaiting-signature');
    const clearance = await api('GET', `/notifications/${id}/clearance`, deaOfficer);
    expect(problemType(clearance)).toBe('no-clearance');
  });

  it('refuses the preparer’s own signature, and takes another supervisor’s, who signs and sends it', async () => {
    const id = await received([LINES.anpp, LINES.ethanol]);
    expect((await reply(id, deaSupervisor, { action: 'object', note: 'The importer’s licence has expired.' })).statusCode).toBe(202);
    expect((await read(id, deaSupervisor)).allowed).toEqual(['acknowledge']);
    const own = await api('POST', `/notifications/${id}/sign`, deaSupervisor, {});
    expect(own.statusCode).toBe(403);
    expect(problemType(own)).toBe('second-person');
    expect((await read(id)).status).toBe('delivered');

    const before = await responsesSent(id);
    expect((await read(id, deaSupervisor2)).allowed).toEqual(['acknowledge', 'sign', 'return']);
    const signed = await api('POST', `/notifications/${id}/sign`, deaSupervisor2, {});
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Detail>()).toMatchObject({ status: 'objected', reply: 'objected', hasClearance: true, signature: { prepared: null } });
    expect(await responsesSent(id)).toBe(before + 1);
    const bundle = (await api('GET', `/notifications/${id}/clearance`, deaOfficer)).json<{ document: { decision: string; reason: string } }>();
    expect(bundle.document).toMatchObject({ decision: 'objected', reason: 'The importer’s licence has expired.' });
    expect((await auditsOf(id, 'objected'))[0]?.change).toMatchObject({ note: 'The importer’s licence has expired.', preparedBy: 'Test User' });
    const twice = await api('POST', `/notifications/${id}/sign`, deaSupervisor, {});
    expect(twice.statusCode).toBe(409);
  });

  it('lets a supervisor send a prepared clearance back with a reason, after which it can be prepared again', async () => {
    const id = await received([LINES.anpp]);
    expect((await reply(id, deaOfficer, { action: 'clear', note: null })).statusCode).toBe(202);
    const noReason = await api('POST', `/notifications/${id}/return`, deaSupervisor, {});
    expect(noReason.statusCode).toBe(400);
    const returned = await api('POST', `/notifications/${id}/return`, deaSupervisor, { note: 'Check the consignee first' });
    expect(returned.statusCode, returned.body).toBe(200);
    const n = returned.json<Detail>();
    expect(n).toMatchObject({ status: 'delivered', signature: { prepared: null } });
    expect(n.events.at(-1)).toMatchObject({ kind: 'preparation-returned', note: 'Check the consignee first' });
    expect((await reply(id, deaOfficer, { action: 'request-info', note: 'Name the final consignee' })).statusCode).toBe(200);
  });

  it('lets one officer clear a notification with no line controlled here', async () => {
    const id = await received([LINES.ethanol]);
    expect((await read(id)).signature.required).toBe(false);
    const res = await reply(id, deaOfficer, { action: 'clear', note: null });
    expect(res.statusCode).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ status: 'cleared', hasClearance: true });
  });

  it('lets an administrator turn the rule off for this party (audited), and one officer then clears a controlled line', async () => {
    const rules = async () => (await api('GET', '/notification-signing-rules', deaOfficer)).json<{ items: { partyCode: string; secondPerson: boolean; isDefault: boolean }[] }>().items;
    expect((await rules()).find((r) => r.partyCode === 'US')).toEqual({ partyCode: 'US', secondPerson: true, isDefault: true });
    // Not a supervisor's to change; not this node's for another party.
    const bySupervisor = await api('PUT', '/notification-signing-rules/US', deaSupervisor, { secondPerson: false });
    expect(bySupervisor.statusCode).toBe(403);
    const foreign = await api('PUT', '/notification-signing-rules/CN', adminOnly, { secondPerson: false });
    expect(foreign.statusCode).toBe(403);
    expect(problemType(foreign)).toBe('foreign-jurisdiction');
    const off = await api('PUT', '/notification-signing-rules/US', adminOnly, { secondPerson: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ partyCode: 'US', secondPerson: false, isDefault: false });
    expect((await node.database.db.select({ change: auditLog.change }).from(auditLog).where(and(eq(auditLog.action, 'notification.signing-rule-set'), eq(auditLog.subjectId, 'US')))).map((a) => a.change)).toContainEqual({ secondPerson: false });
    try {
      const id = await received([LINES.anpp]);
      expect((await read(id)).signature.required).toBe(false);
      const res = await reply(id, deaOfficer, { action: 'clear', note: null });
      expect(res.statusCode).toBe(200);
      expect(res.json<Detail>()).toMatchObject({ status: 'cleared', hasClearance: true });
    } finally {
      expect((await api('PUT', '/notification-signing-rules/US', adminOnly, { secondPerson: true })).statusCode).toBe(200);
    }
  });
});
