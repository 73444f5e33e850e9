// Each problem an import reports carries a code (and the numbers its message needs) that the web app says in its
// reader's language, and every code it reports is one the node declares (IMPORT_PROBLEM_CODES), for CSV and STIX
// files of incidents and CSV files of notifications alike; `message` stays English for API users.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { IMPORT_PROBLEM_CODES } from '../../platform/import/index.js';

type Problem = { line?: number; column?: string; path?: string; message: string; code: string; params?: Record<string, string | number> };
type Report = { invalid: number; items: { outcome: string; problems: Problem[] }[] };
type Headers = Record<string, string>;

let node: TestNode;
let officer: { headers: Headers };
let acronym: string;

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency({ kind: 'customs' });
  acronym = agency.acronym;
  officer = await node.signedIn(['officer'], { agencyId: agency.id });
});

async function dryRun(url: string, body: string, type: string): Promise<Report> {
  const res = await node.app.inject({ method: 'POST', url: `/api/v1/${url}?dryRun=true`, headers: { ...officer.headers, 'content-type': type }, payload: body });
  expect(res.statusCode, res.body).toBe(200);
  const report = res.json<Report>();
  const declared: readonly string[] = IMPORT_PROBLEM_CODES;
  expect(report.items.flatMap((i) => i.problems.map((p) => p.code)).filter((c) => !declared.includes(c))).toEqual([]);
  return report;
}

const INCIDENTS = 'ref,kind,date,country,title,item type,declared name,quantity,unit,species,trade term';
const incidentsCsv = (lines: string[]) => dryRun('incidents/import', [INCIDENTS, ...lines].join('\n'), 'text/csv');

describe('the codes of import problems', () => {
  it('gives each bad row of an incidents CSV the code of its rule, with its numbers', async () => {
    const report = await incidentsCsv([
      'S1,wildlife-seizure,2026-02-20,US,Scales,,,120,kg,Manis imaginaria,SCA',
      'F1,seizure,2099-01-01,US,From the future,chemical,Acetone,12,kg,,',
      'E1,seizure,2026-02-01,US,,chemical,Acetone,12,kg,,',
      `L1,seizure,2026-02-01,US,${'x'.repeat(301)},chemical,Acetone,12,kg,,`,
      'Q1,seizure,2026-02-01,US,Bad quantity,chemical,Acetone,twelve,kg,,',
    ]);
    expect(report.invalid).toBe(5);
    expect(report.items.map((i) => i.problems)).toEqual([
      [{ line: 2, column: 'species', message: expect.stringContaining('Manis imaginaria'), code: 'unknown-species' }],
      [{ line: 3, column: 'date', message: 'the incident cannot have happened in the future', code: 'date-in-future' }],
      [{ line: 4, column: 'title', message: expect.any(String), code: 'empty' }],
      [{ line: 5, column: 'title', message: expect.any(String), code: 'too_big.string', params: { maximum: 300 } }],
      [{ line: 6, column: 'quantity', message: expect.stringContaining('positive decimal'), code: 'positive-decimal' }],
    ]);
  });

  it('names the item types a row may choose when it writes another', async () => {
    const report = await incidentsCsv(['P1,seizure,2026-02-01,US,Rocket,rocket,,,,,']);
    expect(report.items[0]?.problems).toEqual([{ line: 2, column: 'item type', message: expect.any(String), code: 'invalid_value', params: { values: 'chemical, equipment, money, wildlife' } }]);
  });

  it('gives the problems of a notifications CSV their codes', async () => {
    const header = 'ref,importing party,agency,exporter,exporter address,importer,importer address,intended use,shipment date,chemical,quantity,unit';
    const body = [header, `N1,ZZ,${acronym},Midwest Fine Chemicals LLC,1 Example Rd,Importer Co,Shanghai,,2099-05-01,Acetone,12,kg`].join('\n');
    const report = await dryRun('notifications/import', body, 'text/csv');
    expect(report.items[0]?.problems).toEqual([{ line: 2, column: 'intended use', message: expect.any(String), code: 'empty' }]);
    const later = await dryRun('notifications/import', body.replace(',,2099', ',Solvent,2099'), 'text/csv');
    expect(later.items[0]?.problems).toEqual([{ line: 2, column: 'importing party', message: 'ZZ is not a party in the directory', code: 'unknown-party', params: { party: 'ZZ' } }]);
  });

  it('gives a STIX incident object’s problems the codes a CSV row would have', async () => {
    const incident = { type: 'incident', spec_version: '2.1', id: 'incident--6f1a4c1e-0d7b-4a59-9d36-0c3c8b0e8a11', created: '2026-02-01T00:00:00.000Z', modified: '2026-02-01T00:00:00.000Z', name: 'x'.repeat(301) };
    const bundle = { type: 'bundle', id: 'bundle--1d3a7c52-51b9-4d59-8a0e-3b6e3f0c1f22', objects: [incident] };
    const report = await dryRun('incidents/import.stix', JSON.stringify(bundle), 'application/json');
    expect(report.items[0]?.problems).toContainEqual({ path: 'title', message: expect.any(String), code: 'too_big.string', params: { maximum: 300 } });
  });
});
