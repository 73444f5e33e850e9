// Figures for the results dashboard (issue 17): the working group's meetings per month and level, and its
// commitments per due month, owning party and topic — made, open, in progress, overdue, kept on time, late, dropped.
// Commitments are counted by the month they are due (what "kept on time" is measured against), not the month they
// were made. A figure is only ever a sum, and counts only what the reader may read (a TLP:RED meeting or commitment
// is not a viewer's to know of). Cancelled and withdrawn meetings and withdrawn commitments count nowhere.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { MonthPeriod, periodBounds, rowsCsv } from '../../platform/figures.js';
import { readableHandling } from '../../platform/handling/index.js';
import { todayHere } from './commitment-queries.js';
import { requireReader } from './kit.js';
import { Tally } from './schemas-commitments.js';
import { commitments, meetings } from './tables.js';

export const MEETING_FIGURE_TABLES = ['meetings', 'commitments'] as const;
export const MeetingFiguresCsvQuery = MonthPeriod.extend({ table: z.enum(MEETING_FIGURE_TABLES).default('meetings').describe('which of the figures to download') });

export const MeetingCountRow = z.object({ month: z.string().describe('YYYY-MM of the start, UTC'), level: z.string(), meetings: z.number().int() });
export const CommitmentCountRow = Tally.extend({
  month: z.string().describe('YYYY-MM of the due date'),
  party: z.string().describe('the owning party'),
  topic: z.string(),
});
export const MeetingFigures = z.object({
  party: z.string().describe('this node’s party'),
  from: z.string(),
  to: z.string(),
  asOf: z.string().describe('today in this party’s zone: what overdue is counted against'),
  meetings: z.array(MeetingCountRow),
  commitments: z.array(CommitmentCountRow),
});
export type MeetingFigures = z.infer<typeof MeetingFigures>;

type Bounds = ReturnType<typeof periodBounds>;

async function meetingCounts(ctx: Ctx, b: Bounds): Promise<z.infer<typeof MeetingCountRow>[]> {
  const m = meetings;
  return queryRows(
    ctx.db,
    sql`select to_char(date_trunc('month', ${m.startsAt} at time zone 'UTC'), 'YYYY-MM') as month, ${m.level} as level, count(*)::int as meetings
        from ${m} where ${m.status} not in ('cancelled', 'withdrawn') and ${readableHandling(ctx.actor, m.handling)}
          and ${m.startsAt} >= ${b.start}::timestamptz and ${m.startsAt} < ${b.end}::timestamptz
        group by 1, 2 order by 1, 2`,
  );
}

async function commitmentCounts(ctx: Ctx, b: Bounds, today: string): Promise<z.infer<typeof CommitmentCountRow>[]> {
  const c = commitments;
  const late = sql`${c.dueOn} < ${today}::date`;
  const rows = await queryRows<z.infer<typeof CommitmentCountRow>>(
    ctx.db,
    sql`select to_char(${c.dueOn}, 'YYYY-MM') as month, trim(${c.originParty}) as party, ${c.topic} as topic, count(*)::int as made,
          count(*) filter (where ${c.status} = 'open' and not (${late}))::int as open,
          count(*) filter (where ${c.status} = 'in-progress' and not (${late}))::int as "inProgress",
          count(*) filter (where ${c.status} in ('open', 'in-progress') and ${late})::int as overdue,
          count(*) filter (where ${c.status} = 'done' and coalesce(${c.settledOn}, ${c.dueOn}) <= ${c.dueOn})::int as "keptOnTime",
          count(*) filter (where ${c.status} = 'done' and ${c.settledOn} > ${c.dueOn})::int as late,
          count(*) filter (where ${c.status} = 'dropped')::int as dropped
        from ${c} where ${c.status} <> 'withdrawn' and ${readableHandling(ctx.actor, c.handling)}
          and ${c.dueOn} >= ${b.firstDay}::date and ${c.dueOn} < ${b.dayAfter}::date
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  return rows;
}

export async function meetingFigures(ctx: Ctx, q: MonthPeriod): Promise<MeetingFigures> {
  requireReader(ctx);
  const b = periodBounds(q);
  const { today } = await todayHere(ctx);
  const [m, c] = await Promise.all([meetingCounts(ctx, b), commitmentCounts(ctx, b, today)]);
  return { party: ctx.config.party, from: q.from, to: q.to, asOf: today, meetings: m, commitments: c };
}

const COLUMNS = {
  meetings: ['month', 'level', 'meetings'],
  commitments: ['month', 'party', 'topic', 'made', 'open', 'inProgress', 'overdue', 'keptOnTime', 'late', 'dropped'],
} as const;

/** One of the figures' tables as CSV, a header row of the field names first. */
export function meetingFiguresCsv(figures: MeetingFigures, table: (typeof MEETING_FIGURE_TABLES)[number]): string {
  return table === 'meetings' ? rowsCsv(COLUMNS.meetings, figures.meetings) : rowsCsv(COLUMNS.commitments, figures.commitments);
}
