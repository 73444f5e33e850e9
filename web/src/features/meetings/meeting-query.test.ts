import { describe, expect, it } from 'vitest';
import { daysOf, meetingsByDay, monthGrid, weekdayOf } from './calendar';
import { CALENDAR_PAGE_SIZE, EMPTY_MEETING_FILTERS, meetingParams, monthBounds, readMeetingParams, shiftMonth, toMeetingQuery, type ListState } from './meeting-query';

const TODAY = '2026-03-10';

describe('the meeting list in the address', () => {
  it('reads the list view, no filters, page 1 and the current month from an empty address, and writes nothing back', () => {
    const state = readMeetingParams(new URLSearchParams(), TODAY);
    expect(state).toEqual({ view: 'list', filters: EMPTY_MEETING_FILTERS, page: 1, month: '2026-03' });
    expect(meetingParams(state, TODAY).toString()).toBe('');
  });

  it('round-trips every filter, the page and the calendar month', () => {
    const filters = { level: 'plenary', topic: 'precursors', status: 'held', party: 'CN', from: '2024-01-01', to: '2024-12-31', q: 'US-MTG' } as const;
    const list: ListState = { view: 'list', filters, page: 3, month: '2026-03' };
    expect(readMeetingParams(meetingParams(list, TODAY), TODAY)).toEqual(list);
    const calendar: ListState = { view: 'calendar', filters, page: 1, month: '2024-01' };
    expect(readMeetingParams(meetingParams(calendar, TODAY), TODAY)).toEqual(calendar);
  });

  it('drops unknown codes, bad days, months and pages', () => {
    const read = readMeetingParams(new URLSearchParams('level=summit&status=lost&topic=Bad Topic&party=usa&from=2024-1-1&month=2024-13&page=-1&view=grid'), TODAY);
    expect(read).toEqual({ view: 'list', filters: EMPTY_MEETING_FILTERS, page: 1, month: '2026-03' });
  });

  it('asks the list for the filters that are set and the period; the calendar for its month, a day either side', () => {
    const filters = { ...EMPTY_MEETING_FILTERS, topic: 'wildlife', from: '2024-01-01', q: '  ' };
    expect(toMeetingQuery({ view: 'list', filters, page: 2, month: '2026-03' })).toEqual({ topic: 'wildlife', from: '2024-01-01', page: 2, pageSize: 50 });
    expect(toMeetingQuery({ view: 'calendar', filters, page: 4, month: '2024-02' })).toEqual({ topic: 'wildlife', from: '2024-01-31', to: '2024-03-01', page: 1, pageSize: CALENDAR_PAGE_SIZE });
  });

  it('knows the length of each month and steps across years', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2026-12').last).toBe('2026-12-31');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
  });
});

describe('the month calendar', () => {
  it('draws whole weeks from Monday: January 2024 starts on a Monday, March 2026 on a Sunday', () => {
    expect(weekdayOf('2024-01-01')).toBe(1);
    const jan = monthGrid('2024-01', '2024-01-10');
    expect(jan).toHaveLength(5);
    expect(jan[0]?.[0]).toEqual({ day: '2024-01-01', isInMonth: true, isToday: false });
    expect(jan.flat().find((d) => d.isToday)?.day).toBe('2024-01-10');
    const march = monthGrid('2026-03', TODAY);
    expect(march[0]?.[0]?.day).toBe('2026-02-23');
    expect(march[0]?.[6]).toEqual({ day: '2026-03-01', isInMonth: true, isToday: false });
    expect(march.at(-1)?.[6]?.day).toBe('2026-04-05');
    expect(march.every((w) => w.length === 7)).toBe(true);
  });

  it("places a meeting on the reader's day: 22:00 in Washington on 9 March is 10 March in Beijing", () => {
    const m = { startsAt: '2026-03-10T02:00:00Z', endsAt: '2026-03-10T04:00:00Z' };
    expect(daysOf(m, 'America/New_York')).toEqual(['2026-03-09']);
    expect(daysOf(m, 'Asia/Shanghai')).toEqual(['2026-03-10']);
  });

  it('shows a two-day plenary on both days, one ending at midnight not on the next, and never more than two weeks', () => {
    expect(daysOf({ startsAt: '2024-01-30T01:00:00Z', endsAt: '2024-01-31T09:00:00Z' }, 'Asia/Shanghai')).toEqual(['2024-01-30', '2024-01-31']);
    expect(daysOf({ startsAt: '2024-01-30T01:00:00Z', endsAt: '2024-01-30T16:00:00Z' }, 'Asia/Shanghai')).toEqual(['2024-01-30']);
    expect(daysOf({ startsAt: '2024-01-01T00:00:00Z', endsAt: '2024-12-31T00:00:00Z' }, 'UTC')).toHaveLength(14);
  });

  it('lists the meetings of each day earliest first', () => {
    const late = { id: 'late', startsAt: '2024-01-10T15:00:00Z', endsAt: '2024-01-10T16:00:00Z' };
    const early = { id: 'early', startsAt: '2024-01-10T09:00:00Z', endsAt: '2024-01-11T10:00:00Z' };
    const byDay = meetingsByDay([late, early], 'UTC');
    expect(byDay.get('2024-01-10')?.map((m) => m.id)).toEqual(['early', 'late']);
    expect(byDay.get('2024-01-11')?.map((m) => m.id)).toEqual(['early']);
    expect(byDay.has('2024-01-12')).toBe(false);
  });
});
