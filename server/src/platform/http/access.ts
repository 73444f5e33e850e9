// The role table of the API, declared on each route and enforced before anything is validated: every operation that
// needs a caller names the roles that may call it (`config: { roles }`), a node whose route table has an operation
// without them refuses to start, and a caller without one of them gets 403 before the body is read. Services still
// check what depends on the record (whose agency, which party, four eyes); this is the coarse gate in front of them.
import type { FastifyInstance } from 'fastify';
import { hasRole, ROLES, type Role } from '../context.js';
import { Forbidden } from '../errors.js';
import { needsCaller } from './openapi.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles that may call the operation; every API operation that needs a caller declares them. */
    roles?: readonly Role[];
  }
}

/** Every role: any signed-in user or API token. */
export const ANY_ROLE: readonly Role[] = ROLES;

export type AccessEntry = { method: string; url: string; roles: readonly Role[] | 'public' };

export function registerAccess(app: FastifyInstance): AccessEntry[] {
  const table: AccessEntry[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    const security = (route.schema as { security?: Record<string, unknown>[] } | undefined)?.security;
    const roles = route.config?.roles;
    if (needsCaller(security) && !roles) throw new Error(`${methods.join(',')} ${route.url} needs a caller but declares no roles (config.roles)`);
    for (const method of methods) table.push({ method, url: route.url, roles: needsCaller(security) && roles ? roles : 'public' });
  });
  // In onRequest, after authentication (registered after it, so the actor is known): a refused role costs no body
  // read — a viewer's 4 MiB upload is turned away before it is buffered.
  app.addHook('onRequest', async (req) => {
    const roles = req.routeOptions.config.roles;
    if (roles && req.actor && !hasRole(req.actor, ...roles)) throw new Forbidden(`this needs one of the roles: ${roles.join(', ')}`, 'role-required');
  });
  return table;
}
