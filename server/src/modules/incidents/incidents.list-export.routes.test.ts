// The incident list as CSV on one US node: what the list gives the same reader with the same filters (a viewer no
// TLP:RED incident), a row per incident with its header in the reader's language, a formula-like cell defused, and
// the export audited with its counts.
import { and, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';

type Headers = Record<string, string>;

let node: TestNode;
let agencyId: string;
let acronym: string;
let officer: Headers;
let viewer: Headers;
let zhOfficer: Headers;

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency({ kind: 'customs' });
  [agencyId, acronym] = [agency.id, agency.acronym];
  officer = (await node.signedIn(['officer'], { agencyId })).headers;
  viewer = (await node.signedIn(['viewer'], { agencyId })).headers;
  zhOfficer = (await node.signedIn(['officer'], { agencyId, locale: 'zh-CN' })).headers;
});

const get = (url: string, headers: Headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const csvOf = (body: string): string[][] => parse(body.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][];

async function filed(over: Parameters<typeof incidentInput>[1] = {}, input = incidentInput): Promise<{ id: string; reference: string }> {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/incidents', headers: officer, payload: input(agencyId, over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; reference: string }>();
}

describe('GET /incidents.csv', () => {
  it('gives a row per incident the filters match, with the columns the export promises', async () => {
    const title = node.unique('CSV seizure ');
    const seizure = await filed({ title });
    await filed({ title }, wildlifeInput);
    const res = await get(`/incidents.csv?kind=seizure&q=${encodeURIComponent(title)}`, officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="incidents-2026-03-02\.csv"/);
    expect(res.headers['x-truncated']).toBe('false');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvOf(res.body);
    expect(header).toEqual(['Reference', 'Kind', 'Title', 'Date', 'Country', 'Place', 'Reported by', 'Agency', 'Items', 'Handling', 'Withdrawn', 'Updated (UTC)']);
    // The kind filter leaves out the wildlife seizure with the same title.
    expect(rows).toEqual([[seizure.reference, 'Seizure', title, '2026-03-02', 'US', 'Los Angeles', 'US', acronym, 'Chemical', 'TLP:AMBER', '', '2026-03-02 09:00']]);
  });

  it('holds what the list gives the same reader: a viewer gets no TLP:RED incident, an officer does', async () => {
    const red = await filed({ handling: 'TLP:RED' });
    const refs = async (headers: Headers) => csvOf((await get('/incidents.csv', headers)).body).slice(1).map((r) => r[0]);
    const listed = async (headers: Headers) => (await get('/incidents?pageSize=100', headers)).json<{ items: { reference: string }[] }>().items.map((i) => i.reference);
    expect(await refs(viewer)).not.toContain(red.reference);
    expect((await refs(viewer)).sort()).toEqual((await listed(viewer)).sort());
    expect(await refs(officer)).toContain(red.reference);
    expect((await refs(officer)).sort()).toEqual((await listed(officer)).sort());
  });

  it('defuses a cell a spreadsheet would run as a formula', async () => {
    const title = '=1+1 declared as cleaning agent';
    const i = await filed({ title });
    const row = csvOf((await get('/incidents.csv', officer)).body).find((r) => r[0] === i.reference);
    expect(row?.[2]).toBe(`'${title}`);
  });

  it('writes the header in the reader’s language, or the one asked for, and labels the codes', async () => {
    const i = await filed({}, wildlifeInput);
    const zh = csvOf((await get('/incidents.csv', zhOfficer)).body);
    expect(zh[0]?.slice(0, 3)).toEqual(['编号', '类别', '标题']);
    expect(zh.find((r) => r[0] === i.reference)?.[1]).toBe('野生动植物查获');
    expect(zh.find((r) => r[0] === i.reference)?.[8]).toBe('野生动植物');
    expect(csvOf((await get('/incidents.csv?lang=en', zhOfficer)).body)[0]?.[0]).toBe('Reference');
  });

  it('audits the export once with its filter and counts per handling, naming the TLP:RED references', async () => {
    const red = await filed({ handling: 'TLP:RED' });
    const exports = () => node.database.db.select({ change: auditLog.change, subjectType: auditLog.subjectType }).from(auditLog).where(and(eq(auditLog.action, 'incident.list-exported'), eq(auditLog.subjectId, 'incidents'))).orderBy(auditLog.seq);
    const before = (await exports()).length;
    const res = await get('/incidents.csv?party=US', officer);
    expect(res.statusCode).toBe(200);
    const entries = await exports();
    const rows = csvOf(res.body).length - 1;
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)?.subjectType).toBe('incident');
    expect(entries.at(-1)?.change).toMatchObject({ format: 'csv', filter: { party: 'US', status: 'active' }, lang: 'en', count: rows, total: rows, truncated: false });
    expect((entries.at(-1)?.change as { red: string[] }).red).toContain(red.reference);
  });

  it('refuses a filter the list refuses, as problem+json', async () => {
    const res = await get('/incidents.csv?kind=burglary', officer);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('validation');
  });
});
