// The acting user and the request's environment, passed explicitly to every use case (STYLE: `ctx`).
import type { Config } from '../config.js';
import type { Clock } from './clock.js';
import type { Db } from './db.js';
import type { SecretBox } from './secret-box.js';
import type { Vault } from './vault/index.js';

export const ROLES = ['viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type Actor = {
  /** `system` is the node itself (seeding, CLI, later the exchange); it is never built from an HTTP request. */
  kind: 'user' | 'token' | 'system' | 'anonymous';
  id: string | null;
  label: string;
  roles: readonly Role[];
  agencyId: string | null;
  partyCode: string | null;
  locale: Locale;
  timeZone: string;
  /** False while a user who must use a second factor has not enrolled one: only account routes are open. */
  mfaSatisfied: boolean;
  sessionId: string | null;
};

export type Ctx = {
  db: Db;
  actor: Actor;
  clock: Clock;
  config: Config;
  requestId: string | null;
  /** Seals secrets stored at rest (TOTP seeds) under the node key. */
  box: SecretBox;
  /** Seals personal data at rest under rotatable data keys, and gives keyed hashes (platform/vault). */
  vault: Vault;
};

export const systemActor: Actor = {
  kind: 'system',
  id: null,
  label: 'system',
  roles: ['admin'],
  agencyId: null,
  partyCode: null,
  locale: 'en',
  timeZone: 'UTC',
  mfaSatisfied: true,
  sessionId: null,
};

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));
