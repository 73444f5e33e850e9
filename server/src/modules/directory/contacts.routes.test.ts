import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';

let node: TestNode;
let hsi: { id: string };
let admin: { headers: Record<string, string> };

const contactBody = (agencyId: string, over: Record<string, unknown> = {}) => ({
  agencyId,
  kind: 'desk',
  name: 'Duty desk',
  topics: ['synthetic-drugs'],
  coverage: '24x7',
  channels: [{ kind: 'phone', value: '+1 202 555 0100' }],
  languages: ['en'],
  language: 'en',
  ...over,
});

beforeAll(async () => {
  node = await makeTestNode();
  hsi = await node.makeAgency();
  admin = await node.signedIn(['admin']);
});

describe('contacts API', () => {
  it('creates, reads and lists a contact', async () => {
    const created = await node.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: admin.headers, payload: contactBody(hsi.id, { name: 'Listed desk' }) });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const read = await node.app.inject({ method: 'GET', url: `/api/v1/contacts/${id}`, headers: admin.headers });
    expect(read.json()).toMatchObject({ name: 'Listed desk', version: 1, isStale: true, canEdit: true });
    const list = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?q=Listed', headers: admin.headers });
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([id]);
  });

  it('refuses anonymous callers with a problem+json 401', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemType(res)).toBe('unauthenticated');
  });

  it('lists every validation issue and writes nothing', async () => {
    const before = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?includeInactive=true', headers: admin.headers });
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: admin.headers, payload: { ...contactBody(hsi.id), name: '', topics: ['nope'], extra: 1 } });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/name', 'body/topics/0', 'body']));
    const after = await node.app.inject({ method: 'GET', url: '/api/v1/contacts?includeInactive=true', headers: admin.headers });
    expect(after.json<{ total: number }>().total).toBe(before.json<{ total: number }>().total);
  });
});
