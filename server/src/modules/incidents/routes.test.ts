// The incidents' reference data over HTTP: species looked up in either language or in pinyin, with what no source
// confirms said as such, and the CITES trade terms; bad queries are problems, and no one signed out reads either.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';

type Species = { scientificName: string; en: string | null; zh: string | null; appendix: string; sources: string[]; unconfirmed: string[] };
type Page = { items: Species[]; version: string; sources: { id: string; consulted: boolean }[] };

let node: TestNode;
let headers: Record<string, string>;

beforeAll(async () => {
  node = await makeTestNode();
  headers = (await node.signedIn(['viewer'])).headers;
});

const get = (url: string, h: Record<string, string> = headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: h });

describe('GET /wildlife/species', () => {
  it('finds pangolins by Chinese name, by pinyin and by scientific name, naming the sources each rests on', async () => {
    for (const q of ['穿山甲', 'chuanshanjia', 'Manis']) {
      const res = await get(`/wildlife/species?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      expect(page.items.some((s) => s.scientificName.startsWith('Manis')), q).toBe(true);
      const known = new Set(page.sources.map((s) => s.id));
      for (const s of page.items) expect(s.sources.every((id) => known.has(id))).toBe(true);
    }
  });

  it('says which fields of an entry no consulted source confirms', async () => {
    const page = (await get('/wildlife/species?q=Loxodonta%20cyclotis')).json<Page>();
    const forest = page.items.find((s) => s.scientificName === 'Loxodonta cyclotis');
    expect(forest?.unconfirmed).toEqual(expect.arrayContaining(['appendix']));
    expect(page.sources.find((s) => s.id === 'cites-appendices')?.consulted).toBe(false);
  });

  it('keeps to the limit and refuses a missing, empty or oversized query with every problem named', async () => {
    expect((await get('/wildlife/species?q=a&limit=3')).json<Page>().items.length).toBeLessThanOrEqual(3);
    const res = await get(`/wildlife/species?q=&limit=500`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring/q', 'querystring/limit']));
    expect((await get(`/wildlife/species?q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    expect((await get('/wildlife/species')).statusCode).toBe(400);
  });

  it('answers nobody signed out', async () => {
    expect((await get('/wildlife/species?q=tiger', {})).statusCode).toBe(401);
  });
});

describe('GET /wildlife/trade-terms', () => {
  it('lists the trade terms with a Chinese description marked as official or this project’s translation', async () => {
    const res = await get('/wildlife/trade-terms');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { code: string; zh: string; zhSource: string; units: string[] }[] }>().items;
    const tusks = items.find((t) => t.code === 'TUS');
    expect(tusks?.zh).toMatch(/\p{Script=Han}/u);
    expect(['official', 'translation']).toContain(tusks?.zhSource);
    expect(items.every((t) => t.units.length > 0)).toBe(true);
  });
});
