// Route tests for the registry and for screening checks: search in both languages, an entry with its controls,
// the structure drawing, administrators' national controls with effective dates, and bad input.
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';

type Headers = Record<string, string>;
type Summary = { id: string; names: { en: string; zh: string }; jurisdictions: string[]; matched?: string };
type Control = { id: string; jurisdiction: string; since: string; until: string | null; origin: string; inForce: boolean; listLabel: { en: string; zh: string }; unconfirmed: string[] };
type Detail = Summary & { controls: Control[]; smiles: string | null; inchiKey: string | null; unconfirmed: string[]; classes: { id: string }[] };
type Check = { results: { verdict: string; hits: { basis: string; subject: { id: string }; controls: Control[] }[]; problems: { code: string }[] }[] };

let node: TestNode;
let admin: { headers: Headers };
let viewer: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  admin = await node.signedIn(['admin']);
  viewer = await node.signedIn(['viewer']);
});

const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const screen = async (headers: Headers, lines: unknown[], asOf?: string) => (await inject('POST', '/screening-checks', headers, { lines, ...(asOf ? { asOf } : {}) })).json<Check>();

describe('registry search and entries', () => {
  it('finds substances by Chinese name, by CAS number, by the start of a name and by a typo', async () => {
    const ids = async (q: string) => (await inject('GET', `/substances?q=${encodeURIComponent(q)}`, viewer.headers)).json<{ items: Summary[] }>().items.map((i) => i.id);
    expect(await ids('丙酮')).toContain('acetone');
    expect(await ids('39742-60-4')).toEqual(['npp']);
    expect(await ids('fent')).toEqual(expect.arrayContaining(['fentanyl', 'benzylfentanyl']));
    expect(await ids('pseudoephedrin')).toContain('pseudoephedrine');
    expect(await ids('acetic anhidride')).toEqual(['acetic-anhydride']);
  });

  it('filters by where a substance is controlled', async () => {
    const res = await inject('GET', '/substances?jurisdiction=CN&limit=200', viewer.headers);
    const items = res.json<{ items: Summary[] }>().items;
    expect(items.length).toBeGreaterThan(20);
    expect(items.every((i) => i.jurisdictions.includes('CN'))).toBe(true);
  });

  it('shows an entry with its controls, list names in both languages and what is unconfirmed', async () => {
    const res = await inject('GET', '/substances/4-ap', viewer.headers);
    expect(res.statusCode).toBe(200);
    const e = res.json<Detail>();
    expect(e.names.zh).toBe('4-苯胺基哌啶');
    expect(e.inchiKey).toMatch(/^[A-Z]{14}-/);
    const us = e.controls.filter((c) => c.jurisdiction === 'US');
    expect(us.map((c) => c.since)).toEqual(['2020-05-15', '2023-11-30']);
    expect(us[0]?.listLabel.zh).toContain('一类');
    expect(e.unconfirmed.length).toBeGreaterThan(0);
    expect((await inject('GET', '/substances/fentanyl', viewer.headers)).json<Detail>().classes.map((c) => c.id)).toEqual(['fentanyl-related']);
  });

  it('draws the structure as SVG, and answers 404 problem+json for an unknown substance', async () => {
    const svg = await inject('GET', '/substances/npp/structure.svg', viewer.headers);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    const missing = await inject('GET', '/substances/no-such-thing', viewer.headers);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('needs a signed-in caller', async () => {
    expect((await inject('GET', '/substances', {})).statusCode).toBe(401);
    expect((await inject('POST', '/screening-checks', {}, { lines: [{ cas: '67-64-1' }] })).statusCode).toBe(401);
  });
});

describe('screening checks', () => {
  it('screens each line and keeps going past a bad one', async () => {
    const body = await screen(viewer.headers, [{ cas: '67-64-1' }, { cas: '67-64-2' }, { smiles: 'not a smiles' }, { name: 'ethanol', smiles: 'CCO' }]);
    expect(body.results.map((r) => r.verdict)).toEqual(['controlled', 'insufficient-identity', 'insufficient-identity', 'clear']);
    expect(body.results[1]?.problems.map((p) => p.code)).toEqual(['cas-check-digit']);
    expect(body.results[2]?.problems.map((p) => p.code)).toEqual(['smiles-invalid']);
  });

  it('refuses a malformed request with every problem listed', async () => {
    const res = await inject('POST', '/screening-checks', viewer.headers, { lines: [{ cas: '67-64-1', colour: 'red' }], asOf: '2026-13-40' });
    expect(res.statusCode).toBe(400);
    const problem = res.json<{ errors: { path: string }[] }>();
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['body/asOf', 'body/lines/0']);
    const tooMany = await inject('POST', '/screening-checks', viewer.headers, { lines: Array.from({ length: 201 }, () => ({ cas: '67-64-1' })) });
    expect(tooMany.statusCode).toBe(400);
  });
});

describe('national controls', () => {
  it('lets this node’s administrator add a substance and a US control; screening follows its dates', async () => {
    const created = await inject('POST', '/substances', admin.headers, {
      kind: 'precursor',
      names: { en: '2-Bromo-1-phenylpropan-1-one', zh: '2-溴-1-苯基-1-丙酮' },
      cas: '2114-00-3',
      smiles: 'CC(Br)C(=O)c1ccccc1',
      sources: ['test'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<Detail>().id;
    expect((await screen(viewer.headers, [{ cas: '2114-00-3' }])).results[0]?.verdict).toBe('clear');

    const added = await inject('POST', `/substances/${id}/controls`, admin.headers, { list: 'us-list-1', since: '2026-06-01', covers: ['salts'], basis: 'test rule' });
    expect(added.statusCode).toBe(201);
    const control = added.json<Control>();
    expect(control).toMatchObject({ jurisdiction: 'US', origin: 'local', inForce: false });
    expect((await screen(viewer.headers, [{ smiles: 'CC(Br)C(=O)c1ccccc1.Br' }], '2026-05-31')).results[0]?.verdict).toBe('clear');
    expect((await screen(viewer.headers, [{ smiles: 'CC(Br)C(=O)c1ccccc1.Br' }], '2026-06-01')).results[0]?.verdict).toBe('controlled');

    const ended = await inject('PATCH', `/substances/${id}/controls/${control.id}`, admin.headers, { until: '2026-09-01' });
    expect(ended.json<Control>().until).toBe('2026-09-01');
    expect((await screen(viewer.headers, [{ cas: '2114-00-3' }], '2026-10-01')).results[0]?.verdict).toBe('clear');
    expect((await screen(viewer.headers, [{ cas: '2114-00-3' }], '2026-08-01')).results[0]?.verdict).toBe('controlled');

    const audit = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'substance'), eq(auditLog.subjectId, id))).orderBy(asc(auditLog.seq));
    expect(audit.map((a) => a.action)).toEqual(['substance.created', 'substance.control-added', 'substance.control-amended']);
    expect(JSON.stringify(audit[2]?.change)).toContain('"to":"2026-09-01"');
  });

  it('replaces a shipped control with the node’s own reading', async () => {
    const detail = (await inject('GET', '/substances/p2p-methyl-glycidic-acid', viewer.headers)).json<Detail>();
    const shippedUs = detail.controls.find((c) => c.jurisdiction === 'US' && c.origin === 'shipped');
    expect(shippedUs).toBeDefined();
    const earlyDate = '2025-12-01';
    const beforeUs = (await screen(viewer.headers, [{ smiles: detail.smiles }], earlyDate)).results[0]?.hits[0]?.controls.map((c) => c.jurisdiction);
    expect(beforeUs).not.toContain('US');
    const res = await inject('POST', '/substances/p2p-methyl-glycidic-acid/controls', admin.headers, { list: 'us-list-1', since: '2025-11-01', covers: ['salts', 'esters'], basis: 'earlier reading', replaces: shippedUs?.id });
    expect(res.statusCode).toBe(201);
    const after = (await screen(viewer.headers, [{ smiles: detail.smiles }], earlyDate)).results[0]?.hits[0]?.controls.map((c) => c.jurisdiction);
    expect(after).toContain('US');
    const again = await inject('POST', '/substances/p2p-methyl-glycidic-acid/controls', admin.headers, { list: 'us-list-1', since: '2025-11-01', basis: 'twice', replaces: shippedUs?.id });
    expect(again.statusCode).toBe(409);
  });

  it('keeps other parties’ lists, non-administrators and bad identifiers out, writing nothing', async () => {
    const foreign = await inject('POST', '/substances/acetone/controls', admin.headers, { list: 'cn-category-3', since: '2026-01-01', basis: 'x' });
    expect(foreign.statusCode).toBe(403);
    expect(problemType(foreign)).toBe('foreign-jurisdiction');
    expect((await inject('POST', '/substances/acetone/controls', viewer.headers, { list: 'us-list-2', since: '2026-01-01', basis: 'x' })).statusCode).toBe(403);
    const bad = await inject('POST', '/substances', admin.headers, { kind: 'precursor', names: { en: 'Bad', zh: '坏' }, cas: '50-00-1', hs: '12', smiles: 'C1CC(' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['body/cas', 'body/hs', 'body/smiles']);
    const dup = await inject('POST', '/substances', admin.headers, { kind: 'precursor', names: { en: 'Again acetone', zh: '丙酮' }, smiles: 'CC(C)=O' });
    expect(dup.statusCode).toBe(409);
    const order = await inject('POST', '/substances/acetone/controls', admin.headers, { list: 'us-list-2', since: '2026-01-01', until: '2025-01-01', basis: 'x' });
    expect(order.statusCode).toBe(400);
    expect((await inject('GET', '/substances/acetone', viewer.headers)).json<Detail>().controls.filter((c) => c.origin === 'local')).toEqual([]);
  });
});
