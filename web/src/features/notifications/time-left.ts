// How long the importer has left to answer, or how long ago the answer fell due: "3 days left", "overdue by
// 5 hours", in the largest whole unit, from the deadline instant and the viewer's clock.
import type { Locale } from '../../app/api/types';

export type TimeLeft = { isOverdue: boolean; value: number; unit: 'day' | 'hour' | 'minute' };

const UNITS: [TimeLeft['unit'], number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
];

/** The deadline is passed at the instant itself, as the server counts it. */
export function timeLeft(dueAt: string, now: Date): TimeLeft | null {
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return null;
  const diffMs = due - now.getTime();
  const isOverdue = diffMs <= 0;
  const abs = Math.abs(diffMs);
  for (const [unit, ms] of UNITS) if (abs >= ms) return { isOverdue, value: Math.floor(abs / ms), unit };
  return { isOverdue, value: Math.max(1, Math.floor(abs / 60_000)), unit: 'minute' };
}

/** "3 days" / "3天": the amount in the UI language, without "left" or "overdue". */
export function formatDuration(left: TimeLeft, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: left.unit, unitDisplay: 'long' }).format(left.value);
}
