// Route tests for bulk screenings: upload in each format, progress, results as CSV and JSON, bad files, limits,
// who may see a job, and a job picked up again after its process died.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { newId } from '../../platform/ids.js';
import { resumeJobs } from './jobs-runner.js';
import { screeningJobs } from './tables.js';

type Headers = Record<string, string>;
type Job = { id: string; status: string; doneLines: number; totalLines: number | null; counts: Record<string, number>; encoding: string | null; error: string | null };

let node: TestNode;
let officer: { headers: Headers };
let other: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  officer = await node.signedIn(['officer']);
  other = await node.signedIn(['officer']);
});

const MANIFEST = ['name,CAS,SMILES,quantity', 'acetone,,,200 kg', ',39742-60-4,,', ',,CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1,', '=HYPERLINK("http://x"),,,', 'ethanol,64-17-5,,', ',12-34-5,,', ',,C1CC(,'].join('\n');

async function upload(body: Buffer | string, contentType: string, headers: Headers = officer.headers, query = '') {
  return node.app.inject({ method: 'POST', url: `/api/v1/screenings${query}`, headers: { ...headers, 'content-type': contentType }, payload: body });
}

async function finished(id: string, headers: Headers = officer.headers): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = (await node.app.inject({ method: 'GET', url: `/api/v1/screenings/${id}`, headers })).json<Job>();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the screening did not finish in 60 s');
}

const results = (id: string, format: 'csv' | 'json', lang = 'en') => node.app.inject({ method: 'GET', url: `/api/v1/screenings/${id}/results?format=${format}&lang=${lang}`, headers: officer.headers });

