// What a peer's incident envelopes may not do to this node, sent as real envelopes: signed with CN's node key,
// chained on CN's outbox and delivered over loopback, but with a body the test chooses. A withdrawal or a record
// naming an id of this party's own incident, follow-up or notification changes nothing here (its mentions and links
// stay); a follow-up goes only to an incident CN holds; a received reference stays in CN's own series; and a record
// naming one key many times holds one mention of it, so it neither crowds other records out of a link nor makes the
// key look common.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { draftInput } from '../../../test/notifications.js';
import { makePair } from '../../../test/pair.js';
import { withTx } from '../../platform/tx.js';
import { newId } from '../../platform/ids.js';
import { createAgency } from '../directory/index.js';
import { entityPage, mentionsOf, type EntityInput } from '../entities/index.js';
import { inbox, outbox, share, type SharedRecord } from '../exchange/index.js';
import { createDraft } from '../notifications/index.js';
import { addFollowUp, createIncident, getIncident, type Incident } from './index.js';
import { FOLLOW_UP_KIND, INCIDENT_KIND } from './wire.js';

const { us, cn } = await makePair();
const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'CBP-H', nameEn: 'US customs', nameZh: '美国海关', kind: 'customs' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'GACC-H', nameEn: 'CN customs', nameZh: '中国海关', kind: 'customs' });
const usOfficer = us.ctx(us.person(['officer'], { agencyId: usAgency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id }));

/** A phone in CN, one per test, so that no test's links see another's records. */
const phone = (n: number, value = `+86 139 0000 ${String(n).padStart(4, '0')}`): EntityInput => ({ kind: 'phone', value, role: 'consignee', country: 'CN', uscc: null, bankCode: null });
const phoneKey = (n: number) => `+861390000${String(n).padStart(4, '0')}`;

/** A US incident naming `entities`; releasable to CN (and delivered) only when `shared`. */
async function usIncident(entities: EntityInput[], over: { shared?: boolean; occurredOn?: string; title?: string } = {}) {
  const saved = await createIncident(usOfficer, incidentInput(usAgency.id, { entities, releasableTo: over.shared ? ['CN'] : [], ...(over.occurredOn ? { occurredOn: over.occurredOn } : {}), title: over.title ?? 'US seizure' }));
  if (over.shared) await us.deliver();
  return saved;
}

/** A US pre-export notification draft: its traders are in the US node's correlation index. */
const usNotification = async () => (await createDraft(usOfficer, draftInput(usAgency.id))).id;

type Received = { status: string; detail: string | null; receipt: string | null };

/** A real envelope from CN to US about `recordId`, with the body the test chooses; what the US node made of it. */
async function fromCn(kind: string, recordId: string, body: SharedRecord['body'], recordVersion = 1): Promise<Received> {
  const [env] = await withTx(cn.ctx(), (tx) => share(tx, cn.ctx(), { kind, recordId, recordVersion, originParty: 'CN', body }, ['US']));
  if (!env) throw new Error('nothing shared');
  await cn.deliver();
  const [got] = await us.database.db.select({ status: inbox.status, detail: inbox.detail }).from(inbox).where(eq(inbox.id, env.id));
  const [sent] = await cn.database.db.select({ receipt: outbox.receiptStatus }).from(outbox).where(eq(outbox.id, env.id));
  if (!got) throw new Error(`envelope ${env.id} did not reach the US inbox`);
  return { ...got, receipt: sent?.receipt ?? null };
}

const withdrawal = { op: 'withdraw', reason: 'withdrawn', withdrawnBy: 'cn.hostile' } as const;
const AT = '2026-03-01T08:00:00.000Z';

/** An incident as CN's node would send it, with the reference the test chooses. */
function incidentData(reference: string, entities: EntityInput[] = []): Record<string, unknown> {
  const { agencyId: _agency, releasableTo: _to, ...rest } = wildlifeInput(cnAgency.id, { entities });
  return { ...rest, reference, agency: { acronym: 'GACC-H', nameEn: 'CN customs', nameZh: '中国海关' }, createdByName: 'cn.officer', createdAt: AT, updatedAt: AT };
}

/** A follow-up as CN's node would send it, to `incidentId`. */
const followUpData = (incidentId: string, entities: EntityInput[] = []): Record<string, unknown> => ({
  incidentId, incidentReference: 'US-INC-2026-000001', agency: { acronym: 'GACC-H', nameEn: 'CN customs', nameZh: '中国海关' }, authorName: 'cn.officer', note: 'Consignee searched.', language: 'en', handling: 'TLP:AMBER', entities, createdAt: AT,
});

