// The node-to-node endpoints answer anyone who reaches the port, before any signature is checked. An address whose
// requests there were refused `maxPerMinute` times within a minute gets 429 at once — before its body is read or
// the database is asked — until the minute is over. Only refusals count: a peer's busy catch-up (hundreds of
// accepted requests a minute) is never slowed.
// The counts live in this process's memory (@fastify/rate-limit's bounded LRU store; an IPv6 address counts by its
// /64). With several processes each allows its own `maxPerMinute`: enough for a guard against floods, which must
// not cost a database write per request. What must be right across processes — how many refusals the audit log
// reports — is counted in the database (refusals.ts).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TooManyRequests } from '../../platform/errors.js';

export type FloodGuard = {
  /** onRequest: answers 429 to an address over its refusals for the minute. */
  check: (req: FastifyRequest) => Promise<void>;
  /** onResponse: counts a refusal (any 4xx but the guard's own 429) against the address. */
  count: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
};

export async function floodGuard(app: FastifyInstance, maxPerMinute: number): Promise<FloodGuard> {
  await app.register(rateLimit, { global: false });
  const limiter = app.createRateLimit({ max: maxPerMinute, timeWindow: 60_000 });
  return {
    async check(req) {
      const state = await limiter(req, { increment: false });
      if (!state.isAllowed && state.remaining === 0) {
        throw new TooManyRequests(`this address made ${state.max} refused exchange requests within a minute; wait ${state.ttlInSeconds} s`, state.ttlInSeconds);
      }
    },
    async count(req, reply) {
      if (reply.statusCode >= 400 && reply.statusCode < 500 && reply.statusCode !== 429) await limiter(req);
    },
  };
}
