// Prometheus metrics at /metrics: request counts and latency by route, database pool use, process defaults.
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type Metrics = { registry: Registry; register: (app: FastifyInstance) => void };

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
    register(app) {
      app.addHook('onResponse', async (req, reply) => {
        // The route pattern, not the URL, keeps label cardinality bounded.
        const route = req.routeOptions.url ?? 'unmatched';
        requests.inc({ method: req.method, route, status: String(reply.statusCode) });
        latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
      });
      app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()));
    },
  };
}
