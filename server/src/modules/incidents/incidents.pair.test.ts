// Incidents between two real nodes over loopback (issue 15): a US seizure naming a company reaches CN, is screened
// again with CN's registry and links to CN's own incident naming the same company; a CN follow-up travels back and
// links on the US node; a withdrawal or a narrowing purges it on CN and takes its links along; a new version
// replaces the old; handling holds on the receiving node, and a received incident is read-only there.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { PASSWORD } from '../../../test/node.js';
import { draftInput } from '../../../test/notifications.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import type { EntityInput } from '../entities/index.js';
import { getTombstone } from '../exchange/index.js';
import { createDraft, getNotification, recordDecision, sendNotification } from '../notifications/index.js';
import { addFollowUp, createIncident, getIncident, updateIncident, withdrawIncident, type Incident } from './index.js';
import * as repo from './repo.js';

type Headers = Record<string, string>;

const { us, cn } = await makePair();
const customs = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} customs`, nameZh: `${node.party} 海关`, kind: 'customs' });
const usAgency = await customs(us, 'CBP-LA');
const cnAgency = await customs(cn, 'GACC-SZ');
const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id }));

/** A signed-in user of the node's party, through the session API. */
async function signedIn(node: PairNode, agencyId: string, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')}`, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}
const cnViewerHttp = await signedIn(cn, cnAgency.id, ['viewer']);
const cnOfficerHttp = await signedIn(cn, cnAgency.id, ['officer']);
const api = (node: PairNode, method: 'GET' | 'PUT' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

// Valid unified social credit codes (check character computed by GB 32100-2015), one company per test.
const USCC = ['91420100MA4K00001U', '91420100MA4K00002Y', '91420100MA4K000032', '91420100MA4K000045', '91420100MA4K000058', '91420100MA4K00006B', '91420100MA4K00007E', '91420100MA4K00008H'] as const;
const entity = (over: Partial<EntityInput> & Pick<EntityInput, 'kind' | 'value'>): EntityInput => ({ role: 'other', country: null, uscc: null, bankCode: null, ...over });
/** The company as the US writes it: its Chinese name, the code given beside it. */
const usCompany = (uscc: string) => entity({ kind: 'company', value: '武汉示例化工有限公司', role: 'shipper', country: 'CN', uscc });
/** The same company as CN writes it: its English name with the code in the text. */
const cnCompany = (uscc: string) => entity({ kind: 'company', value: `Wuhan Example Chemical Co., Ltd. (${uscc})`, role: 'consignee' });

/** The US files a seizure naming `entities`, releasable to CN unless told otherwise, and delivers it. */
async function usSeizure(entities: EntityInput[], over: Parameters<typeof incidentInput>[1] = {}) {
  const saved = await createIncident(usOfficer, incidentInput(usAgency.id, { entities, releasableTo: ['CN'], ...over }));
  await us.deliver();
  return saved;
}

/** CN's own wildlife seizure naming `entities` (not shared). */
const cnSeizure = (entities: EntityInput[]) => createIncident(cnOfficer, wildlifeInput(cnAgency.id, { entities }));

const linkOf = (i: Incident, key: string) => i.links.find((l) => l.key === key);
const linkedIds = (i: Incident) => i.links.flatMap((l) => l.records.flatMap((r) => [r.recordId, r.parentId]));

describe('a US seizure shared with CN', () => {
  it('arrives on CN, read-only, its chemical lines screened again with CN’s registry', async () => {
    const a = await usSeizure([usCompany(USCC[0])]);
    const there = await getIncident(cnOfficer, a.id);
    expect(there).toMatchObject({ reference: a.reference, originParty: 'US', version: 1, agency: { acronym: 'CBP-LA' }, title: '4-ANPP in a container declared as cleaning agent', releasableTo: [], canEdit: false, canFollowUp: true });
    expect(there.items).toHaveLength(1);
    expect(there.items[0]).toMatchObject({ type: 'chemical', verdict: 'controlled' });
    expect(there.items[0]?.screening?.hits.some((h) => h.controls.some((c) => c.jurisdiction === 'CN'))).toBe(true);
    expect(there.entities.map((e) => e.key)).toEqual([`uscc:${USCC[0]}`]);

    // Read-only there: a CN officer can neither change nor withdraw it.
    const put = await api(cn, 'PUT', `/incidents/${a.id}`, cnOfficerHttp, { ...incidentInput(cnAgency.id, { title: 'changed on CN' }), version: 1 });
    expect(put.statusCode, put.body).toBe(403);
    expect(put.json<{ type: string }>().type).toMatch(/wrong-party$/);
    const withdraw = await api(cn, 'POST', `/incidents/${a.id}/withdraw`, cnOfficerHttp, {});
    expect(withdraw.statusCode).toBe(403);
    expect((await getIncident(cnOfficer, a.id)).title).toBe(there.title);
  });

  it('links to CN’s own incident naming the same company, on CN only (CN shared nothing)', async () => {
    const a = await usSeizure([usCompany(USCC[1])]);
    const c = await cnSeizure([cnCompany(USCC[1])]);
    const key = `uscc:${USCC[1]}`;
    const own = await getIncident(cnOfficer, c.id);
    expect(linkOf(own, key)).toMatchObject({ kind: 'company', byParty: { US: 1 }, total: 1 });
    expect(linkOf(own, key)?.records[0]).toMatchObject({ recordKind: 'incident', recordId: a.id, reference: a.reference, originParty: 'US' });
    expect(linkOf(await getIncident(cnOfficer, a.id), key)).toMatchObject({ byParty: { CN: 1 } });
    // On the US node the CN incident does not exist: no link crosses without the record.
    expect(linkOf(await getIncident(usOfficer, a.id), key)).toBeUndefined();
  });
});

describe('a CN follow-up', () => {
  it('travels to the US, shows in the incident’s follow-ups with its entities, and links on both nodes', async () => {
    const phone = '+86 139 2222 3333';
    const a = await usSeizure([usCompany(USCC[2])]);
    // A US incident of its own, never shared, naming the phone the CN follow-up will name.
    const b = await createIncident(usOfficer, incidentInput(usAgency.id, { title: 'Courier parcel', entities: [entity({ kind: 'phone', value: phone, role: 'consignee' })] }));
    const { id: followUpId } = await addFollowUp(cnOfficer, a.id, { note: '我们搜查了收货人，又发现两批货物。', language: 'zh', handling: 'TLP:AMBER', entities: [entity({ kind: 'phone', value: '139-2222-3333', role: 'consignee', country: 'CN' })] });
    await cn.deliver();

    const home = await getIncident(usOfficer, a.id);
    expect(home.followUps).toHaveLength(1);
    expect(home.followUps[0]).toMatchObject({ id: followUpId, originParty: 'CN', agency: { acronym: 'GACC-SZ' }, note: '我们搜查了收货人，又发现两批货物。', language: 'zh' });
    expect(home.followUps[0]?.entities.map((e) => e.key)).toEqual(['+8613922223333']);

    // The US incident naming the phone links to the CN follow-up, shown in the incident it belongs to.
    const link = linkOf(await getIncident(usOfficer, b.id), '+8613922223333');
    expect(link).toMatchObject({ byParty: { CN: 1 }, total: 1 });
    expect(link?.records[0]).toMatchObject({ recordKind: 'incident-follow-up', recordId: followUpId, parentId: a.id, reference: a.reference, originParty: 'CN' });

    // CN holds its own follow-up beside the US incident.
    expect((await getIncident(cnOfficer, a.id)).followUps.map((f) => f.id)).toEqual([followUpId]);
    // The follow-up never edits the original: the US incident is still version 1 on both nodes.
    expect((await getIncident(usOfficer, a.id)).version).toBe(1);
  });
});

describe('withdrawal and narrowing', () => {
  it('a US withdrawal purges the incident on CN, and CN’s incident no longer links to it', async () => {
    const key = `uscc:${USCC[3]}`;
    const a = await usSeizure([usCompany(USCC[3])]);
    const c = await cnSeizure([cnCompany(USCC[3])]);
    const b = await createIncident(usOfficer, incidentInput(usAgency.id, { title: 'Unshared', entities: [usCompany(USCC[3])] }));
    // CN's follow-up on the US incident names the company too (it links from CN's incident, shown under the US one).
    await addFollowUp(cnOfficer, a.id, { note: 'Consignee searched.', language: 'en', handling: 'TLP:AMBER', entities: [cnCompany(USCC[3])] });
    await cn.deliver();
    expect(linkOf(await getIncident(cnOfficer, c.id), key)).toMatchObject({ byParty: { US: 1, CN: 1 } });
    expect(linkOf(await getIncident(usOfficer, b.id), key)).toMatchObject({ byParty: { US: 1, CN: 1 } });

    await withdrawIncident(usOfficer, a.id, 'entered in error');
    await us.deliver();
    await expect(getIncident(cnOfficer, a.id)).rejects.toMatchObject({ status: 404 });
    expect(await getTombstone(cn.database.db, a.id)).toMatchObject({ reason: 'withdrawn', note: 'entered in error', originParty: 'US' });
    const own = await getIncident(cnOfficer, c.id);
    expect(linkOf(own, key)).toBeUndefined();
    expect(linkedIds(own)).not.toContain(a.id);
    // On the US node it stays, withdrawn, linking nothing, not even through the CN follow-up shown under it.
    expect(await getIncident(usOfficer, a.id)).toMatchObject({ status: 'withdrawn', links: [] });
    expect(linkOf(await getIncident(usOfficer, b.id), key)).toBeUndefined();
    // CN's follow-up stays CN's own record, linking nothing.
    expect(linkedIds(await getIncident(cnOfficer, c.id))).toEqual([]);
  });

  it("a purge takes along CN's kept screening of what only that incident declared, and keeps one CN's own incident shares", async () => {
    const line = (declaredName: string) => ({ type: 'chemical' as const, declaredName, cas: null, smiles: null, quantity: '3', unit: 'kg' as const, purity: null, form: null });
    const day = '2025-05-05';
    const a = await usSeizure([], { occurredOn: day, items: [line('Norfentanyl'), line('Benzylfentanyl')] });
    // CN's own seizure that day declares benzylfentanyl too: that result is CN's as well.
    await createIncident(cnOfficer, incidentInput(cnAgency.id, { occurredOn: day, items: [line('Benzylfentanyl')], entities: [] }));
    const hashes = (await repo.itemsOf(cn.database.db, a.id)).map((i) => i.screeningHash ?? '');
    expect(hashes).toHaveLength(2);
    const kept = async (h: string) => (await queryRows<{ n: number }>(cn.database.db, sql`select count(*)::int as n from screening_results where hash = ${h}`))[0]?.n;
    expect([await kept(hashes[0] ?? ''), await kept(hashes[1] ?? '')]).toEqual([1, 1]);
    await withdrawIncident(usOfficer, a.id, 'entered in error');
    await us.deliver();
    await expect(getIncident(cnOfficer, a.id)).rejects.toMatchObject({ status: 404 });
    expect([await kept(hashes[0] ?? ''), await kept(hashes[1] ?? '')]).toEqual([0, 1]);
  });

  it('a new version without CN purges it on CN (narrowed)', async () => {
    const key = `uscc:${USCC[4]}`;
    const a = await usSeizure([usCompany(USCC[4])]);
    const c = await cnSeizure([cnCompany(USCC[4])]);
    expect(linkOf(await getIncident(cnOfficer, c.id), key)).toMatchObject({ byParty: { US: 1 } });

    await updateIncident(usOfficer, a.id, incidentInput(usAgency.id, { entities: [usCompany(USCC[4])], releasableTo: [] }), 1);
    await us.deliver();
    await expect(getIncident(cnOfficer, a.id)).rejects.toMatchObject({ status: 404 });
    expect(await getTombstone(cn.database.db, a.id)).toMatchObject({ reason: 'narrowed', recordVersion: 2 });
    expect(linkOf(await getIncident(cnOfficer, c.id), key)).toBeUndefined();
    expect(await getIncident(usOfficer, a.id)).toMatchObject({ status: 'active', version: 2, releasableTo: [] });
  });

  it('a new version replaces the old on CN: content, items and links', async () => {
    const a = await usSeizure([usCompany(USCC[5])]);
    const c = await cnSeizure([cnCompany(USCC[5])]);
    const input = incidentInput(usAgency.id, {
      title: '4-ANPP and a pill press',
      items: [{ type: 'chemical', declaredName: '4-Anilino-N-phenethylpiperidine', cas: '21409-26-7', smiles: null, quantity: '30', unit: 'kg', purity: null, form: null }, { type: 'equipment', equipment: 'pill-press', count: 1, description: 'TDP-5' }],
      entities: [entity({ kind: 'email', value: 'Orders@Example-Press.test', role: 'buyer' })],
      releasableTo: ['CN'],
    });
    await updateIncident(usOfficer, a.id, input, 1);
    await us.deliver();
    const there = await getIncident(cnOfficer, a.id);
    expect(there).toMatchObject({ version: 2, title: '4-ANPP and a pill press', itemTypes: ['chemical', 'equipment'] });
    expect(there.items.map((i) => [i.type, i.verdict, i.details.quantity ?? i.details.count])).toEqual([['chemical', 'controlled', '30'], ['equipment', null, 1]]);
    expect(there.entities.map((e) => e.key)).toEqual(['orders@example-press.test']);
    // Version 1 named the company; version 2 does not: CN's incident no longer links to it.
    expect(linkOf(await getIncident(cnOfficer, c.id), `uscc:${USCC[5]}`)).toBeUndefined();
  });
});

describe('handling on the receiving node', () => {
  it('a TLP:RED incident shared with CN is found by a CN officer, not by a CN viewer, nor through a link', async () => {
    const a = await usSeizure([usCompany(USCC[6])], { handling: 'TLP:RED' });
    const c = await cnSeizure([cnCompany(USCC[6])]);
    expect((await api(cn, 'GET', `/incidents/${a.id}`, cnViewerHttp)).statusCode).toBe(404);
    const seen = await api(cn, 'GET', `/incidents/${a.id}`, cnOfficerHttp);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Incident>()).toMatchObject({ reference: a.reference, handling: 'TLP:RED' });
    const list = await api(cn, 'GET', `/incidents?party=US&handling=TLP:RED&pageSize=200`, cnViewerHttp);
    expect(list.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(a.id);
    // CN's own incident: the officer sees the link to the RED incident, the viewer does not learn of it.
    const key = `uscc:${USCC[6]}`;
    expect(linkOf((await api(cn, 'GET', `/incidents/${c.id}`, cnOfficerHttp)).json<Incident>(), key)).toMatchObject({ byParty: { US: 1 } });
    expect(linkOf((await api(cn, 'GET', `/incidents/${c.id}`, cnViewerHttp)).json<Incident>(), key)).toBeUndefined();
  });

  it('a new version made TLP:RED hides the follow-ups shown under it from a CN viewer’s links too', async () => {
    const phone = entity({ kind: 'phone', value: '+86 137 4444 5555', role: 'consignee' });
    const a = await usSeizure([usCompany(USCC[7])]);
    await addFollowUp(cnOfficer, a.id, { note: 'Phone traced.', language: 'en', handling: 'TLP:GREEN', entities: [phone] });
    const c = await cnSeizure([phone]);
    const viewed = async () => linkOf((await api(cn, 'GET', `/incidents/${c.id}`, cnViewerHttp)).json<Incident>(), '+8613744445555');
    expect((await viewed())?.records[0]).toMatchObject({ recordKind: 'incident-follow-up', parentId: a.id });

    await updateIncident(usOfficer, a.id, incidentInput(usAgency.id, { entities: [usCompany(USCC[7])], releasableTo: ['CN'], handling: 'TLP:RED' }), 1);
    await us.deliver();
    expect(await viewed()).toBeUndefined();
    expect(linkOf(await getIncident(cnOfficer, c.id), '+8613744445555')).toMatchObject({ byParty: { CN: 1 } });
  });
});

describe('a stopped shipment', () => {
  it('names the pre-export notification it stopped, found by reference on both nodes', async () => {
    const { id: notificationId } = await createDraft(usOfficer, draftInput(usAgency.id));
    await sendNotification(usOfficer, notificationId);
    await us.deliver();
    await cn.deliver();
    await recordDecision(usOfficer, notificationId, { decision: 'suspended', note: null });
    await us.deliver();
    const n = await getNotification(usOfficer, notificationId);
    const a = await usSeizure([], { kind: 'stopped-shipment', notificationReference: n.reference });
    expect((await getIncident(usOfficer, a.id)).notification).toEqual({ id: notificationId, reference: n.reference });
    expect((await getIncident(cnOfficer, a.id)).notification).toEqual({ id: notificationId, reference: n.reference });
  });
});
