// The registry brought up to date through 2025, as a PRC node answers: the piperidones under UN Table I from
// 3 Dec 2024 (and what official sources say of a PRC listing), the PRC rule on the esters of 3-oxo-2-phenylbutanoic
// acid found by structure alone, the PRC's export-licence list for the US, Mexico and Canada, and each control's
// legal basis in both languages with its sources marked official or not.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';

type Text = { en: string; zh: string };
type Source = { url: string; official: boolean; publisher: Text | null };
type Control = { jurisdiction: string; list: string; kind: string; destinations: string[]; since: string; basis: Text; sources: Source[]; unconfirmed: string[] };
type Hit = { basis: string; verdict: string; subject: { id: string }; controls: Control[] };
type Result = { verdict: string; hits: Hit[]; identified: { id: string; relation: string; label: Text }[] };

let node: TestNode;
let headers: Record<string, string>;

beforeAll(async () => {
  node = await makeTestNode({ COUNTERPART_PARTY: 'CN' });
  headers = (await node.signedIn(['officer'], { agencyId: (await node.makeAgency({ partyCode: 'CN' })).id, locale: 'zh-CN' })).headers;
});

const get = async <T>(url: string) => {
  const res = await node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};
const screen = async (line: Record<string, string>, asOf: string) => {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/screening-checks', headers, payload: { lines: [line], asOf } });
  expect(res.statusCode, res.body).toBe(200);
  const [result] = res.json<{ results: Result[] }>().results;
  if (!result) throw new Error('no result');
  return result;
};

describe('4-piperidone and 1-boc-4-piperidone on the PRC node', () => {
  it('screens 4-piperidone controlled under UN Table I from 3 Dec 2024, and not under it the day before', async () => {
    const before = await screen({ cas: '41661-47-6' }, '2024-12-02');
    expect(before.hits[0]?.controls.map((c) => c.jurisdiction)).toEqual(['US']);
    const after = await screen({ name: '4-哌啶酮' }, '2025-06-01');
    expect(after.verdict).toBe('controlled');
    const un = after.hits[0]?.controls.find((c) => c.jurisdiction === 'UN');
    expect(un).toMatchObject({ list: 'un-table-1', since: '2024-12-03', unconfirmed: ['since'] });
    expect(un?.basis.zh).toContain('《联合国禁止非法贩运麻醉药品和精神药物公约》');
    expect(un?.sources.every((s) => s.official)).toBe(true);
  });

  it('says what the PRC has said of its own listing, with the official source, and keeps no PRC control it cannot source', async () => {
    const e = await get<{ controls: Control[]; notes: { jurisdiction: string; text: Text; sources: Source[] }[] }>('/substances/4-piperidone');
    expect(e.controls.some((c) => c.jurisdiction === 'CN')).toBe(false);
    expect(e.notes).toHaveLength(1);
    expect(e.notes[0]?.text.zh).toContain('列管工作正在推进');
    expect(e.notes[0]?.sources[0]).toMatchObject({ official: true, publisher: { zh: '国务院新闻办公室' } });
  });

  it("lists 1-boc-4-piperidone's specific US listing in force from 2 Oct 2025, sourced from the Federal Register", async () => {
    const e = await get<{ controls: (Control & { inForce: boolean })[] }>('/substances/1-boc-4-piperidone?asOf=2025-10-02');
    const specific = e.controls.find((c) => c.jurisdiction === 'US' && c.since === '2025-10-02');
    expect(specific?.inForce).toBe(true);
    expect(specific?.sources).toEqual([{ url: 'https://www.federalregister.gov/d/2025-19349', official: true, otherGovernment: false, publisher: expect.objectContaining({ en: expect.stringContaining('Federal Register') }) }]);
    expect(specific).toMatchObject({ hasOfficialSource: true, unconfirmed: [] });
  });
});

describe('the esters of 3-oxo-2-phenylbutanoic acid', () => {
  const EAPA = 'CCOC(=O)C(C(C)=O)c1ccccc1';

  it('identifies EAPA given by structure alone as such an ester and controls it in the PRC from 1 Sep 2024', async () => {
    const r = await screen({ smiles: EAPA }, '2025-01-15');
    expect(r.verdict).toBe('controlled-by-rule');
    const hit = r.hits.find((h) => h.basis === 'derivative' && h.subject.id === '3-oxo-2-phenylbutanoic-acid');
    expect(hit?.controls.map((c) => `${c.jurisdiction} ${c.since}`)).toEqual(['CN 2024-09-01']);
    expect(hit?.controls[0]?.basis.zh).toContain('公安部等部门2024年8月2日公告');
    expect(r.identified).toEqual([expect.objectContaining({ id: '3-oxo-2-phenylbutanoic-acid', relation: 'derivative', label: { en: 'ester of 3-Oxo-2-phenylbutanoic acid', zh: '3-氧代-2-苯基丁酸的酯' } })]);
  });

  it('was not controlled before the rule took effect', async () => {
    expect((await screen({ smiles: EAPA }, '2024-08-31')).verdict).toBe('analogue');
  });
});

describe('export licences', () => {
  type Licence = { id: string; names: Text; control: Control & { inForce: boolean }; declaredCount: number | null; entries: unknown[]; unconfirmed: string[] };

  it('lists the PRC export-licence requirement of 10 Nov 2025 for exports to the US, as a control of its own kind', async () => {
    const { items } = await get<{ items: Licence[] }>('/substances/export-licences?destination=US&asOf=2025-11-10');
    expect(items).toHaveLength(1);
    const [licence] = items;
    expect(licence?.control).toMatchObject({ jurisdiction: 'CN', kind: 'export-licence', destinations: ['US', 'MX', 'CA'], since: '2025-11-10', inForce: true });
    expect(licence?.control.basis.zh).toContain('《向特定国家（地区）出口易制毒化学品暂行管理规定》');
    expect(licence?.declaredCount).toBe(13);
  });

  it('names no substance on it that no source confirms, and says the list is unconfirmed', async () => {
    const [licence] = (await get<{ items: Licence[] }>('/substances/export-licences?destination=MX')).items;
    expect(licence?.entries).toEqual([]);
    expect(licence?.unconfirmed).toEqual(['entries', 'since']);
    expect(licence?.control.sources.length).toBeGreaterThan(0);
    expect(licence?.control.sources.every((s) => !s.official)).toBe(true);
  });

  it('has none for a destination it does not name, and was not in force before 10 Nov 2025', async () => {
    expect((await get<{ items: Licence[] }>('/substances/export-licences?destination=FR')).items).toEqual([]);
    expect((await get<{ items: Licence[] }>('/substances/export-licences?destination=CA&asOf=2025-11-09')).items[0]?.control.inForce).toBe(false);
  });
});

describe('legal bases and their sources', () => {
  it('gives every control of an entry its basis in English and Chinese and marks each source official or not', async () => {
    const e = await get<{ controls: Control[]; sources: Source[] }>('/substances/4-ap');
    for (const c of e.controls) {
      expect(c.basis.en.length).toBeGreaterThan(0);
      expect(c.basis.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    const us = e.controls.find((c) => c.jurisdiction === 'US');
    expect(us?.basis.zh).toContain('《美国联邦公报》第85卷第20822页');
    expect(us?.sources[0]).toMatchObject({ url: 'https://www.federalregister.gov/d/2020-07064', official: true });
    const cn = e.controls.find((c) => c.jurisdiction === 'CN');
    expect(cn?.sources.find((s) => s.url.includes('chemradar'))).toMatchObject({ official: false, publisher: { en: 'ChemRadar (commercial)' } });
  });
});
