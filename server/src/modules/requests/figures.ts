// Figures for the results dashboard (issue 16): per month, other party, direction, type and priority, the requests
// this party sent and received; how many were answered, on time or late against the reply clock; the median hours
// from receipt to the first answer and to closure; the delays notified; and the refusals by reason. Both nodes
// count from the same steps (state.ts), so the requester's "sent" and the receiver's "received" agree. A figure is
// only ever a sum, and counts what the reader may read (a TLP:RED request is not a viewer's to know of). Drafts,
// requests awaiting approval and withdrawn requests count nowhere: they never arrived, or the receiver purged them.
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { Forbidden, Unauthorized } from '../../platform/errors.js';
import { MonthPeriod, periodBounds, rowsCsv } from '../../platform/figures.js';
import { readableHandling } from '../../platform/handling/index.js';
import { canRead } from './policy.js';
import { PRIORITIES, REQUEST_TYPES } from './schemas.js';
import { requests, requestSteps } from './tables.js';

export const REQUEST_FIGURE_TABLES = ['requests', 'refusals'] as const;
export const RequestFiguresCsvQuery = MonthPeriod.extend({ table: z.enum(REQUEST_FIGURE_TABLES).default('requests').describe('which of the figures to download') });

const month = z.string().describe('YYYY-MM, UTC');
const direction = z.enum(['sent', 'received']);
const hours = z.number().nullable();
export const RequestFlowRow = z.object({
  month: month.describe('sent: when it was sent; received: when it was received'),
  party: z.string().describe('sent: the party asked; received: the party that asked'),
  direction,
  type: z.enum(REQUEST_TYPES),
  priority: z.enum(PRIORITIES),
  requests: z.number().int(),
  answered: z.number().int().describe('answered (fully or in part) or refused, by now'),
  answeredOnTime: z.number().int().describe('of those with a reply clock: the first answer or refusal by the deadline'),
  answeredLate: z.number().int().describe('of those with a reply clock: the first answer or refusal after the deadline'),
  medianHoursToFirstAnswer: hours.describe('from receipt to the first answer (partial or full)'),
  medianHoursToClosure: hours.describe('from receipt to closure by the requester'),
  delays: z.number().int().describe('delay notices given'),
});
export const RefusalRow = z.object({ month: month.describe('when the refusal was given'), party: z.string().describe('the other party'), direction, reason: z.string().describe('the refusal reason code (data/requests.json)'), refusals: z.number().int() });
export const RequestFigures = z.object({
  party: z.string().describe('this node’s party'),
  from: z.string(),
  to: z.string(),
  requests: z.array(RequestFlowRow),
  refusals: z.array(RefusalRow),
});
export type RequestFigures = z.infer<typeof RequestFigures>;

type Bounds = ReturnType<typeof periodBounds>;
const monthOf = (col: SQL) => sql`to_char(date_trunc('month', ${col} at time zone 'UTC'), 'YYYY-MM')`;
const hoursBetween = (from: SQL, to: SQL) => sql`extract(epoch from (${to} - ${from})) / 3600.0`;
const median = (v: SQL) => sql`percentile_cont(0.5) within group (order by ${v})`;
const roundHours = (v: string | null): number | null => (v === null ? null : Math.round(Number(v) * 10) / 10);

type FlowRaw = Omit<z.infer<typeof RequestFlowRow>, 'medianHoursToFirstAnswer' | 'medianHoursToClosure'> & { toFirst: string | null; toClosure: string | null };

/** The request's direction from this node, the other party, and when it went or came. */
function flowColumns(self: string) {
  const r = requests;
  return {
    direction: sql`case when ${r.originParty} = ${self} then 'sent' else 'received' end`,
    party: sql`case when ${r.originParty} = ${self} then ${r.toParty} else ${r.originParty} end`,
    at: sql`case when ${r.originParty} = ${self} then ${r.sentAt} else coalesce(${r.receivedAt}, ${r.createdAt}) end`,
  };
}

/** Requests that left or arrived, readable by this reader: never drafts, approvals pending or withdrawn ones. */
const counted = (ctx: Ctx) => sql`${requests.status} not in ('draft', 'awaiting-approval', 'withdrawn') and ${readableHandling(ctx.actor, requests.handling)}`;

