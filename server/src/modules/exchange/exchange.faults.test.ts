// Faults the exchange must survive, between two real nodes over loopback HTTP (issue #4).
import { createPrivateKey, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { auditLog } from '../../platform/audit/tables.js';
import { withTx } from '../../platform/tx.js';
import { newId } from '../../platform/ids.js';
import { getContact, listContacts } from '../directory/index.js';
import { generateKeyPair, kidOf, signJson } from './crypto.js';
import { ENVELOPE_VERSION, type Envelope } from './envelope.js';
import { exchangeStateOf } from './index.js';
import { currentSigner } from './keys.js';
import { share } from './share.js';
import { claimLease, releaseLease } from './repo.js';
import { chainHeads, inbox, outbox, peers } from './tables.js';

const { us, cn, clock } = await makePair();

const post = (envelopes: string[]) => fetch(`${cn.url}/api/v1/exchange/inbox`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ envelopes }) });
const inboxCount = async () => (await cn.database.db.select({ id: inbox.id }).from(inbox)).length;
const securityEvents = () => cn.database.db.select().from(auditLog).where(eq(auditLog.action, 'security.exchange-rejected'));
const usContactsOnCn = async () => (await listContacts(cn.ctx(), { party: 'US', pageSize: 200 })).items;
const queued = () => us.database.db.select().from(outbox).where(sql`${outbox.deliveredAt} is null`).orderBy(outbox.seq);

function envelopeTo(to: string, over: Partial<Envelope> = {}): Envelope {
  return { v: ENVELOPE_VERSION, id: newId(), from: 'US', to, seq: 1000, prev: '0'.repeat(64), kind: 'contact', recordId: newId(), recordVersion: 1, sentAt: clock.now().toISOString(), body: { op: 'upsert', data: {} }, ...over };
}

async function expectRefused(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  const body = (await res.json()) as { type: string; detail: string };
  expect(body.type.split('/').pop()).toBe(type);
  const events = await securityEvents();
  expect(events.at(-1)?.change).toMatchObject({ reason: type });
  return body;
}

