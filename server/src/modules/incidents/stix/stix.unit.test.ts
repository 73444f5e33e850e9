// STIX 2.1 interchange: every exported object is valid against the OASIS STIX 2.1 JSON schemas (a copy in
// data/stix2-json-schemas, so the test runs on a clean clone), ids are deterministic, each TLP level maps to its
// marking, our own export imports back to the IncidentInput it was filed from, and bad bundles are refused with
// problems, never exceptions. The validator is itself shown to reject broken objects, so the schema check is real.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { HANDLINGS } from '../../../platform/handling/index.js';
import { fromRoot } from '../../../platform/paths.js';
import { IncidentInput } from '../schemas.js';
import { incidentToStix, stixBundle, stixBundleChunks, type StixExportOptions, type StixIncident, type StixObject } from './export.js';
import { stixToIncidents } from './import.js';

const SCHEMAS = fromRoot('data', 'stix2-json-schemas', 'schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

function loadValidator(): Ajv2020 {
  // The schemas' patterns use `\-`, which a Unicode regular expression refuses; `idn-hostname` is not in ajv-formats.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  ajv.addFormat('idn-hostname', /^(?=.{1,253}$)[^\s.]{1,63}(?:\.[^\s.]{1,63})*$/u);
  for (const dir of readdirSync(SCHEMAS)) {
    for (const file of readdirSync(join(SCHEMAS, dir))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, dir, file), 'utf8')) as object);
  }
  return ajv;
}
const ajv = loadValidator();
const schema = (path: string): ValidateFunction => {
  const v = ajv.getSchema(BASE + path);
  if (!v) throw new Error(`no schema ${path}`);
  return v;
};
const SCHEMA_OF: Record<string, string> = { 'marking-definition': 'common/marking-definition.json', relationship: 'sros/relationship.json' };
for (const t of ['identity', 'incident', 'location', 'note', 'observed-data']) SCHEMA_OF[t] = `sdos/${t}.json`;
for (const t of ['email-addr', 'url', 'domain-name']) SCHEMA_OF[t] = `observables/${t}.json`;