const keysOf = async (recordId: string) => (await mentionsOf(us.database.db, recordId, 1_000)).items.map((m) => m.key).sort();
const linkOf = (i: Incident, key: string) => i.links.find((l) => l.key === key);
const linked = async (id: string, key: string) => (linkOf(await getIncident(usOfficer, id), key)?.records ?? []).map((r) => r.recordId);

describe('a withdrawal from CN naming a US record', () => {
  it('leaves a US incident CN holds, its follow-ups, mentions and links as they were', async () => {
    const a = await usIncident([phone(1)], { shared: true });
    const b = await usIncident([phone(1)], { title: 'Unshared, naming the same phone' });
    const { id: own } = await addFollowUp(usOfficer, a.id, { note: 'Our own follow-up.', language: 'en', handling: 'TLP:AMBER', entities: [phone(2)] });
    await us.deliver();
    const before = { a: await keysOf(a.id), own: await keysOf(own) };
    expect(before).toEqual({ a: [phoneKey(1)], own: [phoneKey(2)] });
    expect(await linked(b.id, phoneKey(1))).toEqual([a.id]);

    await fromCn(INCIDENT_KIND, a.id, withdrawal, 99);
    expect(await getIncident(usOfficer, a.id)).toMatchObject({ status: 'active', reference: a.reference, followUps: [expect.objectContaining({ id: own })] });
    expect({ a: await keysOf(a.id), own: await keysOf(own) }).toEqual(before);
    expect(await linked(b.id, phoneKey(1))).toEqual([a.id]);
    // CN's own copy is untouched too: the envelope was CN's to send, not to act on.
    expect((await getIncident(cnOfficer, a.id)).reference).toBe(a.reference);
  });

  it('as a follow-up withdrawal, leaves the mentions of a US incident, notification and follow-up naming that id', async () => {
    const a = await usIncident([phone(3)], { shared: true });
    const b = await usIncident([phone(3)]);
    const n = await usNotification();
    const { id: own } = await addFollowUp(usOfficer, a.id, { note: 'Our own follow-up.', language: 'en', handling: 'TLP:AMBER', entities: [phone(4)] });
    const before = { a: await keysOf(a.id), n: await keysOf(n), own: await keysOf(own) };
    expect(before.a).toEqual([phoneKey(3)]);
    expect(before.n.length).toBeGreaterThan(0);

    for (const id of [a.id, n, own]) await fromCn(FOLLOW_UP_KIND, id, withdrawal, 99);
    expect({ a: await keysOf(a.id), n: await keysOf(n), own: await keysOf(own) }).toEqual(before);
    expect(await linked(b.id, phoneKey(3))).toEqual([a.id]);
    expect((await getIncident(usOfficer, a.id)).followUps.map((f) => f.id)).toEqual([own]);
  });
});

describe('a record from CN under the id of a US record of another kind', () => {
  it('an incident under a US notification’s or follow-up’s id is rejected, and their mentions stay', async () => {
    const n = await usNotification();
    const a = await usIncident([phone(5)]);
    const { id: own } = await addFollowUp(usOfficer, a.id, { note: 'Our own follow-up.', language: 'en', handling: 'TLP:AMBER', entities: [phone(6)] });
    const before = { n: await keysOf(n), own: await keysOf(own) };

    for (const [id, serial] of [[n, 501], [own, 502]] as const) {
      const got = await fromCn(INCIDENT_KIND, id, { op: 'upsert', data: incidentData(`CN-INC-2026-000${serial}`, [phone(7)]) });
      expect(got).toEqual({ status: 'rejected', detail: 'a record with this id is not an incident on this node', receipt: 'rejected' });
      await expect(getIncident(usOfficer, id)).rejects.toMatchObject({ status: 404 });
    }
    expect({ n: await keysOf(n), own: await keysOf(own) }).toEqual(before);
    expect((await getIncident(usOfficer, a.id)).followUps.map((f) => f.id)).toEqual([own]);
  });

  it('a follow-up under a US incident’s id is rejected, and the incident’s mentions stay', async () => {
    const parent = await usIncident([], { shared: true, title: 'Shared with CN' });
    const a = await usIncident([phone(8)]);
    const b = await usIncident([phone(8)]);
    const got = await fromCn(FOLLOW_UP_KIND, a.id, { op: 'upsert', data: followUpData(parent.id, [phone(9)]) });
    expect(got).toEqual({ status: 'rejected', detail: 'a record with this id is not a follow-up on this node', receipt: 'rejected' });
    expect(await keysOf(a.id)).toEqual([phoneKey(8)]);
    expect(await linked(b.id, phoneKey(8))).toEqual([a.id]);
    expect((await getIncident(usOfficer, parent.id)).followUps).toEqual([]);
  });
});

