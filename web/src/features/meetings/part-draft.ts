// This party's own part of a meeting as its editor holds it: the attendance rows (a title, one of this party's
// agencies, principal or not, a name only where the person is not named by title alone), one note per agenda item,
// and the decisions (on an item or on the meeting as a whole). Into the node's input on saving — empty notes and
// untouched blank rows left out, the version it replaces beside it (0 creates the part) — and back from the saved
// part. The node names agencies by acronym in its view and by id in its input: the editor maps one to the other.
import type { AgendaView, PartBody, PartView } from './types';

export type AttendeeDraft = { key: string; title: string; agencyId: string; principal: boolean; name: string; userId: string | null; contactId: string | null };
export type DecisionDraft = { key: string; id: string | null; itemId: string; text: string };
export type PartDraft = { language: 'en' | 'zh'; attendance: AttendeeDraft[]; notes: Record<string, string>; decisions: DecisionDraft[] };

/** The value of a decision on the meeting as a whole (no agenda item) in the item select. */
export const WHOLE_MEETING = 'whole-meeting';

let counter = 0;
const key = (kind: string): string => `${kind}-${++counter}`;

export const emptyAttendee = (agencyId = ''): AttendeeDraft => ({ key: key('attendee'), title: '', agencyId, principal: false, name: '', userId: null, contactId: null });
export const emptyDecision = (itemId = WHOLE_MEETING): DecisionDraft => ({ key: key('decision'), id: null, itemId, text: '' });

type AgencyRef = { id: string; acronym: string };

/** The saved part (or a new one, in the reader's language) as the editor starts from it. */
export function partDraftFrom(part: PartView | null, ownAgencies: readonly AgencyRef[], language: 'en' | 'zh'): PartDraft {
  if (!part) return { language, attendance: [], notes: {}, decisions: [] };
  const agencyId = (acronym: string) => ownAgencies.find((a) => a.acronym === acronym)?.id ?? '';
  return {
    language: part.language === 'zh' ? 'zh' : 'en',
    attendance: part.attendance.map((a) => ({ key: key('attendee'), title: a.title, agencyId: agencyId(a.agency.acronym), principal: a.principal, name: a.name ?? '', userId: a.userId, contactId: a.contactId })),
    notes: Object.fromEntries(part.notes.map((n) => [n.itemId, n.text])),
    decisions: part.decisions.map((d) => ({ key: key('decision'), id: d.id, itemId: d.itemId ?? WHOLE_MEETING, text: d.text })),
  };
}

const isBlankAttendee = (a: AttendeeDraft): boolean => a.title.trim() === '' && a.name.trim() === '' && !a.userId && !a.contactId;

/** Catalog keys (under `meetings.part.check`) of what is plainly missing, by the editor's path (`attendance/<key>/…`). */
export type PartCheck = 'attendeeTitle' | 'attendeeAgency';

export function checkPartDraft(d: PartDraft): Record<string, PartCheck> {
  const issues: Record<string, PartCheck> = {};
  keptAttendees(d).forEach(({ a }) => {
    if (a.title.trim() === '') issues[`attendance/${a.key}/title`] = 'attendeeTitle';
    if (a.agencyId === '') issues[`attendance/${a.key}/agencyId`] = 'attendeeAgency';
  });
  return issues;
}

/** The rows that go to the node, numbered as it will number them (blank rows are left out before numbering). */
function keptAttendees(d: PartDraft): { a: AttendeeDraft; i: number }[] {
  return d.attendance.filter((a) => !isBlankAttendee(a)).map((a, i) => ({ a, i }));
}

/** The node's input: notes only on items still on the agenda and with words in them, decisions with words. */
export function partDraftToInput(d: PartDraft, agenda: readonly Pick<AgendaView, 'id'>[], version: number): PartBody {
  const items = new Set(agenda.map((a) => a.id));
  const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());
  return {
    language: d.language,
    attendance: keptAttendees(d).map(({ a }) => ({ title: a.title.trim(), agencyId: a.agencyId, principal: a.principal, name: orNull(a.name), userId: a.userId, contactId: a.contactId })),
    notes: agenda.flatMap((item) => {
      const text = (d.notes[item.id] ?? '').trim();
      return text === '' ? [] : [{ itemId: item.id, text }];
    }),
    decisions: d.decisions.filter((x) => x.text.trim() !== '').map((x) => ({ id: x.id, itemId: x.itemId === WHOLE_MEETING || !items.has(x.itemId) ? null : x.itemId, text: x.text.trim() })),
    version,
  };
}

/**
 * Where the node's field issue lands in the editor: the node numbers the rows it was sent, and the editor left blank
 * attendance rows, empty notes and empty decisions out, so `attendance/1/title` may be the editor's third row.
 * Returns the editor's path (`attendance/<key>/title`, `notes/<itemId>`, `decisions/<key>/text`), or null for an
 * issue the editor cannot place (shown above the form).
 */
export function editorPathOf(path: string, d: PartDraft, agenda: readonly Pick<AgendaView, 'id'>[]): string | null {
  const match = /^(?:body\/)?(attendance|notes|decisions)\/(\d+)(?:\/(\w+))?/.exec(path);
  if (!match) return null;
  const [, list = '', n = '', field] = match;
  if (list === 'notes') {
    const noted = agenda.filter((item) => (d.notes[item.id] ?? '').trim() !== '');
    const item = noted[Number(n)];
    return item ? `notes/${item.id}` : null;
  }
  const rows = list === 'attendance' ? keptAttendees(d).map(({ a }) => a.key) : d.decisions.filter((x) => x.text.trim() !== '').map((x) => x.key);
  const row = rows[Number(n)];
  return row ? `${list}/${row}/${field ?? (list === 'attendance' ? 'title' : 'text')}` : null;
}
