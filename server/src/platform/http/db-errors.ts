// The database being away (a restart, a failover, a killed connection, a pool that cannot connect) is not a bug in
// the request: it answers 503 problem+json with Retry-After, and the pool connects again by itself.
import { DrizzleQueryError } from 'drizzle-orm';
import { AppError } from '../errors.js';

export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Socket errors from node-postgres connecting or talking to the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; and class 08 below. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres and pg-pool say these in words, without a code. */
const MESSAGES = [/^Connection terminated/, /is not queryable/, /^timeout exceeded when trying to connect/];

type Coded = { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };

/**
 * True when `err` says the connection to the database failed or was cut, not that the query was wrong. It looks
 * through drizzle's "Failed query" wrapper and an AggregateError (a host with several addresses), nothing else:
 * a peer's refused HTTP connection (fetch's cause) is not the database being away.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const { code, message, errors, cause } = err as Coded;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  if (err instanceof DrizzleQueryError || (typeof message === 'string' && message.startsWith('Failed query'))) return isDatabaseUnavailable(cause, depth + 1);
  if (err instanceof AggregateError && Array.isArray(errors)) return errors.some((e) => isDatabaseUnavailable(e, depth + 1));
  return false;
}

/** The 503 for a request the database's absence failed; null when `err` is something else. */
export function databaseUnavailable(err: unknown): AppError | null {
  if (!isDatabaseUnavailable(err)) return null;
  return new AppError(503, 'database-unavailable', 'Database unavailable', `the database cannot be reached just now; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`, [], {
    'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
  });
}
