// Points of contact across the exchange (issue #4, first record kind): this party's contacts go to the parties they
// are releasable to; another party's arrive here as that party's, read-only, and follow every change and withdrawal.
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { queryRows, type Db } from '../../platform/db.js';
import { insertRowsAsJson } from '../../platform/sql.js';
import { newId } from '../../platform/ids.js';
import { publish, type ApplyOutcome, type KindHandler, type UpsertEnvelope } from '../exchange/index.js';
import { AGENCY_KINDS, CHANNEL_KINDS, LANGUAGE_CODES, TOPIC_CODES } from './code-lists.js';
import { agencies, contacts } from './tables.js';
import type { Contact } from './schemas.js';
import { restoreContact } from './contacts-restore.js';

export const CONTACT_KIND = 'contact';

/** What another party's node receives: the contact and its agency, but no local user ids and no edit rights. */
function shareDataOf(c: Contact): Record<string, unknown> {
  return {
    agency: c.agency,
    kind: c.kind,
    name: c.name,
    nameZh: c.nameZh,
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
    verifiedByNameZh: c.verifiedBy?.displayNameZh ?? null,
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
export const Received = z.object({
  agency: z.object({ acronym: z.string().min(1).max(40), nameEn: z.string().min(1).max(200), nameZh: z.string().min(1).max(200) }),
  kind: z.enum(['person', 'desk']),
  name: z.string().min(1).max(200),
  // Optional: a peer on an older version sends no Chinese renderings of names (issue #14).
  nameZh: z.string().min(1).max(200).nullable().default(null),
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
  verifiedByNameZh: z.string().min(1).max(200).nullable().default(null),
  handling: z.string().max(40),
  createdAt: instant,
  updatedAt: instant,
});

/** The sending party's agencies by acronym, created on first sight (the receiving node's registry may lack them). */
export async function agenciesFor(tx: Db, ctx: Ctx, party: string, wanted: readonly z.infer<typeof Received>['agency'][]): Promise<Map<string, string>> {
  const acronyms = [...new Set(wanted.map((a) => a.acronym))];
  const find = async () => new Map((await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies).where(and(eq(agencies.partyCode, party), inArray(agencies.acronym, acronyms)))).map((r) => [r.acronym, r.id]));
  const found = await find();
  const missing = acronyms.filter((a) => !found.has(a));
  if (missing.length === 0) return found;
  const now = ctx.clock.now();
  const rows = missing.map((acronym) => {
    const a = wanted.find((w) => w.acronym === acronym) ?? { nameEn: acronym, nameZh: acronym };
    return { id: newId(), partyCode: party, acronym, nameEn: a.nameEn, nameZh: a.nameZh, kind: 'other' satisfies (typeof AGENCY_KINDS)[number], createdAt: now, updatedAt: now };
  });
  await tx.insert(agencies).values(rows).onConflictDoNothing();
  return find();
}

type Parsed = { env: UpsertEnvelope; data: z.infer<typeof Received> } | { env: UpsertEnvelope; error: string };

// Every column a received contact sets, taken from the proposed row on conflict (one statement for many rows).
const UPDATED = ['agencyId', 'kind', 'name', 'nameZh', 'title', 'topics', 'coverage', 'hours', 'channels', 'languages', 'notes', 'language', 'isActive', 'verifiedAt', 'verifiedBy', 'verifiedByName', 'verifiedByNameZh', 'handling', 'createdAt', 'updatedAt', 'createdBy', 'version', 'releasableTo'] as const;
const columns = getTableColumns(contacts);
const takeProposed = sql.join(UPDATED.map((k) => sql`${sql.identifier(columns[k].name)} = excluded.${sql.identifier(columns[k].name)}`), sql`, `);

/** Stores received contacts: one agency lookup and one upsert for the lot; only a record of the same origin is overwritten. */
async function storeContacts(tx: Db, ctx: Ctx, envs: readonly UpsertEnvelope[]): Promise<ApplyOutcome[]> {
  const parsed: Parsed[] = envs.map((env) => {
    const r = Received.safeParse(env.body.data);
    return r.success ? { env, data: r.data } : { env, error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500) };
  });
  const good = parsed.filter((p): p is Extract<Parsed, { data: unknown }> => 'data' in p);
  const from = envs[0]?.from ?? '';
  const agencyIds = await agenciesFor(tx, ctx, from, good.map((p) => p.data.agency));
  const rows = good.map(({ env, data: { agency, ...fields } }) => ({ ...fields, id: env.recordId, agencyId: agencyIds.get(agency.acronym) ?? '', verifiedBy: null, createdBy: null, originParty: from, version: env.recordVersion, releasableTo: [] }));
  const stored = rows.length === 0 ? [] : await queryRows<{ id: string }>(tx, sql`${insertRowsAsJson(contacts, rows)} on conflict (id) do update set ${takeProposed} where ${contacts.originParty} = ${from} returning id`);
  const ok = new Set(stored.map((r) => r.id));
  return parsed.map((p): ApplyOutcome => {
    if ('error' in p) return { status: 'rejected', detail: p.error };
    return ok.has(p.env.recordId) ? { status: 'applied' } : { status: 'rejected', detail: 'a record with this id belongs to another party' };
  });
}

export const contactExchangeHandler: KindHandler = {
  async apply(tx, ctx, env) {
    const [outcome] = await storeContacts(tx, ctx, [env]);
    return outcome ?? { status: 'rejected', detail: 'not stored' };
  },
  applyMany: storeContacts,
  async purge(tx, _ctx, env) {
    await tx.delete(contacts).where(and(eq(contacts.id, env.recordId), eq(contacts.originParty, env.from)));
  },
  restore: restoreContact,
};
