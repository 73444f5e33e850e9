// What must hold before a readout is cleared, and again before it is released, since the public will read it: its
// meeting is TLP:CLEAR (the public page shows the meeting's title, place and start with it); every record it links and
// every record reference quoted in its texts or in the meeting's title and place — incidents, notifications, cases,
// requests, meetings and commitments, written in any case — is TLP:CLEAR (a reference to a record no longer here
// counts too: its handling cannot be shown to be CLEAR); it names no person in this node's directory (users, and
// contacts who are people), nor does the meeting's title or place, unless that person is a principal of the meeting in
// either party's part; and its translation translates the original as it is now. Every problem is reported at once,
// in one 422 whose type is the first kind found (readout-handling — `meeting-not-clear` is one of its issue codes —,
// readout-names-person, readout-stale-translation), each issue with its own code. Handlings are looked up as the
// system: a link the clearing supervisor cannot open still counts.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { Unprocessable, type FieldIssue } from '../../platform/errors.js';
import { hasHan, romanizeName } from '../../platform/names.js';
import { contactTable, userTable } from '../directory/index.js';
import { linkedHandlings, type LinkKind } from './links.js';
import { sourceHashOf, type MeetingRow, type ReadoutRow } from './readouts.js';
import { commitments, meetingParts, meetings, type MeetingLinks, type ReadoutTranslation } from './tables.js';

/** A text under check, and where its problems are reported (`readout`, or `partners/CN` for a joint partner's). */
export type CheckedText = { at: string; title: string; body: string; translation: ReadoutTranslation | null };
type Field = { path: string; text: string };
/** The readout's meeting, as the public page shows it beside the readout. */
export type CheckedMeeting = Pick<MeetingRow, 'id' | 'reference' | 'handling' | 'title' | 'place'>;

export const textOf = (row: Pick<ReadoutRow, 'title' | 'body' | 'translation'>, at: string): CheckedText => ({ at, title: row.title, body: row.body, translation: row.translation });

const fieldsOf = (t: CheckedText): Field[] => [
  { path: `${t.at}/title`, text: t.title },
  { path: `${t.at}/body`, text: t.body },
  ...(t.translation ? [{ path: `${t.at}/translation/title`, text: t.translation.title }, { path: `${t.at}/translation/body`, text: t.translation.body }] : []),
];

const meetingFields = (m: CheckedMeeting): Field[] => [
  { path: 'meeting/title', text: m.title },
  { path: 'meeting/place', text: m.place },
];

/** A record reference as every module writes it (platform/references.ts), in any case, and the kinds a readout may name. */
const QUOTED = /\b[A-Z]{2}-[A-Z]{2,5}-\d{4}-\d{6,}\b/gi;
const KIND_OF_CODE: Record<string, LinkKind> = { INC: 'incidents', PEN: 'notifications', CASE: 'cases', REQ: 'requests' };
type Quoted = { links: MeetingLinks; meetings: string[]; commitments: string[]; where: Map<string, string> };

/** Record references quoted in the texts (upper-cased, as stored), each with the first field quoting it. */
function quotedReferences(fields: readonly Field[]): Quoted {
  const quoted: Quoted = { links: { incidents: [], notifications: [], cases: [], requests: [] }, meetings: [], commitments: [], where: new Map() };
  for (const f of fields) {
    for (const [match] of f.text.matchAll(QUOTED)) {
      const reference = match.toUpperCase();
      const code = reference.split('-')[1] ?? '';
      const kind = KIND_OF_CODE[code];
      const list = kind ? quoted.links[kind] : code === 'MTG' ? quoted.meetings : code === 'CMT' ? quoted.commitments : null;
      if (!list || quoted.where.has(reference)) continue;
      quoted.where.set(reference, f.path);
      list.push(reference);
    }
  }
  return quoted;
}

