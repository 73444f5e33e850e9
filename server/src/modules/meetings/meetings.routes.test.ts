// Route tests for meetings and a party's own part on one US node: a meeting is numbered, its agenda items keep or get
// ids, it is shared with the parties it names and read with its times in the place's zone and this node's; the list
// filters by dates, level, topic, party, status and words; a version replaces the last (a stale one is refused), a
// withdrawn meeting changes no more; every bad input is one problem+json naming each issue with nothing written;
// readers read and only keepers write. A part is created at version 0, replaced at its version, and refuses a note
// on an item not on the agenda. The records a meeting links come with the id of each one the reader may open, and
// null (nothing more) for one their roles or its handling keep from them.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { AGENDA, ITEM_PRECURSORS, ITEM_SHARING, createMeetingAs, meetingInput, partInput, postMeeting, putOwnPart } from '../../../test/meetings.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { draftInput, LINES } from '../../../test/notifications.js';
import { caseRow, insertCase } from '../../../test/request-rows.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId } from '../../platform/ids.js';
import { outbox } from '../exchange/index.js';
import { createIncident } from '../incidents/index.js';
import type { Meeting } from './schemas-meetings.js';
import { meetingParts, meetings } from './tables.js';
import { meetingTexts } from './texts.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };

let node: TestNode;
let agencyId: string;
let secretariat: Headers;
let supervisor: Headers;
let viewer: Headers;
let amberIncident: string;
let amberIncidentId: string;

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'ministry' })).id;
  secretariat = (await node.signedIn(['secretariat'], { agencyId })).headers;
  supervisor = (await node.signedIn(['supervisor'], { agencyId })).headers;
  viewer = (await node.signedIn(['viewer'], { agencyId })).headers;
  ({ reference: amberIncident, id: amberIncidentId } = await createIncident(node.ctxFor(), incidentInput(agencyId, { handling: 'TLP:AMBER', useRestrictions: [] })));
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const meetingCount = async () => (await node.database.db.select({ n: count() }).from(meetings))[0]?.n ?? -1;
const envelopes = (recordId: string) => node.database.db.select({ kind: outbox.kind, op: outbox.op, toParty: outbox.toParty, version: outbox.recordVersion }).from(outbox).where(eq(outbox.recordId, recordId)).orderBy(outbox.seq);
const issuesOf = (body: string) => (JSON.parse(body) as { errors: Issue[] }).errors.map((e) => [e.path, e.code]);
const get = async (id: string, headers = viewer) => (await api('GET', `/meetings/${id}`, headers)).json<Meeting>();

