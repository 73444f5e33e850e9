// The exact requests that once ended the process or answered outside problem+json, sent over real HTTP (the
// parser's own refusals — a 20 kB query string, bad percent-encoding — never reach `inject`).
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../test/node.js';

let node: TestNode;
let port: number;

beforeAll(async () => {
  node = await makeTestNode();
  await node.app.listen({ port: 0, host: '127.0.0.1' });
  port = (node.app.server.address() as AddressInfo).port;
});
afterAll(() => node.app.server.close());

type Answer = { status: number; type: string; body: string };

/** A raw request: the path goes on the wire exactly as written, unnormalised. */
function raw(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function stillServing(): Promise<void> {
  const { headers } = await node.signedIn(['viewer']);
  expect((await node.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
  expect((await raw('/api/v1/health')).status).toBe(200);
}

describe('requests that once took the node down or answered in the framework\'s shape', () => {
  it('refuses a NUL byte in the contacts export search from a viewer, and keeps serving', async () => {
    const { headers } = await node.signedIn(['viewer']);
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/contacts/export?q=%00', headers });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'querystring/q', code: 'nul-character' })]);
    await stillServing();
  });

  it('refuses a lone surrogate in a JSON string with 400 naming the field, and writes nothing', async () => {
    const { headers } = await node.signedIn(['admin']);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/agencies', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"partyCode":"US","acronym":"ZZQ","nameEn":"Bad \\ud800 name","nameZh":"测试","kind":"police"}' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body/nameEn', code: 'lone-surrogate' })]);
    const list = await node.app.inject({ method: 'GET', url: '/api/v1/agencies', headers });
    expect(list.body).not.toContain('ZZQ');
  });

  it('refuses a NUL byte in a sign-in username with 400, not 500', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'admin\u0000', password: 'whatever password' } });
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('validation');
  });

  it('answers bad percent-encoding in a path with problem+json that does not echo the URL', async () => {
    const res = await raw('/api/v1/agencies/%FF<script>');
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ type: expect.stringMatching(/bad-url$/), status: 400 });
    expect(res.body).not.toContain('<script>');
  });

  it('answers a path parameter over 100 characters with a problem+json 414', async () => {
    const res = await raw(`/api/v1/agencies/${'a'.repeat(150)}`);
    expect(res.status).toBe(414);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ type: expect.stringMatching(/path-too-long$/) });
  });

  it('answers a 20 kB query string with a problem+json 431, and keeps serving', async () => {
    const res = await raw(`/api/v1/contacts?q=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, type: expect.stringMatching(/headers-too-large$/) });
    expect(res.body).not.toContain('xxxx');
    await stillServing();
  });

  it('answers a write without a session with 401 before validating its body', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/agencies', payload: { nonsense: true } });
    expect(res.statusCode).toBe(401);
    expect(problemType(res)).toBe('unauthenticated');
  });

  it('answers a browser\'s hostile path on the public readouts with a page or problem+json that echoes none of it', async () => {
    const browser = { accept: 'text/html' };
    for (const path of ['/public/readouts/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/public/readouts/%3Cscript%3Ealert(1)%3C%2Fscript%3E.pdf']) {
      const res = await raw(path, browser);
      expect([res.status, res.type], path).toEqual([404, 'text/html; charset=utf-8']);
      expect(res.body, path).not.toMatch(/<script|alert\(1\)/i);
    }
    const badEncoding = await raw('/public/readouts/%FF<script>', browser);
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.type).toMatch(/^application\/problem\+json/);
    expect(badEncoding.body).not.toContain('<script>');
    const longQuery = await raw(`/public/readouts.atom?lang=${'x'.repeat(20_000)}`, browser);
    expect([longQuery.status, longQuery.type.split(';')[0]]).toEqual([431, 'application/problem+json']);
    await stillServing();
  });

  it('keeps the query string out of a problem\'s instance', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/nowhere?token=secret' });
    expect(res.json<{ instance: string }>().instance).toBe('/api/v1/nowhere');
  });
});