/** Meetings and commitments of this module by reference, with their handling; a withdrawn one is not counted as here. */
async function ownHandlings(db: Db, q: Pick<Quoted, 'meetings' | 'commitments'>): Promise<{ reference: string; handling: string | null }[]> {
  const lookup = async (table: typeof meetings | typeof commitments, refs: string[]) =>
    refs.length === 0 ? [] : db.select({ reference: table.reference, handling: table.handling }).from(table).where(and(inArray(table.reference, refs), ne(table.status, 'withdrawn')));
  const [ms, cs] = await Promise.all([lookup(meetings, q.meetings), lookup(commitments, q.commitments)]);
  const found = new Map([...ms, ...cs].map((r) => [r.reference, r.handling]));
  return [...q.meetings, ...q.commitments].map((reference) => ({ reference, handling: found.get(reference) ?? null }));
}

function handlingIssue(path: string, reference: string, handling: string | null): FieldIssue {
  const message = handling ? `${reference} is ${handling}: a readout links and quotes only TLP:CLEAR records` : `${reference} is not on this node (withdrawn, or never shared): its handling cannot be shown to be TLP:CLEAR`;
  return { path, message, code: 'readout-handling', params: { reference, handling: handling ?? 'unknown' } };
}

/** The meeting's title, place and start go on the public page with the readout: only a TLP:CLEAR meeting's may. */
const meetingIssues = (m: CheckedMeeting): FieldIssue[] =>
  m.handling === 'TLP:CLEAR'
    ? []
    : [{ path: 'meeting/handling', message: `${m.reference} is ${m.handling}: the public page shows the meeting with its readout, so only a TLP:CLEAR meeting's readout goes public`, code: 'meeting-not-clear', params: { reference: m.reference, handling: m.handling } }];

async function handlingIssues(ctx: Ctx, links: MeetingLinks, fields: readonly Field[]): Promise<FieldIssue[]> {
  const quoted = quotedReferences(fields);
  const [linked, named, own] = await Promise.all([linkedHandlings(ctx, links), linkedHandlings(ctx, quoted.links), ownHandlings(ctx.db, quoted)]);
  return [
    ...linked.filter((l) => l.handling !== 'TLP:CLEAR').map((l) => handlingIssue(`readout/links/${l.kind}/${links[l.kind].indexOf(l.reference)}`, l.reference, l.handling)),
    ...[...named, ...own].filter((q) => q.handling !== 'TLP:CLEAR').map((q) => handlingIssue(quoted.where.get(q.reference) ?? 'readout/body', q.reference, q.handling)),
  ];
}

/** Text for comparing names: compatibility forms, no diacritics (José = Jose, HÉ Wěi = HE Wei). */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');
const normalised = (s: string): string => fold(s).toLowerCase().replace(/\s+/g, ' ').trim();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a name is found in folded text. A name in Chinese characters by its characters, spaces between them optional
 * ("秘书 许" = "秘书许"), and by its pinyin (platform/names.ts) — one character alone would match ordinary words, so a
 * Han name needs two. Any other name as whole words, case-insensitive, also inside Chinese text.
 */
