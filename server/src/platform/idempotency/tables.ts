// Idempotency-Key: the first answer to a caller's write, kept for a day so a retry after a dropped connection gets
// that answer again instead of doing the write twice (platform/idempotency/hooks.ts).
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Who sent it (`user:<id>` or `token:<id>`): one caller's key never answers another's request. */
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    /** Method and route pattern; and a keyed digest of them with the path and body (the body may hold a password):
     * the same key on another request is refused. */
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still being handled. */
    statusCode: integer('status_code'),
    contentType: text('content_type'),
    /** The answer, sealed with the node key: it may hold a secret shown once (a new API token, recovery codes). */
    body: text('body'),
    createdAt: ts('created_at').notNull(),
    /** Set when the request finished; without a status code it finished with no answer kept (outcome unknown). */
    completedAt: ts('completed_at'),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
