// Withdrawal, key rotation, catch-up after a gap, and proof of what crossed (issue #4).
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { getContact, requireContactOrTombstone, updateContact, withdrawContact } from '../directory/index.js';
import { evidenceFor, exchangeStateOf, getTombstone, rotateNodeKey, syncWith, verifyEvidence, verifyPeer } from './index.js';
import { getPeer } from './peers-service.js';
import { chainHeads, inbox, outbox, peerKeys } from './tables.js';

const { us, cn } = await makePair();
const queuedSeqs = async () => (await us.database.db.select({ seq: outbox.seq, jws: outbox.jws }).from(outbox).where(sql`${outbox.deliveredAt} is null`).orderBy(outbox.seq));

describe('withdrawal and narrowing', () => {
  it('a withdrawal purges the contact and its stored envelopes on the receiver, leaving a tombstone and a receipt', async () => {
    const c = await us.makeContact();
    await us.deliver();
    await withdrawContact(us.ctx(us.person(['admin'])), c.id, 'number reassigned');
    await us.deliver();

    await expect(getContact(cn.ctx(), c.id)).rejects.toThrow(/no contact/);
    expect(await getTombstone(cn.database.db, c.id)).toMatchObject({ reason: 'withdrawn', note: 'number reassigned', withdrawnBy: 'us.person', originParty: 'US' });
    const stored = await cn.database.db.select().from(inbox).where(eq(inbox.recordId, c.id)).orderBy(inbox.seq);
    expect(stored.map((r) => [r.op, r.jws === null, r.purgedAt !== null])).toEqual([
      ['upsert', true, true],
      ['withdraw', false, false], // the withdrawal itself stays as evidence: it carries no content
    ]);
    expect((await exchangeStateOf(us.ctx(), c.id)).deliveries).toMatchObject([{ party: 'CN', op: 'withdraw', state: 'delivered', receiptStatus: 'purged' }]);
    // The receiver can still prove what it received and purged, though the content is gone.
    await expect(requireContactOrTombstone(cn.ctx(), c.id)).resolves.toBeUndefined();
    expect((await exchangeStateOf(cn.ctx(), c.id)).withdrawn).toMatchObject({ reason: 'withdrawn', withdrawnBy: 'us.person', originParty: 'US' });
    const proof = await verifyEvidence(await evidenceFor(cn.ctx(), c.id));
    expect(proof.ok).toBe(true);
    expect(proof.items.map((i) => i.envelope.split(' ')[0])).toEqual(['purged', 'valid']);
  });

  it('a contact withdrawn before it was ever delivered arrives purged: no copy of its content is kept', async () => {
    await us.makeContact(); // another record first in the batch: the stored rows' columns must not come from it alone
    const c = await us.makeContact();
    await withdrawContact(us.ctx(us.person(['admin'])), c.id);
    await us.deliver(); // the release and the withdrawal travel in one batch
    await expect(getContact(cn.ctx(), c.id)).rejects.toThrow(/no contact/);
    const stored = await cn.database.db.select().from(inbox).where(eq(inbox.recordId, c.id)).orderBy(inbox.seq);
    expect(stored.map((r) => [r.op, r.status, r.jws === null, r.purgedAt !== null])).toEqual([
      ['upsert', 'applied', true, true],
      ['withdraw', 'purged', false, false],
    ]);
  });

  it('removing a party from releasability withdraws the contact from that party only; re-releasing restores it', async () => {
    const c = await us.makeContact();
    await us.deliver();
    await updateContact(us.ctx(), c.id, { version: 1, releasableTo: [] });
    await us.deliver();
    await expect(getContact(cn.ctx(), c.id)).rejects.toThrow(/no contact/);
    expect((await getTombstone(cn.database.db, c.id))?.reason).toBe('narrowed');

    await updateContact(us.ctx(), c.id, { version: 2, releasableTo: ['CN'] });
    await us.deliver();
    expect((await getContact(cn.ctx(), c.id)).version).toBe(3);
    expect(await getTombstone(cn.database.db, c.id)).toBeUndefined();
  });
});

