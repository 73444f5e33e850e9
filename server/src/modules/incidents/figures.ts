// Figures for the results dashboard (issue 15): per month, party and kind, the incidents this party reported, shared
// with each party and received from each; the quantities seized per substance and per species; the follow-ups given
// and received. A figure is only ever a sum — no reference, title or id leaves through it — and counts what the
// reader may read: a TLP:RED record's existence is not a viewer's to know (platform/handling), and a per-species,
// per-month sum of one seizure would tell it. Officers and those above count everything. Withdrawn incidents and
// follow-ups count nowhere (the receiving node purged them), so both parties' figures of the same exchange agree.
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { readableHandling } from '../../platform/handling/index.js';
import { Forbidden, Unauthorized } from '../../platform/errors.js';
import { MonthPeriod, periodBounds, rowsCsv } from '../../platform/figures.js';
import { inbox, outbox } from '../exchange/index.js';
import { currentRegistry } from '../substances/index.js';
import { canRead } from './policy.js';
import { INCIDENT_KINDS, type IncidentKind } from './schemas.js';
import { incidentFollowUps, incidentItems, incidents } from './tables.js';
import { INCIDENT_KIND } from './wire.js';
import { findSpecies } from './wildlife/species.js';

/** Kinds whose items were taken or held: a suspicious order or an online offer names quantities nobody seized. */
export const SEIZING_KINDS: readonly IncidentKind[] = ['seizure', 'stopped-shipment', 'clandestine-laboratory', 'equipment', 'postal-interdiction', 'wildlife-seizure'];

export const FIGURE_TABLES = ['incidents', 'substances', 'species', 'follow-ups'] as const;
export const FiguresCsvQuery = MonthPeriod.extend({ table: z.enum(FIGURE_TABLES).default('incidents').describe('which of the figures to download') });

const month = z.string().describe('YYYY-MM, UTC');
export const IncidentFlowRow = z.object({
  month: month.describe('when it was filed (reported), first sent to the party (shared) or first received (received)'),
  party: z.string().describe('reported: this party; shared: the party it went to; received: the party it came from'),
  direction: z.enum(['reported', 'shared', 'received']),
  kind: z.enum(INCIDENT_KINDS),
  incidents: z.number().int(),
});
const Quantity = {
  month: month.describe("the month the incident happened"),
  party: z.string().describe('the reporting party'),
  unit: z.string().describe('kg for every mass; otherwise the unit as filed (L, mL, tablets, number, m3…)'),
  quantity: z.number().describe('the sum of the items, in the unit'),
  incidents: z.number().int(),
};
export const SubstanceRow = z.object({ ...Quantity, substanceId: z.string(), nameEn: z.string().nullable(), nameZh: z.string().nullable() });
export const SpeciesRow = z.object({ ...Quantity, taxon: z.string(), nameEn: z.string().nullable(), nameZh: z.string().nullable(), appendix: z.string().nullable() });
export const FollowUpRow = z.object({
  month: month.describe('when the follow-up was written'),
  party: z.string().describe("given: the incident's reporting party (this party for its own incidents); received: the party that wrote it"),
  direction: z.enum(['given', 'received']),
  followUps: z.number().int(),
});
export const IncidentFigures = z.object({
  party: z.string().describe('this node’s party'),
  from: z.string(),
  to: z.string(),
  incidents: z.array(IncidentFlowRow),
  substances: z.array(SubstanceRow).describe("chemical lines identified as a registry substance by this node's screening, in incidents of the kinds that seize; a line identified as two substances counts for each"),
  species: z.array(SpeciesRow).describe('wildlife items, in incidents of the kinds that seize'),
  followUps: z.array(FollowUpRow),
});
export type IncidentFigures = z.infer<typeof IncidentFigures>;

type Bounds = ReturnType<typeof periodBounds>;
const monthOf = (col: SQL) => sql`to_char(date_trunc('month', ${col} at time zone 'UTC'), 'YYYY-MM')`;

async function flows(ctx: Ctx, b: Bounds): Promise<z.infer<typeof IncidentFlowRow>[]> {
  const self = ctx.config.party;
  const i = incidents;
  const readable = readableHandling(ctx.actor, i.handling);
  // Shared: the first envelope carrying each of this party's incidents to each party, from the exchange outbox (an
  // incident changed four times was shared once). Received: the first envelope of it in the inbox; a record that
  // came back from a backup without its envelope counts from when it was made.
  const rows = await queryRows<{ month: string; party: string; direction: 'reported' | 'shared' | 'received'; kind: IncidentKind; n: number }>(
    ctx.db,
    sql`with sent as (select record_id, to_party, min(created_at) as first_at from ${outbox} where kind = ${INCIDENT_KIND} and op = 'upsert' group by 1, 2),
         came as (select record_id, min(received_at) as first_at from ${inbox} where kind = ${INCIDENT_KIND} group by 1),
         flow as (
           select ${i.createdAt} as flow_at, ${i.originParty} as party, 'reported' as direction, ${i.kind} as kind from ${i} where ${i.originParty} = ${self} and ${i.status} = 'active' and ${readable}
           union all
           select sent.first_at, sent.to_party, 'shared', ${i.kind} from sent join ${i} on ${i.id} = sent.record_id where ${i.originParty} = ${self} and ${i.status} = 'active' and ${readable}
           union all
           select coalesce(came.first_at, ${i.createdAt}), ${i.originParty}, 'received', ${i.kind} from ${i} left join came on came.record_id = ${i.id} where ${i.originParty} <> ${self} and ${i.status} = 'active' and ${readable})
        select ${monthOf(sql`flow_at`)} as month, party, direction, kind, count(*)::int as n from flow
        where flow_at >= ${b.start}::timestamptz and flow_at < ${b.end}::timestamptz group by 1, 2, 3, 4 order by 1, 3, 2, 4`,
  );
  return rows.map((r) => ({ month: r.month, party: r.party.trim(), direction: r.direction, kind: r.kind, incidents: r.n }));
}

