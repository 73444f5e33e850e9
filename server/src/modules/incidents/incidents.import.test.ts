// Importing incidents from CSV: rows grouped by ref into incidents with their items and entities, English and
// Chinese headers, a GBK file, a dry run that writes nothing, a file imported twice creating nothing the second
// time, bad rows reported at their line and column without stopping the rest, and whole-file refusals (not CSV,
// too many rows, no required columns, a viewer) as problem+json. One audit entry per import, with its counts.
import { and, count, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import type { Incident } from './schemas.js';
import { incidents } from './tables.js';

type Report = { dryRun: boolean; created: number; invalid: number; items: { ref: string; rows: number[]; outcome: string; id: string | null; problems: { line: number; column: string; message: string; code: string; params?: Record<string, string | number> }[] }[] };
type Headers = Record<string, string>;

let node: TestNode;
let officer: { headers: Headers; user: { id: string } };
let viewer: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency({ kind: 'customs' });
  officer = await node.signedIn(['officer'], { agencyId: agency.id });
  viewer = await node.signedIn(['viewer'], { agencyId: agency.id });
});

const post = (body: Buffer | string, headers: Headers, query = '') =>
  node.app.inject({ method: 'POST', url: `/api/v1/incidents/import${query}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: body });
const rows = async () => (await node.database.db.select({ n: count() }).from(incidents))[0]?.n ?? -1;
const imports = async () => (await node.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'incident.imported')))[0]?.n ?? -1;
const get = async (id: string | null | undefined) => (await node.app.inject({ method: 'GET', url: `/api/v1/incidents/${id ?? ''}`, headers: officer.headers })).json<Incident>();

const EN = 'ref,kind,date,country,place,title,narrative,item type,declared name,CAS,quantity,unit,species,trade term,company,phone,entity country,role';
const en = (lines: string[]) => [EN, ...lines].join('\n');

describe('CSV import of incidents', () => {
  it('groups rows by ref into incidents, reports bad rows at their line and column, and imports a file once', async () => {
    const file = en([
      'A1,seizure,2026-03-01,US,Los Angeles,4-ANPP in drums,Found behind drums of cleaner,chemical,4-ANPP,21409-26-7,25,kg,,,Wuhan Example Chemical Co,+86 138 0013 8000,CN,shipper',
      'A1,,,,,,,,Acetic anhydride,108-24-7,10,L,,,Wuhan Example Chemical Co,,CN,shipper',
      'B2,wildlife-seizure,2026-02-20,US,Anchorage,Pangolin scales in parcels,,,,,120,kg,Manis pentadactyla,SCA,,,,',
      'C3,seizure,2026-02-01,US,Miami,Acetone in pounds,,chemical,Acetone,67-64-1,12,lbs,,,,,,',
      'D4,seizure,2099-01-01,US,Miami,From the future,,chemical,Acetone,67-64-1,12,kg,,,,,,',
    ]);
    const [before, audited] = [await rows(), await imports()];
    const res = await post(file, officer.headers);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<Report>();
    expect(report).toMatchObject({ dryRun: false, created: 2, invalid: 2 });
    expect(report.items.map((i) => [i.ref, i.rows, i.outcome])).toEqual([
      ['A1', [2, 3], 'created'],
      ['B2', [4], 'created'],
      ['C3', [5], 'invalid'],
      ['D4', [6], 'invalid'],
    ]);
    expect(report.items[2]?.problems).toEqual([{ line: 5, column: 'unit', message: expect.stringContaining('kg'), code: 'invalid_value', params: { values: expect.stringContaining('kg') } }]);
    expect(report.items[3]?.problems).toEqual([{ line: 6, column: 'date', message: 'the incident cannot have happened in the future', code: 'date-in-future' }]);
    expect(await rows()).toBe(before + 2);
    expect(await imports()).toBe(audited + 1);
    const [entry] = await node.database.db.select().from(auditLog).where(eq(auditLog.action, 'incident.imported')).orderBy(auditLog.seq);
    expect(entry?.change).toMatchObject({ format: 'csv', incidents: 4, created: 2, alreadyImported: 0, invalid: 2 });

    const a1 = await get(report.items[0]?.id);
    expect(a1).toMatchObject({ kind: 'seizure', occurredOn: '2026-03-01', language: 'en', place: { country: 'US', locality: 'Los Angeles' } });
    expect(a1.items.map((i) => i.details)).toEqual([expect.objectContaining({ declaredName: '4-ANPP', unit: 'kg' }), expect.objectContaining({ declaredName: 'Acetic anhydride', unit: 'L' })]);
    expect(a1.entities.map((e) => [e.kind, e.role])).toEqual([['company', 'shipper'], ['phone', 'shipper']]);
    expect((await get(report.items[1]?.id)).items[0]).toMatchObject({ type: 'wildlife', taxon: { scientificName: 'Manis pentadactyla' } });

    // The same file again, checked and then imported: nothing new, each imported incident reported as such.
    const check = (await post(file, officer.headers, '?dryRun=true')).json<Report>();
    expect(check.items.map((i) => i.outcome)).toEqual(['already-imported', 'already-imported', 'invalid', 'invalid']);
    const again = (await post(file, officer.headers)).json<Report>();
    expect(again.items.map((i) => i.outcome)).toEqual(['already-imported', 'already-imported', 'invalid', 'invalid']);
    expect(again.items[0]?.id).toBe(report.items[0]?.id);
    expect(await rows()).toBe(before + 2);
    expect(await imports()).toBe(audited + 2);
  });

  it('reads Chinese headers and values from a GBK file, and a dry run checks without writing', async () => {
    const zh = ['编号,类型,日期,国家,地点,标题,案情,物种,贸易术语,数量,单位,电话,实体国家,角色', 'Z1,野生动植物查获,2026-02-27,CN,深圳,集装箱内查获穿山甲鳞片,海关在申报为塑料制品的集装箱中查获穿山甲鳞片。,Manis pentadactyla,SCA,120,千克,13800138000,CN,收货人'].join('\n');
    const file = iconv.encode(zh, 'gbk');
    const [before, audited] = [await rows(), await imports()];
    const dry = (await post(file, officer.headers, '?dryRun=true')).json<Report>();
    expect(dry).toMatchObject({ dryRun: true, created: 1, invalid: 0, items: [{ ref: 'Z1', rows: [2], outcome: 'created', id: null }] });
    expect(await rows()).toBe(before);
    expect(await imports()).toBe(audited);
    const real = (await post(file, officer.headers)).json<Report>();
    expect(real.items[0]?.outcome).toBe('created');
    const z1 = await get(real.items[0]?.id);
    expect(z1).toMatchObject({ kind: 'wildlife-seizure', language: 'zh', title: '集装箱内查获穿山甲鳞片', place: { country: 'CN', locality: '深圳' } });
    expect(z1.items[0]?.details).toMatchObject({ taxon: 'Manis pentadactyla', tradeTerm: 'SCA', quantity: '120', unit: 'kg' });
    expect(z1.entities).toEqual([expect.objectContaining({ kind: 'phone', key: '+8613800138000', role: 'consignee' })]);
  });

  it('names a Chinese column in its problems as the file writes it', async () => {
    const file = ['编号,类型,日期,国家,标题,申报名称,数量,单位', 'Q1,seizure,2026-02-27,CN,未知单位,醋酸酐,2,桶'].join('\n');
    const report = (await post(file, officer.headers, '?dryRun=true')).json<Report>();
    expect(report.items[0]?.problems).toEqual([{ line: 2, column: '单位', message: expect.any(String), code: 'invalid_value', params: { values: expect.any(String) } }]);
  });

  it('refuses a file that is not CSV, too many rows, missing columns and a viewer, writing nothing', async () => {
    const before = await rows();
    const unreadable = await post('ref,kind\n"A1,seizure\n', officer.headers);
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.headers['content-type']).toContain('application/problem+json');
    expect(problemType(unreadable)).toBe('import-unreadable');
    const line = 'T,seizure,2026-03-01,US,x,y,,chemical,Acetone,67-64-1,1,kg,,,,,,';
    const tooMany = await post(en(Array.from({ length: 2001 }, () => line)), officer.headers);
    expect(tooMany.statusCode).toBe(400);
    expect(problemType(tooMany)).toBe('import-too-large');
    const noTitle = await post('ref,kind,date,country\nA,seizure,2026-03-01,US\n', officer.headers);
    expect(noTitle.json()).toMatchObject({ type: expect.stringContaining('import-columns'), errors: [{ path: 'header', message: expect.stringContaining('title') }] });
    expect((await post(EN, officer.headers)).json()).toMatchObject({ type: expect.stringContaining('import-empty') });
    expect((await post(en([line]), viewer.headers)).statusCode).toBe(403);
    expect(await rows()).toBe(before);
    const mine = await node.database.db.select({ n: count() }).from(incidents).where(and(eq(incidents.title, 'y')));
    expect(mine[0]?.n).toBe(0);
  });
});
