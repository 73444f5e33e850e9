// Filters, paging, the CSV export, and hostile input on the contacts list.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { createContact, type CreateContact } from './index.js';
import { verifyContact } from './contacts-service.js';

let node: TestNode;
let headers: Record<string, string>;
let us: { id: string };
let cn: { id: string };
const ids: Record<string, string> = {};

const ids_of = (res: { json: <T>() => T }) => res.json<{ items: { id: string }[] }>().items.map((i) => i.id);

beforeAll(async () => {
  node = await makeTestNode();
  us = await node.makeAgency({ partyCode: 'US' });
  cn = await node.makeAgency({ partyCode: 'CN' });
  headers = (await node.signedIn(['admin'])).headers;
  const make = async (key: string, agencyId: string, over: Record<string, unknown>) => {
    const payload = { agencyId, kind: 'desk', name: key, topics: ['general-liaison'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', ...over };
    if (agencyId === cn.id) {
      // Another party's contact reaches this node from that party's node, not through this node's API.
      ids[key] = (await createContact(node.ctxFor(), payload as CreateContact)).id;
      return;
    }
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/contacts', headers, payload });
    expect(res.statusCode).toBe(201);
    ids[key] = res.json<{ id: string }>().id;
  };
  await make('us-wildlife', us.id, { topics: ['wildlife-trafficking'] });
  await make('cn-chem', cn.id, { topics: ['precursor-chemicals'], languages: ['zh'], coverage: 'hours', hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' }, language: 'zh' });
  await make('<script>alert(1)</script>', us.id, { notes: "Robert'); DROP TABLE contacts;--" });
  await make('=HYPERLINK("http://evil.example")', us.id, {});
});

describe('contacts list', () => {
  it('filters by party, topic, language and coverage', async () => {
    const get = (q: string) => node.app.inject({ method: 'GET', url: `/api/v1/contacts?${q}`, headers });
    expect(ids_of(await get('party=CN'))).toEqual([ids['cn-chem']]);
    expect(ids_of(await get('topic=wildlife-trafficking'))).toEqual([ids['us-wildlife']]);
    expect(ids_of(await get('language=zh'))).toEqual([ids['cn-chem']]);
    expect(ids_of(await get('coverage=hours'))).toEqual([ids['cn-chem']]);
  });

  it('pages with a stable order and a total', async () => {
    const p1 = (await node.app.inject({ method: 'GET', url: '/api/v1/contacts?pageSize=2&page=1', headers })).json<{ items: { id: string }[]; total: number }>();
    const p2 = (await node.app.inject({ method: 'GET', url: '/api/v1/contacts?pageSize=2&page=2', headers })).json<{ items: { id: string }[]; total: number }>();
    expect(p1.total).toBe(4);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(4);
  });

  it('stores markup and SQL metacharacters as plain text and searches them literally', async () => {
    const res = await node.app.inject({ method: 'GET', url: `/api/v1/contacts/${ids['<script>alert(1)</script>']}`, headers });
    expect(res.json()).toMatchObject({ name: '<script>alert(1)</script>', notes: "Robert'); DROP TABLE contacts;--" });
    const pct = await node.app.inject({ method: 'GET', url: `/api/v1/contacts?q=${encodeURIComponent('%')}`, headers });
    expect(pct.json<{ total: number }>().total).toBe(0);
    const quote = await node.app.inject({ method: 'GET', url: `/api/v1/contacts?q=${encodeURIComponent("'); DROP")}`, headers });
    expect(quote.statusCode).toBe(200);
  });

  it('rejects unknown filter values with every problem listed', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?party=usa&topic=nope&stale=yes&pageSize=100000', headers });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort();
    expect(paths).toEqual(['querystring/pageSize', 'querystring/party', 'querystring/stale', 'querystring/topic']);
  });

  it('rejects overlong names, bad time zones and bad times', async () => {
    const res = await node.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers,
      payload: { agencyId: us.id, kind: 'desk', name: 'x'.repeat(201), topics: ['general-liaison'], coverage: 'hours', hours: { days: [8], start: '25:00', end: '17:00', timeZone: 'Mars/Olympus' }, channels: [{ kind: 'fax', value: '1' }], languages: ['en'], language: 'en' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/name', 'body/hours/days/0', 'body/hours/start', 'body/hours/timeZone', 'body/channels/0/kind']));
  });
});

describe('contacts CSV export', () => {
  it('exports in Chinese with a BOM, labelled codes, and formula cells defused', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts/export?lang=zh-CN', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = res.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).trim().split('\n');
    expect(header).toMatch(/^参与方,机构,类型,名称/);
    expect(rows).toHaveLength(4);
    expect(text).toContain('易制毒化学品');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes the verification day on the verifying party\'s calendar, never a UTC instant', async () => {
    // 02:00 UTC on 2 March is still 1 March in Washington, where the US contact was verified.
    await verifyContact(node.ctxFor(), ids['us-wildlife'] ?? '', { verifiedAt: new Date('2026-03-02T02:00:00Z') });
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts/export?party=US&lang=en', headers });
    const [header, ...rows] = res.body.slice(1).trim().split('\n');
    expect(header).toContain('Verified on');
    const row = rows.find((r) => r.includes('us-wildlife'));
    expect(row).toContain(',2026-03-01,');
    expect(res.body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('applies the same filters as the list', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts/export?party=CN&lang=en', headers });
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/Party,Agency,Kind,Name/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('cn-chem');
  });
});
