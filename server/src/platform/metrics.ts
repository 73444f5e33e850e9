// Prometheus metrics at /metrics: request counts and latency by route, database pool use, process defaults.
// They tell an outsider what the node does and when, so /metrics needs the configured bearer token
// (COUNTERPART_METRICS_TOKEN) or, without one, answers only clients on this machine (loopback).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AppError, Forbidden } from './errors.js';

export type Metrics = { registry: Registry; register: (app: FastifyInstance, access: { token: string | undefined }) => void };

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
const isLoopback = (ip: string): boolean => /^127\./.test(ip) || ip === '::1' || /^::ffff:127\./i.test(ip);

/** Throws unless the caller may read the metrics. */
function checkMetricsAccess(req: FastifyRequest, token: string | undefined): void {
  if (token) {
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    // Digests of equal length, compared in constant time: the comparison says nothing about the token.
    if (timingSafeEqual(digest(given), digest(token))) return;
    throw new AppError(401, 'unauthenticated', 'Not signed in', 'the metrics need Authorization: Bearer <COUNTERPART_METRICS_TOKEN>', [], { 'www-authenticate': 'Bearer realm="metrics"' });
  }
  // A request a proxy forwarded comes from loopback too; one that says so is someone else's.
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  if (isLoopback(req.ip) && !forwarded) return;
  throw new Forbidden('the metrics answer only clients on this machine; set COUNTERPART_METRICS_TOKEN to read them from elsewhere');
}

export function createMetrics(db: { kind: string; poolStats?: () => { total: number; idle: number; waiting: number } }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'counterpart_' });
  const requests = new Counter({ name: 'counterpart_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'counterpart_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'counterpart_db_connections',
    help: 'Database connections by state (PostgreSQL pool; PGlite has one embedded connection)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = db.poolStats?.() ?? { total: 1, idle: 0, waiting: 0 };
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });

  return {
    registry,
    register(app, access) {
      app.addHook('onResponse', async (req, reply) => {
        // The route pattern, not the URL, keeps label cardinality bounded.
        const route = req.routeOptions.url ?? 'unmatched';
        requests.inc({ method: req.method, route, status: String(reply.statusCode) });
        latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
      });
      app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
        checkMetricsAccess(req, access.token);
        return reply.type(registry.contentType).send(await registry.metrics());
      });
    },
  };
}
