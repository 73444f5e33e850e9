import { describe, expect, it } from 'vitest';
import { isOverdue, todayIn } from './overdue';

describe("a meeting's commitments", () => {
  it('are overdue only while owed and past the due day', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueOn: '2026-03-09' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'dropped', dueOn: '2026-01-01' }, '2026-03-10')).toBe(false);
  });

  it("count the day on the owning party's clock: at 20:00 on 9 March in Washington it is 10 March in Beijing", () => {
    const now = new Date('2026-03-10T00:00:00Z');
    expect(todayIn('America/New_York', now)).toBe('2026-03-09');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-03-10');
  });
});
