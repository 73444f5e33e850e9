// Guards used by routes: who is acting, and may they. Services still check record-level rules themselves.
import type { FastifyRequest } from 'fastify';
import { hasRole, type Actor, type Role } from '../context.js';
import { Forbidden, Unauthorized } from '../errors.js';

export function requireActor(req: FastifyRequest, opts: { allowMfaPending?: boolean } = {}): Actor {
  const actor = req.actor;
  if (!actor) throw new Unauthorized();
  if (!actor.mfaSatisfied && !opts.allowMfaPending) {
    throw new Forbidden('set up a second factor (authenticator app) on your account page before continuing', 'mfa-enrolment-required');
  }
  return actor;
}

export function requireRole(req: FastifyRequest, ...roles: Role[]): Actor {
  const actor = requireActor(req);
  if (!hasRole(actor, ...roles)) throw new Forbidden(`this needs one of the roles: ${roles.join(', ')}`);
  return actor;
}