describe('recording a meeting', () => {
  it('numbers it, keeps the agenda ids, names this party among the parties and shares it with the others', async () => {
    const { id, reference } = await postMeeting(node.app, secretariat, { handling: undefined, agenda: [...AGENDA, { topic: 'wildlife', title: 'Wildlife trafficking' }] });
    expect(reference).toMatch(/^US-MTG-2026-\d{6}$/);
    const m = await get(id, secretariat);
    expect(m).toMatchObject({ version: 1, originParty: 'US', parties: ['CN', 'US'], handling: 'TLP:GREEN', status: 'scheduled', topics: ['precursors', 'information-sharing', 'wildlife'] });
    expect(m.agenda.slice(0, 2).map((a) => a.id)).toEqual([ITEM_PRECURSORS, ITEM_SHARING]);
    expect(m.agenda[2]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(m.allowedActions).toEqual(['edit', 'withdraw', 'edit-part']);
    expect(await envelopes(id)).toEqual([{ kind: 'meeting', op: 'upsert', toParty: 'CN', version: 1 }]);
    const [audit] = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audit?.action).toBe('meeting.created');
  });

  it("reads its start and end in the place's zone and in this node's", async () => {
    const { id } = await postMeeting(node.app, secretariat, { startsAt: '2026-01-30T09:00:00+08:00', endsAt: '2026-01-31T17:30:00+08:00', timeZone: 'Asia/Shanghai', place: 'Beijing' });
    const m = await get(id);
    expect(m.startsLocal).toEqual({ place: '2026-01-30 09:00 Asia/Shanghai', node: '2026-01-29 20:00 America/New_York' });
    expect(m.endsLocal).toEqual({ place: '2026-01-31 17:30 Asia/Shanghai', node: '2026-01-31 04:30 America/New_York' });
    expect(m.allowedActions).toEqual([]);
  });

  it('refuses every bad field at once and writes nothing', async () => {
    const before = await meetingCount();
    const res = await api('POST', '/meetings', secretariat, meetingInput({ parties: ['US', 'XX'], endsAt: '2026-03-10T09:00:00-04:00', agenda: [{ topic: 'weather', title: 'Weather' }] }));
    expect(res.statusCode, res.body).toBe(422);
    expect(issuesOf(res.body)).toEqual(expect.arrayContaining([
      ['body/parties/0', 'own-party'],
      ['body/parties/1', 'unknown-party'],
      ['body/endsAt', 'end-before-start'],
      ['body/agenda/0/topic', 'unknown-topic'],
    ]));
    const zone = await api('POST', '/meetings', secretariat, meetingInput({ timeZone: 'Mars/Olympus_Mons' }));
    expect(zone.statusCode).toBe(400);
    expect(issuesOf(zone.body)).toEqual([['body/timeZone', 'time-zone']]);
    const link = await api('POST', '/meetings', supervisor, meetingInput({ links: { incidents: [amberIncident] } }));
    expect(link.statusCode, link.body).toBe(422);
    expect(issuesOf(link.body)).toEqual([['body/links/incidents/0', 'link-stricter']]);
    const extra = await api('POST', '/meetings', secretariat, meetingInput({ minutes: 'x' }));
    expect(extra.statusCode).toBe(400);
    expect(await meetingCount()).toBe(before);
  });

  it('links an AMBER incident from an AMBER meeting (as the links are read: a supervisor reads incidents, the secretariat does not)', async () => {
    const refused = await api('POST', '/meetings', secretariat, meetingInput({ handling: 'TLP:AMBER', links: { incidents: [amberIncident] } }));
    expect(issuesOf(refused.body)).toEqual([['body/links/incidents/0', 'unknown-incident']]);
    const { id } = await postMeeting(node.app, supervisor, { handling: 'TLP:AMBER', links: { incidents: [amberIncident.toLowerCase()] } });
    expect((await get(id)).links.incidents).toEqual([amberIncident]);
  });

  it('is for keepers only: a viewer may read but not record', async () => {
    const res = await api('POST', '/meetings', viewer, meetingInput());
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('role-required');
    const officer = await node.signedIn(['officer'], { agencyId });
    expect(problemType(await api('POST', '/meetings', officer.headers, meetingInput()))).toBe('role-required');
    const { id } = await createMeetingAs(node, 'supervisor');
    expect((await api('GET', `/meetings/${id}`, officer.headers)).statusCode).toBe(200);
    expect((await api('GET', '/meetings/lists', viewer)).json<{ topics: { code: string }[] }>().topics.map((t) => t.code)).toContain('angel-watch');
  });
});