async function flows(ctx: Ctx, b: Bounds): Promise<z.infer<typeof RequestFlowRow>[]> {
  const r = requests;
  const c = flowColumns(ctx.config.party);
  // The first reply the receiver gave: a (partial) answer, or else the refusal.
  const replied = sql`coalesce(${r.firstAnswerAt}, ${r.answeredAt})`;
  const rows = await queryRows<FlowRaw>(
    ctx.db,
    sql`with flow as (select ${c.at} as flow_at, ${c.party} as party, ${c.direction} as direction, ${r.type} as type, ${r.priority} as priority, ${r.dueAt} as due_at,
                             ${r.receivedAt} as received_at, ${replied} as replied_at, ${r.firstAnswerAt} as first_at, ${r.closedAt} as closed_at, ${r.delayCount} as delays
                      from ${r} where ${counted(ctx)})
        select ${monthOf(sql`flow_at`)} as month, party, direction, type, priority, count(*)::int as requests,
          count(replied_at)::int as answered,
          count(*) filter (where due_at is not null and replied_at <= due_at)::int as "answeredOnTime",
          count(*) filter (where due_at is not null and replied_at > due_at)::int as "answeredLate",
          ${median(hoursBetween(sql`received_at`, sql`first_at`))}::text as "toFirst",
          ${median(hoursBetween(sql`received_at`, sql`closed_at`))}::text as "toClosure",
          coalesce(sum(delays), 0)::int as delays
        from flow where flow_at >= ${b.start}::timestamptz and flow_at < ${b.end}::timestamptz
        group by 1, 2, 3, 4, 5 order by 1, 3, 2, 4, 5`,
  );
  return rows.map(({ toFirst, toClosure, ...row }) => ({ ...row, party: row.party.trim(), medianHoursToFirstAnswer: roundHours(toFirst), medianHoursToClosure: roundHours(toClosure) }));
}

async function refusals(ctx: Ctx, b: Bounds): Promise<z.infer<typeof RefusalRow>[]> {
  const [r, s] = [requests, requestSteps];
  const c = flowColumns(ctx.config.party);
  const rows = await queryRows<z.infer<typeof RefusalRow>>(
    ctx.db,
    sql`select ${monthOf(sql`${s.at}`)} as month, ${c.party} as party, ${c.direction} as direction, coalesce(${s.reason}, 'other') as reason, count(*)::int as refusals
        from ${s} join ${r} on ${r.id} = ${s.requestId}
        where ${s.kind} = 'refusal' and ${s.state} in ('sent', 'received') and ${counted(ctx)} and ${readableHandling(ctx.actor, sql`coalesce(${s.handling}, ${r.handling})`)}
          and ${s.at} >= ${b.start}::timestamptz and ${s.at} < ${b.end}::timestamptz
        group by 1, 2, 3, 4 order by 1, 3, 2, 4`,
  );
  return rows.map((row) => ({ ...row, party: row.party.trim() }));
}

export async function requestFigures(ctx: Ctx, q: MonthPeriod): Promise<RequestFigures> {
  if (ctx.actor.kind === 'anonymous') throw new Unauthorized();
  if (!canRead(ctx.actor, ctx.config.party)) throw new Forbidden("request figures are read by this party's own users");
  const b = periodBounds(q);
  const flow = await flows(ctx, b);
  return { party: ctx.config.party, from: q.from, to: q.to, requests: flow, refusals: await refusals(ctx, b) };
}

const COLUMNS = {
  requests: ['month', 'party', 'direction', 'type', 'priority', 'requests', 'answered', 'answeredOnTime', 'answeredLate', 'medianHoursToFirstAnswer', 'medianHoursToClosure', 'delays'],
  refusals: ['month', 'party', 'direction', 'reason', 'refusals'],
} as const;

/** One of the figures' tables as CSV, a header row of the field names first. */
export function requestFiguresCsv(figures: RequestFigures, table: (typeof REQUEST_FIGURE_TABLES)[number]): string {
  return table === 'requests' ? rowsCsv(COLUMNS.requests, figures.requests) : rowsCsv(COLUMNS.refusals, figures.refusals);
}