type QuantityRaw = { month: string; party: string; subject: string; unit: string; quantity: string; n: number };

/** Sums of the items of seizing incidents that happened in the period, per month, party, subject and unit. */
async function quantities(ctx: Ctx, b: Bounds, type: 'chemical' | 'wildlife'): Promise<QuantityRaw[]> {
  const [i, it] = [incidents, incidentItems];
  const subject = type === 'chemical' ? sql`s.id` : sql`${it.taxon}`;
  const perSubstance = type === 'chemical' ? sql`cross join lateral unnest(${it.substanceIds}) as s(id)` : sql``;
  const kinds = sql.join(SEIZING_KINDS.map((k) => sql`${k}`), sql`, `);
  const rows = await queryRows<QuantityRaw>(
    ctx.db,
    sql`select to_char(${i.occurredOn}, 'YYYY-MM') as month, ${i.originParty} as party, ${subject} as subject, ${it.unit} as unit,
          sum(${it.quantity})::text as quantity, count(distinct ${i.id})::int as n
        from ${it} join ${i} on ${i.id} = ${it.incidentId} ${perSubstance}
        where ${it.type} = ${type} and ${it.quantity} is not null and ${subject} is not null and ${i.status} = 'active' and ${i.kind} in (${kinds}) and ${readableHandling(ctx.actor, i.handling)}
          and ${i.occurredOn} >= ${b.firstDay}::date and ${i.occurredOn} < ${b.dayAfter}::date
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );
  return rows.map((r) => ({ ...r, party: r.party.trim() }));
}

const amount = (v: string): number => Number(Number(v).toPrecision(15));

async function substanceRows(ctx: Ctx, b: Bounds): Promise<z.infer<typeof SubstanceRow>[]> {
  const raw = await quantities(ctx, b, 'chemical');
  if (raw.length === 0) return [];
  const { registry } = await currentRegistry(ctx.db);
  const names = new Map<string, { en: string; zh: string }>([...registry.classes, ...registry.entries].map((e) => [e.id, e.names]));
  return raw.map((r) => ({ month: r.month, party: r.party, substanceId: r.subject, nameEn: names.get(r.subject)?.en ?? null, nameZh: names.get(r.subject)?.zh ?? null, unit: r.unit, quantity: amount(r.quantity), incidents: r.n }));
}

async function speciesRows(ctx: Ctx, b: Bounds): Promise<z.infer<typeof SpeciesRow>[]> {
  return (await quantities(ctx, b, 'wildlife')).map((r) => {
    const s = findSpecies(r.subject);
    return { month: r.month, party: r.party, taxon: r.subject, nameEn: s?.en ?? null, nameZh: s?.zh ?? null, appendix: s?.appendix ?? null, unit: r.unit, quantity: amount(r.quantity), incidents: r.n };
  });
}

async function followUpRows(ctx: Ctx, b: Bounds): Promise<z.infer<typeof FollowUpRow>[]> {
  const [f, i] = [incidentFollowUps, incidents];
  const self = ctx.config.party;
  const rows = await queryRows<{ month: string; party: string; direction: 'given' | 'received'; n: number }>(
    ctx.db,
    sql`select ${monthOf(sql`${f.createdAt}`)} as month,
          case when ${f.originParty} = ${self} then coalesce(${i.originParty}, ${self}) else ${f.originParty} end as party,
          case when ${f.originParty} = ${self} then 'given' else 'received' end as direction, count(*)::int as n
        from ${f} left join ${i} on ${i.id} = ${f.incidentId}
        where ${f.createdAt} >= ${b.start}::timestamptz and ${f.createdAt} < ${b.end}::timestamptz and ${f.status} = 'active'
          and ${readableHandling(ctx.actor, f.handling)} and ${readableHandling(ctx.actor, sql`coalesce(${i.handling}, 'TLP:CLEAR')`)}
        group by 1, 2, 3 order by 1, 3, 2`,
  );
  return rows.map((r) => ({ month: r.month, party: r.party.trim(), direction: r.direction, followUps: r.n }));
}

export async function incidentFigures(ctx: Ctx, q: MonthPeriod): Promise<IncidentFigures> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("incident figures are read by this party's own users");
  const b = periodBounds(q);
  const [flow, substances, species, followUps] = [await flows(ctx, b), await substanceRows(ctx, b), await speciesRows(ctx, b), await followUpRows(ctx, b)];
  return { party: ctx.config.party, from: q.from, to: q.to, incidents: flow, substances, species, followUps };
}

const COLUMNS = {
  incidents: ['month', 'party', 'direction', 'kind', 'incidents'],
  substances: ['month', 'party', 'substanceId', 'nameEn', 'nameZh', 'unit', 'quantity', 'incidents'],
  species: ['month', 'party', 'taxon', 'nameEn', 'nameZh', 'appendix', 'unit', 'quantity', 'incidents'],
  'follow-ups': ['month', 'party', 'direction', 'followUps'],
} as const;

/** One of the figures' tables as CSV, a header row of the field names first. */
export function incidentFiguresCsv(figures: IncidentFigures, table: (typeof FIGURE_TABLES)[number]): string {
  switch (table) {
    case 'incidents':
      return rowsCsv(COLUMNS.incidents, figures.incidents);
    case 'substances':
      return rowsCsv(COLUMNS.substances, figures.substances);
    case 'species':
      return rowsCsv(COLUMNS.species, figures.species);
    case 'follow-ups':
      return rowsCsv(COLUMNS['follow-ups'], figures.followUps);
  }
}
