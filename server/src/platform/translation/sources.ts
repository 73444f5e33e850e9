// Where originals come from. The platform knows no module, so each module that has free text registers, per record
// kind, a TextSource (exported from its index.ts; app.ts hands them to the routes and the job handler, as it does
// audit subject describers). The source reads the record *as the caller*: it throws the module's own NotFound or
// Forbidden exactly where the module's own read would, so translations never show what the record would not.
import type { Ctx, Role } from '../context.js';
import { hasRole } from '../context.js';
import type { Db } from '../db.js';
import type { AuditSubjectType } from '../audit/index.js';
import type { OriginalText } from './texts.js';

export type TextSource = {
  /**
   * The record's translatable fields now (empty ones left out), or null when there is no such record.
   * `isMachineRestricted`: its text must not be sent to the machine translation service (its handling forbids it).
   */
  read(ctx: Ctx, recordId: string): Promise<{ fields: Record<string, OriginalText>; isMachineRestricted?: boolean } | null>;
  /** Who may add or correct translations of this record (after `read` let them see it); default: officers and supervisors. */
  canTranslate?(ctx: Ctx, recordId: string): Promise<boolean> | boolean;
};

/** Record kinds are audit subject types, so every translation's audit row names and links its record. */
export type TextSources = Partial<Record<AuditSubjectType, TextSource>>;

/** A user's display name now (for a person's translation), or null when unknown. */
export type PersonName = (db: Db, userId: string) => Promise<string | null>;

export type TranslationDeps = { sources: TextSources; personName: PersonName };

/** Who may reach the translation routes at all: a source says which of them may translate its records. */
export const TRANSLATORS: readonly Role[] = ['officer', 'supervisor', 'secretariat'];
/** Who translates a record whose source says nothing (the working group's sources admit the secretariat too). */
const DEFAULT_TRANSLATORS: readonly Role[] = ['officer', 'supervisor'];

export const sourceOf = (sources: TextSources, kind: string): TextSource | undefined => (Object.hasOwn(sources, kind) ? sources[kind as AuditSubjectType] : undefined);

export async function mayTranslate(ctx: Ctx, source: TextSource, recordId: string): Promise<boolean> {
  if (source.canTranslate) return hasRole(ctx.actor, ...TRANSLATORS) && source.canTranslate(ctx, recordId);
  return hasRole(ctx.actor, ...DEFAULT_TRANSLATORS);
}
