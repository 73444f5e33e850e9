// STIX 2.1 routes: the export of a filtered set is one bundle in STIX's media type, holding what the list would
// show the reader (a viewer's holds no TLP:RED incident) with the list's filters; one incident's export has its
// follow-ups and is not found by a reader who may not see it; exports are audited. Our own export imported into a
// fresh node gives the same incidents back, once however often it is imported; a body that is not a STIX bundle,
// or holds more than 100,000 objects, is refused as problem+json. (The objects' schema checks are stix/'s tests.)
import { count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { createIncident } from './index.js';
import { exportIncidentsStix } from './stix-export.js';
import type { Incident } from './schemas.js';
import { incidents } from './tables.js';

type Headers = Record<string, string>;
type StixObject = { type: string; id: string; [k: string]: unknown };
type Bundle = { type: string; id: string; objects: StixObject[] };
type StixReport = { dryRun: boolean; created: number; invalid: number; items: { stixId: string; outcome: string; id: string | null; problems: unknown[] }[]; notes: unknown[] };

let node: TestNode;
let officer: { headers: Headers };
let viewer: { headers: Headers };
let amber: Incident;
let red: Incident;
let wildlife: Incident;

const api = (node_: TestNode, method: 'GET' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  node_.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as string }) });

async function filed(input: unknown): Promise<Incident> {
  const res = await api(node, 'POST', '/incidents', officer.headers, input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Incident>();
}

const references = (b: Bundle) => b.objects.filter((o) => o.type === 'incident').map((o) => String(o.x_counterpart_reference));

beforeAll(async () => {
  node = await makeTestNode();
  const agencyId = (await node.makeAgency({ kind: 'customs' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  amber = await filed(incidentInput(agencyId));
  red = await filed(incidentInput(agencyId, { handling: 'TLP:RED', title: 'A red one', occurredOn: '2026-02-10' }));
  wildlife = await filed(wildlifeInput(agencyId, { place: { country: 'US' }, occurredOn: '2026-02-20' }));
  const followUp = await api(node, 'POST', `/incidents/${amber.id}/follow-ups`, officer.headers, { note: 'Two further shipments found', language: 'en' });
  expect(followUp.statusCode, followUp.body).toBe(201);
});

describe('STIX export', () => {
  it('streams the list as a bundle in STIX’s media type, with the handling and filters the list has, audited', async () => {
    const exported = async () => (await node.database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'incident.exported')))[0]?.n ?? -1;
    const before = await exported();
    const res = await api(node, 'GET', '/incidents/export.stix', officer.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/stix+json;version=2.1');
    const bundle = res.json<Bundle>();
    expect(bundle).toMatchObject({ type: 'bundle', id: expect.stringMatching(/^bundle--/) });
    expect(references(bundle).sort()).toEqual([amber.reference, red.reference, wildlife.reference].sort());
    expect(await exported()).toBe(before + 1);
    const [entry] = await node.database.db.select().from(auditLog).where(eq(auditLog.action, 'incident.exported')).orderBy(desc(auditLog.seq)).limit(1);
    // Read in bulk as opened alone: how many at each handling, and the RED one named.
    expect(entry?.change).toMatchObject({ format: 'stix', count: 3, strictest: 'TLP:RED', red: [red.reference], redLeftOut: 0 });
    const byHandling = (entry?.change as { byHandling: Record<string, number> }).byHandling;
    expect(byHandling['TLP:RED']).toBe(1);
    expect(Object.values(byHandling).reduce((a, b) => a + b, 0)).toBe(3);

    const viewers = (await api(node, 'GET', '/incidents/export.stix', viewer.headers)).json<Bundle>();
    const viewerEntry = (await node.database.db.select().from(auditLog).where(eq(auditLog.action, 'incident.exported')).orderBy(desc(auditLog.seq)).limit(1))[0];
    expect(viewerEntry?.change).toMatchObject({ count: 2, red: [] });
    expect(viewerEntry?.change).not.toMatchObject({ strictest: 'TLP:RED' });
    expect(references(viewers).sort()).toEqual([amber.reference, wildlife.reference].sort());
    expect(JSON.stringify(viewers)).not.toContain('A red one');
    const onlyWildlife = (await api(node, 'GET', '/incidents/export.stix?kind=wildlife-seizure', officer.headers)).json<Bundle>();
    expect(references(onlyWildlife)).toEqual([wildlife.reference]);
    const february = (await api(node, 'GET', '/incidents/export.stix?from=2026-02-01&to=2026-02-28&handling=TLP:RED', officer.headers)).json<Bundle>();
    expect(references(february)).toEqual([red.reference]);
    const none = await api(node, 'GET', '/incidents/export.stix?kind=financial-lead', officer.headers);
    expect(none.json()).toMatchObject({ type: 'bundle' });
    expect((await api(node, 'GET', '/incidents/export.stix?page=2', officer.headers)).statusCode).toBe(400);
  });

  it('exports one incident with its follow-ups, and not one the reader may not see', async () => {
    const res = await api(node, 'GET', `/incidents/${amber.id}/export.stix`, viewer.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/stix+json;version=2.1');
    const bundle = res.json<Bundle>();
    expect(references(bundle)).toEqual([amber.reference]);
    expect(bundle.objects.find((o) => o.type === 'note')).toMatchObject({ content: 'Two further shipments found' });
    const hidden = await api(node, 'GET', `/incidents/${red.id}/export.stix`, viewer.headers);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
    expect((await api(node, 'GET', `/incidents/${red.id}/export.stix`, officer.headers)).statusCode).toBe(200);
  });
});

describe('STIX import', () => {
  let other: TestNode;
  let otherOfficer: { headers: Headers };
  beforeAll(async () => {
    other = await makeTestNode();
    otherOfficer = await other.signedIn(['officer'], { agencyId: (await other.makeAgency({ kind: 'police' })).id });
  });
  const rowsOn = async (n: TestNode) => (await n.database.db.select({ n: count() }).from(incidents))[0]?.n ?? -1;
  const importInto = (payload: unknown, query = '', type = 'application/stix+json;version=2.1') =>
    api(other, 'POST', `/incidents/import.stix${query}`, { ...otherOfficer.headers, 'content-type': type }, typeof payload === 'string' ? payload : JSON.stringify(payload));

  it('gives our own export back on a fresh node, once however often it is imported', async () => {
    const body = (await api(node, 'GET', '/incidents/export.stix', officer.headers)).body;
    const dry = await importInto(body, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<StixReport>()).toMatchObject({ dryRun: true, created: 3, invalid: 0 });
    expect(await rowsOn(other)).toBe(0);

    const report = (await importInto(body)).json<StixReport>();
    expect(report).toMatchObject({ dryRun: false, created: 3, invalid: 0 });
    expect(await rowsOn(other)).toBe(3);
    const amberStixId = (JSON.parse(body) as Bundle).objects.find((o) => o.x_counterpart_id === amber.id)?.id;
    const imported = report.items.find((i) => i.stixId === amberStixId);
    const got = (await api(other, 'GET', `/incidents/${imported?.id ?? ''}`, otherOfficer.headers)).json<Incident>();
    const same = (i: Incident) => ({ kind: i.kind, occurredOn: i.occurredOn, title: i.title, narrative: i.narrative, language: i.language, place: i.place, handling: i.handling, route: i.route, outcome: i.outcome, useRestrictions: i.useRestrictions, source: i.source, items: i.items.map((x) => x.details), entities: i.entities.map((e) => [e.kind, e.value, e.role]) });
    expect(same(got)).toEqual(same(amber));
    expect(got.reference).toMatch(/^US-INC-2026-/);

    const again = (await importInto(body, '', 'application/json')).json<StixReport>();
    expect(again.items.map((i) => i.outcome)).toEqual(['already-imported', 'already-imported', 'already-imported']);
    expect(await rowsOn(other)).toBe(3);
  });

  it('reports an incident object it cannot file, and files the others', async () => {
    // Another incident (a new id everywhere it is referred to), whose day is not a date.
    const text = (await api(node, 'GET', `/incidents/${wildlife.id}/export.stix`, officer.headers)).body.replaceAll(wildlife.id, '7d0c1e6c-0000-4000-8000-000000000001');
    const one = JSON.parse(text) as Bundle;
    const broken = { ...one, objects: one.objects.map((o) => (o.type === 'incident' ? { ...o, x_counterpart_occurred_on: 'yesterday' } : o)) };
    const report = (await importInto(broken, '?dryRun=true')).json<StixReport>();
    const stixId = one.objects.find((o) => o.type === 'incident')?.id;
    expect(report.items).toEqual([{ stixId, outcome: 'invalid', id: null, problems: [expect.objectContaining({ path: 'occurredOn' })] }]);
  });

  it('refuses a body that is not a STIX bundle, or more than 100,000 objects, as problem+json', async () => {
    const before = await rowsOn(other);
    const notJson = await importInto('this is not json');
    expect(notJson.statusCode).toBe(400);
    expect(notJson.headers['content-type']).toContain('application/problem+json');
    const notBundle = await importInto({ type: 'indicator', id: 'indicator--1' });
    expect(notBundle.statusCode).toBe(400);
    expect(problemType(notBundle)).toBe('stix-not-a-bundle');
    const noType = await importInto({ hello: 'world' }, '', 'application/json');
    expect(noType.statusCode).toBe(400);
    expect(noType.headers['content-type']).toContain('application/problem+json');
    const objects = Array.from({ length: 100_001 }, (_, i) => ({ type: 'indicator', id: `indicator--${i}` }));
    const huge = await importInto({ type: 'bundle', id: 'bundle--1', objects });
    expect(huge.statusCode).toBe(400);
    expect(huge.headers['content-type']).toContain('application/problem+json');
    expect(problemType(huge)).toBe('stix-too-many-objects');
    expect(await rowsOn(other)).toBe(before);
  });
});

// Last: it files incidents of its own, which the tests above would count.
describe('STIX export while incidents are filed', () => {
  it('exports what its audit entry counted: an incident filed once the export has begun is left out', async () => {
    const agencyId = (await node.makeAgency({ kind: 'customs' })).id;
    const user = await node.makeUser(['officer'], { agencyId });
    const ctx = node.ctxFor({ kind: 'user', id: user.id, label: user.username, roles: ['officer'], agencyId, partyCode: 'US', locale: 'en', timeZone: 'UTC', mfaSatisfied: true, sessionId: null });
    const chunks = await exportIncidentsStix(ctx, { status: 'active' });
    const late = await createIncident(ctx, incidentInput(agencyId, { title: 'Filed during the export' }));
    let text = '';
    for await (const chunk of chunks) text += chunk;
    const bundle = JSON.parse(text) as Bundle;
    expect(references(bundle)).toEqual(expect.arrayContaining([amber.reference, red.reference, wildlife.reference]));
    expect(references(bundle)).not.toContain(late.reference);
  });
});
