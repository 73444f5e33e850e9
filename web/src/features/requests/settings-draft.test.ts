import { describe, expect, it } from 'vitest';
import { draftFromSettings, isUnchanged, rowsWithBadAmount, settingsToInput, toDefault, withPeriod, type PeriodRow, type SettingsDraft } from './settings-draft';
import type { RequestSettings } from './types';

const hours8 = { amount: 8, unit: 'hours' } as const;
const days7 = { amount: 7, unit: 'calendar-days' } as const;
// The node's default for high priority is 3 calendar days; this one differs, so that a row put back to its default
// shows the page takes the default the node gives, not one of its own.
const days5 = { amount: 5, unit: 'working-days' } as const;

const view: RequestSettings = {
  fourEyes: 'sensitive',
  periods: [
    { type: 'information', priority: 'urgent', ...hours8, isDefault: true, default: hours8 },
    { type: 'information', priority: 'high', amount: 2, unit: 'working-days', isDefault: false, default: days5 },
    { type: 'information', priority: 'normal', ...days7, isDefault: true, default: days7 },
    { type: 'evidence', priority: 'normal', amount: 30, unit: 'calendar-days', isDefault: false, default: days7 },
    // Set to the very period of the default: still this party's own, and saved as such.
    { type: 'evidence', priority: 'urgent', ...hours8, isDefault: false, default: hours8 },
  ],
};

const row = (d: SettingsDraft, i: number): PeriodRow => d.periods[i] as PeriodRow;
const edit = (d: SettingsDraft, i: number, patch: Parameters<typeof withPeriod>[1]): SettingsDraft => ({ ...d, periods: d.periods.map((r, j) => (j === i ? withPeriod(r, patch) : r)) });

describe('the request settings form', () => {
  it('reads every row the node lists, in its order, and whether it follows the default as the node says', () => {
    const d = draftFromSettings(view);
    expect(d.periods.map((r) => `${r.type}/${r.priority}`)).toEqual(['information/urgent', 'information/high', 'information/normal', 'evidence/normal', 'evidence/urgent']);
    expect(d.periods.map((r) => r.isDefault)).toEqual([true, false, true, false, false]);
  });

  it('saves only the periods of this party\'s own, and says which row each came from', () => {
    const d = draftFromSettings(view);
    const { input, sentRows } = settingsToInput({ ...d, fourEyes: 'all' });
    expect(input).toEqual({
      fourEyes: 'all',
      periods: [
        { type: 'information', priority: 'high', amount: 2, unit: 'working-days' },
        { type: 'evidence', priority: 'normal', amount: 30, unit: 'calendar-days' },
        { type: 'evidence', priority: 'urgent', amount: 8, unit: 'hours' },
      ],
    });
    expect(sentRows).toEqual([1, 3, 4]);
  });

  it('puts a row back to the default the node gives for it, which is then left out of what is saved', () => {
    const d = draftFromSettings(view);
    expect(toDefault(row(d, 1))).toEqual({ type: 'information', priority: 'high', amount: 5, unit: 'working-days', isDefault: true, default: days5 });
    const back: SettingsDraft = { ...d, periods: d.periods.map((r, i) => (i === 1 || i === 4 ? toDefault(r) : r)) };
    expect(settingsToInput(back).sentRows).toEqual([3]);
  });

  it('makes an edited row this party\'s own, and a row edited to its default period follow the default again', () => {
    const d = draftFromSettings(view);
    const edited = edit(d, 0, { amount: 4 });
    expect(row(edited, 0)).toMatchObject({ amount: 4, unit: 'hours', isDefault: false });
    expect(row(edit(d, 0, { unit: 'calendar-days' }), 0).isDefault).toBe(false);
    expect(row(edit(edited, 0, { amount: 8 }), 0).isDefault).toBe(true);
    expect(row(edit(d, 1, { amount: 5 }), 1).isDefault).toBe(true);
    // Its own period, equal to the default, given again: still its own.
    expect(row(edit(d, 4, { amount: 8, unit: 'hours' }), 4).isDefault).toBe(false);
  });

  it('refuses an empty amount, a fraction, zero and more than 720, and leaves an empty one out of the input', () => {
    const d = draftFromSettings(view);
    const amounts: PeriodRow['amount'][] = ['', 1.5, 0, 721];
    const bad: SettingsDraft = { ...d, periods: d.periods.map((r, i) => withPeriod(r, { amount: amounts[i] ?? r.amount })) };
    expect(rowsWithBadAmount(bad)).toEqual([0, 1, 2, 3]);
    expect(rowsWithBadAmount(d)).toEqual([]);
    expect(settingsToInput(bad).sentRows).toEqual([1, 2, 3, 4]);
  });

  it('sees nothing to save until the profile it would save changes, or an amount is one the node refuses', () => {
    const d = draftFromSettings(view);
    expect(isUnchanged(d, d)).toBe(true);
    expect(isUnchanged({ ...d, fourEyes: 'all' }, d)).toBe(false);
    const edited = edit(d, 0, { amount: 4 });
    expect(isUnchanged(edited, d)).toBe(false);
    // Typed back to the default value: the same profile.
    expect(isUnchanged(edit(edited, 0, { amount: 8 }), d)).toBe(true);
    // A row at its default with its amount cleared: Save is offered, so that the check says what is wrong.
    expect(isUnchanged(edit(d, 0, { amount: '' }), d)).toBe(false);
    expect(isUnchanged(edit(d, 2, { amount: 0 }), d)).toBe(false);
  });
});
