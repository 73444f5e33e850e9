// Small helpers for benchmarks: percentiles, timing, a throwaway PostgreSQL database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

export function summary(name: string, samples: number[]): string {
  return `${name}: n=${samples.length} p50=${fmt(percentile(samples, 50))} p95=${fmt(percentile(samples, 95))} p99=${fmt(percentile(samples, 99))} max=${fmt(Math.max(...samples))}`;
}

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const result = await work();
  return [result, performance.now() - t];
}

export const benchDatabaseUrl = (): string => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a UTF-8 database for one benchmark and returns its URL and a dropper. */
export async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = benchDatabaseUrl();
  const name = `cp_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
