// Idempotency-Key on every write (POST, PUT, PATCH, DELETE under /api/v1): a client whose connection dropped sends
// the same request again with the same key and gets the first answer, replayed, instead of a second write.
//
// The key is claimed before the handler runs (one row per caller and key, so two concurrent retries cannot both
// run), and the answer is stored once the handler has answered — sealed with the node key, since an answer may hold
// a secret shown once (a new API token, an authenticator seed, recovery codes), and the request is kept only as a
// keyed digest, since it may hold a password. A 4xx releases the key: by the platform's rule a refused write wrote
// nothing, so trying again is safe. A 5xx may come after the use case committed (a read after the write failed), and
// a process may die between the commit and storing the answer: then the claim stays without an answer, and a retry
// is told the outcome is unknown rather than risking the write twice. Keys are kept for a day. Routes that keep their key inside their own
// transaction (POST /notifications) opt out with `config: { ownIdempotency: true }`.
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import type { SecretBox } from '../secret-box.js';
import { AppError, BadRequest, Conflict } from '../errors.js';
import { canonicalJson } from '../canonical-json.js';
import { idempotencyKeys } from './tables.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route handles Idempotency-Key itself, inside its own transaction. */
    ownIdempotency?: boolean;
  }
  interface FastifyRequest {
    idempotency: { caller: string; key: string } | null;
  }
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** The caller's Idempotency-Key, or undefined without one; a malformed key is a 400 naming the header. */
export function idempotencyKeyOf(req: FastifyRequest): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new BadRequest('the Idempotency-Key header is 8–100 letters, digits or . _ : -', [{ path: 'headers/idempotency-key', message: 'malformed', code: 'idempotency-key' }]);
  }
  return key;
}
const KEEP_MS = 24 * 3600_000;
/** A claim this old without an answer belongs to a request that died after (perhaps) committing. */
const ABANDONED_MS = 2 * 60_000;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Deps = { db: Db; clock: Clock; box: SecretBox };

function requestHash(box: SecretBox, req: FastifyRequest): string {
  const body = Buffer.isBuffer(req.body) ? req.body.toString('base64') : canonicalJson(req.body ?? null);
  return box.mac(`${req.method}\n${req.url}\n${body}`);
}

async function claim(deps: Deps, req: FastifyRequest, reply: FastifyReply, caller: string, key: string): Promise<FastifyReply | undefined> {
  const { db, clock, box } = deps;
  const now = clock.now();
  const route = `${req.method} ${req.routeOptions.url ?? ''}`;
  const hash = requestHash(box, req);
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEEP_MS)));
  const [won] = await db.insert(idempotencyKeys).values({ caller, key, route, requestHash: hash, createdAt: now }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (won) {
    req.idempotency = { caller, key };
    return undefined;
  }
  const [first] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.caller, caller), eq(idempotencyKeys.key, key)));
  if (!first) throw new Conflict('the first request with this Idempotency-Key has just finished; send it again', 'idempotency-key-in-use');
  if (first.requestHash !== hash) {
    throw new AppError(422, 'idempotency-key-reused', 'Cannot process', `this Idempotency-Key was used for another request (${first.route}); use a new key for a new request`);
  }
  if (first.statusCode === null) {
    if (first.completedAt !== null || now.getTime() - first.createdAt.getTime() > ABANDONED_MS) {
      throw new Conflict('the first request with this Idempotency-Key stopped before its answer was recorded: check whether it took effect before sending it with a new key', 'idempotency-outcome-unknown');
    }
    throw new AppError(409, 'idempotency-key-in-use', 'Conflict', 'the first request with this Idempotency-Key is still being handled; try again shortly', [], { 'retry-after': '1' });
  }
  return reply.status(first.statusCode).header('idempotent-replayed', 'true').type(first.contentType ?? 'application/json').send(first.body ? box.open(first.body) : '');
}

export function registerIdempotency(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('idempotency', null);
  // After authentication and validation: a stranger or a malformed request never claims a key.
  app.addHook('preHandler', async (req, reply) => {
    if (!WRITES.has(req.method) || req.routeOptions.config.ownIdempotency) return undefined;
    const key = idempotencyKeyOf(req);
    if (key === undefined) return undefined;
    const actor = req.actor;
    if (!actor?.id) return undefined; // public operations (sign-in, node-to-node) have their own replay rules
    return claim(deps, req, reply, `${actor.kind}:${actor.id}`, key);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const held = req.idempotency;
    if (!held) return payload;
    req.idempotency = null;
    const where = and(eq(idempotencyKeys.caller, held.caller), eq(idempotencyKeys.key, held.key), isNull(idempotencyKeys.statusCode));
    const storable = typeof payload === 'string' || Buffer.isBuffer(payload) || payload === null || payload === undefined;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && storable) {
        const body = payload === null || payload === undefined ? '' : payload.toString();
        const contentType = String(reply.getHeader('content-type') ?? 'application/json');
        await deps.db.update(idempotencyKeys).set({ statusCode: reply.statusCode, contentType, body: deps.box.seal(body), completedAt: deps.clock.now() }).where(where);
      } else if (reply.statusCode >= 400 && reply.statusCode < 500) {
        await deps.db.delete(idempotencyKeys).where(where);
      } else {
        // A 5xx, or an answer that cannot be kept (a stream): finished, outcome unknown to a retry.
        await deps.db.update(idempotencyKeys).set({ completedAt: deps.clock.now() }).where(where);
      }
    } catch (err) {
      // The write itself is done (or refused): the caller gets its answer; a retry will hear "outcome unknown".
      req.log.warn({ err, key: held.key }, 'could not record the answer to an Idempotency-Key');
    }
    return payload;
  });
}