describe('a follow-up from CN', () => {
  it('is rejected for a US incident not released to CN, and applied for one that was', async () => {
    const hidden = await usIncident([], { title: 'Never shared' });
    const refused = await fromCn(FOLLOW_UP_KIND, newId(), { op: 'upsert', data: followUpData(hidden.id, [phone(10)]) });
    expect(refused).toEqual({ status: 'rejected', detail: `CN does not hold incident ${hidden.id}`, receipt: 'rejected' });
    expect((await getIncident(usOfficer, hidden.id)).followUps).toEqual([]);

    const shared = await usIncident([], { shared: true, title: 'Shared' });
    const id = newId();
    expect(await fromCn(FOLLOW_UP_KIND, id, { op: 'upsert', data: followUpData(shared.id, [phone(10)]) })).toMatchObject({ status: 'applied', receipt: 'applied' });
    expect((await getIncident(usOfficer, shared.id)).followUps).toEqual([expect.objectContaining({ id, originParty: 'CN' })]);
    expect(await keysOf(id)).toEqual([phoneKey(10)]);
  });
});

describe('a received incident’s reference', () => {
  it('must be in CN’s series and stay what it was; the US numbers its own incidents on regardless', async () => {
    const first = await usIncident([], { title: 'Numbered first' });
    const serial = Number(first.reference.slice(-6));
    const next = `US-INC-2026-${String(serial + 1).padStart(6, '0')}`;
    for (const reference of [next, 'US-INC-2026-000999', 'CN-XYZ-2026-000001', 'CN-INC-26-1']) {
      const got = await fromCn(INCIDENT_KIND, newId(), { op: 'upsert', data: incidentData(reference) });
      expect(got, reference).toEqual({ status: 'rejected', detail: 'a reference of CN reads CN-INC-YYYY-NNNNNN', receipt: 'rejected' });
    }

    const id = newId();
    expect(await fromCn(INCIDENT_KIND, id, { op: 'upsert', data: incidentData('CN-INC-2026-000601') })).toMatchObject({ status: 'applied' });
    const renamed = await fromCn(INCIDENT_KIND, id, { op: 'upsert', data: incidentData('CN-INC-2026-000602') }, 2);
    expect(renamed).toEqual({ status: 'rejected', detail: 'CN-INC-2026-000601 cannot change its reference', receipt: 'rejected' });
    expect(await getIncident(usOfficer, id)).toMatchObject({ reference: 'CN-INC-2026-000601', version: 1, originParty: 'CN' });

    // The reference a squatter would have taken is the next one the US gives out.
    expect((await usIncident([], { title: 'Numbered next' })).reference).toBe(next);
  });
});

describe('a record naming one key many times', () => {
  const many = (n: number) => Array.from({ length: 600 }, (_, i) => phone(n, i % 2 ? `+86 139 0000 ${String(n).padStart(4, '0')}` : `139-0000-${String(n).padStart(4, '0')}`));

  it('holds one mention of it: the key links to every other record, and is not too common', async () => {
    // Newest first in a link: the record naming it 600 times would fill all of another's link rows with itself.
    const loud = await usIncident(many(11), { occurredOn: '2026-03-01', title: 'Names the phone 600 times' });
    const older = await usIncident([phone(11)], { occurredOn: '2026-02-01', title: 'Names it once, earlier' });
    const b = await usIncident([phone(11)], { occurredOn: '2026-01-15', title: 'Names it once' });
    expect(await keysOf(loud.id)).toEqual([phoneKey(11)]);
    const link = linkOf(await getIncident(usOfficer, b.id), phoneKey(11));
    expect(link).toMatchObject({ tooCommon: false, total: 2, byParty: { US: 2 } });
    expect(link?.records.map((r) => r.recordId)).toEqual([loud.id, older.id]);
    expect(await entityPage(us.database.db, usOfficer.actor, 'phone', phoneKey(11), { limit: 10, offset: 0 })).toMatchObject({ tooCommon: false, total: 3 });
  });

  it('holds one mention of it when received from CN too', async () => {
    const loud = await createIncident(cnOfficer, wildlifeInput(cnAgency.id, { entities: many(12), releasableTo: ['US'], occurredOn: '2026-03-01' }));
    await cn.deliver();
    const older = await usIncident([phone(12)], { occurredOn: '2026-02-01' });
    const b = await usIncident([phone(12)], { occurredOn: '2026-01-15' });
    expect(await keysOf(loud.id)).toEqual([phoneKey(12)]);
    expect(linkOf(await getIncident(usOfficer, b.id), phoneKey(12))).toMatchObject({ tooCommon: false, total: 2, byParty: { US: 1, CN: 1 } });
    expect(await linked(b.id, phoneKey(12))).toEqual([loud.id, older.id]);
  });
});
