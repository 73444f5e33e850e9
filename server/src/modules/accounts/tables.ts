import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencyTable, userTable } from '../directory/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Secrets kept apart from the directory's user record: only this module reads them. */
export const credentials = pgTable('credentials', {
  userId: uuid('user_id').primaryKey().references(() => userTable.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash').notNull(),
  passwordChangedAt: ts('password_changed_at').notNull(),
  totpSecret: text('totp_secret'),
  totpEnabledAt: ts('totp_enabled_at'),
  pendingTotpSecret: text('pending_totp_secret'),
  // The last 30-second step a code was accepted for: a code seen once is never accepted again (RFC 6238 §5.2).
  totpLastStep: integer('totp_last_step'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  lastLoginAt: ts('last_login_at'),
});

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => userTable.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull().references(() => userTable.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [uniqueIndex('sessions_token_idx').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    role: text('role').notNull(),
    agencyId: uuid('agency_id').notNull().references(() => agencyTable.id),
    createdBy: uuid('created_by').notNull().references(() => userTable.id),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_idx').on(t.tokenHash),
    check('api_tokens_role', sql`${t.role} in ('viewer','officer','supervisor','secretariat','admin','auditor')`),
  ],
);

/** Login attempts, shared by every process on the database, for the per-address rate limit. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    ip: text('ip').notNull(),
    username: text('username').notNull(),
    at: ts('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);