describe('listing meetings', () => {
  it('filters by dates, level, topic, party, status and a reference or words of the title', async () => {
    const tag = node.unique('Kestrel');
    const a = await postMeeting(node.app, secretariat, { title: `${tag} plenary`, level: 'plenary', startsAt: '2026-01-30T09:00:00+08:00', endsAt: '2026-01-30T12:00:00+08:00', timeZone: 'Asia/Shanghai', agenda: [AGENDA[0]] });
    const b = await postMeeting(node.app, secretariat, { title: `${tag} technical`, level: 'technical', startsAt: '2026-07-31T10:00:00-04:00', endsAt: '2026-07-31T11:00:00-04:00', agenda: [AGENDA[1]], status: 'held' });
    const list = async (query: string) => (await api('GET', `/meetings?q=${encodeURIComponent(tag)}&${query}`, viewer)).json<{ items: { id: string }[]; total: number }>();
    const ids = async (query: string) => (await list(query)).items.map((m) => m.id);
    expect(await ids('')).toEqual([b.id, a.id]);
    expect((await list('')).total).toBe(2);
    expect(await ids('from=2026-02-01')).toEqual([b.id]);
    expect(await ids('to=2026-01-30')).toEqual([a.id]);
    expect(await ids('from=2026-01-30&to=2026-01-30')).toEqual([a.id]);
    expect(await ids('level=plenary')).toEqual([a.id]);
    expect(await ids('topic=information-sharing')).toEqual([b.id]);
    expect(await ids('status=held')).toEqual([b.id]);
    expect(await ids('party=CN')).toEqual([b.id, a.id]);
    expect(await ids('party=GB')).toEqual([]);
    const byRef = await api('GET', `/meetings?q=${a.reference.toLowerCase()}`, viewer);
    expect(byRef.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([a.id]);
    expect((await api('GET', '/meetings?level=summit', viewer)).statusCode).toBe(400);
  });
});

describe('changing and withdrawing a meeting', () => {
  it('replaces the last version, refuses a stale one and shares each version', async () => {
    const { id } = await postMeeting(node.app, secretariat);
    const put = (version: number, over: Record<string, unknown> = {}) => api('PUT', `/meetings/${id}`, supervisor, { ...meetingInput(over), version });
    const ok = await put(1, { status: 'held', title: 'Working-level meeting (held)' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Meeting>()).toMatchObject({ version: 2, status: 'held', title: 'Working-level meeting (held)' });
    const stale = await put(1, { title: 'Overwrites nothing' });
    expect(stale.statusCode).toBe(409);
    expect(problemType(stale)).toBe('version-conflict');
    expect((await get(id)).title).toBe('Working-level meeting (held)');
    expect((await envelopes(id)).map((e) => e.version)).toEqual([1, 2]);
  });

  it('withdraws it from the parties; a withdrawn meeting and its parts change no more', async () => {
    const { id } = await postMeeting(node.app, secretariat);
    const res = await api('POST', `/meetings/${id}/withdraw`, secretariat, { note: 'recorded twice' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Meeting>()).toMatchObject({ status: 'withdrawn', version: 2, allowedActions: [] });
    expect((await envelopes(id)).map((e) => e.op)).toEqual(['upsert', 'withdraw']);
    const again = await api('PUT', `/meetings/${id}`, secretariat, { ...meetingInput(), version: 2 });
    expect([again.statusCode, problemType(again)]).toEqual([409, 'meeting-withdrawn']);
    const part = await api('PUT', `/meetings/${id}/parts/own`, secretariat, { ...partInput(agencyId), version: 0 });
    expect([part.statusCode, problemType(part)]).toEqual([409, 'meeting-withdrawn']);
    expect(problemType(await api('POST', `/meetings/${id}/withdraw`, secretariat, {}))).toBe('meeting-withdrawn');
  });

  it('audits a read of an AMBER meeting, not of a GREEN one', async () => {
    const amber = await postMeeting(node.app, secretariat, { handling: 'TLP:AMBER' });
    const green = await postMeeting(node.app, secretariat);
    await get(amber.id);
    await get(green.id);
    const reads = async (id: string) => (await node.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'meeting.read'))))[0]?.n;
    expect([await reads(amber.id), await reads(green.id)]).toEqual([1, 0]);
  });
});

