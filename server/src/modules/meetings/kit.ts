// What the working group's use cases share: who may read and who may write, the reference series, the audit entries
// and the code lists (data/meetings.json). The people and agencies as another party reads them come from the
// directory (actorName, agencyRef).
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit, type AuditVerb } from '../../platform/audit/index.js';
import { hasRole, type Actor, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Forbidden, Unauthorized } from '../../platform/errors.js';
import { fromRoot } from '../../platform/paths.js';
import { referenceForm } from '../../platform/references.js';
import { meetingSerials } from './tables.js';

export { actorName, agencyRef } from '../directory/index.js';

const Entry = z.object({ code: z.string(), en: z.string(), 'zh-CN': z.string() });
/** The module's bilingual code lists, checked when the module loads. */
export const meetingLists = z.object({ levels: z.array(Entry), modes: z.array(Entry), topics: z.array(Entry) }).parse(JSON.parse(readFileSync(fromRoot('data', 'meetings.json'), 'utf8')));
export const TOPICS = meetingLists.topics.map((e) => e.code) as [string, ...string[]];
export const LEVELS = ['leaders', 'ministerial', 'plenary', 'senior-officials', 'working-level', 'technical'] as const;
export const MODES = ['in-person', 'virtual', 'hybrid'] as const;

export const MEETING_REFERENCE = referenceForm('MTG');
export const COMMITMENT_REFERENCE = referenceForm('CMT');
export const READOUT_REFERENCE = referenceForm('RO');
export type Series = 'MTG' | 'CMT' | 'RO';

/** The next serial of this party's series for the year, in the transaction that stores the record. */
export async function nextSerial(tx: Db, kind: Series, party: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(meetingSerials)
    .values({ kind, party, year, last: 1 })
    .onConflictDoUpdate({ target: [meetingSerials.kind, meetingSerials.party, meetingSerials.year], set: { last: sql`${meetingSerials.last} + 1` } })
    .returning({ last: meetingSerials.last });
  if (!row) throw new Error('the reference counter returned nothing');
  return row.last;
}

/**
 * The series' counter kept at least at `serial`, never lowered: a restored record's number (restore-meetings.ts), so the
 * next record does not take a number the other parties already hold.
 */
export async function keepSerialPast(tx: Db, kind: Series, party: string, year: number, serial: number): Promise<void> {
  await tx
    .insert(meetingSerials)
    .values({ kind, party, year, last: serial })
    .onConflictDoUpdate({ target: [meetingSerials.kind, meetingSerials.party, meetingSerials.year], set: { last: sql`greatest(${meetingSerials.last}, ${serial})` } });
}

const ofParty = (actor: Actor, party: string): boolean => actor.kind === 'system' || actor.partyCode === party;

/** This party's users read the working group's records (their handling still applies). */
export const canRead = (actor: Actor, self: string): boolean => ofParty(actor, self) && (actor.kind === 'system' || hasRole(actor, 'viewer', 'officer', 'supervisor', 'secretariat', 'admin', 'auditor'));
/** The secretariat and supervisors keep this party's meetings, parts, commitments and readouts. */
export const canKeep = (actor: Actor, self: string): boolean => ofParty(actor, self) && (actor.kind === 'system' || hasRole(actor, 'secretariat', 'supervisor'));

export function requireReader(ctx: Ctx): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("the working group's records are read by this party's own users");
}

export function requireKeeper(ctx: Ctx, what: string): void {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canKeep(ctx.actor, ctx.config.party)) throw new Forbidden(`only this party's secretariat and supervisors ${what}`);
}

/** The person acting, by id, when a person or token acts (null for the system). */
export const actorId = (ctx: Ctx): string | null => (ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.id : null);

export const auditMeeting = (tx: Db, ctx: Ctx, action: AuditVerb<'meeting'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `meeting.${action}`, subjectType: 'meeting', subjectId: id, change });
export const auditCommitment = (tx: Db, ctx: Ctx, action: AuditVerb<'commitment'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `commitment.${action}`, subjectType: 'commitment', subjectId: id, change });
export const auditReadout = (tx: Db, ctx: Ctx, action: AuditVerb<'readout'>, id: string, change: Record<string, unknown> = {}) =>
  recordAudit(tx, ctx, { action: `readout.${action}`, subjectType: 'readout', subjectId: id, change });
