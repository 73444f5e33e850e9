// The meeting form's working copy: every field as the secretariat types it — the start and end as a day and a
// wall-clock time in the zone of the place (what the invitation says), the agenda as rows — into the API's input on
// saving, back from a saved meeting for editing, and the checks that catch what is plainly missing before anything
// is sent (the node checks the rest and says so at the field). Invariant: a saved meeting loaded into the form and
// sent back unchanged is the same input (same instants, agenda ids, links).
import { calendarDay, formatTime, wallTimeToInstant } from '../../app/time';
import { HANDLINGS, type Handling } from '../incidents/codes';
import { isLevel, isMeetingStatus, isMode, oneOf, type MeetingStatus } from './codes';
import type { Meeting, MeetingInput, MeetingLevel, MeetingLinks, MeetingMode } from './types';

export type AgendaDraft = { key: string; id: string | null; topic: string; title: string };
export type LinksDraft = { incidents: string[]; notifications: string[]; cases: string[]; requests: string[] };
export const LINK_KINDS = ['incidents', 'notifications', 'cases', 'requests'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type MeetingDraft = {
  level: MeetingLevel | '';
  mode: MeetingMode | '';
  title: string;
  language: 'en' | 'zh';
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  timeZone: string;
  place: string;
  parties: string[];
  agenda: AgendaDraft[];
  links: LinksDraft;
  handling: Handling;
  status: MeetingStatus;
};

let counter = 0;
export const emptyAgendaItem = (topic = ''): AgendaDraft => ({ key: `agenda-${++counter}`, id: null, topic, title: '' });
export const emptyLinks = (): LinksDraft => ({ incidents: [], notifications: [], cases: [], requests: [] });

export function emptyMeetingDraft(defaults: { language: 'en' | 'zh'; timeZone: string }): MeetingDraft {
  return {
    level: '',
    mode: '',
    title: '',
    language: defaults.language,
    startDay: '',
    startTime: '',
    endDay: '',
    endTime: '',
    timeZone: defaults.timeZone,
    place: '',
    parties: [],
    agenda: [emptyAgendaItem()],
    links: emptyLinks(),
    handling: 'TLP:GREEN',
    status: 'scheduled',
  };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a day and a wall-clock time name in a zone, or null while either is incomplete. */
export function wallInstant(day: string, time: string, timeZone: string): Date | null {
  const d = DAY.exec(day);
  if (!d || !TIME.test(time)) return null;
  return wallTimeToInstant({ y: Number(d[1]), m: Number(d[2]), d: Number(d[3]) }, time, timeZone);
}

/** The day ("2026-03-10") and wall-clock time ("10:00") an instant reads in a zone. */
export function wallOf(iso: string | Date, timeZone: string): { day: string; time: string } {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  const { y, m, d } = calendarDay(at, timeZone);
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { day, time: formatTime(at, { locale: 'en', timeZone }) };
}

/** A saved meeting back into the form, its times on the clock of its place. */
export function draftFromMeeting(m: Meeting): MeetingDraft {
  const start = wallOf(m.startsAt, m.timeZone);
  const end = wallOf(m.endsAt, m.timeZone);
  return {
    level: isLevel(m.level) ? m.level : '',
    mode: isMode(m.mode) ? m.mode : '',
    title: m.title,
    language: m.language === 'zh' ? 'zh' : 'en',
    startDay: start.day,
    startTime: start.time,
    endDay: end.day,
    endTime: end.time,
    timeZone: m.timeZone,
    place: m.place,
    parties: m.parties.filter((p) => p !== m.originParty),
    agenda: m.agenda.map((a) => ({ key: `agenda-${++counter}`, id: a.id, topic: a.topic, title: a.title })),
    links: { incidents: [...m.links.incidents], notifications: [...m.links.notifications], cases: [...m.links.cases], requests: [...m.links.requests] },
    handling: oneOf(HANDLINGS)(m.handling) ? m.handling : 'TLP:GREEN',
    status: isMeetingStatus(m.status) ? m.status : 'scheduled',
  };
}

/** Catalog keys (under `meetings.form.check`) of what is plainly missing or wrong, by the path the node names. */
export type MeetingCheck = 'required' | 'time' | 'endBeforeStart' | 'agendaTopic' | 'agendaTitle';

export function checkMeetingDraft(d: MeetingDraft): Record<string, MeetingCheck> {
  const issues: Record<string, MeetingCheck> = {};
  if (d.level === '') issues.level = 'required';
  if (d.mode === '') issues.mode = 'required';
  if (d.title.trim() === '') issues.title = 'required';
  if (d.place.trim() === '') issues.place = 'required';
  if (d.parties.length === 0) issues.parties = 'required';
  const start = wallInstant(d.startDay, d.startTime, d.timeZone);
  const end = wallInstant(d.endDay, d.endTime, d.timeZone);
  if (!start) issues.startsAt = d.startDay === '' ? 'required' : 'time';
  if (!end) issues.endsAt = d.endDay === '' ? 'required' : 'time';
  if (start && end && end.getTime() < start.getTime()) issues.endsAt = 'endBeforeStart';
  d.agenda.forEach((a, i) => {
    if (a.topic === '') issues[`agenda/${i}/topic`] = 'agendaTopic';
    if (a.title.trim() === '') issues[`agenda/${i}/title`] = 'agendaTitle';
  });
  return issues;
}

const copyLinks = (l: LinksDraft): MeetingLinks => ({ incidents: [...l.incidents], notifications: [...l.notifications], cases: [...l.cases], requests: [...l.requests] });

/** The node's input; null while the level, mode or either time is missing (the checks say so first). */
export function meetingDraftToInput(d: MeetingDraft): MeetingInput | null {
  const start = wallInstant(d.startDay, d.startTime, d.timeZone);
  const end = wallInstant(d.endDay, d.endTime, d.timeZone);
  if (d.level === '' || d.mode === '' || !start || !end) return null;
  return {
    level: d.level,
    mode: d.mode,
    title: d.title.trim(),
    language: d.language,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    timeZone: d.timeZone,
    place: d.place.trim(),
    parties: [...d.parties],
    agenda: d.agenda.map((a) => ({ id: a.id, topic: a.topic, title: a.title.trim() })),
    links: copyLinks(d.links),
    handling: d.handling,
    status: d.status,
  };
}

/** The end's day follows the start's until the secretariat sets it (a one-day meeting is the common case). */
export function withStartDay(d: MeetingDraft, startDay: string): Partial<MeetingDraft> {
  return d.endDay === '' || d.endDay === d.startDay ? { startDay, endDay: startDay } : { startDay };
}
