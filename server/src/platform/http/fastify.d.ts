import type { Actor, Ctx } from '../context.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The session's CSRF token (null for API tokens and anonymous callers). */
    csrfToken: string | null;
    /**
     * The use-case context for this request. Throws 401 when nobody is signed in (unless `anonymous`), and 403 while
     * a user who must use a second factor has not enrolled one (unless `allowMfaPending`).
     */
    ctx: (opts?: { anonymous?: boolean; allowMfaPending?: boolean }) => Ctx;
  }
}
