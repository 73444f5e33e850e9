// Incidents as the STIX export reads them: the list's filters and handling condition (repo.filters), a page of 500
// at a time by keyset on the id, each page's items and follow-ups in one query each, so that an export of 100,000
// incidents holds one page in memory, never the whole set. Entities are those filed (with their country, credit
// code, bank code), all of them: the detail page shows the first 500, an export gives a partner the record.
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { mayRead, stricter, type Handling } from '../../platform/handling/index.js';
import { notificationByReference, type NotificationRef } from '../notifications/index.js';
import { followUpView, itemView, toSummary } from './present.js';
import * as repo from './repo.js';
import type { Incident, IncidentQuery } from './schemas.js';
import type { StixIncident } from './stix/export.js';
import { incidentFollowUps, incidentItems, incidents } from './tables.js';

const PAGE_ROWS = 500;
const NO_SCREENINGS = new Map<string, never>();
export type ExportFilter = Omit<IncidentQuery, 'page' | 'pageSize'>;

const whereOf = (ctx: Ctx, f: ExportFilter) => repo.filters(ctx.actor, { ...f, page: 1, pageSize: PAGE_ROWS });

function groupBy<T extends { incidentId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.incidentId, [...(out.get(r.incidentId) ?? []), r]);
  return out;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** One incident row with its items and the follow-ups this reader may read, as the STIX export takes it. */
export function stixIncidentOf(ctx: Ctx, row: repo.Row, items: repo.ItemRow[], followUps: repo.FollowUpRow[], notification: NotificationRef | undefined): StixIncident {
  return {
    version: row.version,
    place: { country: row.country, locality: row.locality, port: row.port, latitude: row.latitude, longitude: row.longitude },
    narrative: row.narrative,
    // The item as filed, with its type (the row keeps the type in a column of its own), so an import gives it back;
    // not this node's screening of it (a receiver screens with its own registry).
    items: items.map((i) => ({ ...itemView(i, NO_SCREENINGS), details: { type: i.type, ...i.details } })),
    route: row.route,
    outcome: row.outcome as Incident['outcome'],
    entities: (row.entities ?? []).map((e) => ({ kind: String(e.kind), value: String(e.value), role: text(e.role) ?? 'other', country: text(e.country), uscc: text(e.uscc), bankCode: text(e.bankCode) })),
    entityCount: row.entities.length,
    links: [],
    // A withdrawn follow-up is its party's record of having taken it back, not intelligence to pass on.
    followUps: followUps.filter((f) => f.status === 'active' && mayRead(ctx.actor, f.handling)).map((f) => followUpView(f)),
    notification: notification ? { id: notification.id, reference: notification.reference } : null,
    useRestrictions: row.useRestrictions as Incident['useRestrictions'],
    source: { reliability: row.reliability as Incident['source']['reliability'], credibility: row.credibility as Incident['source']['credibility'] },
    releasableTo: row.releasableTo,
    createdByName: '',
    createdAt: row.createdAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalNote: row.withdrawalNote,
    canEdit: false,
    canFollowUp: false,
    // Spread last: V8 builds an object that adds twenty properties after a spread very slowly.
    ...toSummary(row, [...new Set(items.map((i) => i.type))].sort()),
  };
}

async function pageOfIncidents(ctx: Ctx, rows: repo.Row[]): Promise<StixIncident[]> {
  const ids = rows.map((r) => r.id);
  const [items, followUps] = await Promise.all([
    ctx.db.select().from(incidentItems).where(inArray(incidentItems.incidentId, ids)).orderBy(asc(incidentItems.incidentId), asc(incidentItems.position)),
    ctx.db.select().from(incidentFollowUps).where(inArray(incidentFollowUps.incidentId, ids)).orderBy(asc(incidentFollowUps.createdAt), asc(incidentFollowUps.id)),
  ]);
  const itemsOf = groupBy(items);
  const followUpsOf = groupBy(followUps);
  // A linked notification is named only to a reader who may read it (few incidents link one).
  const linked = new Map<string, NotificationRef | undefined>();
  for (const r of rows) if (r.notificationReference) linked.set(r.id, await notificationByReference(ctx, r.notificationReference));
  return rows.map((r) => stixIncidentOf(ctx, r, itemsOf.get(r.id) ?? [], followUpsOf.get(r.id) ?? [], linked.get(r.id)));
}

/** The most RED incidents an export's audit entry names; past it, the entry says how many it left out. */
const NAMED_RED = 1_000;

/**
 * What the export will hold, for its audit entry: how many incidents, how many at each handling, the strictest,
 * and the references of the TLP:RED ones (a RED record read in bulk is named as one opened alone would be); `upTo`,
 * the last id it counted, bounds the export so that an incident filed meanwhile is not exported uncounted.
 */
export type ExportTally = { count: number; byHandling: Record<string, number>; strictest: string | null; red: string[]; redLeftOut: number; upTo: string | null };

export async function exportTally(ctx: Ctx, f: ExportFilter): Promise<ExportTally> {
  const where = and(...whereOf(ctx, f));
  const rows = await ctx.db.select({ handling: incidents.handling, n: sql<number>`count(*)::int`, upTo: sql<string | null>`max(${incidents.id}::text)` }).from(incidents).where(where).groupBy(incidents.handling);
  const byHandling = Object.fromEntries(rows.map((r) => [r.handling, r.n]));
  const count = rows.reduce((sum, r) => sum + r.n, 0);
  const strictest = rows.map((r) => r.handling as Handling).reduce<Handling | null>((a, b) => (a ? stricter(a, b) : b), null);
  const redCount = byHandling['TLP:RED'] ?? 0;
  const red = redCount === 0 ? [] : (await ctx.db.select({ reference: incidents.reference }).from(incidents).where(and(where, eq(incidents.handling, 'TLP:RED'))).orderBy(asc(incidents.reference)).limit(NAMED_RED)).map((r) => r.reference);
  const upTo = rows.map((r) => r.upTo).reduce<string | null>((a, b) => (a === null || (b !== null && b > a) ? b : a), null);
  return { count, byHandling, strictest, red, redLeftOut: redCount - red.length, upTo };
}

/**
 * Every incident the filter matches and this reader may read, a page at a time, in id order (UUIDv7: filing order),
 * up to the id `upTo` (the tally's last; null: none).
 */
export async function* eachExportIncident(ctx: Ctx, f: ExportFilter, upTo: string | null): AsyncGenerator<StixIncident> {
  if (upTo === null) return;
  let after: string | null = null;
  for (;;) {
    const rows: repo.Row[] = await ctx.db
      .select()
      .from(incidents)
      .where(and(...whereOf(ctx, f), lte(incidents.id, upTo), after ? gt(incidents.id, after) : undefined))
      .orderBy(asc(incidents.id))
      .limit(PAGE_ROWS);
    yield* await pageOfIncidents(ctx, rows);
    after = rows.at(-1)?.id ?? null;
    if (!after || rows.length < PAGE_ROWS) return;
  }
}

/** One readable incident (NotFound otherwise, as the detail page), with its items and readable follow-ups. */
export async function oneExportIncident(ctx: Ctx, row: repo.Row): Promise<StixIncident> {
  const [page] = await pageOfIncidents(ctx, [row]);
  if (!page) throw new Error('an incident row gave no export');
  return page;
}
