// The contact form's editable state and its conversion to and from the wire shape.
import type { Contact, ContactChannel, ContactInput, LanguageCode, TextLanguage, Topic } from '../../app/api/types';
import { isLanguageCode, isTopic } from '../../app/code-lists';

export type ChannelDraft = { kind: ContactChannel['kind']; value: string; label: string };

export type ContactDraft = {
  agencyId: string;
  kind: Contact['kind'];
  name: string;
  /** A Chinese rendering of a name not written in Chinese, as a person gives it (blank: none). */
  nameZh: string;
  title: string;
  topics: Topic[];
  coverage: Contact['coverage'];
  days: number[];
  start: string;
  end: string;
  timeZone: string;
  channels: ChannelDraft[];
  languages: LanguageCode[];
  notes: string;
  language: TextLanguage;
  /** Party codes whose nodes receive the contact through the exchange. */
  releasableTo: string[];
};

export function emptyDraft(defaults: { agencyId: string; timeZone: string; language: TextLanguage }): ContactDraft {
  return {
    agencyId: defaults.agencyId,
    kind: 'person',
    name: '',
    nameZh: '',
    title: '',
    topics: [],
    coverage: 'hours',
    days: [1, 2, 3, 4, 5],
    start: '09:00',
    end: '17:00',
    timeZone: defaults.timeZone,
    channels: [{ kind: 'phone', value: '', label: '' }],
    languages: defaults.language === 'zh' ? ['zh'] : ['en'],
    notes: '',
    language: defaults.language,
    releasableTo: [],
  };
}

export function draftFromContact(c: Contact, fallbackZone: string): ContactDraft {
  return {
    agencyId: c.agencyId,
    kind: c.kind,
    name: c.name,
    nameZh: c.nameZh ?? '',
    title: c.title ?? '',
    topics: c.topics.filter(isTopic),
    coverage: c.coverage,
    days: c.hours ? [...c.hours.days] : [1, 2, 3, 4, 5],
    start: c.hours?.start ?? '09:00',
    end: c.hours?.end ?? '17:00',
    timeZone: c.hours?.timeZone ?? fallbackZone,
    channels: c.channels.map((ch) => ({ kind: ch.kind, value: ch.value, label: ch.label ?? '' })),
    languages: c.languages.filter(isLanguageCode),
    notes: c.notes ?? '',
    language: c.language === 'zh' ? 'zh' : 'en',
    releasableTo: [...c.releasableTo],
  };
}

export function draftToInput(d: ContactDraft): ContactInput {
  const input: ContactInput = {
    agencyId: d.agencyId,
    kind: d.kind,
    name: d.name.trim(),
    topics: d.topics,
    coverage: d.coverage,
    channels: d.channels.map((ch) => ({
      kind: ch.kind,
      value: ch.value.trim(),
      ...(ch.label.trim() ? { label: ch.label.trim() } : {}),
    })),
    languages: d.languages,
    language: d.language,
    releasableTo: [...d.releasableTo].sort(),
  };
  if (d.nameZh.trim()) input.nameZh = d.nameZh.trim();
  if (d.title.trim()) input.title = d.title.trim();
  if (d.notes.trim()) input.notes = d.notes.trim();
  if (d.coverage === 'hours') {
    input.hours = { days: [...d.days].sort((a, b) => a - b), start: d.start, end: d.end, timeZone: d.timeZone };
  }
  return input;
}

/** Client-side checks that save a round trip; the server validates everything again. */
const DRAFT_ISSUES = ['agencyId', 'name', 'topics', 'channels', 'days', 'start', 'end', 'languages'] as const;
export type DraftIssue = (typeof DRAFT_ISSUES)[number];

export function isDraftIssue(value: string): value is DraftIssue {
  return (DRAFT_ISSUES as readonly string[]).includes(value);
}

export function checkDraft(d: ContactDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!d.agencyId) issues.push('agencyId');
  if (!d.name.trim()) issues.push('name');
  if (d.topics.length === 0) issues.push('topics');
  if (d.languages.length === 0) issues.push('languages');
  if (d.channels.length === 0 || d.channels.some((ch) => !ch.value.trim())) issues.push('channels');
  if (d.coverage === 'hours') {
    if (d.days.length === 0) issues.push('days');
    if (!hhmm.test(d.start)) issues.push('start');
    if (!hhmm.test(d.end)) issues.push('end');
  }
  return issues;
}
