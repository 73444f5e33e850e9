// Clearance of readouts on one US node: a supervisor who wrote none of it clears a version — never its author, even
// one who is also a supervisor, nor an editor — and only once the checks pass: the meeting is TLP:CLEAR (the public
// page shows its title, place and start), no linked or quoted record stricter than TLP:CLEAR (an incident raised to
// AMBER through the incidents API after it was linked; quoted incidents, meetings and commitments in any case), no
// person of the directory named — in the texts or in the meeting's title or place — unless a principal of the meeting
// (users and contacts, Latin and Chinese names, a principal's name accepted), and no stale translation. A readout links
// nothing stricter than its meeting even before clearance (it is read under the meeting's handling). Every problem is
// named at once; the checks run again at release.
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { commitmentInput } from '../../../test/access-scope-meetings.js';
import { meetingInput, partInput, postMeeting, putOwnPart } from '../../../test/meetings.js';
import { makeTestNode, PASSWORD, problemType, type TestNode } from '../../../test/node.js';
import type { Role } from '../../platform/context.js';
import { createUser } from '../accounts/index.js';
import { createContact } from '../directory/index.js';
import { readoutClearances, readoutReleases } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string; params?: Record<string, string> };
type Body = { id: string; reference: string; version: number; status: string; stale: boolean };

let node: TestNode;
let agencyId: string;
let secretariat: { headers: Headers };
let writer: { headers: Headers };
let supervisor: { headers: Headers };
let officer: { headers: Headers };
let meetingId: string;
let meetingReference: string;
let greenMeeting: { id: string; reference: string };
let amber: string;
let clear: string;

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

async function person(displayName: string, roles: Role[] = ['viewer']) {
  return createUser(node.ctxFor(), { username: node.unique('person.'), displayName, agencyId, roles, locale: 'en', timeZone: 'America/New_York', password: PASSWORD });
}

async function incident(handling: string): Promise<string> {
  return (await incidentRecord(handling)).reference;
}

async function incidentRecord(handling: string): Promise<{ id: string; reference: string }> {
  const res = await api('POST', '/incidents', officer.headers, incidentInput(agencyId, { handling: handling as 'TLP:AMBER', useRestrictions: [] }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; reference: string }>();
}

/** A TLP:CLEAR incident, linkable by a readout of the CLEAR meeting, raised to AMBER once `raise()` is called. */
async function raisedLater(): Promise<{ reference: string; raise: () => Promise<void> }> {
  const { id, reference } = await incidentRecord('TLP:CLEAR');
  const raise = async () => {
    const res = await api('PUT', `/incidents/${id}`, officer.headers, { ...incidentInput(agencyId, { handling: 'TLP:AMBER', useRestrictions: [] }), version: 1 });
    expect(res.statusCode, res.body).toBe(200);
  };
  return { reference, raise };
}

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency()).id;
  secretariat = await node.signedIn(['secretariat'], { agencyId });
  // Links are checked as their writer reads them: a secretariat who is also an officer may link incidents.
  writer = await node.signedIn(['secretariat', 'officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  officer = await node.signedIn(['officer'], { agencyId });
  ({ id: meetingId, reference: meetingReference } = await postMeeting(node.app, secretariat.headers, { handling: 'TLP:CLEAR' }));
  greenMeeting = await postMeeting(node.app, secretariat.headers, { title: 'Working group: senior officials', handling: 'TLP:GREEN' });
  await putOwnPart(node.app, secretariat.headers, meetingId, partInput(agencyId, { attendance: [{ title: 'Director, Office of International Affairs', agencyId, principal: true, name: 'Ines Calloway' }] }));
  await person('Ines Calloway');
  await person('Marlowe Quintana');
  await person('何伟');
  await createContact(node.ctxFor(), { agencyId, kind: 'person', name: 'Rosalind Achterberg', topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: [] });
  [amber, clear] = [await incident('TLP:AMBER'), await incident('TLP:CLEAR')];
});

async function drafted(over: Record<string, unknown> = {}, headers = writer.headers): Promise<Body> {
  const payload = { meetingId, kind: 'own', language: 'en', title: 'Readout of the working-level meeting', body: 'The delegations reviewed precursor scheduling.', ...over };
  const res = await api('POST', '/readouts', headers, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Body>();
}
const clearAs = (r: { id: string; version: number }, headers = supervisor.headers) => api('POST', `/readouts/${r.id}/clear`, headers, { version: r.version });
const issuesOf = (res: Awaited<ReturnType<typeof api>>) => res.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code, i.params ?? {}]);
const clearances = async (id: string) => (await node.database.db.select({ n: count() }).from(readoutClearances).where(eq(readoutClearances.readoutId, id)))[0]?.n;

