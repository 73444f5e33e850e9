// The authorisation matrix, generated from the node's own route table: every operation × every role, as a signed-in
// person and as an API token of that role. A role the operation does not name gets 403 `role-required` before its
// input is read; a role it names is let through to the use case. A route added without declaring its roles stops the
// node from starting (access.ts), so new endpoints join this matrix without anyone remembering to.
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from './platform/context.js';
import { registerAccess } from './platform/http/access.js';
import { needsCaller } from './platform/http/openapi.js';
import { makeTestNode, problemType, type TestNode } from '../test/node.js';

const ID = '0190a0a0-0000-7000-8000-000000000000';

let node: TestNode;
const callers: { who: string; role: Role; headers: () => Promise<Record<string, string>> }[] = [];

beforeAll(async () => {
  node = await makeTestNode();
  const admin = await node.signedIn(['admin']);
  for (const role of ROLES) {
    const person = await node.makeUser([role]);
    const session = await node.login(person.username);
    const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin.headers, payload: { name: `matrix ${role}`, role } });
    const { secret } = res.json<{ secret: string }>();
    callers.push({ who: `${role} in person`, role, headers: async () => session });
    callers.push({ who: `${role} token`, role, headers: async () => ({ authorization: `Bearer ${secret}` }) });
  }
});

const fill = (url: string): string => url.replace(/:(\w+)/g, (_m, name: string) => (/party|code/i.test(name) ? 'CN' : ID));

describe('authorisation matrix', () => {
  it('lists every operation of the OpenAPI document under /api/v1 in the route table with its roles; any other is public', async () => {
    type Security = Record<string, unknown>[] | undefined;
    const doc = (await node.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, { security?: Security }>>; security?: Security }>();
    const table = new Set(node.app.accessTable.map((e) => `${e.method} ${e.url.replace(/:(\w+)/g, '{$1}')}`));
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({ key: `${m.toUpperCase()} ${path}`, path, security: op.security ?? doc.security })));
    expect(documented.length).toBeGreaterThan(50);
    for (const op of documented.filter((o) => o.path.startsWith('/api/v1/'))) expect(table, op.key).toContain(op.key);
    // The role table guards /api/v1 alone: what is documented beside it (the public readouts) must ask for no caller.
    const outside = documented.filter((o) => !o.path.startsWith('/api/v1/'));
    expect(outside.filter((o) => needsCaller(o.security)).map((o) => o.key)).toEqual([]);
  });

  it('refuses each role an operation does not name with 403 before reading its input, and lets the others through', async () => {
    let refused = 0;
    let through = 0;
    for (const entry of node.app.accessTable) {
      if (entry.roles === 'public') continue;
      for (const caller of callers) {
        // Signing out would end the shared session: that operation gets a session of its own.
        const isSignOut = entry.method === 'DELETE' && entry.url === '/api/v1/session';
        const headers = isSignOut && caller.who.endsWith('in person') ? await node.login((await node.makeUser([caller.role])).username) : await caller.headers();
        const withBody = entry.method !== 'GET' && entry.method !== 'DELETE';
        const res = await node.app.inject({ method: entry.method as 'GET', url: fill(entry.url), headers, ...(withBody ? { payload: { matrixProbe: true } } : {}) });
        const what = `${caller.who}: ${entry.method} ${entry.url} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, what).toBeLessThan(500);
        if (entry.roles.includes(caller.role)) {
          expect(res.statusCode === 403 && problemType(res) === 'role-required', what).toBe(false);
          through += 1;
        } else {
          expect(res.statusCode, what).toBe(403);
          expect(problemType(res), what).toBe('role-required');
          refused += 1;
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
    expect(through).toBeGreaterThan(100);
  }, 240_000);

  it('stops a node from starting when an operation declares no roles', async () => {
    const app = Fastify();
    registerAccess(app);
    const start = async () => {
      app.get('/api/v1/forgotten', async () => ({}));
      await app.ready();
    };
    await expect(start()).rejects.toThrow(/GET \/api\/v1\/forgotten needs a caller but declares no roles/);
    await app.close().catch(() => undefined);
  });
});