describe('bulk screening', () => {
  it('screens a CSV manifest in the background and returns every line, in order, as CSV and JSON', async () => {
    const res = await upload(MANIFEST, 'text/csv', officer.headers, '?filename=march.csv&asOf=2026-03-01');
    expect(res.statusCode).toBe(202);
    const created = res.json<Job>();
    expect(created).toMatchObject({ status: 'queued', totalLines: 7 });
    const job = await finished(created.id);
    expect(job).toMatchObject({ status: 'done', doneLines: 7, encoding: 'utf-8' });
    expect(job.counts).toMatchObject({ controlled: 2, 'controlled-by-rule': 1, clear: 1, 'insufficient-identity': 3 });

    const json = (await results(created.id, 'json')).json<{ line: number; verdict: string; input: { name?: string } | null }[]>();
    expect(json.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(json.map((r) => r.verdict)).toEqual(['controlled', 'controlled', 'controlled-by-rule', 'insufficient-identity', 'clear', 'insufficient-identity', 'insufficient-identity']);

    const csv = await results(created.id, 'csv');
    expect(csv.headers['content-disposition']).toContain('march-results.csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''march-results.csv");
    const lines = csv.body.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[4]).toContain(`"'=HYPERLINK(""http://x"")"`);
    const zh = (await results(created.id, 'csv', 'zh')).body;
    expect(zh.split('\n')[0]).toContain('结论,识别物质,');
    expect(zh).toContain('管制');
    // What each line is, in the reader's language first: NPP declared by CAS number alone.
    expect(zh.split('\n')[2]).toContain('N-苯乙基-4-哌啶酮 · N-Phenethyl-4-piperidone');
    expect(lines[2]).toContain('N-Phenethyl-4-piperidone · N-苯乙基-4-哌啶酮');
  });

  it('reads an XLSX workbook and a GBK-encoded CSV from Chinese spreadsheet software', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('manifest');
    ws.addRow(['名称', 'CAS号']);
    ws.addRow(['丙酮', '']);
    ws.addRow(['', '108-88-3']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await finished((await upload(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).json<Job>().id);
    expect(x, JSON.stringify(x)).toMatchObject({ status: 'done', doneLines: 2, totalLines: 2, encoding: 'binary' });
    expect(x.counts.controlled).toBe(2);

    const gbk = iconv.encode('名称,CAS号\n盐酸麻黄碱,\n甲苯,\n', 'gbk');
    const g = await finished((await upload(gbk, 'text/csv')).json<Job>().id);
    expect(g).toMatchObject({ status: 'done', encoding: 'gbk' });
    expect(g.counts.controlled).toBe(2);
  });

  it('takes JSON lines, and a bad line never stops the rest', async () => {
    const body = ['{"cas":"67-64-1"}', 'not json', '{"cas":"67-64-1","colour":"red"}', '{"name":"toluene"}'].join('\n');
    const job = await finished((await upload(body, 'application/x-ndjson')).json<Job>().id);
    expect(job).toMatchObject({ status: 'done', doneLines: 4 });
    const rows = (await results(job.id, 'json')).json<{ line: number; verdict: string; problems: { code: string }[] }[]>();
    expect(rows.map((r) => r.verdict)).toEqual(['controlled', 'insufficient-identity', 'insufficient-identity', 'controlled']);
    expect(rows[1]?.problems[0]?.code).toBe('line-invalid');
  });

  it('fails a manifest without a chemical column, saying which columns it needs', async () => {
    const job = await finished((await upload('colour,size\nred,big\n', 'text/csv')).json<Job>().id);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('name, cas, smiles or hs');
    expect((job as Job & { errorType: string }).errorType).toBe('manifest-columns');
    const download = await results(job.id, 'csv');
    expect(download.statusCode).toBe(409);
    expect(problemType(download)).toBe('screening-failed');
  });

  it('refuses a wrong media type, a file that lies about being XLSX, and a file over the limit, naming it', async () => {
    expect(problemType(await upload('a,b', 'application/pdf'))).toBe('unsupported-media-type');
    expect(problemType(await upload('name\nacetone', 'application/octet-stream', officer.headers, '?filename=x.doc'))).toBe('manifest-type');
    expect(problemType(await upload('name\nacetone', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))).toBe('manifest-unreadable');
    const big = await upload(Buffer.alloc(20 * 1024 * 1024 + 10, 'a'), 'text/csv');
    expect(big.statusCode).toBe(413);
    expect(big.json<{ detail: string }>().detail).toContain('20 MiB');
  });

  it('keeps a job to the person who started it', async () => {
    const id = (await upload(MANIFEST, 'text/csv')).json<Job>().id;
    await finished(id);
    expect((await node.app.inject({ method: 'GET', url: `/api/v1/screenings/${id}`, headers: other.headers })).statusCode).toBe(404);
    expect((await node.app.inject({ method: 'GET', url: `/api/v1/screenings/${id}/results`, headers: other.headers })).statusCode).toBe(404);
    const mine = (await node.app.inject({ method: 'GET', url: '/api/v1/screenings', headers: other.headers })).json<{ items: Job[] }>();
    expect(mine.items.map((j) => j.id)).not.toContain(id);
  });

  it('runs again a job whose process died, and leaves one another process holds', async () => {
    const now = node.clock.now();
    const base = { createdBy: null, filename: 'x.csv', format: 'csv', asOf: '2026-03-01', input: Buffer.from('cas\n67-64-1\n'), inputBytes: 12, createdAt: now };
    const crashed = newId();
    const held = newId();
    await node.database.db.insert(screeningJobs).values([
      { ...base, id: crashed, status: 'running', leaseUntil: new Date(now.getTime() - 1000) },
      { ...base, id: held, status: 'running', leaseUntil: new Date(now.getTime() + 60_000) },
    ]);
    expect(await resumeJobs({ db: node.database.db, clock: node.clock })).toBe(1);
    const row = async (id: string) => (await node.database.db.select().from(screeningJobs).where(eq(screeningJobs.id, id)))[0];
    for (let i = 0; i < 300 && (await row(crashed))?.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await row(crashed)).toMatchObject({ status: 'done', doneLines: 1, input: null });
    expect(await row(held)).toMatchObject({ status: 'running' });
  });
});
