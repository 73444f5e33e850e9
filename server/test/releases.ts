// Rows of the working group's readouts written straight into the tables, for the public surface's tests and bench:
// released snapshots (`readout_releases`, as the release use case writes them) and readouts that are not released
// (drafts, cleared but unreleased, withdrawn, with their version history), each under the meeting it needs.
// Nothing here goes through a use case: the public pages must be judged by what is in the tables alone.
import { inArray } from 'drizzle-orm';
import type { Db } from '../src/platform/db.js';
import { newId } from '../src/platform/ids.js';
import { meetings, readoutReleases, readouts, readoutVersions, type ReleasedText } from '../src/modules/meetings/tables.js';

let serial = 0;
const next = (): number => ++serial;
const ref = (party: string, n: number): string => `${party}-RO-2026-${String(n).padStart(6, '0')}`;

export type ReleaseRow = typeof readoutReleases.$inferInsert;
export type ReadoutRow = typeof readouts.$inferInsert;

/** A text as released: an English original with a person's Chinese translation unless told otherwise. */
export function releasedText(over: Partial<ReleasedText> = {}): ReleasedText {
  return {
    party: 'US',
    language: 'en',
    title: 'Readout of the working group meeting',
    body: 'The delegations discussed synthetic drugs and precursor chemicals.\n\nThey agreed to share information on shipments.',
    translation: { title: '工作组会议纪要', body: '双方讨论了合成毒品和易制毒化学品问题。\n\n双方同意就货运信息开展共享。', by: 'person' },
    ...over,
  };
}

/** A release row (not inserted): slug = its reference in lower case, released and changed at `at`. */
export function releaseRow(over: Partial<ReleaseRow> = {}): ReleaseRow {
  const n = next();
  const at = over.releasedAt ?? new Date(Date.UTC(2026, 1, 1, 12) + n * 60_000);
  return {
    readoutId: newId(),
    slug: ref(over.party ?? 'US', n).toLowerCase(),
    version: 1,
    meetingTitle: 'Counternarcotics working group, working-level meeting',
    meetingStartsAt: new Date('2026-01-10T14:00:00Z'),
    meetingTimeZone: 'America/New_York',
    place: 'Washington, D.C.',
    party: 'US',
    kind: 'own',
    texts: [releasedText()],
    releasedAt: at,
    updatedAt: at,
    ...over,
  };
}

export async function insertRelease(db: Db, over: Partial<ReleaseRow> = {}): Promise<ReleaseRow> {
  const [row] = await insertReleases(db, [releaseRow(over)]);
  if (!row) throw new Error('nothing inserted');
  return row;
}

const meetingOf = new WeakMap<Db, Promise<string>>();

/**
 * Release rows, each with the readout row it belongs to (readout_releases.readout_id references readouts): a
 * readout row in status `released` is made for each one not already there, under one meeting per database.
 */
export async function insertReleases(db: Db, rows: ReleaseRow[]): Promise<ReleaseRow[]> {
  if (!meetingOf.has(db)) meetingOf.set(db, insertMeeting(db));
  const meetingId = await meetingOf.get(db);
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const have = new Set((await db.select({ id: readouts.id }).from(readouts).where(inArray(readouts.id, chunk.map((r) => r.readoutId)))).map((r) => r.id));
    const missing = chunk.filter((r) => !have.has(r.readoutId));
    if (missing.length) await db.insert(readouts).values(missing.map((r) => readoutOf(r, meetingId ?? '')));
    await db.insert(readoutReleases).values(chunk);
  }
  return rows;
}

function readoutOf(r: ReleaseRow, meetingId: string): ReadoutRow {
  const text = r.texts[0] ?? releasedText();
  const translation = text.translation ? { ...text.translation, byName: 'Test', sourceHash: 'test', at: r.releasedAt.toISOString() } : null;
  return {
    id: r.readoutId,
    reference: r.slug.toUpperCase(),
    originParty: r.party,
    version: r.version,
    meetingId,
    kind: r.kind,
    language: text.language,
    title: text.title,
    body: text.body,
    translation,
    links: { incidents: [], notifications: [], cases: [], requests: [] },
    status: 'released',
    createdByName: 'Test',
    editors: [],
    createdAt: r.releasedAt,
    updatedAt: r.updatedAt,
  };
}

/** The meeting a readout row needs (readouts.meeting_id is a foreign key). */
export async function insertMeeting(db: Db, over: Partial<typeof meetings.$inferInsert> = {}): Promise<string> {
  const n = next();
  const id = newId();
  const at = new Date('2026-01-05T00:00:00Z');
  await db.insert(meetings).values({
    id,
    reference: `US-MTG-2026-${String(n).padStart(6, '0')}`,
    originParty: 'US',
    version: 1,
    level: 'working-level',
    mode: 'in-person',
    title: 'Working-level meeting',
    language: 'en',
    startsAt: new Date('2026-01-10T14:00:00Z'),
    endsAt: new Date('2026-01-10T16:00:00Z'),
    timeZone: 'America/New_York',
    place: 'Washington, D.C.',
    parties: ['US', 'CN'],
    agenda: [],
    links: { incidents: [], notifications: [], cases: [], requests: [] },
    handling: 'TLP:CLEAR',
    status: 'held',
    createdByName: 'Test',
    createdAt: at,
    updatedAt: at,
    ...over,
  });
  return id;
}

/**
 * A readout row with every version of its history (`versions` of them, the last being the row's own text), in any
 * status; no release row. Its slug-to-be is returned too: the reference in lower case, as a release would name it.
 */
export async function insertReadout(db: Db, meetingId: string, over: Partial<ReadoutRow> & { versions?: number } = {}): Promise<ReadoutRow & { slug: string }> {
  const { versions = 1, ...fields } = over;
  const at = new Date('2026-02-01T00:00:00Z');
  const row: ReadoutRow = {
    id: newId(),
    reference: ref(fields.originParty ?? 'US', next()),
    originParty: 'US',
    version: versions,
    meetingId,
    kind: 'own',
    language: 'en',
    title: 'Draft readout',
    body: 'Draft text.',
    translation: null,
    links: { incidents: [], notifications: [], cases: [], requests: [] },
    status: 'draft',
    createdByName: 'Test',
    editors: [],
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
  await db.insert(readouts).values(row);
  for (let v = 1; v <= versions; v += 1) {
    const text = v === versions ? { title: row.title, body: row.body } : { title: `${row.title} (version ${v})`, body: `${row.body} (version ${v})` };
    await db.insert(readoutVersions).values({ readoutId: row.id, version: v, language: row.language, ...text, translation: row.translation ?? null, byName: 'Test', at });
  }
  return { ...row, slug: row.reference.toLowerCase() };
}
