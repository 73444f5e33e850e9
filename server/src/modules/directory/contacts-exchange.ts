// Points of contact across the exchange (issue #4, first record kind): this party's contacts go to the parties they
// are releasable to; another party's arrive here as that party's, read-only, and follow every change and withdrawal.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { publish, type KindHandler } from '../exchange/index.js';
import { AGENCY_KINDS, CHANNEL_KINDS, LANGUAGE_CODES, TOPIC_CODES } from './code-lists.js';
import { agencies, contacts } from './tables.js';
import type { Contact } from './schemas.js';

export const CONTACT_KIND = 'contact';

/** What another party's node receives: the contact and its agency, but no local user ids and no edit rights. */
function shareDataOf(c: Contact): Record<string, unknown> {
  return {
    agency: c.agency,
    kind: c.kind,
    name: c.name,
    title: c.title,
    topics: c.topics,
    coverage: c.coverage,
    hours: c.hours,
    channels: c.channels,
    languages: c.languages,
    notes: c.notes,
    language: c.language,
    isActive: c.isActive,
    verifiedAt: c.verifiedAt?.toISOString() ?? null,
    verifiedByName: c.verifiedBy?.displayName ?? null,
    handling: c.handling,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** Inside the change's transaction: queue the contact's new state for every party it concerns. */
export async function publishContact(tx: Db, ctx: Ctx, c: Contact, withdrawal?: { note?: string | undefined }): Promise<void> {
  if (c.originParty !== ctx.config.party) return;
  await publish(tx, ctx, { kind: CONTACT_KIND, recordId: c.id, recordVersion: c.version, originParty: c.originParty, data: shareDataOf(c), releasableTo: c.releasableTo, by: ctx.actor.label, withdrawal });
}

const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
const Received = z.object({
  agency: z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) }),
  kind: z.enum(['person', 'desk']),
  name: z.string().min(1).max(200),
  title: z.string().max(200).nullable(),
  topics: z.array(z.enum(TOPIC_CODES)).min(1),
  coverage: z.enum(['24x7', 'hours']),
  hours: z.object({ days: z.array(z.number().int().min(1).max(7)), start: z.string(), end: z.string(), timeZone: z.string() }).nullable(),
  channels: z.array(z.object({ kind: z.enum(CHANNEL_KINDS), value: z.string().max(200), label: z.string().max(80).optional() })).min(1),
  languages: z.array(z.enum(LANGUAGE_CODES)).min(1),
  notes: z.string().max(2000).nullable(),
  language: z.enum(['en', 'zh']),
  isActive: z.boolean(),
  verifiedAt: instant.nullable(),
  verifiedByName: z.string().max(200).nullable(),
  handling: z.string().max(40),
  createdAt: instant,
  updatedAt: instant,
});

/** The sending party's agency by acronym, created on first sight (the receiving node's registry may lack it). */
async function agencyFor(tx: Db, ctx: Ctx, party: string, a: z.infer<typeof Received>['agency']): Promise<string> {
  const [found] = await tx.select({ id: agencies.id }).from(agencies).where(and(eq(agencies.partyCode, party), eq(agencies.acronym, a.acronym)));
  if (found) return found.id;
  const now = ctx.clock.now();
  const [made] = await tx.insert(agencies).values({ id: newId(), partyCode: party, acronym: a.acronym, nameEn: a.nameEn, nameZh: a.nameZh, kind: 'other' satisfies (typeof AGENCY_KINDS)[number], createdAt: now, updatedAt: now }).returning({ id: agencies.id });
  if (!made) throw new Error('the agency was not stored');
  return made.id;
}

export const contactExchangeHandler: KindHandler = {
  async apply(tx, ctx, env) {
    const parsed = Received.safeParse(env.body.data);
    if (!parsed.success) return { status: 'rejected', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500) };
    const { agency, verifiedByName, ...fields } = parsed.data;
    const agencyId = await agencyFor(tx, ctx, env.from, agency);
    const row = { ...fields, agencyId, verifiedByName, verifiedBy: null, createdBy: null, originParty: env.from, version: env.recordVersion, releasableTo: [] };
    // A record id names one record everywhere; only a record of the same origin may be overwritten.
    const stored = await tx.insert(contacts).values({ id: env.recordId, ...row }).onConflictDoUpdate({ target: contacts.id, set: row, setWhere: eq(contacts.originParty, env.from) }).returning({ id: contacts.id });
    return stored.length === 1 ? { status: 'applied' } : { status: 'rejected', detail: 'a record with this id belongs to another party' };
  },
  async purge(tx, _ctx, env) {
    await tx.delete(contacts).where(and(eq(contacts.id, env.recordId), eq(contacts.originParty, env.from)));
  },
};