describe('who clears', () => {
  it('is a supervisor who neither drafted nor edited it', async () => {
    const author = await node.signedIn(['secretariat', 'supervisor'], { agencyId });
    const r = await drafted({}, author.headers);
    const own = await clearAs(r, author.headers);
    expect([own.statusCode, problemType(own)]).toEqual([403, 'second-person-required']);
    const editor = await node.signedIn(['secretariat', 'supervisor'], { agencyId });
    const edited = await api('PUT', `/readouts/${r.id}`, editor.headers, { title: 'Edited', body: 'The delegations reviewed precursor scheduling.', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    const byEditor = await clearAs({ id: r.id, version: 2 }, editor.headers);
    expect([byEditor.statusCode, problemType(byEditor)]).toEqual([403, 'second-person-required']);
    expect((await clearAs({ id: r.id, version: 2 }, secretariat.headers)).statusCode).toBe(403);
    expect(await clearances(r.id)).toBe(0);
    const cleared = await clearAs({ id: r.id, version: 2 });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<Body>().status).toBe('cleared');
  });
});

describe('the handling check', () => {
  it('refuses a linked incident raised to AMBER after it was linked, naming it and its handling, and clears a TLP:CLEAR one', async () => {
    const linked = await raisedLater();
    const r = await drafted({ links: { incidents: [linked.reference] } });
    await linked.raise();
    const res = await clearAs(r);
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res)).toEqual([['readout/links/incidents/0', 'readout-handling', { reference: linked.reference, handling: 'TLP:AMBER' }]]);
    expect(res.json<{ detail: string }>().detail).toContain(linked.reference);
    expect(await clearances(r.id)).toBe(0);
    const fine = await drafted({ links: { incidents: [clear] } });
    expect((await clearAs(fine)).statusCode).toBe(200);
  });

  it('refuses a record reference quoted in the texts that is not TLP:CLEAR or not on this node', async () => {
    const r = await drafted({ title: 'Readout (see US-INC-2026-999999)', body: `The seizure ${amber} was discussed, as was ${clear}.` });
    const res = await clearAs(r);
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res)).toEqual(
      expect.arrayContaining([
        ['readout/body', 'readout-handling', { reference: amber, handling: 'TLP:AMBER' }],
        ['readout/title', 'readout-handling', { reference: 'US-INC-2026-999999', handling: 'unknown' }],
      ]),
    );
    expect(issuesOf(res)).toHaveLength(2);
    expect((await clearAs(await drafted({ body: `The seizure ${clear} was discussed.` }))).statusCode).toBe(200);
  });
});

describe('the quoted references check', () => {
  async function commitment(meeting: string, handling: string): Promise<string> {
    const res = await api('POST', '/commitments', secretariat.headers, commitmentInput(meeting, agencyId, { handling }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ reference: string }>().reference;
  }

  it('reads references in any case, and refuses quoted meetings and commitments not TLP:CLEAR or not on this node', async () => {
    const [green, fine] = [await commitment(greenMeeting.id, 'TLP:GREEN'), await commitment(meetingId, 'TLP:CLEAR')];
    const body = `The seizure ${amber.toLowerCase()} came up at ${greenMeeting.reference}, which made ${green}; see US-MTG-2026-999999, ${meetingReference} and ${fine.toLowerCase()}.`;
    const res = await clearAs(await drafted({ body }));
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res)).toEqual(
      expect.arrayContaining([
        ['readout/body', 'readout-handling', { reference: amber, handling: 'TLP:AMBER' }],
        ['readout/body', 'readout-handling', { reference: greenMeeting.reference, handling: 'TLP:GREEN' }],
        ['readout/body', 'readout-handling', { reference: green, handling: 'TLP:GREEN' }],
        ['readout/body', 'readout-handling', { reference: 'US-MTG-2026-999999', handling: 'unknown' }],
      ]),
    );
    expect(issuesOf(res)).toHaveLength(4);
    expect((await clearAs(await drafted({ body: `Agreed at ${meetingReference.toLowerCase()}: ${fine}.` }))).statusCode).toBe(200);
  });
});

