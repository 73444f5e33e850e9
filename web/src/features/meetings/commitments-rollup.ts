// The roll-up above the commitments board in words (and its tallies per party, topic and meeting): "US: 7 of 9 kept, CN: 5 of 8 kept, since 1 Jan 2024". A
// commitment is kept when it was done, on time or late (the node counts each commitment in exactly one of open, in
// progress, overdue, kept on time, late and dropped; `made` is their sum). This party comes first, then the others
// by code, so the sentence reads the same on every visit. Pure: the words come from the caller's catalog.
import type { PartyTally, RollUp, Tally } from './commitments-types';

/** One party's or topic's line: how many were made and kept, and the rest of the tally. */
export type TallyLine = { key: string; made: number; kept: number; keptOnTime: number; late: number; overdue: number; unsettled: number; dropped: number };

/** Catalog lookups the sentence needs (react-i18next's `t`, or a stand-in in tests). */
export type Say = (key: 'commitments.rollUp.party' | 'commitments.rollUp.since' | 'commitments.rollUp.until' | 'commitments.rollUp.between' | 'commitments.rollUp.none', params?: Record<string, string | number>) => string;

export const keptOf = (t: Tally): number => t.keptOnTime + t.late;

export function tallyLine(key: string, t: Tally): TallyLine {
  return { key, made: t.made, kept: keptOf(t), keptOnTime: t.keptOnTime, late: t.late, overdue: t.overdue, unsettled: t.open + t.inProgress, dropped: t.dropped };
}

/** Parties with anything made, this party first, then the others by code. */
export function partyLines(byParty: readonly PartyTally[], ownParty: string): TallyLine[] {
  const rank = (p: string) => (p === ownParty ? '' : p);
  return byParty
    .filter((p) => p.made > 0)
    .toSorted((a, b) => rank(a.party).localeCompare(rank(b.party)))
    .map((p) => tallyLine(p.party, p));
}

/** Topics with anything made, the most made first, then by code. */
export function topicLines(byTopic: RollUp['byTopic']): TallyLine[] {
  return byTopic
    .filter((t) => t.made > 0)
    .toSorted((a, b) => b.made - a.made || a.topic.localeCompare(b.topic))
    .map((t) => tallyLine(t.topic, t));
}

/** Meetings with anything made, by reference; last, those made at no meeting held here (key ''). */
export function meetingLines(byMeeting: RollUp['byMeeting']): TallyLine[] {
  return byMeeting
    .filter((m) => m.made > 0)
    .toSorted((a, b) => (a.meetingReference === null ? 1 : 0) - (b.meetingReference === null ? 1 : 0) || (a.meetingReference ?? '').localeCompare(b.meetingReference ?? ''))
    .map((m) => tallyLine(m.meetingReference ?? '', m));
}

/** The share kept, as a whole percentage (none made: null, not 0 %). */
export const keptShare = (line: Pick<TallyLine, 'made' | 'kept'>): number | null => (line.made === 0 ? null : Math.round((line.kept / line.made) * 100));

/**
 * The sentence: each party's "kept of made", joined by the catalog's list separator, and the period when one was
 * chosen (`day` writes a date the way the UI does).
 */
export function rollUpSentence(rollUp: Pick<RollUp, 'byParty' | 'since' | 'until'>, o: { ownParty: string; say: Say; separator: string; day: (iso: string) => string }): string {
  const lines = partyLines(rollUp.byParty, o.ownParty);
  if (lines.length === 0) return o.say('commitments.rollUp.none');
  const parts = lines.map((l) => o.say('commitments.rollUp.party', { party: l.key, kept: l.kept, made: l.made }));
  const sentence = parts.join(o.separator);
  const { since, until } = rollUp;
  if (since && until) return `${sentence}${o.say('commitments.rollUp.between', { since: o.day(since), until: o.day(until) })}`;
  if (since) return `${sentence}${o.say('commitments.rollUp.since', { since: o.day(since) })}`;
  if (until) return `${sentence}${o.say('commitments.rollUp.until', { until: o.day(until) })}`;
  return sentence;
}
