import { describe, expect, it } from 'vitest';
import { activeStep, clearanceSteps } from './readout-steps';
import type { Readout } from './readout-types';

const base = (over: Partial<Readout> = {}): Readout =>
  ({ id: 'r1', kind: 'own', originParty: 'US', createdByName: 'Secretariat US', createdAt: '2024-01-10T20:00:00Z', status: 'draft', clearances: [], partners: [], release: null, ...over }) as Readout;
const clearance = (over: Partial<Readout['clearances'][number]>) => ({ id: 'c', readoutId: 'r1', party: 'US', version: 2, clearedByName: 'Li Wei', clearedByTitle: null, at: '2024-01-11T09:00:00Z', current: true, ...over });

describe('the clearance steps', () => {
  it('shows an own draft waiting for its clearance', () => {
    const steps = clearanceSteps(base());
    expect(steps.map((s) => [s.key, s.isDone])).toEqual([['drafted', true], ['cleared', false], ['released', false]]);
    expect(steps[0]).toMatchObject({ by: { name: 'Secretariat US' }, at: '2024-01-10T20:00:00Z' });
    expect(activeStep(steps)).toBe(1);
  });

  it('names who cleared the current version, and says an earlier clearance no longer counts', () => {
    const cleared = clearanceSteps(base({ clearances: [clearance({})] }));
    expect(cleared[1]).toMatchObject({ isDone: true, by: { name: 'Li Wei' }, note: null });
    const edited = clearanceSteps(base({ clearances: [clearance({ current: false })] }));
    expect(edited[1]).toMatchObject({ isDone: false, note: 'clearedEarlierVersion' });
  });

  it("waits for each other party's text of a joint readout and its clearance", () => {
    const none = clearanceSteps(base({ kind: 'joint' }), ['US', 'CN']);
    expect(none.map((s) => `${s.key}:${s.party}`)).toEqual(['drafted:US', 'cleared:US', 'partner:CN', 'released:US']);
    expect(none[2]).toMatchObject({ isDone: false, note: 'noPartnerText' });
    const partner = { id: 'p1', reference: 'CN-RO-2024-000001', party: 'CN', version: 1, language: 'zh' as const, title: '纪要', status: 'draft' as const, cleared: false };
    expect(clearanceSteps(base({ kind: 'joint', partners: [partner] }), ['US', 'CN'])[2]).toMatchObject({ note: 'partnerNotCleared' });
    const done = clearanceSteps(base({ kind: 'joint', partners: [{ ...partner, cleared: true }], clearances: [clearance({}), clearance({ id: 'c2', readoutId: 'p1', party: 'CN', clearedByName: 'Supervisor, MPS', clearedByTitle: { role: 'supervisor', agency: 'MPS' } })] }), ['US', 'CN']);
    expect(done[2]).toMatchObject({ isDone: true, by: { supervisorOf: 'MPS' } });
    expect(activeStep(done)).toBe(3);
  });

  it('is released when the public page shows the current version, and says when it shows an earlier one', () => {
    const release = { slug: 'us-ro-2024-000001', version: 2, releasedAt: '2024-01-11T12:00:00Z', updatedAt: '2024-01-11T12:00:00Z', current: true };
    const steps = clearanceSteps(base({ status: 'released', clearances: [clearance({})], release }));
    expect(activeStep(steps)).toBe(steps.length);
    expect(steps[2]).toMatchObject({ isDone: true, at: '2024-01-11T12:00:00Z' });
    expect(clearanceSteps(base({ release: { ...release, current: false } }))[2]).toMatchObject({ isDone: false, note: 'earlierVersionPublic' });
  });
});
