import { describe, expect, it } from 'vitest';
import { keptShare, meetingLines, partyLines, rollUpSentence, topicLines, type Say } from './commitments-rollup';
import type { RollUp, Tally } from './commitments-types';

const tally = (t: Partial<Tally>): Tally => ({ made: 0, open: 0, inProgress: 0, overdue: 0, keptOnTime: 0, late: 0, dropped: 0, ...t });

const rollUp: RollUp = {
  asOf: '2026-12-07',
  since: '2024-01-01',
  until: null,
  byParty: [
    { party: 'CN', ...tally({ made: 8, keptOnTime: 4, late: 1, overdue: 2, dropped: 1 }) },
    { party: 'US', ...tally({ made: 9, keptOnTime: 6, late: 1, open: 1, inProgress: 1 }) },
    { party: 'MX', ...tally({}) },
  ],
  byTopic: [
    { topic: 'wildlife', ...tally({ made: 2, keptOnTime: 2 }) },
    { topic: 'precursors', ...tally({ made: 9, keptOnTime: 5, overdue: 4 }) },
    { topic: 'angel-watch', ...tally({ made: 2, late: 1, dropped: 1 }) },
  ],
  byMeeting: [
    { meetingId: null, meetingReference: null, ...tally({ made: 1, open: 1 }) },
    { meetingId: 'm2', meetingReference: 'US-MTG-2024-000002', ...tally({ made: 3, keptOnTime: 3 }) },
    { meetingId: 'm1', meetingReference: 'US-MTG-2024-000001', ...tally({ made: 2, late: 1, overdue: 1 }) },
  ],
};

/** English-like words, so the test reads as the page does. */
const say: Say = (key, p = {}) =>
  ({
    'commitments.rollUp.party': `${p.party}: ${p.kept} of ${p.made} kept`,
    'commitments.rollUp.since': `, since ${p.since}`,
    'commitments.rollUp.until': `, due by ${p.until}`,
    'commitments.rollUp.between': `, due ${p.since} to ${p.until}`,
    'commitments.rollUp.none': 'No commitments yet.',
  })[key];
const day = (iso: string) => `<${iso}>`;

describe('the commitments roll-up', () => {
  it('says each party kept of made, this party first, and since when', () => {
    expect(rollUpSentence(rollUp, { ownParty: 'US', say, separator: ', ', day })).toBe('US: 7 of 9 kept, CN: 5 of 8 kept, since <2024-01-01>');
    expect(rollUpSentence(rollUp, { ownParty: 'CN', say, separator: '，', day })).toBe('CN: 5 of 8 kept，US: 7 of 9 kept, since <2024-01-01>');
  });

  it('names a closed period, an open end, and says so when nothing was made', () => {
    expect(rollUpSentence({ ...rollUp, until: '2024-12-31' }, { ownParty: 'US', say, separator: '; ', day })).toBe('US: 7 of 9 kept; CN: 5 of 8 kept, due <2024-01-01> to <2024-12-31>');
    expect(rollUpSentence({ ...rollUp, since: null, until: '2024-12-31' }, { ownParty: 'US', say, separator: '; ', day })).toMatch(/, due by <2024-12-31>$/);
    expect(rollUpSentence({ byParty: [{ party: 'US', ...tally({}) }], since: null, until: null }, { ownParty: 'US', say, separator: ', ', day })).toBe('No commitments yet.');
  });

  it('counts late ones as kept, keeps the rest of the tally apart, and lists topics by how many were made', () => {
    const [us] = partyLines(rollUp.byParty, 'US');
    expect(us).toEqual({ key: 'US', made: 9, kept: 7, keptOnTime: 6, late: 1, overdue: 0, unsettled: 2, dropped: 0 });
    expect(topicLines(rollUp.byTopic).map((l) => l.key)).toEqual(['precursors', 'angel-watch', 'wildlife']);
    expect(meetingLines(rollUp.byMeeting).map((l) => [l.key, l.kept])).toEqual([['US-MTG-2024-000001', 1], ['US-MTG-2024-000002', 3], ['', 0]]);
    expect(keptShare({ made: 9, kept: 7 })).toBe(78);
    expect(keptShare({ made: 0, kept: 0 })).toBeNull();
  });
});
