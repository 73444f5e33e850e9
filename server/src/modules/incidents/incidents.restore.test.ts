// Restoring this party's own incidents and follow-ups after the node came back from an older backup: a real backup
// (pg_dump/pg_restore on PostgreSQL, the embedded database's dump on PGlite) taken part-way, restored after the node
// went on filing and sending; the exchange's recovery takes its envelopes back from the peer and the kinds' `restore`
// hooks rebuild the records — agency found again, chemical lines screened again, entities linked again, the reference
// counter moved past them — sharing nothing. The hooks' own rules (kept, withdrawn, narrowed) are checked one by one.
import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { takeBackup } from '../../../test/backup.js';
import { incidentInput } from '../../../test/incidents.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { createAgency } from '../directory/index.js';
import { entityMentions, type EntityInput } from '../entities/index.js';
import { checkPeerHeads, outbox, type Envelope, type KindHandler } from '../exchange/index.js';
import { addFollowUp, createIncident, FOLLOW_UP_KIND, followUpHandler, getIncident, INCIDENT_KIND, incidentHandler, updateIncident, withdrawIncident } from './index.js';
import * as repo from './repo.js';
import { incidents } from './tables.js';

vi.setConfig({ testTimeout: 120_000 });
const { us, cn } = await makePair();
const customs = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} customs`, nameZh: `${node.party} 海关`, kind: 'customs' });
const usAgency = await customs(us, 'CBP-RS');
const cnAgency = await customs(cn, 'GACC-RS');
const usOfficerId = newId();
const usOfficer = () => us.ctx(us.person(['officer'], { id: usOfficerId, agencyId: usAgency.id }));
const cnOfficer = () => cn.ctx(cn.person(['officer'], { agencyId: cnAgency.id }));

const company = (uscc: string): EntityInput => ({ kind: 'company', value: '武汉示例化工有限公司', role: 'shipper', country: 'CN', uscc, bankCode: null });
const phone = (value: string): EntityInput => ({ kind: 'phone', value, role: 'consignee', country: 'CN', uscc: null, bankCode: null });

/** The envelopes `node` signed for a record, oldest first, read from its own outbox. */
async function envelopesOf(node: PairNode, kind: string, recordId: string): Promise<Envelope[]> {
  const rows = await node.database.db.select({ jws: outbox.jws }).from(outbox).where(and(eq(outbox.kind, kind), eq(outbox.recordId, recordId))).orderBy(asc(outbox.seq));
  return rows.map((r) => JSON.parse(Buffer.from((r.jws ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as Envelope);
}

async function newest(node: PairNode, kind: string, recordId: string): Promise<Envelope> {
  const last = (await envelopesOf(node, kind, recordId)).at(-1);
  if (!last) throw new Error(`no ${kind} envelope for ${recordId}`);
  return last;
}

/** What the exchange's recovery does with one envelope: the kind's hook, in one transaction. */
function restore(node: PairNode, handler: KindHandler, envelope: Envelope) {
  const hook = handler.restore;
  if (!hook) throw new Error('the handler has no restore');
  return withTx(node.ctx(), (tx) => hook(tx, node.ctx(), envelope));
}

const outboxSize = async (node: PairNode) => (await node.database.db.select({ n: count() }).from(outbox))[0]?.n;
const mentionCount = async (node: PairNode, recordId: string) => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, recordId)))[0]?.n;
const serialOf = (reference: string) => Number(reference.slice(-6));

describe('a node restored from an older backup takes back its own incidents and follow-ups', () => {
  it('US: a changed incident, a new one and a withdrawn one, rebuilt from what CN holds; nothing sent again', async () => {
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { entities: [company('91420100MA4K00001U')], releasableTo: ['CN'] }));
    await us.deliver();
    const backup = await takeBackup(us.database);

    await updateIncident(usOfficer(), a.id, incidentInput(usAgency.id, { title: 'Changed after the backup', entities: [company('91420100MA4K00001U')], releasableTo: ['CN'] }), 1);
    const b = await createIncident(usOfficer(), incidentInput(usAgency.id, { title: 'Filed after the backup', entities: [company('91420100MA4K00001U'), phone('13955556666')], releasableTo: ['CN'] }));
    const w = await createIncident(usOfficer(), incidentInput(usAgency.id, { title: 'Withdrawn after the backup', releasableTo: ['CN'] }));
    await withdrawIncident(usOfficer(), w.id, 'filed twice');
    await us.deliver();
    // CN answers after the backup too: its follow-up comes back to the restored US node with catch-up.
    const { id: followUpId } = await addFollowUp(cnOfficer(), a.id, { note: 'Consignee searched.', language: 'en', handling: 'TLP:AMBER', entities: [phone('139 5555 6666')] });
    await cn.deliver();

    await us.restoreFrom(await backup.restore());
    expect((await getIncident(usOfficer(), a.id)).version).toBe(1);
    await expect(getIncident(usOfficer(), b.id)).rejects.toMatchObject({ status: 404 });
    const { recovery, pulled } = await checkPeerHeads(us.app.exchange.deps, 'CN');
    expect(pulled).toBeGreaterThan(0);
    expect(recovery).toMatchObject({ resent: 0, dropped: [] });
    const outcome = (id: string) => recovery?.records.find((r) => r.recordId === id);
    expect(outcome(a.id)).toMatchObject({ kind: INCIDENT_KIND, status: 'restored', reference: a.reference });
    expect(outcome(b.id)).toMatchObject({ status: 'restored', reference: b.reference });
    expect(outcome(w.id)).toMatchObject({ status: 'skipped' }); // withdrawn after the backup: its content is gone from both nodes

    const restoredA = await getIncident(usOfficer(), a.id);
    expect(restoredA).toMatchObject({ version: 2, title: 'Changed after the backup', originParty: 'US', releasableTo: ['CN'], canEdit: true });
    expect((await repo.get(us.database.db, a.id))?.createdBy).toBe(usOfficerId); // kept from the backup
    const restoredB = await getIncident(usOfficer(), b.id);
    expect(restoredB).toMatchObject({ reference: b.reference, version: 1, title: 'Filed after the backup', agency: { acronym: 'CBP-RS' }, releasableTo: ['CN'], canEdit: true });
    expect((await repo.get(us.database.db, b.id))?.agencyId).toBe(usAgency.id);
    expect(restoredB.items[0]).toMatchObject({ type: 'chemical', verdict: 'controlled' });
    expect(restoredB.items[0]?.screening).not.toBeNull();
    // Its entities are in the index again: linked to A through the company, and to CN's follow-up through the phone.
    expect(restoredB.links.find((l) => l.key === 'uscc:91420100MA4K00001U')?.records.map((r) => r.recordId)).toEqual([a.id]);
    expect(restoredB.links.find((l) => l.key === '+8613955556666')).toMatchObject({ byParty: { CN: 1 }, records: [{ recordId: followUpId, parentId: a.id }] });
    expect(restoredA.followUps.map((f) => f.id)).toEqual([followUpId]);

    // The counter moved past the restored references (a withdrawal does not carry the reference: W's number is
    // free again, its record purged on both nodes); the node files and sends again.
    const next = await createIncident(usOfficer(), incidentInput(usAgency.id, { title: 'After the recovery', releasableTo: ['CN'] }));
    expect(serialOf(next.reference)).toBe(serialOf(b.reference) + 1);
    await us.deliver();
    expect((await getIncident(cn.ctx(), next.id)).title).toBe('After the recovery');
    await updateIncident(usOfficer(), b.id, incidentInput(usAgency.id, { title: 'B v2', releasableTo: ['CN'] }), 1);
    await us.deliver();
    expect(await getIncident(cn.ctx(), b.id)).toMatchObject({ version: 2, title: 'B v2' });
  });

  it('CN: a follow-up to a US incident it had yet to pull is restored once catch-up brings the incident', async () => {
    const backup = await takeBackup(cn.database);
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { entities: [company('91420100MA4K00002Y')], releasableTo: ['CN'] }));
    await us.deliver();
    const { id: followUpId } = await addFollowUp(cnOfficer(), a.id, { note: '已搜查收货人。', language: 'zh', handling: 'TLP:GREEN', entities: [company('91420100MA4K00002Y')] });
    await cn.deliver();

    await cn.restoreFrom(await backup.restore());
    const { recovery } = await checkPeerHeads(cn.app.exchange.deps, 'US');
    expect(recovery).toMatchObject({ resent: 0, dropped: [] });
    expect(recovery?.records.find((r) => r.recordId === followUpId)).toMatchObject({ kind: FOLLOW_UP_KIND, status: 'restored', reference: a.reference });
    const there = await getIncident(cnOfficer(), a.id);
    expect(there.followUps).toHaveLength(1);
    expect(there.followUps[0]).toMatchObject({ id: followUpId, originParty: 'CN', agency: { acronym: 'GACC-RS' }, note: '已搜查收货人。', handling: 'TLP:GREEN' });
    expect((await repo.getFollowUp(cn.database.db, followUpId))?.agencyId).toBe(cnAgency.id);
    // Linked again, at the stricter of its own and its incident's handling.
    const [mention] = await cn.database.db.select().from(entityMentions).where(eq(entityMentions.recordId, followUpId));
    expect(mention).toMatchObject({ parentId: a.id, reference: a.reference, originParty: 'CN', handling: 'TLP:AMBER', key: 'uscc:91420100MA4K00002Y' });
  });
});

describe('the restore hooks', () => {
  it('keep a newer local version, and bring an equal one to the peer’s content', async () => {
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { releasableTo: ['CN'] }));
    const v1 = await newest(us, INCIDENT_KIND, a.id);
    await updateIncident(usOfficer(), a.id, incidentInput(usAgency.id, { title: 'Version 2', releasableTo: ['CN'] }), 1);
    const sent = await outboxSize(us);
    expect(await restore(us, incidentHandler, v1)).toMatchObject({ status: 'kept', reference: a.reference });
    expect(await getIncident(usOfficer(), a.id)).toMatchObject({ version: 2, title: 'Version 2' });

    // The two timelines of version 2 differ: the one the peer holds wins.
    const v2 = await newest(us, INCIDENT_KIND, a.id);
    await us.database.db.update(incidents).set({ title: 'Version 2 of another timeline' }).where(eq(incidents.id, a.id));
    expect(await restore(us, incidentHandler, v2)).toMatchObject({ status: 'restored' });
    expect((await getIncident(usOfficer(), a.id)).title).toBe('Version 2');
    expect(await outboxSize(us)).toBe(sent);
  });

  it('mark an incident withdrawn (its links gone) or no longer released to the peer (narrowed)', async () => {
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { releasableTo: ['CN'] }));
    const v1 = await newest(us, INCIDENT_KIND, a.id);
    expect(await mentionCount(us, a.id)).toBe(3);
    const narrowed = await restore(us, incidentHandler, { ...v1, recordVersion: 2, body: { op: 'withdraw', reason: 'narrowed', withdrawnBy: 'us.person' } });
    expect(narrowed).toMatchObject({ status: 'restored', reference: a.reference });
    expect(await getIncident(usOfficer(), a.id)).toMatchObject({ status: 'active', version: 2, releasableTo: [] });

    const withdrawn = await restore(us, incidentHandler, { ...v1, recordVersion: 3, sentAt: '2026-03-02T10:00:00.000Z', body: { op: 'withdraw', reason: 'withdrawn', note: 'filed twice', withdrawnBy: 'us.person' } });
    expect(withdrawn).toMatchObject({ status: 'restored' });
    expect(await getIncident(usOfficer(), a.id)).toMatchObject({ status: 'withdrawn', version: 3, withdrawalNote: 'filed twice', withdrawnAt: new Date('2026-03-02T10:00:00.000Z'), links: [] });
    expect(await mentionCount(us, a.id)).toBe(0);
    // A withdrawal of an incident the backup never held carries nothing to rebuild it from.
    expect(await restore(us, incidentHandler, { ...v1, recordId: newId(), body: { op: 'withdraw', reason: 'withdrawn', withdrawnBy: 'us.person' } })).toMatchObject({ status: 'skipped' });
  });

  it('restore only this party’s own records', async () => {
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { releasableTo: ['CN'] }));
    await us.deliver();
    const envelope = await newest(us, INCIDENT_KIND, a.id);
    // On CN the envelope is another party's: CN's hook leaves it alone.
    expect(await restore(cn, incidentHandler, envelope)).toMatchObject({ status: 'skipped' });
    expect(await restore(cn, incidentHandler, { ...envelope, from: 'CN', to: 'US' })).toMatchObject({ status: 'skipped' });
    expect((await repo.get(cn.database.db, a.id))?.originParty).toBe('US');
    expect(await restore(us, incidentHandler, { ...envelope, body: { op: 'upsert', data: { title: 'no kind' } } })).toMatchObject({ status: 'skipped' });
  });

  it('mark a follow-up withdrawn from everyone, its links gone, as an incident is', async () => {
    const a = await createIncident(usOfficer(), incidentInput(usAgency.id, { releasableTo: ['CN'] }));
    await us.deliver();
    const { id } = await addFollowUp(cnOfficer(), a.id, { note: 'Searched.', language: 'en', handling: 'TLP:AMBER', entities: [phone('13977778888')] });
    const sent = await newest(cn, FOLLOW_UP_KIND, id);
    expect(await restore(cn, followUpHandler, sent)).toMatchObject({ status: 'restored', reference: a.reference });
    expect(await mentionCount(cn, id)).toBe(1);
    const withdrawal = { ...sent, recordVersion: 2, sentAt: '2026-03-02T10:00:00.000Z', body: { op: 'withdraw' as const, reason: 'withdrawn' as const, note: 'wrong incident', withdrawnBy: 'cn.person' } };
    expect(await restore(cn, followUpHandler, withdrawal)).toMatchObject({ status: 'restored' });
    expect(await repo.getFollowUp(cn.database.db, id)).toMatchObject({ status: 'withdrawn', version: 2, withdrawalNote: 'wrong incident', withdrawnAt: new Date('2026-03-02T10:00:00.000Z') });
    expect(await mentionCount(cn, id)).toBe(0);
    // Shown to its own party, marked; not withdrawable again.
    expect((await getIncident(cnOfficer(), a.id)).followUps).toMatchObject([{ id, status: 'withdrawn', canWithdraw: false }]);
  });
});