describe('exchange faults', () => {
  it('a receiver that is down gets everything once it is back, in order, once', async () => {
    await cn.down();
    const made = [await us.makeContact(), await us.makeContact()];
    await us.deliver();
    const [peer] = await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN'));
    expect(peer?.failures).toBe(1);
    expect(peer?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect((await exchangeStateOf(us.ctx(), made[0]?.id ?? '')).deliveries[0]?.state).toBe('failed');

    await us.deliver(); // still backing off: no attempt
    expect((await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN')))[0]?.failures).toBe(1);

    await cn.up();
    clock.advance(60_000);
    await us.deliver();
    expect(await queued()).toEqual([]);
    const there = (await usContactsOnCn()).map((c) => c.id);
    for (const c of made) expect(there).toContain(c.id);
    const seqs = (await cn.database.db.select({ seq: inbox.seq }).from(inbox).orderBy(inbox.seq)).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('refuses a tampered body as a security event, and applies nothing', async () => {
    const c = await us.makeContact();
    const [row] = await queued();
    if (!row) throw new Error('nothing queued');
    const [h, p, s] = (row.jws ?? '').split('.');
    const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Envelope;
    const forged = { ...payload, body: { op: 'upsert', data: { ...(payload.body.op === 'upsert' ? payload.body.data : {}), name: 'Forged' } } };
    const before = await inboxCount();
    await expectRefused(await post([`${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`]), 401, 'bad-signature');
    expect(await inboxCount()).toBe(before);
    await us.deliver();
    expect((await getContact(cn.ctx(), c.id)).name).toBe(c.name);
  });

  it('refuses an envelope signed with a key the sender does not have', async () => {
    const pair = generateKeyPair();
    const jws = await signJson({ kid: kidOf(pair.publicKey), privateKey: createPrivateKey(pair.privateKeyPem) }, 'cp-envelope+jws', envelopeTo('CN'));
    await expectRefused(await post([jws]), 401, 'bad-signature');
  });

  it('refuses an unknown sender and an envelope meant for another node', async () => {
    const pair = generateKeyPair();
    const stranger = await signJson({ kid: kidOf(pair.publicKey), privateKey: createPrivateKey(pair.privateKeyPem) }, 'cp-envelope+jws', envelopeTo('CN', { from: 'GB' }));
    await expectRefused(await post([stranger]), 403, 'unknown-sender');
    const elsewhere = await signJson(await currentSigner(us.database.db, us.box), 'cp-envelope+jws', envelopeTo('GB'));
    await expectRefused(await post([elsewhere]), 422, 'wrong-recipient');
  });

  it('acknowledges a replayed envelope with its original receipt and does not apply it again', async () => {
    const c = await us.makeContact();
    const [row] = await queued();
    await us.deliver();
    const before = await inboxCount();
    const res = await post([row?.jws ?? '']);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { receipts: string[] };
    const [stored] = await us.database.db.select().from(outbox).where(eq(outbox.id, row?.id ?? ''));
    expect(body.receipts).toEqual([stored?.receiptJws]);
    expect(await inboxCount()).toBe(before);
    const [last] = await cn.database.db.select().from(auditLog).where(eq(auditLog.action, 'exchange.received')).orderBy(sql`${auditLog.seq} desc`).limit(1);
    expect(last?.change).toMatchObject({ statuses: { duplicate: 1 } });
    expect((await getContact(cn.ctx(), c.id)).version).toBe(1);
  });

  it('never lets an older version of a record overwrite a newer one', async () => {
    const c = await us.makeContact();
    await us.deliver();
    // A correctly chained and signed envelope carrying a version the receiver already holds is ignored.
    await withTx(us.ctx(), (tx) => share(tx, us.ctx(), { kind: 'contact', recordId: c.id, recordVersion: 1, originParty: 'US', body: { op: 'upsert', data: { name: 'Old news' } } }, ['CN']));
    await us.deliver();
    expect((await exchangeStateOf(us.ctx(), c.id)).deliveries[0]).toMatchObject({ state: 'delivered', receiptStatus: 'superseded' });
    expect((await getContact(cn.ctx(), c.id)).name).toBe(c.name);
  });

  it('refuses an envelope that does not follow the chain, and delivery resumes once the chains agree again', async () => {
    await us.deliver();
    const head = sql`${chainHeads.direction} = 'in' and ${chainHeads.partyCode} = 'US'`;
    const [real] = await cn.database.db.select().from(chainHeads).where(head);
    await cn.database.db.update(chainHeads).set({ hash: 'e'.repeat(64) }).where(head);
    const c = await us.makeContact();
    await us.deliver();
    const [peer] = await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN'));
    expect(peer?.lastError).toMatch(/409.*chain-broken/);
    expect((await securityEvents()).at(-1)?.change).toMatchObject({ reason: 'chain-broken' });

    await cn.database.db.update(chainHeads).set({ hash: real?.hash ?? '' }).where(head);
    clock.advance(10 * 60_000);
    await us.deliver();
    expect((await getContact(cn.ctx(), c.id)).id).toBe(c.id);
  });

  it('refuses a record it cannot use on its own, storing the rest of the batch and moving the chain on', async () => {
    const before = await us.makeContact();
    const badId = newId();
    await withTx(us.ctx(), (tx) => share(tx, us.ctx(), { kind: 'contact', recordId: badId, recordVersion: 1, originParty: 'US', body: { op: 'upsert', data: { name: 'no agency, no channels' } } }, ['CN']));
    const after = await us.makeContact();
    await us.deliver();
    expect((await exchangeStateOf(us.ctx(), badId)).deliveries).toMatchObject([{ state: 'delivered', receiptStatus: 'rejected' }]);
    for (const c of [before, after]) expect((await getContact(cn.ctx(), c.id)).id).toBe(c.id);
    const [row] = await cn.database.db.select().from(inbox).where(eq(inbox.recordId, badId));
    expect(row?.detail).toMatch(/agency/);
  });

  it('keeps delivering to one peer from one process at a time (lease)', async () => {
    // How a lease runs out, and how a live pass keeps it: exchange.recovery.test.ts.
    const claim = { ms: 30_000, now: clock.now() };
    const a = `a-${randomBytes(2).toString('hex')}`;
    expect(await claimLease(us.database.db, 'CN', a, claim)).toBe(true);
    expect(await claimLease(us.database.db, 'CN', a, claim)).toBe(true); // its holder extends it
    expect(await claimLease(us.database.db, 'CN', 'another-process', claim)).toBe(false);
    await releaseLease(us.database.db, 'CN', 'another-process'); // not its lease: nothing happens
    expect(await claimLease(us.database.db, 'CN', 'another-process', claim)).toBe(false);
    await releaseLease(us.database.db, 'CN', a);
    expect(await claimLease(us.database.db, 'CN', 'another-process', claim)).toBe(true);
    await releaseLease(us.database.db, 'CN', 'another-process');
  });
});