/** Schema errors of one object: its own type's schema, or the custom-observable rules for our `x-` types. */
function errorsOf(object: StixObject): string[] {
  const { type } = object;
  const path = SCHEMA_OF[type] ?? (type.startsWith('x-counterpart-') ? 'common/cyber-observable-core.json' : null);
  if (!path) return [`no schema for type ${type}`];
  const validate = schema(path);
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${type} ${e.instancePath} ${e.message ?? ''}`);
}
const expectValid = (objects: StixObject[]) => expect(objects.flatMap(errorsOf)).toEqual([]);

const OPTS: StixExportOptions = { nodeParty: 'US', identityNames: 'en' };
const AGENCY_ID = '0190a8f2-1111-7000-8000-000000000001';
const agency = { acronym: 'DEA', nameEn: 'Drug Enforcement Administration', nameZh: '美国缉毒局' };

/** The reader's view of an incident filed as `input` (entities with their options, as the filed JSON keeps them). */
function incidentFrom(raw: unknown, over: Partial<StixIncident> = {}): StixIncident {
  const input = IncidentInput.parse(raw);
  return {
    id: '0190a8f2-2222-7abc-8def-0123456789ab',
    reference: 'US-2026-000123',
    kind: input.kind,
    originParty: 'US',
    agency,
    occurredOn: input.occurredOn,
    country: input.place.country,
    locality: input.place.locality,
    title: input.title,
    language: input.language,
    handling: input.handling,
    status: 'active',
    itemTypes: [...new Set(input.items.map((i) => i.type))],
    latitude: input.place.latitude,
    longitude: input.place.longitude,
    createdAt: new Date('2026-03-02T08:00:00.456Z'),
    updatedAt: new Date('2026-03-02T08:30:00.123Z'),
    version: 2,
    place: input.place,
    narrative: input.narrative,
    items: input.items.map((details, position) => ({ position, type: details.type, details, verdict: null, screening: null, substanceIds: [], taxon: null })),
    route: input.route,
    outcome: input.outcome,
    entities: input.entities.map((e) => ({ ...e, key: e.value.toLowerCase(), common: false })),
    entityCount: input.entities.length,
    links: [],
    followUps: [],
    notification: input.notificationReference ? { id: '0190a8f2-3333-7000-8000-000000000003', reference: input.notificationReference } : null,
    useRestrictions: input.useRestrictions,
    source: input.source,
    releasableTo: input.releasableTo,
    createdByName: 'Officer Example',
    withdrawnAt: null,
    withdrawalNote: null,
    canEdit: true,
    canFollowUp: true,
    ...over,
  };
}

const drugSeizure = {
  kind: 'seizure',
  agencyId: AGENCY_ID,
  occurredOn: '2026-02-27',
  place: { country: 'US', locality: 'Long Beach', port: 'Port of Long Beach', latitude: 33.754, longitude: -118.216 },
  title: 'Precursors in a container declared as textile auxiliaries',
  narrative: 'A 20-foot container held 25 drums.\nSampling found 1-boc-4-piperidone and 4-AP.',
  language: 'en',
  items: [
    { type: 'chemical', declaredName: 'textile auxiliary TA-7', cas: '79099-07-3', smiles: 'CC(C)(C)OC(=O)N1CCC(=O)CC1', quantity: '500', unit: 'kg', purity: 98.5, form: 'powder' },
    { type: 'chemical', declaredName: '4-anilinopiperidine', cas: null, smiles: null, quantity: '12.5', unit: 'kg', purity: null, form: null },
    { type: 'equipment', equipment: 'pill-press', count: 2, description: 'TDP-5, dies marked M30' },
    { type: 'money', amount: '25000', currency: 'usd', description: 'cash in the cab' },
  ],
  route: { mode: 'sea', carrier: 'Example Line', conveyance: 'MV Example Star', container: 'MSCU1234565', trackingNumber: null, origin: { country: 'CN', port: 'Shanghai' }, transit: [{ country: 'MX', port: 'Manzanillo' }], destination: { country: 'US', port: 'Long Beach' } },
  outcome: { investigation: 'open', arrests: 2, prosecution: 'pending', disposition: 'held-as-evidence' },
  entities: [
    { kind: 'company', value: 'Example Chemical Co., Ltd.', role: 'shipper', country: 'CN', uscc: '91310000MA1FL4XK2Y' },
    { kind: 'person', value: 'John Doe', role: 'consignee', country: 'US' },
    { kind: 'address', value: '1 Harbor Way, Long Beach, CA 90802', role: 'consignee', country: 'US' },
    { kind: 'address', value: 'Room 5, No. 8 Example Road', role: 'shipper' },
    { kind: 'phone', value: '+86 21 5555 0100', role: 'shipper', country: 'CN' },
    { kind: 'email', value: 'sales@example-chem.com', role: 'seller' },
    { kind: 'email', value: 'sales at example dot com', role: 'seller' },
    { kind: 'website', value: 'https://example-chem.com/products?id=7', role: 'seller' },
    { kind: 'website', value: 'example-chem.com', role: 'seller' },
    { kind: 'website', value: '例子.中国/店铺/7', role: 'seller' },
    { kind: 'bank-account', value: '6222 0000 1111 2222', role: 'payee', bankCode: 'ICBKCNBJ' },
    { kind: 'payment-account', value: 'Alipay 138****0000', role: 'payee' },
    { kind: 'crypto-address', value: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', role: 'payee' },
    { kind: 'vessel', value: 'MV Example Star', role: 'operator' },
    { kind: 'container', value: 'MSCU1234565', role: 'other' },
    { kind: 'tracking-number', value: '1Z999AA10123456784', role: 'other' },
    { kind: 'licence', value: 'EXP-2026-0042', role: 'other', country: 'CN' },
    { kind: 'email', value: 'sales@example-chem.com', role: 'buyer' },
  ],
  notificationReference: 'CN-PEN-2026-0007',
  handling: 'TLP:AMBER',
  useRestrictions: ['not-for-court-without-consent', 'crime-prevention-only'],
  source: { reliability: 'B', credibility: '2' },
  releasableTo: ['CN'],
};

const wildlifeSeizure = {
  kind: 'wildlife-seizure',
  agencyId: AGENCY_ID,
  occurredOn: '2026-01-15',
  place: { country: 'CN', locality: '深圳市 文锦渡口岸' },
  title: '文锦渡口岸查获穿山甲鳞片',
  narrative: '一辆货车夹藏穿山甲鳞片，申报为塑料颗粒。',
  language: 'zh',
  items: [
    { type: 'wildlife', taxon: 'Manis javanica', tradeTerm: 'sca', quantity: '320', unit: 'kg', live: false },
    { type: 'wildlife', taxon: 'Psittacus erithacus', tradeTerm: 'LIV', quantity: '12', unit: 'number', live: true },
  ],
  entities: [
    { kind: 'company', value: '深圳市某某贸易有限公司', role: 'consignee', uscc: '91440300MA5EXAMPLE' },
    { kind: 'person', value: '张三', role: 'suspect' },
    { kind: 'address', value: '广东省深圳市罗湖区某路1号', role: 'consignee' },
  ],
  handling: 'TLP:RED',
  source: { reliability: 'A', credibility: '1' },
};

const CLEAR = 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9';
const markingOf = (objects: StixObject[], object: StixObject) => objects.find((o) => o.id === (object.object_marking_refs as string[])[0]) as StixObject;
const byType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);
const one = (objects: StixObject[], type: string): StixObject => {
  const found = byType(objects, type);
  expect(found).toHaveLength(1);
  return found[0] as StixObject;
};
async function* iterate<T>(items: T[], pulled?: { n: number }): AsyncGenerator<T> {
  for (const item of items) {
    if (pulled) pulled.n += 1;
    yield item;
  }
}
const collect = async (chunks: AsyncIterable<string>) => {
  let text = '';
  for await (const c of chunks) text += c;
  return text;
};

describe('the schema check', () => {
  it('rejects objects that break the STIX 2.1 schemas', () => {
    const [incident] = incidentToStix(incidentFrom(drugSeizure), OPTS).filter((o) => o.type === 'incident') as [StixObject];
    expect(errorsOf(incident)).toEqual([]);
    const { name: _name, ...nameless } = incident;
    expect(errorsOf({ ...nameless, type: 'incident', id: incident.id })).not.toEqual([]);
    expect(errorsOf({ ...incident, id: 'incident--0190a8f2-2222-7abc-8def-0123456789ab' }), 'a UUIDv7 is not a STIX id').not.toEqual([]);
    expect(errorsOf({ ...incident, created: '2026-03-02T08:30:00Z' }), 'created without milliseconds').not.toEqual([]);
    expect(errorsOf({ ...incident, x_counterpart_use_restrictions: [] }), 'an empty list').not.toEqual([]);
    expect(errorsOf({ type: 'location', spec_version: '2.1', id: 'location--6f1c3d0e-4b8a-5c2d-9e7f-1a2b3c4d5e6f', created: incident.created, modified: incident.modified, city: 'Nowhere' })).not.toEqual([]);
    expect(errorsOf({ type: 'email-addr', spec_version: '2.1', id: 'email-addr--6f1c3d0e-4b8a-5c2d-9e7f-1a2b3c4d5e6f', value: 'not an address' })).not.toEqual([]);
  });
});

describe('incidentToStix', () => {
  const drug = incidentFrom(drugSeizure);
  const objects = incidentToStix(drug, OPTS);

  it('writes a drug seizure whose every object is valid STIX 2.1', () => {
    expectValid(objects);
    expect(new Set(objects.map((o) => o.id)).size, 'no object twice').toBe(objects.length);
  });

  it('maps the incident, its agency, its place and its markings', () => {
    const incident = one(objects, 'incident');
    const identity = objects.find((o) => o.id === incident.created_by_ref) as StixObject;
    expect(incident).toMatchObject({ name: drug.title, description: drug.narrative, lang: 'en', modified: '2026-03-02T08:30:00.123Z', created: '2026-03-02T08:00:00.456Z' });
    expect(incident).toMatchObject({ x_counterpart_reference: 'US-2026-000123', x_counterpart_kind: 'seizure', x_counterpart_source: 'B2', x_counterpart_shared_by: 'US' });
    expect(identity).toMatchObject({ type: 'identity', identity_class: 'organization', name: agency.nameEn, x_counterpart_acronym: 'DEA', x_counterpart_name_zh: agency.nameZh });
    expect(incident.object_marking_refs).toEqual(['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82']);
    const located = objects.find((o) => o.type === 'relationship' && o.relationship_type === 'located-at') as StixObject;
    const place = objects.find((o) => o.id === located.target_ref) as StixObject;
    expect(located.source_ref).toBe(incident.id);
    expect(place).toMatchObject({ country: 'US', city: 'Long Beach', latitude: 33.754, longitude: -118.216, x_counterpart_port: 'Port of Long Beach' });
    expect(identity.object_marking_refs, 'an agency is a public body').toEqual([CLEAR]);
    for (const o of objects.filter((x) => x.type !== 'marking-definition' && x !== identity)) expect(o.object_marking_refs, `${o.type} is marked`).toEqual(incident.object_marking_refs);
  });

  it('writes each entity as the STIX object that fits it, with its role', () => {
    const types = objects.map((o) => o.type);
    expect(types).toEqual(expect.arrayContaining(['email-addr', 'url', 'domain-name', 'x-counterpart-phone', 'x-counterpart-bank-account', 'x-counterpart-crypto-address', 'x-counterpart-website', 'x-counterpart-email']));
    expect(byType(objects, 'identity').map((o) => o.identity_class).sort()).toEqual(['individual', 'organization', 'organization']);
    expect(byType(objects, 'location').filter((o) => o.street_address)).toHaveLength(2);
    const observed = one(objects, 'observed-data');
    expect(observed).toMatchObject({ first_observed: '2026-02-27T00:00:00.000Z', last_observed: '2026-02-27T00:00:00.000Z', number_observed: 1 });
    expect(observed.object_refs, 'the e-mail address mentioned twice is one observable').toHaveLength(13);
    const person = objects.find((o) => o.name === 'John Doe') as StixObject;
    const link = objects.find((o) => o.type === 'relationship' && o.target_ref === person.id);
    expect(link).toMatchObject({ relationship_type: 'related-to', description: 'consignee' });
    expect(one(objects, 'incident').x_counterpart_roles).toHaveLength(drugSeizure.entities.length);
  });

  it('gives an observable the id STIX 2.1 derives from its value', () => {
    const email = objects.find((o) => o.type === 'email-addr') as StixObject;
    // uuid5(UUID('00abedb4-aa42-466c-9c01-fed23315a9b7'), '{"value":"sales@example-chem.com"}'), computed by Python.
    expect(email.id).toBe('email-addr--f089250a-8e7b-5062-8e3c-db0c6611dc5c');
    const other = incidentToStix(incidentFrom({ ...drugSeizure, title: 'Another' }, { id: '0190a8f2-9999-7abc-8def-0123456789ab' }), OPTS);
    expect(other.find((o) => o.type === 'email-addr')?.id).toBe(email.id);
  });

  it('writes a wildlife seizure in Chinese', () => {
    const zh = incidentToStix(incidentFrom(wildlifeSeizure), { nodeParty: 'CN', identityNames: 'zh' });
    expectValid(zh);
    expect(one(zh, 'incident')).toMatchObject({ name: wildlifeSeizure.title, lang: 'zh', x_counterpart_items: [expect.objectContaining({ taxon: 'Manis javanica', tradeTerm: 'SCA' }), expect.anything()] });
    expect(zh.find((o) => o.id === one(zh, 'incident').created_by_ref)).toMatchObject({ name: '美国缉毒局', lang: 'zh', x_counterpart_name_en: agency.nameEn });
    expect(byType(zh, 'observed-data'), 'no observables, no observed-data').toEqual([]);
    const place = zh.find((o) => o.type === 'location' && !o.street_address) as StixObject;
    expect(place).toEqual(expect.objectContaining({ country: 'CN', city: '深圳市 文锦渡口岸' }));
    expect(place).not.toHaveProperty('latitude');
    expect(zh.find((o) => o.street_address)).toMatchObject({ country: 'CN', x_counterpart_country_inferred: true });
  });

  it.each(HANDLINGS)('marks a %s incident with its TLP marking definition', (handling) => {
    const marked = incidentToStix(incidentFrom({ ...drugSeizure, handling }), OPTS);
    expectValid(marked);
    const marking = markingOf(marked, one(marked, 'incident'));
    expect(marking.name).toBe(handling === 'TLP:CLEAR' ? 'TLP:WHITE' : handling);
    expect(new Set(marked.flatMap((o) => (o.object_marking_refs as string[] | undefined) ?? []))).toEqual(new Set([marking.id, CLEAR]));
    expect(stixToIncidents(stixBundle(marked), { defaults: { agencyId: AGENCY_ID } }).incidents[0]?.input.handling).toBe(handling);
  });

  it('uses the marking OASIS publishes for TLP 2.0 AMBER+STRICT, as published', () => {
    const strict = incidentToStix(incidentFrom({ ...drugSeizure, handling: 'TLP:AMBER+STRICT' }), OPTS);
    const marking = markingOf(strict, one(strict, 'incident'));
    expect(marking).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
      created: '2022-10-01T00:00:00.000Z',
      name: 'TLP:AMBER+STRICT',
      extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } },
    });
  });

  it('writes a follow-up as a note on the incident, under its own marking and agency', () => {
    const followUp = {
      id: '0190a8f2-4444-7000-8000-000000000004',
      originParty: 'CN',
      agency: { acronym: 'NNCC', nameEn: 'National Narcotics Control Commission', nameZh: '国家禁毒委员会' },
      authorName: 'Officer Li',
      note: '发货公司已被立案调查。',
      language: 'zh' as const,
      handling: 'TLP:GREEN',
      entities: [{ kind: 'company' as const, value: 'Example Chemical Co., Ltd.', key: 'example chemical', role: 'shipper', common: false, country: null, uscc: null, bankCode: null }],
      createdAt: new Date('2026-03-05T02:00:00Z'),
      status: 'active' as const,
      withdrawnAt: null,
      withdrawalNote: null,
      canWithdraw: false,
    };
    const withNote = incidentToStix(incidentFrom(drugSeizure, { followUps: [followUp] }), OPTS);
    expectValid(withNote);
    const note = one(withNote, 'note');
    expect(note).toMatchObject({ content: followUp.note, lang: 'zh', object_refs: [one(withNote, 'incident').id], created: '2026-03-05T02:00:00.000Z' });
    expect(note.object_marking_refs).toEqual(['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da']);
    expect(withNote.find((o) => o.id === note.created_by_ref)).toMatchObject({ x_counterpart_party: 'CN', x_counterpart_acronym: 'NNCC' });
    expect(JSON.stringify(withNote), 'no officer names').not.toMatch(/Officer/);
    expect(byType(withNote, 'marking-definition').map((o) => o.name).sort()).toEqual(['TLP:AMBER', 'TLP:GREEN', 'TLP:WHITE']);
  });

  it('is deterministic: the same incident gives the same objects, another incident other ids', () => {
    expect(incidentToStix(incidentFrom(drugSeizure), OPTS)).toEqual(objects);
    const other = incidentToStix(incidentFrom(drugSeizure, { id: '0190a8f2-5555-7abc-8def-0123456789ab' }), OPTS);
    const sdoIds = (list: StixObject[]) => list.filter((o) => 'created' in o && o.type !== 'marking-definition' && o.type !== 'identity').map((o) => o.id);
    expect(sdoIds(other).filter((id) => sdoIds(objects).includes(id))).toEqual([]);
  });
});

describe('stixBundleChunks', () => {
  it('streams a valid bundle, one incident at a time, with shared objects written once', async () => {
    const incidents = [0, 1, 2].map((n) => incidentFrom(drugSeizure, { id: `0190a8f2-2222-7abc-8def-00000000000${n}`, reference: `US-2026-00000${n}` }));
    const pulled = { n: 0 };
    const chunks = stixBundleChunks(iterate(incidents, pulled), { ...OPTS, bundleId: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d' });
    const first = await chunks.next();
    expect(pulled.n, 'pulled lazily').toBe(1);
    const text = (first.value as string) + (await collect(chunks));
    const bundle = JSON.parse(text) as { type: string; id: string; objects: StixObject[] };
    expect(bundle).toMatchObject({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d' });
    expectValid(bundle.objects);
    // bundle.json's list of typed objects lacks incident, location and note, and an SDO it does not list matches both
    // of its custom-object branches (core and cyber-observable core), failing their oneOf: an upstream gap, so those
    // three are checked against their own schemas only (above) and the rest against bundle.json as well.
    const unlisted = new Set(['incident', 'location', 'note']);
    expect(schema('common/bundle.json')({ ...bundle, objects: bundle.objects.filter((o) => !unlisted.has(o.type)) })).toBe(true);
    expect(byType(bundle.objects, 'incident')).toHaveLength(3);
    expect(byType(bundle.objects, 'marking-definition')).toHaveLength(2);
    expect(bundle.objects.filter((o) => o.x_counterpart_acronym === 'DEA')).toHaveLength(1);
    expect(stixToIncidents(bundle, { defaults: { agencyId: AGENCY_ID } }).incidents).toHaveLength(3);
  });

  it('streams an empty export as a bundle without objects, as STIX requires', async () => {
    const text = await collect(stixBundleChunks(iterate<StixIncident>([]), { ...OPTS, bundleId: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d' }));
    const bundle = JSON.parse(text) as unknown;
    expect(bundle).toEqual({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d' });
    expect(schema('common/bundle.json')(bundle)).toBe(true);
  });
});

describe('stixToIncidents', () => {
  const importOne = (objects: StixObject[]) => stixToIncidents(stixBundle(objects), { defaults: { agencyId: AGENCY_ID } });

  it.each([
    ['a drug seizure with entities of every kind', drugSeizure],
    ['a wildlife seizure in Chinese', wildlifeSeizure],
  ])('gives back %s as it was filed', (_name, filed) => {
    const result = importOne(incidentToStix(incidentFrom(filed), OPTS));
    expect(result.problems).toEqual([]);
    expect(result.incidents).toHaveLength(1);
    // All but who it was shared with: a file never shares anything by itself (the importer decides afterwards).
    expect(result.incidents[0]?.input).toEqual({ ...IncidentInput.parse(filed), releasableTo: [] });
    expect(result.incidents[0]?.reportedBy).toMatchObject({ party: 'US', acronym: 'DEA' });
  });

  it('reads a foreign producer’s incident from STIX alone', () => {
    const objects = incidentToStix(incidentFrom(drugSeizure), OPTS).map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('x_counterpart_'))) as StixObject);
    const result = stixToIncidents(stixBundle(objects), { defaults: { agencyId: AGENCY_ID, kind: 'seizure' } });
    const input = result.incidents[0]?.input;
    expect(input).toMatchObject({ kind: 'seizure', occurredOn: '2026-02-27', title: drugSeizure.title, language: 'en', handling: 'TLP:AMBER', items: [] });
    expect(input?.place).toEqual({ country: 'US', locality: 'Long Beach', port: null, latitude: 33.754, longitude: -118.216 });
    expect(input?.entities.find((e) => e.value === 'John Doe')).toMatchObject({ kind: 'person', role: 'consignee' });
    expect(input?.entities.filter((e) => e.kind === 'website')).toHaveLength(3);
  });

  it('takes the stricter marking when an incident is marked twice and reports markings it cannot keep', () => {
    const objects = incidentToStix(incidentFrom(drugSeizure), OPTS);
    const incident = one(objects, 'incident');
    incident.object_marking_refs = ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', 'marking-definition--0a5b3c6d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'];
    const result = importOne(objects);
    expect(result.incidents[0]?.input.handling).toBe('TLP:RED');
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unsupported-marking', stixId: incident.id })]);
  });

  it('says so when the exported view held only the first of an incident’s entities', () => {
    const objects = incidentToStix(incidentFrom(drugSeizure, { entityCount: 1200 }), OPTS);
    expect(one(objects, 'incident').x_counterpart_entity_count).toBe(1200);
    const result = importOne(objects);
    expect(result.incidents[0]?.input.entities).toHaveLength(drugSeizure.entities.length);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'partial-entities' })]);
  });

  it('ignores types it does not read, saying so, and still imports the rest', () => {
    const malware = { type: 'malware', spec_version: '2.1', id: 'malware--6f1c3d0e-4b8a-4c2d-9e7f-1a2b3c4d5e6f', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x', is_family: false };
    const result = importOne([...incidentToStix(incidentFrom(drugSeizure), OPTS), malware, { ...malware, id: 'malware--7f1c3d0e-4b8a-4c2d-9e7f-1a2b3c4d5e6f' }]);
    expect(result.incidents).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'ignored-type', message: expect.stringContaining('2 object(s) of type malware') })]);
  });

  it('reports an incident it cannot file, with the field', () => {
    const objects = incidentToStix(incidentFrom(drugSeizure), OPTS).filter((o) => o.relationship_type !== 'located-at');
    const result = importOne(objects);
    expect(result.incidents).toEqual([]);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'invalid-incident', path: 'place' }));
  });

  it.each([
    ['not an object', 'bundle', 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['a list', [], 'not-an-object'],
    ['another type', { type: 'report', id: 'report--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [] }, 'not-a-bundle'],
    ['objects not a list', { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: {} }, 'not-a-bundle'],
    ['no objects', { type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d' }, 'empty-bundle'],
  ])('refuses %s without throwing', (_name, input, code) => {
    const result = stixToIncidents(input, { defaults: { agencyId: AGENCY_ID } });
    expect(result).toEqual({ incidents: [], problems: [expect.objectContaining({ code })] });
  });

  it('refuses 100,001 objects before reading any of them', () => {
    let read = 0;
    const objects = new Proxy(new Array<unknown>(100_001).fill({ type: 'x', id: 'x--1' }), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const started = performance.now();
    const result = stixToIncidents({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects }, { defaults: { agencyId: AGENCY_ID } });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'too-many-objects', path: 'objects' })]);
    expect(read).toBe(0);
    expect(performance.now() - started).toBeLessThan(50);
    expect(stixToIncidents({ type: 'bundle', objects: [{}, {}] }, { maxObjects: 1, defaults: { agencyId: AGENCY_ID } }).problems[0]?.code).toBe('too-many-objects');
  });

  it('refuses a bundle with an object that has no id, naming it', () => {
    const objects: unknown[] = [...incidentToStix(incidentFrom(drugSeizure), OPTS)];
    objects.splice(1, 0, { type: 'identity', name: 'no id' }, 'not an object');
    const result = stixToIncidents({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects }, { defaults: { agencyId: AGENCY_ID } });
    expect(result.incidents).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['invalid-object', 'objects[1]'],
      ['invalid-object', 'objects[2]'],
    ]);
  });
});