describe('the meeting check', () => {
  it('links nothing stricter than the meeting, and clears only a readout of a TLP:CLEAR meeting', async () => {
    const linked = await api('POST', '/readouts', writer.headers, { meetingId: greenMeeting.id, kind: 'own', language: 'en', title: 'Readout', body: 'The delegations met.', links: { incidents: [amber] } });
    expect(linked.statusCode, linked.body).toBe(422);
    expect(issuesOf(linked).map((i) => [i[0], i[1]])).toEqual([['body/links/incidents/0', 'link-stricter']]);
    const r = await drafted({ meetingId: greenMeeting.id, links: { incidents: [clear] } });
    // Nothing offers a step that would be refused: the supervisor is offered no clearance of it.
    expect(JSON.parse((await api('GET', `/readouts/${r.id}`, supervisor.headers)).body).allowed).toEqual(['withdraw']);
    const res = await clearAs(r);
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res)).toEqual([['meeting/handling', 'meeting-not-clear', { reference: greenMeeting.reference, handling: 'TLP:GREEN' }]]);
    expect(await clearances(r.id)).toBe(0);
  });

  it("refuses a person named in the meeting's title or place, which the public page shows", async () => {
    const named = await postMeeting(node.app, secretariat.headers, { handling: 'TLP:CLEAR', title: 'Working group hosted by Marlowe Quintana', place: 'Office of Rosalind Achterberg, Washington' });
    const res = await clearAs(await drafted({ meetingId: named.id }));
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-names-person']);
    expect(issuesOf(res)).toEqual([
      ['meeting/title', 'readout-names-person', { name: 'Marlowe Quintana' }],
      ['meeting/place', 'readout-names-person', { name: 'Rosalind Achterberg' }],
    ]);
  });

  it('runs it again at release: a meeting marked TLP:GREEN after clearance keeps its readout off the public page', async () => {
    const meeting = await postMeeting(node.app, secretariat.headers, { handling: 'TLP:CLEAR' });
    const r = await drafted({ meetingId: meeting.id });
    expect((await clearAs(r)).statusCode).toBe(200);
    const raised = await api('PUT', `/meetings/${meeting.id}`, secretariat.headers, { ...meetingInput({ handling: 'TLP:GREEN' }), version: 1 });
    expect(raised.statusCode, raised.body).toBe(200);
    const res = await api('POST', `/readouts/${r.id}/release`, secretariat.headers, {});
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res).map((i) => i[1])).toEqual(['meeting-not-clear']);
    expect(await node.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, r.id))).toEqual([]);
  });
});

describe('the names check', () => {
  it('refuses users and contacts who are not principals, in Latin and Chinese script and in pinyin', async () => {
    const r = await drafted({ body: 'Marlowe  quintana briefed the meeting with Rosalind Achterberg. He Wei took notes.' });
    const res = await clearAs(r);
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-names-person']);
    expect(issuesOf(res).map((i) => (i[2] as { name: string }).name).sort()).toEqual(['Marlowe Quintana', 'Rosalind Achterberg', '何伟'].sort());
    const zh = await drafted({ language: 'zh', title: '工作层会议纪要', body: '何伟介绍了情况。' });
    const res2 = await clearAs(zh);
    expect(issuesOf(res2)).toEqual([['readout/body', 'readout-names-person', { name: '何伟' }]]);
  });

  it('accepts a principal of the meeting and names that only look alike', async () => {
    const r = await drafted({ body: 'INES CALLOWAY led the delegation; Mr Quintanilla and Marlowe attended.' });
    const res = await clearAs(r);
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('the translation check', () => {
  it('refuses a stale translation until it is translated again', async () => {
    const r = await drafted({ language: 'en' });
    const translated = await api('PUT', `/readouts/${r.id}/translation`, secretariat.headers, { title: '工作层会议纪要', body: '双方审议了前体列管情况。', by: 'person', version: 1 });
    expect(translated.json<Body>()).toMatchObject({ version: 2, stale: false });
    const edited = await api('PUT', `/readouts/${r.id}`, secretariat.headers, { title: 'Readout of the working-level meeting', body: 'The delegations reviewed precursor scheduling and information sharing.', version: 2 });
    expect(edited.json<Body>()).toMatchObject({ version: 3, stale: true });
    const res = await clearAs({ id: r.id, version: 3 });
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-stale-translation']);
    expect(issuesOf(res)).toEqual([['readout/translation', 'readout-stale-translation', {}]]);
    await api('PUT', `/readouts/${r.id}/translation`, secretariat.headers, { title: '工作层会议纪要', body: '双方审议了前体列管和信息共享情况。', by: 'machine', version: 3 });
    expect((await clearAs({ id: r.id, version: 4 })).statusCode).toBe(200);
  });
});

describe('every problem at once, and again at release', () => {
  it('names a linked AMBER record, a person and a stale translation in one answer', async () => {
    const linked = await raisedLater();
    const r = await drafted({ links: { incidents: [linked.reference] }, body: 'Marlowe Quintana briefed the meeting.' });
    await api('PUT', `/readouts/${r.id}/translation`, writer.headers, { title: '会议纪要', body: '旧译文。', by: 'person', version: 1 });
    await api('PUT', `/readouts/${r.id}`, writer.headers, { title: 'Readout', body: 'Marlowe Quintana briefed the meeting at length.', links: { incidents: [linked.reference] }, version: 2 });
    await linked.raise();
    const res = await clearAs({ id: r.id, version: 3 });
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-handling']);
    expect(issuesOf(res).map((i) => i[1])).toEqual(['readout-handling', 'readout-names-person', 'readout-stale-translation']);
  });

  it('runs the checks again at release: a person named who joined the directory after clearance', async () => {
    const r = await drafted({ body: 'Tobias Wrenfield presented the quarterly figures.' });
    expect((await clearAs(r)).statusCode).toBe(200);
    await person('Tobias Wrenfield');
    const res = await api('POST', `/readouts/${r.id}/release`, secretariat.headers, {});
    expect([res.statusCode, problemType(res)]).toEqual([422, 'readout-names-person']);
    expect(await node.database.db.select().from(readoutReleases).where(eq(readoutReleases.readoutId, r.id))).toEqual([]);
  });
});
