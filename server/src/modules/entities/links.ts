// Reading the correlation index: which other records share an entity with this one, and every record an entity
// appears in. Bounded by construction: each of a record's keys reads at most COMMON_FREQUENCY_THRESHOLD + 1 other
// mentions through the (kind, key) index, and a key that reaches that many records is reported as too common
// instead of being linked. Handling holds on every answer: a mention whose record the reader may not read is not
// shown and not counted (a count could reveal it); the key's commonness is a fact about the data and is decided on all.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import { queryRows, type Db } from '../../platform/db.js';
import { mayRead, readableHandling } from '../../platform/handling/index.js';
import { COMMON_FREQUENCY_THRESHOLD, exceedsFrequency, type EntityKind } from './normalise/index.js';
import { entityMentions } from './tables.js';

export type RecordMention = { recordKind: string; recordId: string; parentId: string | null; reference: string; originParty: string; role: string; value: string; recordDate: string | null };

/** One of a record's entities and the other records it appears in. */
export type EntityLink = {
  kind: EntityKind;
  key: string;
  value: string;
  role: string;
  /** Too many records mention it (a hub, not a lead): its records are not listed. */
  tooCommon: boolean;
  /** Readable records other than this one mentioning the key, by party. */
  byParty: Record<string, number>;
  total: number;
  /** The most recent of them. */
  records: RecordMention[];
};

type Row = RecordMention & { kind: EntityKind; key: string; handling: string; ownValue: string; ownRole: string };

const SHOWN_PER_KEY = 5;
// A record with tens of thousands of entities (an import of a seized ledger) shows the links of the first keys only.
const MAX_KEYS = 2_000;

/** The other records sharing each of the record's linkable keys (its follow-ups' too), as this reader may see them. */
export async function linksOf(db: Db, actor: Actor, recordId: string): Promise<EntityLink[]> {
  const m = entityMentions;
  const rows = await queryRows<Row>(db, sql`
    with mine as (
      select distinct on (kind, key) kind, key, value, role from ${m}
      where (record_id = ${recordId} or parent_id = ${recordId}) and not common and ${readableHandling(actor, sql`handling`)}
      order by kind, key, position limit ${MAX_KEYS})
    select mine.kind, mine.key, mine.value as "ownValue", mine.role as "ownRole", o.record_kind as "recordKind", o.record_id as "recordId", o.parent_id as "parentId",
           o.reference, o.origin_party as "originParty", o.role, o.value, o.record_date::text as "recordDate", o.handling
    from mine join lateral (
      select * from ${m} x where x.kind = mine.kind and x.key = mine.key and not x.common and x.record_id <> ${recordId} and x.parent_id is distinct from ${recordId}
      order by x.record_date desc nulls last, x.record_id limit ${COMMON_FREQUENCY_THRESHOLD + 1}) o on true`);
  const byKey = new Map<string, Row[]>();
  for (const r of rows) byKey.set(`${r.kind}\u0000${r.key}`, [...(byKey.get(`${r.kind}\u0000${r.key}`) ?? []), r]);
  // A link the reader can follow nowhere is no link for them (its other end may be a record they cannot know of).
  return [...byKey.values()].map((found) => toLink(actor, found)).filter((l) => l.tooCommon || l.total > 0);
}

function toLink(actor: Actor, found: Row[]): EntityLink {
  const first = found[0] as Row;
  const tooCommon = exceedsFrequency(new Set(found.map((r) => r.recordId)).size);
  const visible = tooCommon ? [] : dedupe(found.filter((r) => mayRead(actor, r.handling)));
  const byParty: Record<string, number> = {};
  for (const r of visible) byParty[r.originParty] = (byParty[r.originParty] ?? 0) + 1;
  return { kind: first.kind, key: first.key, value: first.ownValue, role: first.ownRole, tooCommon, byParty, total: visible.length, records: visible.slice(0, SHOWN_PER_KEY).map(strip) };
}

/** One entry per record (a record naming the entity in two roles counts once). */
function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.recordId) && seen.add(r.recordId));
}

const strip = (r: Row): RecordMention => ({ recordKind: r.recordKind, recordId: r.recordId, parentId: r.parentId, reference: r.reference, originParty: r.originParty, role: r.role, value: r.value, recordDate: r.recordDate });

export type EntityPage = { kind: string; key: string; values: string[]; tooCommon: boolean; total: number; items: RecordMention[] };

/** Every readable record an entity appears in, newest first. */
export async function entityPage(db: Db, actor: Actor, kind: string, key: string, page: { limit: number; offset: number }): Promise<EntityPage> {
  const m = entityMentions;
  const where = sql`${m.kind} = ${kind} and ${m.key} = ${key} and ${readableHandling(actor, m.handling)}`;
  const [items, [count], values, [hub]] = await Promise.all([
    queryRows<RecordMention>(db, sql`select record_kind as "recordKind", record_id as "recordId", parent_id as "parentId", reference, origin_party as "originParty", role, value, record_date::text as "recordDate"
      from ${m} where ${where} order by record_date desc nulls last, record_id, position limit ${page.limit} offset ${page.offset}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${m} where ${where}`),
    queryRows<{ value: string }>(db, sql`select distinct value from ${m} where ${where} order by value limit 20`),
    queryRows<{ n: number; common: boolean }>(db, sql`select count(*)::int as n, bool_or(common) as common from (select common from ${m} where ${m.kind} = ${kind} and ${m.key} = ${key} limit ${COMMON_FREQUENCY_THRESHOLD + 1}) x`),
  ]);
  return { kind, key, values: values.map((v) => v.value), tooCommon: (hub?.common ?? false) || exceedsFrequency(hub?.n ?? 0), total: count?.n ?? 0, items };
}

export type OwnMention = { kind: EntityKind; key: string; value: string; role: string; common: boolean };

/** A record's own entities as the index holds them, in the record's order; the first `limit` and how many in all. */
export async function mentionsOf(db: Db, recordId: string, limit: number): Promise<{ items: OwnMention[]; total: number }> {
  const m = entityMentions;
  const [items, [count]] = await Promise.all([
    queryRows<OwnMention>(db, sql`select kind, key, value, role, common from ${m} where record_id = ${recordId} order by position limit ${limit}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${m} where record_id = ${recordId}`),
  ]);
  return { items, total: count?.n ?? 0 };
}
