// Route tests for incidents on one US node: filing with screened chemical lines and checked wildlife items, every
// bad input as problem+json with nothing written, idempotent filing, versions and withdrawal, who may do what,
// handling on the list and detail (RED not found by viewers, AMBER reads audited), follow-ups, and the links that
// the correlation index draws between records sharing an entity (never through a common value).
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { agencyTable } from '../directory/index.js';
import { entityMentions } from '../entities/index.js';
import type { Incident } from './schemas.js';
import { incidents } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };

let node: TestNode;
let agencyId: string;
let otherAgencyId: string;
let officer: { headers: Headers };
let otherOfficer: { headers: Headers };
let viewer: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'customs' })).id;
  otherAgencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  otherOfficer = await node.signedIn(['officer'], { agencyId: otherAgencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers = {}, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const rowCount = async () => (await node.database.db.select({ n: count() }).from(incidents))[0]?.n ?? -1;

async function filed(input: unknown, headers = officer.headers): Promise<Incident> {
  const res = await api('POST', '/incidents', headers, input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Incident>();
}

describe('filing an incident', () => {
  it('screens chemical lines, keys entities and gives a party reference', async () => {
    const i = await filed(incidentInput(agencyId));
    expect(i.reference).toMatch(/^US-INC-2026-\d{6}$/);
    expect(i.items[0]?.verdict).toBe('controlled');
    expect(i.entities.map((e) => e.key)).toEqual(expect.arrayContaining(['+8613800138000', 'sales@example-chem.test']));
    expect(i.canEdit).toBe(true);
  });

  it('names a wildlife item from the checklist in both languages', async () => {
    const i = await filed(wildlifeInput(agencyId, { place: { country: 'US' }, occurredOn: '2026-02-20' }));
    expect(i.items[0]?.taxon).toMatchObject({ scientificName: 'Manis pentadactyla', appendix: 'I' });
    expect(i.items[0]?.taxon?.zh).toBeTruthy();
  });

  it('refuses bad input with every problem and writes nothing', async () => {
    const before = await rowCount();
    const input = { ...incidentInput(agencyId), kind: undefined, items: [{ type: 'chemical', declaredName: 'x', quantity: '5' }] };
    const res = await api('POST', '/incidents', officer.headers, input);
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: Issue[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/kind', 'body/items/0/unit']));
    const domain = await api('POST', '/incidents', officer.headers, wildlifeInput(agencyId, { items: [{ type: 'wildlife', taxon: 'Dracula vulgaris', tradeTerm: 'ZZZ', quantity: '1', unit: 'number', live: null }], entities: [{ kind: 'phone', value: 'call me', role: 'other', country: null, uscc: null, bankCode: null }] }));
    expect(domain.statusCode).toBe(422);
    expect(domain.json<{ errors: Issue[] }>().errors.map((e) => e.code)).toEqual(expect.arrayContaining(['unknown-species', 'unknown-trade-term', 'entity-phone-needs-country']));
    const future = await api('POST', '/incidents', officer.headers, incidentInput(agencyId, { occurredOn: '2099-01-01' }));
    expect(future.statusCode).toBe(422);
    expect(await rowCount()).toBe(before);
  });

  it('refuses an entity value of 10 MB quickly and clearly', async () => {
    const res = await api('POST', '/incidents', officer.headers, incidentInput(agencyId, { entities: [{ kind: 'company', value: 'x'.repeat(10 * 1024 * 1024), role: 'other', country: null, uscc: null, bankCode: null }] }));
    expect([400, 413]).toContain(res.statusCode);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('files once for one idempotency key', async () => {
    const headers = { ...officer.headers, 'idempotency-key': 'incident-once-1' };
    const first = await api('POST', '/incidents', headers, incidentInput(agencyId, { title: 'Once only' }));
    const again = await api('POST', '/incidents', headers, incidentInput(agencyId, { title: 'Once only' }));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json<Incident>().id).toBe(first.json<Incident>().id);
  });

  it("lets only the reporting agency's officers file and change its incidents", async () => {
    expect((await api('POST', '/incidents', viewer.headers, incidentInput(agencyId))).statusCode).toBe(403);
    expect((await api('POST', '/incidents', otherOfficer.headers, incidentInput(agencyId))).statusCode).toBe(403);
    const i = await filed(incidentInput(agencyId));
    const res = await api('PUT', `/incidents/${i.id}`, otherOfficer.headers, { ...incidentInput(agencyId), version: 1 });
    expect(res.statusCode).toBe(403);
  });
});

describe('versions and withdrawal', () => {
  it('replaces a version, refuses a stale one, and a withdrawn incident links nothing', async () => {
    const i = await filed(incidentInput(agencyId, { title: 'To be changed' }));
    const v2 = await api('PUT', `/incidents/${i.id}`, officer.headers, { ...incidentInput(agencyId, { title: 'Changed' }), version: 1 });
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json<Incident>()).toMatchObject({ version: 2, title: 'Changed' });
    const stale = await api('PUT', `/incidents/${i.id}`, officer.headers, { ...incidentInput(agencyId), version: 1 });
    expect(problemType(stale)).toBe('version-conflict');
    const gone = await api('POST', `/incidents/${i.id}/withdraw`, officer.headers, { note: 'filed twice' });
    expect(gone.json<Incident>()).toMatchObject({ status: 'withdrawn', withdrawalNote: 'filed twice' });
    const left = await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, i.id));
    expect(left[0]?.n).toBe(0);
    expect((await api('POST', `/incidents/${i.id}/withdraw`, officer.headers, {})).statusCode).toBe(409);
  });
});

describe('links between records', () => {
  it('links two incidents through a phone written two ways, and never through a free-mail domain', async () => {
    const a = await filed(incidentInput(agencyId, { title: 'Link A', entities: [{ kind: 'phone', value: '+86 139 1111 2222', role: 'shipper', country: null, uscc: null, bankCode: null }, { kind: 'website', value: 'gmail.com', role: 'other', country: null, uscc: null, bankCode: null }] }));
    const b = await filed(wildlifeInput(agencyId, { title: 'Link B', entities: [{ kind: 'phone', value: '139-1111-2222', role: 'consignee', country: 'CN', uscc: null, bankCode: null }, { kind: 'website', value: 'https://mail.gmail.com', role: 'other', country: null, uscc: null, bankCode: null }] }));
    const got = (await api('GET', `/incidents/${a.id}`, officer.headers)).json<Incident>();
    const phone = got.links.find((l) => l.kind === 'phone');
    expect(phone?.records.map((r) => r.recordId)).toContain(b.id);
    expect(phone?.byParty).toMatchObject({ US: 1 });
    expect(got.links.find((l) => l.kind === 'website')).toBeUndefined();
    const page = await api('GET', `/entities?kind=phone&value=${encodeURIComponent('+86 13911112222')}`, viewer.headers);
    expect(page.json<{ items: { recordId: string }[] }>().items.map((r) => r.recordId).sort()).toEqual([a.id, b.id].sort());
  });

  it('shows a link only to a reader who may read both records', async () => {
    const red = await filed(incidentInput(agencyId, { title: 'Red one', handling: 'TLP:RED', entities: [{ kind: 'email', value: 'only-red@example-chem.test', role: 'buyer', country: null, uscc: null, bankCode: null }] }));
    const amber = await filed(incidentInput(agencyId, { title: 'Amber one', entities: [{ kind: 'email', value: 'ONLY-RED@example-chem.test', role: 'buyer', country: null, uscc: null, bankCode: null }] }));
    const asViewer = (await api('GET', `/incidents/${amber.id}`, viewer.headers)).json<Incident>();
    expect(asViewer.links.find((l) => l.kind === 'email')).toBeUndefined();
    const asOfficer = (await api('GET', `/incidents/${amber.id}`, officer.headers)).json<Incident>();
    expect(asOfficer.links.find((l) => l.kind === 'email')?.records[0]?.recordId).toBe(red.id);
    expect((await api('GET', `/incidents/${red.id}`, viewer.headers)).statusCode).toBe(404);
    const list = (await api('GET', '/incidents?pageSize=200', viewer.headers)).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).not.toContain(red.id);
    const entity = (await api('GET', '/entities?kind=email&key=only-red%40example-chem.test', viewer.headers)).json<{ items: { recordId: string }[] }>();
    expect(entity.items.map((r) => r.recordId)).toEqual([amber.id]);
  });

  it('audits a person reading an AMBER incident', async () => {
    const i = await filed(incidentInput(agencyId, { title: 'Audited read' }));
    await api('GET', `/incidents/${i.id}`, viewer.headers);
    const reads = await node.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'incident.read'), eq(auditLog.subjectId, i.id)));
    expect(reads[0]?.n).toBe(1);
  });
});

