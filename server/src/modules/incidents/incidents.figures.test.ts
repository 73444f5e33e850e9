// Incident figures between two real nodes (issue 15, item 8): per month, party and kind, incidents reported, shared
// (counted from the exchange outbox: once per record and party, however many versions) and received; quantities
// seized per substance and per species, only from kinds that seize; follow-ups given and received. Both nodes' figures
// of one exchange agree; a withdrawn incident counts nowhere; a TLP:RED seizure is left out for a viewer, who
// learns nothing of it. Over HTTP: JSON and each table as CSV, bad periods as problem+json.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { PASSWORD } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { incidentFigures, type IncidentFigures } from './figures.js';
import { addFollowUp, createIncident, getIncident, updateIncident, withdrawIncident } from './index.js';

const { us, cn, clock } = await makePair();
const customs = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} customs`, nameZh: `${node.party} 海关`, kind: 'customs' });
const usAgency = await customs(us, 'CBP-LB');
const cnAgency = await customs(cn, 'GACC-YT');
const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id, id: newId() }));
const cnOfficer = cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id, id: newId() }));
const viewerOf = (node: PairNode) => node.ctx(node.person(['viewer']));
const period = { from: '2026-03', to: '2026-04' };

const anpp = (quantity: string, unit: 'kg' | 'g') => [{ type: 'chemical' as const, declaredName: '4-Anilino-N-phenethylpiperidine', cas: '21409-26-7', smiles: null, quantity, unit, purity: null, form: null }];

// March, on the US: A (a seizure, shared with CN, then changed), B (a RED wildlife seizure, shared), C (a seizure kept
// at home, 500 g), D (a suspicious order, shared: its quantity is offered, not seized), E (shared, then withdrawn).
// CN follows A up in March; in April CN files and shares F (a wildlife seizure) and the US follows A up itself.
clock.set(new Date('2026-03-10T09:00:00Z'));
const a = await createIncident(usOfficer, incidentInput(usAgency.id, { occurredOn: '2026-03-08', releasableTo: ['CN'] }));
await updateIncident(usOfficer, a.id, incidentInput(usAgency.id, { occurredOn: '2026-03-08', releasableTo: ['CN'], title: 'Second version' }), 1);
const b = await createIncident(usOfficer, wildlifeInput(usAgency.id, { occurredOn: '2026-03-09', place: { country: 'US' }, handling: 'TLP:RED', releasableTo: ['CN'] }));
const c = await createIncident(usOfficer, incidentInput(usAgency.id, { occurredOn: '2026-03-09', items: anpp('500', 'g') }));
const d = await createIncident(usOfficer, incidentInput(usAgency.id, { kind: 'suspicious-order', occurredOn: '2026-03-09', items: anpp('100', 'kg'), releasableTo: ['CN'] }));
const e = await createIncident(usOfficer, incidentInput(usAgency.id, { occurredOn: '2026-03-09', releasableTo: ['CN'] }));
await us.deliver();
await withdrawIncident(usOfficer, e.id, 'filed twice');
await us.deliver();
await addFollowUp(cnOfficer, a.id, { note: '经查，收货人另有 2 票货物。', language: 'zh', entities: [], handling: 'TLP:AMBER' });
await cn.deliver();
clock.set(new Date('2026-04-10T09:00:00Z'));
const f = await createIncident(cnOfficer, wildlifeInput(cnAgency.id, { occurredOn: '2026-04-09', releasableTo: ['US'], items: [{ type: 'wildlife', taxon: 'Manis javanica', tradeTerm: 'SCA', quantity: '86', unit: 'kg', live: false }] }));
await cn.deliver();
await addFollowUp(usOfficer, a.id, { note: 'Consignee searched; nothing further.', language: 'en', entities: [], handling: 'TLP:GREEN' });
await us.deliver();

const anppId = (await getIncident(usOfficer, a.id)).items[0]?.substanceIds[0] ?? 'none';
const flow = (month: string, party: string, direction: string, kind: string, incidents: number) => ({ month, party, direction, kind, incidents });

describe('incident figures on both nodes', () => {
  it('counts incidents reported, shared and received per month, party and kind, each once, none withdrawn', async () => {
    expect(anppId).not.toBe('none');
    const onUs = await incidentFigures(usOfficer, period);
    expect(onUs.incidents).toEqual([
      flow('2026-03', 'US', 'reported', 'seizure', 2),
      flow('2026-03', 'US', 'reported', 'suspicious-order', 1),
      flow('2026-03', 'US', 'reported', 'wildlife-seizure', 1),
      flow('2026-03', 'CN', 'shared', 'seizure', 1),
      flow('2026-03', 'CN', 'shared', 'suspicious-order', 1),
      flow('2026-03', 'CN', 'shared', 'wildlife-seizure', 1),
      flow('2026-04', 'CN', 'received', 'wildlife-seizure', 1),
    ]);
    const onCn = await incidentFigures(cnOfficer, period);
    expect(onCn.incidents).toEqual([
      flow('2026-03', 'US', 'received', 'seizure', 1),
      flow('2026-03', 'US', 'received', 'suspicious-order', 1),
      flow('2026-03', 'US', 'received', 'wildlife-seizure', 1),
      flow('2026-04', 'CN', 'reported', 'wildlife-seizure', 1),
      flow('2026-04', 'US', 'shared', 'wildlife-seizure', 1),
    ]);
    expect(onCn.party).toBe('CN');
  });

  it('sums quantities seized per substance in kg and per species, leaving out what was only offered', async () => {
    const onUs = await incidentFigures(usOfficer, period);
    expect(onUs.substances).toEqual([{ month: '2026-03', party: 'US', substanceId: anppId, nameEn: expect.stringMatching(/ANPP|anilino/i), nameZh: expect.any(String), unit: 'kg', quantity: 25.5, incidents: 2 }]);
    expect(onUs.species).toEqual([
      { month: '2026-03', party: 'US', taxon: 'Manis pentadactyla', nameEn: expect.any(String), nameZh: expect.any(String), appendix: 'I', unit: 'kg', quantity: 120, incidents: 1 },
      { month: '2026-04', party: 'CN', taxon: 'Manis javanica', nameEn: expect.any(String), nameZh: expect.any(String), appendix: 'I', unit: 'kg', quantity: 86, incidents: 1 },
    ]);
    // CN holds only what the US shared: A's 25 kg (C stayed home, D seized nothing), screened with CN's registry.
    const onCn = await incidentFigures(cnOfficer, period);
    expect(onCn.substances.map((s) => [s.month, s.party, s.unit, s.quantity, s.incidents])).toEqual([['2026-03', 'US', 'kg', 25, 1]]);
    expect(onCn.species.map((s) => [s.month, s.party, s.taxon, s.quantity])).toEqual([
      ['2026-03', 'US', 'Manis pentadactyla', 120],
      ['2026-04', 'CN', 'Manis javanica', 86],
    ]);
  });

  it('counts follow-ups given and received, by the party of the incident or of the author', async () => {
    const given = (month: string, party: string, direction: string) => ({ month, party, direction, followUps: 1 });
    expect((await incidentFigures(usOfficer, period)).followUps).toEqual([given('2026-03', 'CN', 'received'), given('2026-04', 'US', 'given')]);
    expect((await incidentFigures(cnOfficer, period)).followUps).toEqual([given('2026-03', 'US', 'given'), given('2026-04', 'US', 'received')]);
  });

  it('leaves a RED seizure out of a viewer\'s figures (its existence is not theirs to know), and names no record to anyone', async () => {
    const forViewer = await incidentFigures(viewerOf(us), period);
    const forOfficer = await incidentFigures(usOfficer, period);
    await expect(getIncident(viewerOf(us), b.id)).rejects.toMatchObject({ status: 404 });
    // B, the RED wildlife seizure of March: in the officer's figures, not in the viewer's; everything else the same.
    expect(forOfficer.incidents.filter((r) => r.month === '2026-03' && r.kind === 'wildlife-seizure')).toHaveLength(2);
    expect(forViewer.incidents).toEqual(forOfficer.incidents.filter((r) => !(r.month === '2026-03' && r.kind === 'wildlife-seizure')));
    expect(forOfficer.species.map((r) => r.taxon)).toContain('Manis pentadactyla');
    expect(forViewer.species.map((r) => r.taxon)).not.toContain('Manis pentadactyla');
    expect(forViewer.substances).toEqual(forOfficer.substances);
    const text = JSON.stringify(forViewer);
    for (const saved of [a, b, c, d, e, f]) {
      expect(text).not.toContain(saved.id);
      expect(text).not.toContain(saved.reference);
    }
  });

  it('keeps to the period asked for', async () => {
    const march = await incidentFigures(usOfficer, { from: '2026-03', to: '2026-03' });
    expect(march.incidents.every((r) => r.month === '2026-03')).toBe(true);
    expect(march.species.map((s) => s.taxon)).toEqual(['Manis pentadactyla']);
    const empty: Partial<IncidentFigures> = { incidents: [], substances: [], species: [], followUps: [] };
    expect(await incidentFigures(usOfficer, { from: '2025-01', to: '2026-02' })).toMatchObject(empty);
  });
});

type Headers = Record<string, string>;
async function signedIn(node: PairNode, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.fig.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: 'Figures reader', agencyId: usAgency.id, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  return { cookie: `cp_session=${res.cookies.find((k) => k.name === 'cp_session')?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

describe('incident figures over HTTP', () => {
  const get = async (url: string, headers: Headers = {}) => us.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  it('answers JSON, and each table as CSV with a header of its fields', async () => {
    const viewer = await signedIn(us, ['viewer']);
    const json = await get('/incidents/figures?from=2026-03&to=2026-04', viewer);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json<IncidentFigures>().species).toHaveLength(1); // the RED one of March is not the viewer's to know
    const csv = await get('/incidents/figures.csv?from=2026-03&to=2026-04&table=species', viewer);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('incident-figures-species-2026-03-2026-04.csv');
    expect(csv.body.trim().split('\n')[0]).toBe('month,party,taxon,nameEn,nameZh,appendix,unit,quantity,incidents');
    expect(csv.body).toContain('2026-04,CN,Manis javanica,');
    const flows = await get('/incidents/figures.csv?from=2026-03&to=2026-04', viewer);
    expect(flows.body.trim().split('\n')).toContain('2026-03,CN,shared,seizure,1');
  });

  it('refuses a period that ends before it starts, a malformed month, an unknown table, and strangers', async () => {
    const viewer = await signedIn(us, ['viewer']);
    const backwards = await get('/incidents/figures?from=2026-04&to=2026-03', viewer);
    expect([backwards.statusCode, backwards.headers['content-type']]).toEqual([400, expect.stringMatching(/problem\+json/)]);
    expect((await get('/incidents/figures?from=2026-3&to=2026-04', viewer)).statusCode).toBe(400);
    expect((await get('/incidents/figures.csv?from=2026-03&to=2026-04&table=people', viewer)).statusCode).toBe(400);
    expect((await get('/incidents/figures?from=2026-03&to=2026-04')).statusCode).toBe(401);
  });
});