describe("this party's part of a meeting", () => {
  it('is created at version 0, replaced at its version, refused at a stale one, and shared', async () => {
    const { id } = await postMeeting(node.app, secretariat);
    const m = await putOwnPart(node.app, secretariat, id, partInput(agencyId));
    const [part] = m.parts;
    expect(part).toMatchObject({ party: 'US', own: true, mayEdit: true, version: 1 });
    const view = await get(id, supervisor);
    expect(view.parts[0]?.attendance[0]).toMatchObject({ title: 'Assistant Secretary for Counternarcotics', principal: true, name: null, agency: { nameZh: '测试机构' } });
    expect(view.agenda[0]?.notes).toEqual([{ party: 'US', language: 'en', text: 'Both sides reviewed the precursors scheduled since January.' }]);
    expect(view.decisions).toMatchObject([{ party: 'US', itemId: ITEM_PRECURSORS, text: 'Exchange the lists of scheduled precursors every quarter.' }]);
    expect((await get(id, viewer)).parts[0]?.mayEdit).toBe(false);

    const stale = await api('PUT', `/meetings/${id}/parts/own`, supervisor, { ...partInput(agencyId), version: 0 });
    expect([stale.statusCode, problemType(stale)]).toEqual([409, 'version-conflict']);
    const decisionId = view.decisions[0]?.id;
    const next = await putOwnPart(node.app, supervisor, id, partInput(agencyId, { decisions: [{ id: decisionId, itemId: null, text: 'Meet again in July.' }] }), 1);
    expect(next.parts[0]?.version).toBe(2);
    expect((await get(id)).decisions).toMatchObject([{ id: decisionId, itemId: null, text: 'Meet again in July.' }]);
    const parts = await node.database.db.select({ id: meetingParts.id }).from(meetingParts).where(eq(meetingParts.meetingId, id));
    expect(parts).toHaveLength(1);
    expect((await envelopes(parts[0]?.id ?? '')).map((e) => [e.kind, e.toParty, e.version])).toEqual([['meeting-part', 'CN', 1], ['meeting-part', 'CN', 2]]);
  });

  it('refuses a note or decision on an item not on the agenda, and an agency, user or contact that is not there', async () => {
    const { id } = await postMeeting(node.app, secretariat, { agenda: [AGENDA[0]] });
    const stranger = '7a1c0000-0000-4000-8000-0000000000ff';
    const body = partInput(agencyId, {
      attendance: [{ title: 'Director', agencyId: stranger, principal: false, userId: stranger, contactId: stranger }],
      notes: [{ itemId: ITEM_SHARING, text: 'Not on this agenda.' }],
      decisions: [{ itemId: stranger, text: 'Nor this.' }],
    });
    const res = await api('PUT', `/meetings/${id}/parts/own`, secretariat, { ...body, version: 0 });
    expect(res.statusCode, res.body).toBe(422);
    expect(issuesOf(res.body)).toEqual(expect.arrayContaining([
      ['body/attendance/0/agencyId', 'unknown-agency'],
      ['body/attendance/0/userId', 'unknown-user'],
      ['body/attendance/0/contactId', 'unknown-contact'],
      ['body/notes/0/itemId', 'unknown-agenda-item'],
      ['body/decisions/0/itemId', 'unknown-agenda-item'],
    ]));
    expect(await node.database.db.select().from(meetingParts).where(eq(meetingParts.meetingId, id))).toEqual([]);
    expect(problemType(await api('PUT', `/meetings/${id}/parts/own`, viewer, { ...partInput(agencyId), version: 0 }))).toBe('role-required');
  });

  it("names a user of this node by their display name and offers every party's text for translation", async () => {
    const person = await node.makeUser(['officer'], { agencyId });
    const { id } = await postMeeting(node.app, secretariat, { handling: 'TLP:AMBER+STRICT' });
    await putOwnPart(node.app, secretariat, id, partInput(agencyId, { attendance: [{ title: 'Deputy Director', agencyId, userId: person.id }] }));
    expect((await get(id, supervisor)).parts[0]?.attendance[0]).toMatchObject({ name: 'Test User', userId: person.id, principal: false });
    const read = await meetingTexts.meeting?.read(node.ctxFor(), id);
    const decision = (await get(id, supervisor)).decisions[0]?.id ?? '';
    expect(Object.keys(read?.fields ?? {}).sort()).toEqual(['title', `agenda.${ITEM_PRECURSORS}.title`, `agenda.${ITEM_SHARING}.title`, `parts.US.decisions.${decision}`, `parts.US.notes.${ITEM_PRECURSORS}`].sort());
    expect(read?.isMachineRestricted).toBe(true);
  });
});

