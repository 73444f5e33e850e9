// What the node tells whom: HSTS only from a node served over HTTPS; /metrics only with the configured token, or
// without one only to clients on this machine; the public readouts to anyone, without a session or a cookie, while
// the API beside them still asks who is calling.
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../test/node.js';

const TOKEN = 'metrics-token-0123456789abcdef';

let http: TestNode;
let https: TestNode;

beforeAll(async () => {
  http = await makeTestNode();
  https = await makeTestNode({ COUNTERPART_PUBLIC_URL: 'https://counterpart.example.org', COUNTERPART_METRICS_TOKEN: TOKEN });
});

function expectProblem(res: LightMyRequestResponse, status: number, type: string): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemType(res)).toBe(type);
}

describe('Strict-Transport-Security', () => {
  it('is not sent by a node served over plain HTTP', async () => {
    const res = await http.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent for a year by a node whose public URL is https', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('/metrics without a token configured', () => {
  it('answers a client on this machine, over IPv4 or IPv6', async () => {
    for (const remoteAddress of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await http.app.inject({ method: 'GET', url: '/metrics', remoteAddress });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('counterpart_http_requests_total');
    }
  });

  it('refuses any other client, and a loopback request a proxy forwarded, with 403 problem+json', async () => {
    expectProblem(await http.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '192.0.2.10' }), 403, 'forbidden');
    expectProblem(await http.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '192.0.2.10' } }), 403, 'forbidden');
    expectProblem(await http.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { forwarded: 'for=192.0.2.10' } }), 403, 'forbidden');
  });
});

describe('/metrics with COUNTERPART_METRICS_TOKEN', () => {
  it('answers the bearer of the token, from anywhere', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '192.0.2.10', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('counterpart_db_connections');
  });

  it('refuses a missing or wrong token with 401 problem+json, from loopback too', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const res = await https.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: authorization ? { authorization } : {} });
      expectProblem(res, 401, 'unauthenticated');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });
});

describe('the public readouts', () => {
  it('answer anyone from anywhere without a session, and set no cookie', async () => {
    for (const url of ['/public/readouts', '/public/readouts.atom', '/public/readouts.json']) {
      const res = await http.app.inject({ method: 'GET', url, remoteAddress: '192.0.2.10' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('are sent with HSTS by a node served over https, and leave the API beside them closed to strangers', async () => {
    const page = await https.app.inject({ method: 'GET', url: '/public/readouts', remoteAddress: '192.0.2.10' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expectProblem(await https.app.inject({ method: 'GET', url: '/api/v1/readouts', remoteAddress: '192.0.2.10' }), 401, 'unauthenticated');
  });
});
