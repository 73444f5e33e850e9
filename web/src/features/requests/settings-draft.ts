// The agreement profile as its page edits it: the four-eyes rule, and one row per type of request that expects an
// answer and priority with the reply period this party gives it. A row follows the default (EU Directive 2023/977,
// Article 5, as the node gives it for each row) until an administrator sets another period, and is left out of what
// is saved while it does; the rest are checked as the node checks them (a whole number from 1 to 720), and a
// problem the node names at `periods/<i>` is led back to the row it came from.
import type { Priority, RequestType } from './codes';
import type { PeriodView, RequestSettings, SettingsInput } from './types';

export const PERIOD_UNITS = ['hours', 'calendar-days', 'working-days'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const isPeriodUnit = (value: string | null): value is PeriodUnit => PERIOD_UNITS.some((u) => u === value);
export const MIN_AMOUNT = 1;
export const MAX_AMOUNT = 720;

export type FourEyes = RequestSettings['fourEyes'];
/** `amount` is '' while the field is empty; `isDefault`: the row follows `default` (no period of this party's own). */
export type PeriodRow = { type: RequestType; priority: Priority; amount: number | ''; unit: PeriodUnit; isDefault: boolean; default: PeriodView['default'] };
export type SettingsDraft = { fourEyes: FourEyes; periods: PeriodRow[] };

export function draftFromSettings(s: RequestSettings): SettingsDraft {
  return { fourEyes: s.fourEyes, periods: s.periods.map((p: PeriodView) => ({ type: p.type, priority: p.priority, amount: p.amount, unit: p.unit, isDefault: p.isDefault, default: { ...p.default } })) };
}

/** The row with its amount or unit changed: it follows the default again if they are the default's (unchanged, it
 * stays as it is: a period of this party's own that equals the default is still its own). */
export function withPeriod(row: PeriodRow, patch: Partial<Pick<PeriodRow, 'amount' | 'unit'>>): PeriodRow {
  const next = { ...row, ...patch };
  if (next.amount === row.amount && next.unit === row.unit) return row;
  return { ...next, isDefault: next.amount === row.default.amount && next.unit === row.default.unit };
}

export const toDefault = (row: PeriodRow): PeriodRow => ({ ...row, ...row.default, isDefault: true });

const isAmount = (amount: number | ''): amount is number => typeof amount === 'number' && Number.isInteger(amount) && amount >= MIN_AMOUNT && amount <= MAX_AMOUNT;

/** Row indices whose amount the node would refuse (empty, not whole, out of range). */
export function rowsWithBadAmount(d: SettingsDraft): number[] {
  return d.periods.flatMap((row, i) => (isAmount(row.amount) ? [] : [i]));
}

/** What is saved (an empty amount is left out: the checks stop it first), and for each period sent the row it
 * came from: the node's `periods/<i>` is row `sentRows[i]`. */
export function settingsToInput(d: SettingsDraft): { input: SettingsInput; sentRows: number[] } {
  const sent = d.periods.flatMap((row, i) => (row.isDefault || row.amount === '' ? [] : [{ i, period: { type: row.type, priority: row.priority, amount: row.amount, unit: row.unit } }]));
  return { input: { fourEyes: d.fourEyes, periods: sent.map((s) => s.period) }, sentRows: sent.map((s) => s.i) };
}

/** Whether the draft would save the same profile as `saved` (nothing to save). A row the node would refuse (an
 * amount cleared, say) is a change: saving it is what shows the officer the problem. */
export function isUnchanged(d: SettingsDraft, saved: SettingsDraft): boolean {
  if (rowsWithBadAmount(d).length > 0) return false;
  return JSON.stringify(settingsToInput(d).input) === JSON.stringify(settingsToInput(saved).input);
}