export function namePatterns(name: string): RegExp[] {
  const folded = fold(name).trim();
  if (hasHan(folded)) {
    const chars = [...folded.replace(/\s+/g, '')];
    const pinyin = romanizeName(name);
    return [...(chars.length >= 2 ? [new RegExp(chars.map(escape).join('\\s*'), 'u')] : []), ...(pinyin ? namePatterns(pinyin) : [])];
  }
  const words = folded.split(/\s+/).filter((w) => w !== '');
  if (words.join('').length < 3) return [];
  return [new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{Script=Latin}\\p{N}])`, 'iu')];
}

type Person = { id: string; names: string[] };

async function directoryPeople(db: Db): Promise<Person[]> {
  const [users, contacts] = await Promise.all([
    db.select({ id: userTable.id, name: userTable.displayName, nameZh: userTable.displayNameZh }).from(userTable),
    // A desk ("NNCC duty desk") is not a person: only contacts who are people.
    db.select({ id: contactTable.id, name: contactTable.name, nameZh: contactTable.nameZh }).from(contactTable).where(eq(contactTable.kind, 'person')),
  ]);
  return [...users, ...contacts].map((p) => ({ id: p.id, names: [p.name, ...(p.nameZh ? [p.nameZh] : [])] }));
}

/** The meeting's principals in every party's part: by name, and by their user or contact id when they have one. */
async function principalsOf(db: Db, meetingId: string): Promise<{ names: Set<string>; ids: Set<string> }> {
  const parts = await db.select({ attendance: meetingParts.attendance }).from(meetingParts).where(eq(meetingParts.meetingId, meetingId));
  const principals = parts.flatMap((p) => p.attendance).filter((a) => a.principal);
  return {
    names: new Set(principals.flatMap((a) => (a.name ? [normalised(a.name)] : []))),
    ids: new Set(principals.flatMap((a) => [a.userId, a.contactId].filter((v): v is string => v !== null))),
  };
}

async function personIssues(db: Db, meetingId: string, fields: readonly Field[]): Promise<FieldIssue[]> {
  const [people, principals] = await Promise.all([directoryPeople(db), principalsOf(db, meetingId)]);
  const folded = fields.map((f) => ({ path: f.path, text: fold(f.text) }));
  const issues: FieldIssue[] = [];
  const named = new Set<string>();
  for (const person of people) {
    if (principals.ids.has(person.id) || person.names.some((n) => principals.names.has(normalised(n)))) continue;
    for (const name of person.names) {
      const found = namePatterns(name).flatMap((re) => folded.filter((f) => re.test(f.text)))[0];
      if (!found || named.has(normalised(name))) continue;
      named.add(normalised(name));
      issues.push({ path: found.path, message: `names ${name}, who is not a principal of the meeting`, code: 'readout-names-person', params: { name } });
    }
  }
  return issues;
}

const staleIssues = (texts: readonly CheckedText[]): FieldIssue[] =>
  texts
    .filter((t) => t.translation && t.translation.sourceHash !== sourceHashOf(t))
    .map((t) => ({ path: `${t.at}/translation`, message: 'the translation translates an earlier version of the original: translate it again', code: 'readout-stale-translation' }));

/** Every problem of the meeting, the readout's links and the texts to be published (its own and, at release, its partners'). */
export async function readoutIssues(ctx: Ctx, readout: { links: MeetingLinks }, meeting: CheckedMeeting, texts: readonly CheckedText[]): Promise<FieldIssue[]> {
  const fields = [...meetingFields(meeting), ...texts.flatMap(fieldsOf)];
  const [handling, persons] = await Promise.all([handlingIssues(ctx, readout.links, fields), personIssues(ctx.db, meeting.id, fields)]);
  return [...meetingIssues(meeting), ...handling, ...persons, ...staleIssues(texts)];
}

/** The problem type of each issue code, in the order the first one found names the 422. */
const TYPE_OF: [code: string, type: string][] = [
  ['meeting-not-clear', 'readout-handling'],
  ['readout-handling', 'readout-handling'],
  ['readout-names-person', 'readout-names-person'],
  ['readout-stale-translation', 'readout-stale-translation'],
];

/** Throws one 422 naming every problem, typed by the first kind found; nothing when the readout may go public. */
export async function requirePublishable(ctx: Ctx, readout: { reference: string; links: MeetingLinks }, meeting: CheckedMeeting, texts: readonly CheckedText[], what: 'cleared' | 'released'): Promise<void> {
  const issues = await readoutIssues(ctx, readout, meeting, texts);
  if (issues.length === 0) return;
  const type = TYPE_OF.find(([code]) => issues.some((i) => i.code === code))?.[1] ?? 'unprocessable';
  throw new Unprocessable(`${readout.reference} cannot be ${what}: ${issues.map((i) => i.message).join('; ')}`, issues, type);
}
