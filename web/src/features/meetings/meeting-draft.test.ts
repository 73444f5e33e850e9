import { describe, expect, it } from 'vitest';
import { checkMeetingDraft, draftFromMeeting, emptyAgendaItem, emptyMeetingDraft, meetingDraftToInput, wallInstant, wallOf, withStartDay, type MeetingDraft } from './meeting-draft';
import type { Meeting, MeetingInput } from './types';

const complete = (): MeetingDraft => ({
  ...emptyMeetingDraft({ language: 'en', timeZone: 'America/New_York' }),
  level: 'working-level',
  mode: 'virtual',
  title: ' Working-level meeting ',
  startDay: '2026-03-10',
  startTime: '10:00',
  endDay: '2026-03-10',
  endTime: '12:00',
  place: ' Washington, D.C. ',
  parties: ['CN'],
  agenda: [{ ...emptyAgendaItem('precursors'), title: ' Scheduling of fentanyl precursors ' }],
});

describe('the meeting form', () => {
  it('finds nothing missing in a complete draft, and each missing field by the path the node names', () => {
    expect(checkMeetingDraft(complete())).toEqual({});
    const empty = emptyMeetingDraft({ language: 'zh', timeZone: 'Asia/Shanghai' });
    expect(checkMeetingDraft(empty)).toEqual({ level: 'required', mode: 'required', title: 'required', place: 'required', parties: 'required', startsAt: 'required', endsAt: 'required', 'agenda/0/topic': 'agendaTopic', 'agenda/0/title': 'agendaTitle' });
  });

  it('refuses an end before the start and a time that is not HH:MM', () => {
    expect(checkMeetingDraft({ ...complete(), endTime: '09:59' })).toEqual({ endsAt: 'endBeforeStart' });
    expect(checkMeetingDraft({ ...complete(), startTime: '25:00' })).toEqual({ startsAt: 'time' });
    expect(meetingDraftToInput({ ...complete(), startTime: '' })).toBeNull();
    expect(meetingDraftToInput({ ...complete(), level: '' })).toBeNull();
  });

  it('reads the times on the clock of the place: 10:00 in Washington in March is 14:00 UTC, in Beijing 02:00 UTC', () => {
    const input = meetingDraftToInput(complete());
    expect(input?.startsAt).toBe('2026-03-10T14:00:00.000Z');
    expect(input?.endsAt).toBe('2026-03-10T16:00:00.000Z');
    expect(meetingDraftToInput({ ...complete(), timeZone: 'Asia/Shanghai' })?.startsAt).toBe('2026-03-10T02:00:00.000Z');
    // Across the change to summer time (8 March 2026 in the US): 10:00 EST on 6 March is 15:00 UTC.
    expect(wallInstant('2026-03-06', '10:00', 'America/New_York')?.toISOString()).toBe('2026-03-06T15:00:00.000Z');
    expect(wallOf('2026-03-10T02:00:00.000Z', 'Asia/Shanghai')).toEqual({ day: '2026-03-10', time: '10:00' });
    expect(wallOf('2026-03-10T02:00:00.000Z', 'America/New_York')).toEqual({ day: '2026-03-09', time: '22:00' });
  });

  it('sends trimmed text, new agenda items without an id, and copies of the links', () => {
    const links = { incidents: ['US-INC-2026-000042'], notifications: [], cases: ['US-CASE-2026-000001'], requests: [] };
    const d = { ...complete(), links };
    const input = meetingDraftToInput(d);
    expect(input).toMatchObject({ title: 'Working-level meeting', place: 'Washington, D.C.', parties: ['CN'], handling: 'TLP:GREEN', status: 'scheduled', language: 'en' });
    expect(input?.agenda).toEqual([{ id: null, topic: 'precursors', title: 'Scheduling of fentanyl precursors' }]);
    expect(input?.links).toEqual(links);
    links.incidents.push('US-INC-2026-000043');
    expect(input?.links?.incidents).toEqual(['US-INC-2026-000042']);
  });

  it('gives a saved meeting back as it was saved: the same instants, agenda ids, parties without the convener, links', () => {
    const input = meetingDraftToInput({ ...complete(), endDay: '2026-03-11', endTime: '01:30', handling: 'TLP:AMBER', status: 'held' });
    if (!input) throw new Error('the draft is complete');
    const saved = savedAs(input);
    const again = meetingDraftToInput(draftFromMeeting(saved));
    expect(again).toEqual({ ...input, agenda: saved.agenda.map((a) => ({ id: a.id, topic: a.topic, title: a.title })) });
    expect(draftFromMeeting(saved).parties).toEqual(['CN']);
  });

  it('moves the end day with the start day until the secretariat sets another', () => {
    expect(withStartDay({ ...complete(), endDay: '' }, '2026-04-01')).toEqual({ startDay: '2026-04-01', endDay: '2026-04-01' });
    expect(withStartDay(complete(), '2026-04-01')).toEqual({ startDay: '2026-04-01', endDay: '2026-04-01' });
    expect(withStartDay({ ...complete(), endDay: '2026-03-11' }, '2026-03-09')).toEqual({ startDay: '2026-03-09' });
  });
});

/** The meeting as the node gives it back after saving this input (only what the form reads of it). */
function savedAs(input: MeetingInput): Meeting {
  const agenda = (input.agenda ?? []).map((a, i) => ({ ...a, id: a.id ?? `7a1c0000-0000-4000-8000-00000000000${i + 1}`, notes: [] }));
  return { ...input, originParty: 'US', parties: ['CN', 'US'], agenda, links: input.links } as unknown as Meeting;
}
