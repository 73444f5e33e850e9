// The notification list as CSV and the boxes' waiting counts, on one US node: the CSV holds what the list gives the
// same reader with the same filters (a viewer no TLP:RED one), a row per notification with its header in the reader's
// language, a formula-like cell defused, the export audited with its counts; past the cap it says it was cut. The
// counts: received notifications awaiting this party's reply, its drafts and those the importer asked about.
import { and, desc, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { eachExportRow, exportBounds, listCsv } from '../../platform/list-export.js';
import type { UpsertEnvelope } from '../exchange/index.js';
import { notificationHandler } from './index.js';
import { notifications } from './tables.js';

type Headers = Record<string, string>;
type Boxes = { inbox: number; outbox: number };

let node: TestNode;
let agencyId: string;
let officer: Headers;
let viewer: Headers;
let zhOfficer: Headers;

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
  officer = (await node.signedIn(['officer'], { agencyId })).headers;
  viewer = (await node.signedIn(['viewer'], { agencyId })).headers;
  zhOfficer = (await node.signedIn(['officer'], { agencyId, locale: 'zh-CN' })).headers;
});

const get = (url: string, headers: Headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const csvOf = (body: string): string[][] => parse(body.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][];
const boxes = async (headers = officer) => (await get('/notifications/boxes', headers)).json<Boxes>();

async function drafted(over: Parameters<typeof draftInput>[1] = {}): Promise<{ id: string; reference: string }> {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: officer, payload: draftInput(agencyId, over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; reference: string }>();
}

async function sent(over: Parameters<typeof draftInput>[1] = {}): Promise<{ id: string; reference: string }> {
  const n = await drafted(over);
  expect((await node.app.inject({ method: 'POST', url: `/api/v1/notifications/${n.id}/send`, headers: officer })).statusCode).toBe(200);
  return n;
}

let serial = 0;
/** A notification from CN to this node, taken in as the exchange would after checking its signature and chain. */
async function received(handling = 'TLP:AMBER'): Promise<string> {
  const id = newId();
  const now = node.clock.now().toISOString();
  const reference = `CN-PEN-2026-${String(900 + ++serial).padStart(6, '0')}`;
  const data = { ...draftInput(agencyId), handling, agencyId: undefined, reference, exportingParty: 'CN', importingParty: 'US', scheme: 'pen', verdict: 'controlled', state: 'sent', version: 1 };
  const more = { agency: { acronym: 'NNCC', nameEn: 'China National Narcotics Control Commission', nameZh: '国家禁毒委员会' }, sentAt: now, withdrawnAt: null, withdrawalNote: null, infoProvidedAt: null };
  const rest = { decision: null, decisionNote: null, decidedAt: null, createdByName: '监管员 何', createdAt: now, lines: [{ ...LINES.anpp, position: 1, verdict: 'controlled' }], events: [] };
  const body = { op: 'upsert', data: { ...data, ...more, ...rest } };
  const env = { v: 1, id: newId(), from: 'CN', to: 'US', seq: 1, prev: '0'.repeat(64), kind: 'notification', recordId: id, recordVersion: 1, sentAt: now, body } as unknown as UpsertEnvelope;
  const outcome = await node.database.db.transaction((tx) => notificationHandler.apply(tx as unknown as Db, { ...node.ctxFor(), db: tx as unknown as Db }, env));
  expect(outcome).toEqual({ status: 'applied' });
  return id;
}

describe('GET /notifications.csv', () => {
  it('gives a row per notification the filters match, in the order and with the columns the export promises', async () => {
    const exporter = node.unique('CSV Exporter ');
    const a = await drafted({ exporter: { ...draftInput(agencyId).exporter, name: exporter }, lines: [LINES.anpp, LINES.ethanol] });
    const b = await sent({ exporter: { ...draftInput(agencyId).exporter, name: exporter } });
    const res = await get(`/notifications.csv?box=outbox&chemical=${encodeURIComponent('Ethanol')}`, officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="notifications-2026-03-02\.csv"/);
    expect(res.headers['x-truncated']).toBe('false');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvOf(res.body);
    expect(header).toEqual(['Reference', 'Status', 'Scheme', 'Exporting party', 'Importing party', 'Exporter', 'Importer', 'Shipment date', 'Lines', 'Chemicals (declared names)', 'Sent (UTC)', 'Due (UTC)', 'Replied (UTC)', 'Handling']);
    const mine = rows.filter((r) => r[5] === exporter);
    // The chemical filter keeps the draft with an ethanol line and leaves out the sent one without it.
    expect(mine.map((r) => r[0])).toEqual([a.reference]);
    expect(mine[0]).toEqual([a.reference, 'Draft', 'PEN', 'US', 'CN', exporter, '华东精细化工有限公司', '2026-04-15', '2', `${LINES.anpp.declaredName}; Ethanol`, '', '', '', 'TLP:AMBER']);
    const sentRows = csvOf((await get('/notifications.csv?box=outbox&status=sent', officer)).body).filter((r) => r[5] === exporter);
    expect(sentRows.map((r) => [r[0], r[1], r[10]])).toEqual([[b.reference, 'Sent', '2026-03-02 09:00']]);
  });

  it('holds what the list gives the same reader: a viewer gets no TLP:RED notification, an officer does', async () => {
    const red = await drafted({ handling: 'TLP:RED' });
    const refs = async (headers: Headers) => csvOf((await get('/notifications.csv', headers)).body).slice(1).map((r) => r[0]);
    const listed = async (headers: Headers) => (await get('/notifications?pageSize=100', headers)).json<{ items: { reference: string }[] }>().items.map((n) => n.reference);
    expect(await refs(viewer)).not.toContain(red.reference);
    expect((await refs(viewer)).sort()).toEqual((await listed(viewer)).sort());
    expect(await refs(officer)).toContain(red.reference);
    expect((await refs(officer)).sort()).toEqual((await listed(officer)).sort());
  });

  it('defuses a cell a spreadsheet would run as a formula', async () => {
    const formula = '=HYPERLINK("http://evil.test","x")';
    const n = await drafted({ exporter: { ...draftInput(agencyId).exporter, name: formula } });
    const row = csvOf((await get('/notifications.csv?box=outbox', officer)).body).find((r) => r[0] === n.reference);
    expect(row?.[5]).toBe(`'${formula}`);
  });

  it('writes the header in the reader’s language, or the one asked for, and labels the codes', async () => {
    const n = await drafted();
    const zh = csvOf((await get('/notifications.csv?box=outbox', zhOfficer)).body);
    expect(zh[0]?.slice(0, 3)).toEqual(['编号', '状态', '通知类别']);
    expect(zh.find((r) => r[0] === n.reference)?.slice(1, 3)).toEqual(['草稿', '出口前通知（PEN）']);
    expect(csvOf((await get('/notifications.csv?box=outbox&lang=en', zhOfficer)).body)[0]?.[0]).toBe('Reference');
  });

  it('audits the export once with its filter and counts per handling, naming the TLP:RED references', async () => {
    const red = await drafted({ handling: 'TLP:RED' });
    const exports = () => node.database.db.select({ change: auditLog.change, subjectType: auditLog.subjectType }).from(auditLog).where(and(eq(auditLog.action, 'notification.list-exported'), eq(auditLog.subjectId, 'notifications'))).orderBy(auditLog.seq);
    const before = (await exports()).length;
    const res = await get('/notifications.csv?box=outbox&status=draft', officer);
    expect(res.statusCode).toBe(200);
    const entries = await exports();
    expect(entries).toHaveLength(before + 1);
    const last = entries.at(-1);
    const rows = csvOf(res.body).length - 1;
    expect(last?.subjectType).toBe('notification');
    expect(last?.change).toMatchObject({ format: 'csv', filter: { box: 'outbox', status: 'draft' }, lang: 'en', count: rows, total: rows, truncated: false });
    expect((last?.change as { red: string[] }).red).toContain(red.reference);
  });

  it('refuses a filter the list refuses, as problem+json', async () => {
    const res = await get('/notifications.csv?box=nowhere&pageSize=5', officer);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('validation');
  });

  it('past the cap keeps the newest rows and says in a last row how many it left out', async () => {
    await drafted();
    await drafted();
    const n = notifications;
    const ctx = node.ctxFor();
    const where = eq(n.exportingParty, 'US');
    const bounds = await exportBounds(ctx.db, { table: n, id: n.id, handling: n.handling, reference: n.reference, where }, 2);
    expect(bounds).toMatchObject({ count: 2, truncated: true });
    expect(bounds.total).toBeGreaterThan(2);
    const rows = eachExportRow(n.id, bounds, (range, limit) => ctx.db.select({ id: n.id }).from(n).where(and(where, range)).orderBy(desc(n.id)).limit(limit));
    const chunks: Buffer[] = [];
    for await (const c of listCsv([{ header: { en: 'Id', 'zh-CN': '编号' }, value: (r) => r.id }], rows, 'en', bounds)) chunks.push(c as Buffer);
    const lines = csvOf(Buffer.concat(chunks).toString('utf8'));
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)?.[0]).toBe(`# Truncated: the newest 2 of ${bounds.total} matching rows. Narrow the filters to export the others.`);
  });
});

