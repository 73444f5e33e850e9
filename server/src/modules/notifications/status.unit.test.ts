// The status both nodes derive from both sides' facts, the overdue rule, and which replies and decisions may follow.
import { describe, expect, it } from 'vitest';
import { decisionAllowed, decisionsAllowed, isOverdue, repliesAllowed, statusOf } from './status.js';

const base = { state: 'sent', reply: null, receivedAt: null, infoRequestedAt: null, infoProvidedAt: null };
const t = (iso: string) => new Date(iso);

describe('notification status', () => {
  it('follows the exporter’s state and the importer’s reply', () => {
    expect(statusOf({ ...base, state: 'draft' })).toBe('draft');
    expect(statusOf(base)).toBe('sent');
    expect(statusOf({ ...base, receivedAt: t('2026-03-02T00:00Z') })).toBe('delivered');
    expect(statusOf({ ...base, receivedAt: t('2026-03-02T00:00Z'), reply: 'acknowledged' })).toBe('acknowledged');
    expect(statusOf({ ...base, reply: 'cleared' })).toBe('cleared');
    expect(statusOf({ ...base, reply: 'objected', state: 'withdrawn' })).toBe('withdrawn');
  });

  it('shows information provided only when it came after the request', () => {
    const asked = { ...base, reply: 'info-requested', infoRequestedAt: t('2026-03-05T00:00Z') };
    expect(statusOf(asked)).toBe('info-requested');
    expect(statusOf({ ...asked, infoProvidedAt: t('2026-03-04T00:00Z') })).toBe('info-requested');
    expect(statusOf({ ...asked, infoProvidedAt: t('2026-03-06T00:00Z') })).toBe('info-provided');
  });

  it('is overdue only while the clock runs and the deadline has passed', () => {
    const due = t('2026-03-17T16:00:00Z');
    expect(isOverdue({ status: 'delivered', dueAt: due }, t('2026-03-17T15:59:59Z'))).toBe(false);
    expect(isOverdue({ status: 'delivered', dueAt: due }, t('2026-03-17T16:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'info-requested', dueAt: due }, t('2026-04-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'cleared', dueAt: due }, t('2026-04-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'sent', dueAt: null }, t('2026-04-01T00:00:00Z'))).toBe(false);
  });

  it('lets the importer answer only an open notification', () => {
    expect(repliesAllowed('delivered')).toEqual(['acknowledge', 'request-info', 'clear', 'object']);
    expect(repliesAllowed('acknowledged')).not.toContain('acknowledge');
    expect(repliesAllowed('info-requested')).toEqual([]);
    expect(repliesAllowed('cleared')).toEqual([]);
    expect(repliesAllowed('withdrawn')).toEqual([]);
  });

  it('orders export decisions: no authorisation against an objection, shipment after authorisation', () => {
    expect(decisionAllowed('objected', null, 'authorised')).toMatch(/objected/);
    expect(decisionAllowed('cleared', null, 'authorised')).toBeNull();
    expect(decisionAllowed('cleared', null, 'shipped')).toMatch(/authorisation first/);
    expect(decisionAllowed('cleared', 'authorised', 'shipped')).toBeNull();
    expect(decisionAllowed('cleared', 'shipped', 'seized')).toBeNull();
    expect(decisionAllowed('cleared', 'shipped', 'suspended')).toMatch(/only a seizure/);
    expect(decisionAllowed('delivered', 'refused', 'authorised')).toMatch(/final/);
    expect(decisionAllowed('draft', null, 'suspended')).toMatch(/not been sent/);
    expect(decisionsAllowed('cleared', 'authorised')).toEqual(['authorised', 'suspended', 'refused', 'shipped', 'seized']);
    expect(decisionsAllowed('cleared', 'shipped')).toEqual(['seized']);
    expect(decisionsAllowed('withdrawn', null)).toEqual([]);
  });
});
