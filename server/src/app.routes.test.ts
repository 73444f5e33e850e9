// Node-wide HTTP behaviour: health, OpenAPI, problem+json for unknown paths, request ids, metrics, headers.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../test/node.js';
import { dbKind } from '../test/db.js';
import { latestMigration } from './platform/schema-version.js';

let node: TestNode;

beforeAll(async () => {
  node = await makeTestNode();
});

describe('node HTTP surface', () => {
  it('reports health with the database kind and the schema version', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: dbKind(), schemaVersion: latestMigration });
  });

  it('answers unknown API paths with a problem+json 404 and a request id', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/nowhere?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not found', detail: 'no route GET /api/v1/nowhere', instance: '/api/v1/nowhere' });
    expect(problemType(res)).toBe('not-found');
    expect(res.headers['x-request-id']).toBe(res.json<{ requestId: string }>().requestId);
  });

  it('keeps a well-formed caller request id and replaces a malformed one', async () => {
    const kept = await node.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'peer-abc12345' } });
    expect(kept.headers['x-request-id']).toBe('peer-abc12345');
    const replaced = await node.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'has spaces <and> "quotes"' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves an OpenAPI 3.1 document that names every API route', async () => {
    const doc = (await node.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/session', '/api/v1/contacts', '/api/v1/contacts/{id}/verifications', '/api/v1/audit', '/api/v1/tokens', '/api/v1/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const docs = await node.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });

  it('exposes Prometheus metrics with request counts by route pattern', async () => {
    await node.app.inject({ method: 'GET', url: '/api/v1/health' });
    const res = await node.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.body).toMatch(/counterpart_http_requests_total\{method="GET",route="\/api\/v1\/health",status="200"\} \d+/);
    expect(res.body).toContain('counterpart_http_request_duration_seconds_bucket');
    expect(res.body).toContain('counterpart_db_connections{state="total"}');
  });

  it('sends security headers', async () => {
    const res = await node.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses wrong media types with problem+json and keeps serving', async () => {
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'text/xml' }, payload: '<login/>' });
    expect(res.statusCode).toBe(415);
    expect(problemType(res)).toBe('unsupported-media-type');
    expect((await node.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});
