// Figures for the results dashboard: per month (of sending, UTC) and direction, how many notifications were sent
// and received, how many answered and how many of those before the deadline, the median time to a first answer
// (from receipt to clearance, objection or a request for information), objections and stopped shipments.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { MonthPeriod, periodBounds, rowsCsv } from '../../platform/figures.js';
import { requireReader } from './use-case-kit.js';

export const FiguresQuery = MonthPeriod;

export const FigureRow = z.object({
  month: z.string(),
  exportingParty: z.string(),
  importingParty: z.string(),
  sent: z.number().int(),
  received: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  onTimeShare: z.number().nullable().describe('answered before the deadline, of those received; null when none was received'),
  medianHoursToAnswer: z.number().nullable(),
  objections: z.number().int(),
  stopped: z.number().int().describe('objected, or the export refused, suspended or seized'),
});
export type FigureRow = z.infer<typeof FigureRow>;

type Raw = { month: string; exporting_party: string; importing_party: string; sent: string; received: string; answered: string; on_time: string; median_hours: string | number | null; objections: string; stopped: string };

export async function notificationFigures(ctx: Ctx, q: MonthPeriod): Promise<FigureRow[]> {
  requireReader(ctx);
  const { start, end } = periodBounds(q);
  // The first answer is whichever came first of a request for information and the final reply (least() skips nulls).
  const rows = await queryRows<Raw>(
    ctx.db,
    sql`select to_char(date_trunc('month', sent_at at time zone 'UTC'), 'YYYY-MM') as month, exporting_party, importing_party,
          count(*) as sent,
          count(*) filter (where received_at is not null) as received,
          count(*) filter (where answered_at is not null) as answered,
          count(*) filter (where answered_at <= due_at) as on_time,
          percentile_cont(0.5) within group (order by extract(epoch from answered_at - received_at) / 3600) filter (where answered_at is not null) as median_hours,
          count(*) filter (where reply = 'objected') as objections,
          count(*) filter (where reply = 'objected' or decision in ('refused', 'suspended', 'seized')) as stopped
        from (select *, least(replied_at, info_requested_at) as answered_at from notifications
              where sent_at >= ${start}::timestamptz and sent_at < ${end}::timestamptz) n
        group by 1, 2, 3 order by 1, 2, 3`,
  );
  return rows.map((r) => {
    const received = Number(r.received);
    const onTime = Number(r.on_time);
    return {
      month: r.month,
      exportingParty: r.exporting_party.trim(),
      importingParty: r.importing_party.trim(),
      sent: Number(r.sent),
      received,
      answered: Number(r.answered),
      answeredOnTime: onTime,
      onTimeShare: received === 0 ? null : Math.round((onTime / received) * 1000) / 1000,
      medianHoursToAnswer: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
      objections: Number(r.objections),
      stopped: Number(r.stopped),
    };
  });
}

const COLUMNS = ['month', 'exportingParty', 'importingParty', 'sent', 'received', 'answered', 'answeredOnTime', 'onTimeShare', 'medianHoursToAnswer', 'objections', 'stopped'] as const;

export const figuresCsv = (rows: FigureRow[]): string => rowsCsv(COLUMNS, rows);
