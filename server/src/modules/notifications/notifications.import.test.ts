// Importing notifications from CSV: rows grouped by ref into drafts, a row-by-row report of what became of each,
// bad rows reported at their line and column without stopping the rest, GBK files read, the same file twice
// creating nothing new, and a dry run writing nothing.
import iconv from 'iconv-lite';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { notifications } from './tables.js';

type Report = { dryRun: boolean; created: number; invalid: number; items: { ref: string; rows: number[]; outcome: string; id: string | null; problems: { line: number; column: string; message: string; code: string; params?: Record<string, string | number> }[] }[] };

let node: TestNode;
let officer: { headers: Record<string, string> };
let viewer: { headers: Record<string, string> };
let acronym: string;

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency({ kind: 'regulator' });
  acronym = agency.acronym;
  officer = await node.signedIn(['officer'], { agencyId: agency.id });
  viewer = await node.signedIn(['viewer'], { agencyId: agency.id });
});

const HEADER = 'ref,importing party,agency,exporter,exporter address,importer,importer address,intended use,shipment date,mode,chemical,cas,quantity,unit';
const csv = (rows: string[]) => [HEADER, ...rows].join('\n');
const post = (body: Buffer | string, headers: Record<string, string>, query = '') =>
  node.app.inject({ method: 'POST', url: `/api/v1/notifications/import${query}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: body });
const rows = async () => (await node.database.db.select({ n: count() }).from(notifications))[0]?.n ?? -1;

describe('CSV import of notifications', () => {
  it('groups rows by ref into drafts and reports each, with bad rows at their line and column', async () => {
    const file = csv([
      `A1,CN,${acronym},Midwest Fine Chemicals LLC,"1 Example Rd, Springfield",华东精细化工有限公司,上海市示例路 1 号,Lab standards,2026-05-01,air,ANPP,21409-26-7,25,kg`,
      `A1,,,,,,,,,,Ethanol,64-17-5,100,L`,
      `B2,CN,${acronym},Midwest Fine Chemicals LLC,"1 Example Rd",华东精细化工有限公司,上海,Solvent,2026-05-01,sea,Acetone,67-64-1,12,lbs`,
      `C3,CN,${acronym},Midwest Fine Chemicals LLC,"1 Example Rd",华东精细化工有限公司,上海,Solvent,2025-01-01,sea,Acetone,67-64-1,12,kg`,
    ]);
    const before = await rows();
    const res = await post(file, officer.headers);
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report).toMatchObject({ dryRun: false, created: 1, invalid: 2 });
    expect(report.items.map((i) => [i.ref, i.rows, i.outcome])).toEqual([
      ['A1', [2, 3], 'created'],
      ['B2', [4], 'invalid'],
      ['C3', [5], 'invalid'],
    ]);
    expect(report.items[1]?.problems).toEqual([{ line: 4, column: 'unit', message: expect.stringContaining('kg'), code: 'invalid_value', params: { values: expect.stringContaining('kg') } }]);
    expect(report.items[2]?.problems).toEqual([{ line: 5, column: 'shipment date', message: 'the shipment date is in the past', code: 'date-in-past' }]);
    expect(await rows()).toBe(before + 1);
    const created = await node.app.inject({ method: 'GET', url: `/api/v1/notifications/${report.items[0]?.id ?? ''}`, headers: officer.headers });
    expect(created.json()).toMatchObject({ status: 'draft', scheme: 'pen', chemicals: ['ANPP', 'Ethanol'], importer: { name: '华东精细化工有限公司' } });

    // The same file again, checked and then imported: nothing new, the imported one reported as such; a dry run
    // runs the same checks as the import (the past date is found without saving anything).
    const check = (await post(file, officer.headers, '?dryRun=true')).json<Report>();
    expect(check.items.map((i) => i.outcome)).toEqual(['already-imported', 'invalid', 'invalid']);
    expect(check.items[2]?.problems[0]?.message).toBe('the shipment date is in the past');
    const again = (await post(file, officer.headers)).json<Report>();
    expect(again.items.map((i) => i.outcome)).toEqual(['already-imported', 'invalid', 'invalid']);
    expect(again.items[0]?.id).toBe(report.items[0]?.id);
    expect(await rows()).toBe(before + 1);
  });

  it('reads a GBK file, and a dry run checks without writing', async () => {
    const file = iconv.encode(csv([`G1,CN,${acronym},Midwest Fine Chemicals LLC,1 Example Rd,华东精细化工有限公司,上海市示例路,实验室标准品,2026-05-01,air,醋酸酐,108-24-7,2,t`]), 'gbk');
    const before = await rows();
    const dry = (await post(file, officer.headers, '?dryRun=true')).json<Report>();
    expect(dry).toMatchObject({ dryRun: true, created: 1, invalid: 0, items: [{ ref: 'G1', outcome: 'created', id: null }] });
    expect(await rows()).toBe(before);
    const real = (await post(file, officer.headers)).json<Report>();
    const got = await node.app.inject({ method: 'GET', url: `/api/v1/notifications/${real.items[0]?.id ?? ''}`, headers: officer.headers });
    expect(got.json()).toMatchObject({ chemicals: ['醋酸酐'], intendedUse: '实验室标准品' });
  });

  it('refuses a file without the required columns, an empty one, and a viewer', async () => {
    const noUnit = await post('ref,chemical,quantity\nA,ANPP,1\n', officer.headers);
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json()).toMatchObject({ type: expect.stringContaining('import-columns'), errors: [{ path: 'header', message: expect.stringContaining('unit') }] });
    expect((await post(HEADER, officer.headers)).json()).toMatchObject({ type: expect.stringContaining('import-empty') });
    expect((await post(csv([`A,CN,${acronym},x,y,z,w,u,2026-05-01,air,ANPP,21409-26-7,1,kg`]), viewer.headers)).statusCode).toBe(403);
  });
});