describe('GET /notifications/boxes', () => {
  it('counts received notifications awaiting this party’s reply in the inbox, drafts and information requests in the outbox', async () => {
    const before = await boxes();
    await received();
    await drafted();
    await sent();
    expect(await boxes()).toEqual({ inbox: before.inbox + 1, outbox: before.outbox + 1 });
  });

  it('counts in the outbox a sent notification the importer asked for information on, until it is answered', async () => {
    const n = await sent();
    const before = await boxes();
    // The importer's request as its response record leaves it (the exchange's part is the pair tests').
    const setStatus = (status: string) => node.database.db.update(notifications).set({ status }).where(eq(notifications.id, n.id));
    await setStatus('info-requested');
    expect(await boxes()).toEqual({ inbox: before.inbox, outbox: before.outbox + 1 });
    await setStatus('info-provided');
    expect(await boxes()).toEqual(before);
  });

  it('leaves out of the counts what the reader may not read', async () => {
    const [officerBefore, viewerBefore] = [await boxes(officer), await boxes(viewer)];
    await received('TLP:RED');
    expect((await boxes(officer)).inbox).toBe(officerBefore.inbox + 1);
    expect((await boxes(viewer)).inbox).toBe(viewerBefore.inbox);
  });

  it('is for signed-in readers only', async () => {
    const res = await get('/notifications/boxes', {});
    expect(res.statusCode).toBe(401);
  });
});