describe('the records a meeting links', () => {
  /** A GREEN notification a US officer drafted and sent: no longer a draft, so a link may name it. */
  async function sentNotification(): Promise<{ id: string; reference: string }> {
    const exporter = (await node.makeAgency({ kind: 'regulator' })).id;
    const officer = await node.signedIn(['officer'], { agencyId: exporter });
    const drafted = await api('POST', '/notifications', officer.headers, draftInput(exporter, { lines: [LINES.ethanol], handling: 'TLP:GREEN' }));
    expect(drafted.statusCode, drafted.body).toBe(201);
    const n = drafted.json<{ id: string; reference: string }>();
    const sent = await api('POST', `/notifications/${n.id}/send`, officer.headers, {});
    expect(sent.statusCode, sent.body).toBe(200);
    return { id: n.id, reference: n.reference };
  }

  it('names the id of each record the reader may open, and null for a kind their roles do not read', async () => {
    const kase = caseRow();
    await insertCase(node.database.db, kase);
    const notification = await sentNotification();
    const links = { incidents: [amberIncident], notifications: [notification.reference], cases: [kase.reference], requests: [] };
    const { id } = await postMeeting(node.app, supervisor, { handling: 'TLP:AMBER', links });
    expect((await get(id, viewer)).linked).toEqual([
      { kind: 'incidents', reference: amberIncident, id: amberIncidentId },
      { kind: 'notifications', reference: notification.reference, id: notification.id },
      { kind: 'cases', reference: kase.reference, id: kase.id },
    ]);
    // The secretariat reads meetings, not incidents, notifications or cases: each stays a plain reference.
    const asSecretariat = await get(id, secretariat);
    expect(asSecretariat.linked).toEqual([
      { kind: 'incidents', reference: amberIncident, id: null },
      { kind: 'notifications', reference: notification.reference, id: null },
      { kind: 'cases', reference: kase.reference, id: null },
    ]);
    expect(asSecretariat.links).toEqual(links);
  });

  it('lets the secretariat change a meeting a supervisor linked records to, keeping the links, but not add one', async () => {
    const kase = caseRow();
    await insertCase(node.database.db, kase);
    const links = { incidents: [amberIncident], notifications: [], cases: [kase.reference], requests: [] };
    const { id } = await postMeeting(node.app, supervisor, { handling: 'TLP:AMBER', links });
    const renamed = await api('PUT', `/meetings/${id}`, secretariat, { ...meetingInput({ handling: 'TLP:AMBER', links, title: 'Renamed by the secretariat' }), version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await get(id, viewer)).links).toEqual(links);
    const other = caseRow();
    await insertCase(node.database.db, other);
    const added = await api('PUT', `/meetings/${id}`, secretariat, { ...meetingInput({ handling: 'TLP:AMBER', links: { ...links, cases: [kase.reference, other.reference] } }), version: 2 });
    expect(added.statusCode, added.body).toBe(422);
    expect(issuesOf(added.body)).toEqual([['body/links/cases/1', 'unknown-case']]);
    // Marked GREEN, the meeting could not carry the AMBER incident: the secretariat is told to remove it, not its handling.
    const lowered = await api('PUT', `/meetings/${id}`, secretariat, { ...meetingInput({ handling: 'TLP:GREEN', links }), version: 2 });
    expect(issuesOf(lowered.body)).toEqual([['body/links/incidents/0', 'link-kept-unfit']]);
    expect(lowered.body).not.toContain('AMBER');
    const asSupervisor = await api('PUT', `/meetings/${id}`, supervisor, { ...meetingInput({ handling: 'TLP:GREEN', links }), version: 2 });
    expect(issuesOf(asSupervisor.body)).toEqual([['body/links/incidents/0', 'link-stricter']]);
  });

  it('gives null for a RED record a viewer may not see, and for one that is no longer on this node', async () => {
    const red = caseRow({ handling: 'TLP:RED' });
    await insertCase(node.database.db, red);
    // As a meeting received from a peer would hold them: links this node never checked.
    const links = { incidents: [], notifications: [], cases: [red.reference, 'US-CASE-2026-999999'], requests: [] };
    const at = new Date('2026-03-10T14:00:00Z');
    const id = newId();
    await node.database.db.insert(meetings).values({
      id, reference: 'CN-MTG-2026-000901', originParty: 'CN', version: 1, level: 'working-level', mode: 'virtual', title: 'Working-level meeting', language: 'en',
      startsAt: at, endsAt: at, timeZone: 'Asia/Shanghai', place: 'Beijing', parties: ['CN', 'US'], agenda: [], links, handling: 'TLP:GREEN', status: 'held', createdBy: null, createdByName: 'CN', createdAt: at, updatedAt: at,
    });
    expect((await get(id, viewer)).linked.map((l) => l.id)).toEqual([null, null]);
    expect((await get(id, supervisor)).linked.map((l) => l.id)).toEqual([red.id, null]);
  });
});