describe('keys, gaps and proof', () => {
  it('after a key rotation the peer learns the new key from the old one, and old envelopes still verify', async () => {
    const before = await us.makeContact();
    await us.deliver();
    const rotated = await rotateNodeKey(us.ctx(us.person(['admin'])));
    const after = await us.makeContact();
    await us.deliver();

    expect((await getContact(cn.ctx(), after.id)).id).toBe(after.id);
    const known = await cn.database.db.select().from(peerKeys).where(eq(peerKeys.partyCode, 'US'));
    expect(known.map((k) => [k.kid, k.source])).toEqual(expect.arrayContaining([[us.key.kid, 'admin'], [rotated.kid, 'rotation']]));
    for (const id of [before.id, after.id]) expect((await verifyEvidence(await evidenceFor(us.ctx(), id))).ok).toBe(true);
    expect((await verifyEvidence(await evidenceFor(cn.ctx(), before.id))).ok).toBe(true);
  });

  it('a receiver that sees a gap in the chain pulls what it misses', async () => {
    await us.makeContact();
    await us.makeContact();
    const last = await us.makeContact();
    const pending = await queuedSeqs();
    expect(pending).toHaveLength(3);
    // Only the newest arrives (the two before it were lost on the way): the receiver answers with the gap.
    const res = await fetch(`${cn.url}/api/v1/exchange/inbox`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ envelopes: [pending[2]?.jws] }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { gap: { expectedSeq: number } }).gap).toEqual({ expectedSeq: pending[0]?.seq });
    await expect.poll(() => getContact(cn.ctx(), last.id).then((c) => c.id, () => null), { timeout: 10_000 }).toBe(last.id);
    const [head] = await cn.database.db.select().from(chainHeads).where(sql`${chainHeads.direction} = 'in' and ${chainHeads.partyCode} = 'US'`);
    expect(head?.seq).toBe(pending[2]?.seq);
  });

  it('a receiver restored from an old backup pulls what the sender holds receipts for', async () => {
    const c = await us.makeContact();
    await us.deliver();
    // The restore: CN's inbox, chain head and the received contacts are as they were before anything arrived.
    await cn.database.db.delete(inbox);
    await cn.database.db.update(chainHeads).set({ seq: 0, hash: '0'.repeat(64) }).where(sql`${chainHeads.direction} = 'in' and ${chainHeads.partyCode} = 'US'`);
    await cn.database.db.execute(sql`delete from contacts where origin_party = 'US'`);
    const pulled = await syncWith(cn.app.exchange.deps, 'US');
    expect(pulled).toBe((await us.database.db.select().from(outbox)).length);
    expect((await getContact(cn.ctx(), c.id)).id).toBe(c.id);
    expect(await syncWith(cn.app.exchange.deps, 'US')).toBe(0); // nothing more to fetch
  });

  it('verify compares both chains and every receipt with the peer, and names a divergence', async () => {
    await us.makeContact();
    await us.deliver();
    const clean = await verifyPeer(us.app.exchange.deps, us.ctx(), 'CN');
    expect(clean).toMatchObject({ ok: true, problems: [] });
    expect(clean.receiptsChecked).toBeGreaterThan(0);
    expect(clean.sent.ours).toEqual(clean.received.theirs);
    expect((await getPeer(us.ctx(), 'CN')).chains.peer).toMatchObject({ received: clean.received.theirs, sent: clean.sent.theirs });

    const cnHead = sql`${chainHeads.direction} = 'in' and ${chainHeads.partyCode} = 'US'`;
    await cn.database.db.update(chainHeads).set({ hash: 'f'.repeat(64) }).where(cnHead);
    const broken = await verifyPeer(us.app.exchange.deps, us.ctx(), 'CN');
    expect(broken.ok).toBe(false);
    expect(broken.problems.map((p) => p.code)).toContain('diverged');
    await cn.database.db.update(chainHeads).set({ hash: clean.received.theirs.hash }).where(cnHead);
  });

  it('an evidence bundle verifies offline, and any edit to it is caught', async () => {
    const c = await us.makeContact();
    await us.deliver();
    const bundle = await evidenceFor(us.ctx(), c.id);
    const good = await verifyEvidence(JSON.parse(JSON.stringify(bundle)));
    expect(good.ok).toBe(true);
    expect(good.items[0]?.receipt).toMatch(/^valid \(applied at /);
    expect(good.fingerprints.CN).toHaveLength(1);

    const item = bundle.items[0];
    if (!item?.envelope) throw new Error('no envelope in the bundle');
    const [h, , s] = item.envelope.split('.');
    const edited = { ...bundle, items: [{ ...item, envelope: `${h}.${Buffer.from('{"v":1}').toString('base64url')}.${s}` }] };
    expect((await verifyEvidence(edited)).ok).toBe(false);
    expect((await verifyEvidence({ ...bundle, items: [{ ...item, hash: 'a'.repeat(64) }] })).ok).toBe(false);
  });
});
