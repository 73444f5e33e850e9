// Per request: who is calling (session cookie or API token), the CSRF check for cookie writes, and `req.ctx()`.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app.js';
import type { Actor, Ctx } from './platform/context.js';
import type { Vault } from './platform/vault/index.js';
import { checkCsrf } from './platform/http/csrf.js';
import { requireActor } from './platform/http/guards.js';
import { needsCaller } from './platform/http/openapi.js';
import { Unauthorized } from './platform/errors.js';
import { resolveCaller, SESSION_COOKIE } from './modules/accounts/index.js';

const anonymous: Actor = { kind: 'anonymous', id: null, label: 'anonymous', roles: [], agencyId: null, partyCode: null, locale: 'en', timeZone: 'UTC', mfaSatisfied: false, sessionId: null };

export function registerRequestContext(app: FastifyInstance, deps: AppDeps & { vault: Vault }): void {
  const { database, clock, config, box, vault } = deps;
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('ctx', () => {
    throw new Error('the request context is set in onRequest');
  });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.ctx = (opts = {}): Ctx => {
      if (!opts.anonymous) requireActor(req, opts);
      return { db: database.db, actor: req.actor ?? anonymous, clock, config, requestId: req.id, box, vault };
    };
    // Keyed on the matched route pattern, not the raw URL: the router decodes %-escapes, the URL does not.
    const route = req.routeOptions.url;
    if (!route?.startsWith('/api/v1/')) return;
    const resolved = await resolveCaller({ db: database.db, clock, config }, { cookie: req.cookies[SESSION_COOKIE], authorization: req.headers.authorization });
    req.actor = resolved?.actor ?? null;
    req.csrfToken = resolved?.csrfToken ?? null;
    const isLogin = req.method === 'POST' && route === '/api/v1/session';
    if (!isLogin) checkCsrf(req.method, req.csrfToken, req.headers['x-csrf-token']);
    // Who is asking comes before what they sent: a stranger learns nothing about an operation's fields.
    if (!req.actor && needsCaller(req.routeOptions.schema?.security)) throw new Unauthorized();
  });
}