describe('follow-ups', () => {
  it('adds a follow-up whose entities link, and refuses one to a record the reader cannot see', async () => {
    const i = await filed(incidentInput(agencyId, { title: 'Followed up' }));
    const res = await api('POST', `/incidents/${i.id}/follow-ups`, otherOfficer.headers, { note: '我们搜查了收货人，另发现两批货物。', language: 'zh', entities: [{ kind: 'company', value: 'Harbour Freight Forwarding Ltd', role: 'freight-forwarder' }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Incident>().followUps[0]).toMatchObject({ language: 'zh', originParty: 'US' });
    const red = await filed(incidentInput(agencyId, { handling: 'TLP:RED' }));
    const hidden = await api('POST', `/incidents/${red.id}/follow-ups`, viewer.headers, { note: 'x', language: 'en' });
    expect(hidden.statusCode).toBe(403);
    const viewerReadsRed = await api('POST', `/incidents/00000000-0000-4000-8000-000000000000/follow-ups`, otherOfficer.headers, { note: 'x', language: 'en' });
    expect(viewerReadsRed.statusCode).toBe(404);
  });
});

describe('the list', () => {
  it('filters by kind, taxon and words in an entity', async () => {
    const w = await filed(wildlifeInput(agencyId, { title: 'Scales in Yantian', entities: [{ kind: 'company', value: 'Shenzhen Sample Plastics Co', role: 'consignee', country: null, uscc: null, bankCode: null }] }));
    const byKind = (await api('GET', '/incidents?kind=wildlife-seizure&pageSize=200', viewer.headers)).json<{ items: { id: string; kind: string }[] }>();
    expect(byKind.items.every((i) => i.kind === 'wildlife-seizure')).toBe(true);
    expect(byKind.items.map((i) => i.id)).toContain(w.id);
    const byTaxon = (await api('GET', '/incidents?taxon=manis%20pentadactyla&pageSize=200', viewer.headers)).json<{ items: { id: string }[] }>();
    expect(byTaxon.items.map((i) => i.id)).toContain(w.id);
    const byEntity = (await api('GET', '/incidents?q=Sample%20Plastics', viewer.headers)).json<{ items: { id: string }[] }>();
    expect(byEntity.items.map((i) => i.id)).toEqual([w.id]);
  });
});

describe('notifications as entities', () => {
  it('links an incident to the notification whose importer it names', async () => {
    const { draftInput } = await import('../../../test/notifications.js');
    const regulator = (await node.makeAgency({ kind: 'regulator' })).id;
    const drafter = await node.signedIn(['officer'], { agencyId: regulator });
    const draft = await api('POST', '/notifications', drafter.headers, draftInput(regulator, { shipmentDate: '2026-04-15' }));
    expect(draft.statusCode, draft.body).toBe(201);
    const n = draft.json<{ id: string; reference: string }>();
    const i = await filed(incidentInput(agencyId, { title: 'Names the importer', entities: [{ kind: 'company', value: '华东精细化工有限公司', role: 'consignee', country: null, uscc: null, bankCode: null }] }));
    const link = (await api('GET', `/incidents/${i.id}`, officer.headers)).json<Incident>().links.find((l) => l.kind === 'company');
    expect(link?.records).toEqual([expect.objectContaining({ recordKind: 'notification', recordId: n.id, reference: n.reference, role: 'buyer' })]);
  });
});

describe('follow-ups and links under handling', () => {
  const phoneX = { kind: 'phone', value: '+86 137 6666 7777', role: 'consignee', country: null, uscc: null, bankCode: null } as const;

  it('a TLP:RED follow-up’s entity links under its AMBER incident for an officer, and is not shown to a viewer at all', async () => {
    const parent = await filed(incidentInput(agencyId, { title: 'Parent of a RED follow-up', entities: [] }));
    const other = await filed(incidentInput(agencyId, { title: 'Names the phone too', entities: [phoneX] }));
    const res = await api('POST', `/incidents/${parent.id}/follow-ups`, officer.headers, { note: 'Informant gave the phone.', language: 'en', handling: 'TLP:RED', entities: [{ ...phoneX, value: '137-6666-7777', country: 'CN' }] });
    expect(res.statusCode, res.body).toBe(201);
    const asOfficer = (await api('GET', `/incidents/${parent.id}`, officer.headers)).json<Incident>();
    expect(asOfficer.links.find((l) => l.key === '+8613766667777')?.records.map((r) => r.recordId)).toEqual([other.id]);
    const asViewer = await api('GET', `/incidents/${parent.id}`, viewer.headers);
    expect(asViewer.statusCode).toBe(200);
    expect(asViewer.json<Incident>().links).toEqual([]);
    for (const written of ['8613766667777', '137-6666-7777', '137 6666 7777', 'Informant']) expect(asViewer.body).not.toContain(written);
    // Nor does the other incident lead a viewer to the RED follow-up.
    const otherAsViewer = (await api('GET', `/incidents/${other.id}`, viewer.headers)).json<Incident>();
    expect(otherAsViewer.links).toEqual([]);
  });

  it('refuses a follow-up to a withdrawn incident with 422 incident-withdrawn', async () => {
    const i = await filed(incidentInput(agencyId, { title: 'Withdrawn before the follow-up' }));
    expect((await api('POST', `/incidents/${i.id}/withdraw`, officer.headers, { note: 'entered in error' })).statusCode).toBe(200);
    const res = await api('POST', `/incidents/${i.id}/follow-ups`, otherOfficer.headers, { note: 'Too late.', language: 'en' });
    expect(res.statusCode, res.body).toBe(422);
    expect(problemType(res)).toBe('incident-withdrawn');
    expect((await api('GET', `/incidents/${i.id}`, officer.headers)).json<Incident>().followUps).toEqual([]);
  });
});

describe('the entity page', () => {
  it("is read by this party's users only, not by a user whose agency is another party's", async () => {
    await filed(incidentInput(agencyId, { title: 'Names a CN phone', entities: [{ kind: 'phone', value: '+86 137 8888 9999', role: 'consignee', country: null, uscc: null, bankCode: null }] }));
    const url = '/entities?kind=phone&key=%2B8613788889999';
    const ours = await api('GET', url, viewer.headers);
    expect(ours.statusCode, ours.body).toBe(200);
    expect(ours.json<{ total: number }>().total).toBe(1);
    // No user or token can be put in another party's agency through the API (foreign-agency); a user whose agency
    // row says another party (data from before that rule) is one the route itself must refuse.
    const cnAgency = await node.makeAgency({ partyCode: 'CN' });
    await expect(node.makeUser(['officer'], { agencyId: cnAgency.id })).rejects.toMatchObject({ type: expect.stringMatching(/foreign-agency$/) });
    const movedAgency = await node.makeAgency();
    const cnUser = await node.signedIn(['officer'], { agencyId: movedAgency.id });
    await node.database.db.update(agencyTable).set({ partyCode: 'CN' }).where(eq(agencyTable.id, movedAgency.id));
    const theirs = await api('GET', url, cnUser.headers);
    expect(theirs.statusCode, theirs.body).toBe(403);
    expect(theirs.body).not.toContain('8613788889999');
  });
});
