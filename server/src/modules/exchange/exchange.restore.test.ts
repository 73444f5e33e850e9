// A node restored from an older backup sends again and knows its own records (issue 12, item 8): a real backup
// (pg_dump/pg_restore on PostgreSQL, the embedded database's dump of its data folder on PGlite) taken part-way,
// restored after the node went on writing and sending; the peer keeps the envelopes as evidence and hands them back.
import { createPrivateKey } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { makePair, type PairNode } from '../../../test/pair.js';
import { takeBackup } from '../../../test/backup.js';
import { CONTACT_KIND, contactTable as contacts, createAgency, createContact, getContact, updateContact, withdrawContact } from '../directory/index.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { FastifyInstance } from 'fastify';
import { syncWith } from './catch-up.js';
import { generateKeyPair, peekPayload, signJson, kidOf } from './crypto.js';
import type { KindHandler } from './handlers.js';
import { getPeer, rotateNodeKey } from './peers-service.js';
import { evidenceFor, verifyEvidence } from './evidence.js';
import { checkPeerHeads, recoverFrom, recoverIfDiverged } from './recovery.js';
import { fetchDivergence, TakeBackRefused, verifyTakenBack } from './take-back.js';
import { peers } from './tables.js';
import { verifyPeer } from './verify-peer.js';

vi.setConfig({ testTimeout: 120_000 });
const { us, cn } = await makePair({ COUNTERPART_EXCHANGE_POLL_MS: '200' });

const contactOn = async (node: PairNode, id: string) => (await node.database.db.select().from(contacts).where(eq(contacts.id, id)))[0];
const outHead = async () => Number((await us.database.db.execute(sql`select seq from exchange_chain_heads where direction = 'out' and party_code = 'CN'`) as unknown as { rows: { seq: string }[] }).rows[0]?.seq ?? 0);

/** US as its operator brings it back: the backup restored, then the heads check its exchange worker runs at start. */
async function restoreAndCheck(backup: Awaited<ReturnType<typeof takeBackup>>) {
  await us.restoreFrom(await backup.restore());
  await syncWith(us.app.exchange.deps, 'CN');
  return recoverIfDiverged(us.app.exchange.deps, 'CN');
}

/** The head CN last signed as what it accepted from US (stored by the heads check). */
async function cnSignedHead() {
  await syncWith(us.app.exchange.deps, 'CN');
  const head = (await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN')))[0]?.remoteHeads?.received;
  if (!head) throw new Error('no heads from CN');
  return head;
}

/** CN back up with what it answers to `GET /exchange/received` changed by `tamper` (and every such request counted). */
async function cnAnswering(tamper: (body: { items: Record<string, unknown>[]; more: boolean }) => unknown) {
  const seen = { requests: 0 };
  const hook = (app: FastifyInstance) =>
    app.addHook('onSend', async (req, _reply, payload) => {
      if (!req.url.startsWith('/api/v1/exchange/received') || typeof payload !== 'string') return payload;
      seen.requests += 1;
      return JSON.stringify(tamper(JSON.parse(payload) as { items: Record<string, unknown>[]; more: boolean }));
    });
  await cn.down();
  await cn.up(hook);
  return seen;
}

/** A state where US, restored, lacks one contact change CN holds: returns the contact. */
async function oneChangeLost() {
  const c = await us.makeContact();
  await us.deliver();
  const backup = await takeBackup(us.database);
  await updateContact(us.ctx(), c.id, { name: 'after the backup', version: 1 });
  await us.deliver();
  await us.restoreFrom(await backup.restore());
  return c;
}

describe('a node restored from an older backup', () => {
  it('takes back what it sent after the backup, restores those records, and sends again', async () => {
    const before = await us.makeContact();
    await us.deliver();
    const headAtBackup = await outHead();
    const backup = await takeBackup(us.database);

    const edited = await updateContact(us.ctx(), before.id, { name: 'Desk renamed after the backup', version: before.version });
    const created = await us.makeContact({ name: 'Desk created after the backup' });
    const gone = await us.makeContact();
    await withdrawContact(us.ctx(), gone.id, 'closed');
    await us.deliver();
    const headBefore = await outHead();

    const report = await restoreAndCheck(backup);
    expect(report).toMatchObject({ takenBack: headBefore - headAtBackup, resent: 0, dropped: [] });
    expect(report?.counts).toMatchObject({ restored: 2, skipped: 1 });
    expect(report?.withoutContent).toBe(1); // the withdrawn contact's first version: the peer purged it
    expect(report?.records.find((r) => r.recordId === gone.id)).toMatchObject({ status: 'skipped' });

    expect(await contactOn(us, before.id)).toMatchObject({ name: 'Desk renamed after the backup', version: edited.version, releasableTo: ['CN'] });
    expect(await contactOn(us, created.id)).toMatchObject({ name: 'Desk created after the backup', version: 1, originParty: 'US' });
    expect(await outHead()).toBe(headBefore);

    // It sends again: a new record goes through, and it can withdraw a record it only knows from the recovery.
    const after = await us.makeContact();
    await withdrawContact(us.ctx(), created.id);
    await us.deliver();
    expect((await getContact(cn.ctx(), after.id)).id).toBe(after.id);
    expect(await contactOn(cn, created.id)).toBeUndefined();
    expect(await verifyPeer(us.app.exchange.deps, us.ctx(), 'CN')).toMatchObject({ ok: true, diverged: false, behindBy: 0 });

    // The operator is told: the Peers page and the audit log.
    expect((await getPeer(us.ctx(), 'CN')).lastRecovery).toMatchObject({ takenBack: report?.takenBack, counts: report?.counts });
    const audit = await us.database.db.select().from(auditLog).where(eq(auditLog.action, 'exchange.recovered'));
    expect(audit).toHaveLength(1);
    // A second check finds nothing more to take.
    expect(await recoverFrom(us.app.exchange.deps, 'CN', await cnSignedHead())).toBeNull();
  });

  it('re-sends what it wrote since the restore after the taken-back envelopes; the newer version of a record wins', async () => {
    const a = await us.makeContact({ name: 'A v1' });
    const b = await us.makeContact({ name: 'B v1' });
    await us.deliver();
    const backup = await takeBackup(us.database);
    await updateContact(us.ctx(), a.id, { name: 'A v2 before the restore', version: 1 });
    await updateContact(us.ctx(), b.id, { name: 'B v2 before the restore', version: 1 });
    await us.deliver();

    await us.restoreFrom(await backup.restore());
    // Written after the restore, before the node learnt anything: A once (a tie with the peer's v2), B twice (v3).
    await updateContact(us.ctx(), a.id, { name: 'A v2 after the restore', version: 1 });
    const b2 = await updateContact(us.ctx(), b.id, { name: 'B v2 after the restore', version: 1 });
    await updateContact(us.ctx(), b.id, { name: 'B v3 after the restore', version: b2.version });
    const fresh = await us.makeContact({ name: 'new after the restore' });
    await us.deliver();
    expect((await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN')))[0]?.lastError).toMatch(/chain-conflict/);

    const report = await recoverFrom(us.app.exchange.deps, 'CN', await cnSignedHead());
    // A v2 and B v2 are ties with the peer's versions (the peer's win); B v3 and the new contact go out after them.
    expect(report?.dropped.map((d) => d.recordId)).toEqual([a.id, b.id]);
    expect(report?.resent).toBe(2);
    expect(report?.records.find((r) => r.recordId === b.id)).toMatchObject({ status: 'kept' });
    expect(await contactOn(us, a.id)).toMatchObject({ name: 'A v2 before the restore', version: 2 });
    expect(await contactOn(us, b.id)).toMatchObject({ name: 'B v3 after the restore', version: 3 });
    await us.deliver();
    expect(await contactOn(cn, a.id)).toMatchObject({ name: 'A v2 before the restore', version: 2 });
    expect(await contactOn(cn, b.id)).toMatchObject({ name: 'B v3 after the restore', version: 3 });
    expect((await getContact(cn.ctx(), fresh.id)).name).toBe('new after the restore');
    expect(await verifyPeer(us.app.exchange.deps, us.ctx(), 'CN')).toMatchObject({ ok: true, behindBy: 0 });
  });

  it('refuses an envelope handed back that this node did not sign, and changes nothing', async () => {
    const c = await oneChangeLost();
    const deps = us.app.exchange.deps;
    const target = await cnSignedHead();
    const { ancestor, items } = await fetchDivergence(deps, 'CN', target);
    expect(items).toHaveLength(1);
    const first = items[0];
    if (!first?.envelope) throw new Error('nothing handed back');
    const forger = generateKeyPair();
    const forged = await signJson({ kid: kidOf(forger.publicKey), privateKey: createPrivateKey(forger.privateKeyPem) }, 'cp-envelope+jws', peekPayload(first.envelope));
    await expect(verifyTakenBack(deps, 'CN', ancestor, [{ ...first, envelope: forged }])).rejects.toThrow(TakeBackRefused);
    await expect(verifyTakenBack(deps, 'CN', ancestor, [{ ...first, hash: 'a'.repeat(64) }])).rejects.toThrow(TakeBackRefused);
    // Content withheld ("purged") with no withdrawal by this node after it, or at the end of the list: refused.
    await expect(verifyTakenBack(deps, 'CN', ancestor, [{ ...first, envelope: null }])).rejects.toThrow(/no withdrawal of its record by this node follows/);
    expect(await contactOn(us, c.id)).toMatchObject({ version: 1 });
    // The genuine list recovers.
    expect(await recoverFrom(deps, 'CN', target)).toMatchObject({ takenBack: 1 });
    expect(await contactOn(us, c.id)).toMatchObject({ name: 'after the backup', version: 2 });
  });

  it('refuses a list that does not move on or does not end at the head the peer signed, keeps why, and still pulls', async () => {
    const c = await us.makeContact();
    await us.deliver();
    const backup = await takeBackup(us.database);
    await updateContact(us.ctx(), c.id, { name: 'after the backup', version: 1 });
    await us.deliver();
    const fromCn = await cn.makeContact(); // US receives it after the backup: the restore loses it too
    await cn.deliver();
    await us.restoreFrom(await backup.restore());
    const deps = us.app.exchange.deps;
    // A list that keeps answering the same page with "more".
    const stuck = await cnAnswering(() => ({ items: [], more: true }));
    const first = await checkPeerHeads(deps, 'CN');
    expect(first).toMatchObject({ recovery: null, refused: expect.stringMatching(/ends at .* before/) });
    expect(stuck.requests).toBe(1);
    // The refusal did not stop the pull: what CN sent after the backup is back.
    expect(first.pulled).toBeGreaterThan(0);
    expect(await contactOn(us, fromCn.id)).toBeDefined();
    // Refused at these heads: not asked again until they move.
    expect(await checkPeerHeads(deps, 'CN')).toMatchObject({ recovery: null, refused: null });
    expect(stuck.requests).toBe(1);
    expect((await getPeer(us.ctx(), 'CN')).recoveryRefusal).toMatchObject({ reason: expect.stringMatching(/ends at/) });
    // A list that stops short of the signed head (the last item held back).
    await cnAnswering((body) => ({ ...body, items: body.items.slice(0, -1) }));
    await expect(recoverFrom(deps, 'CN', await cnSignedHead())).rejects.toThrow(TakeBackRefused);
    // An older peer without the endpoint: refused, with the reason kept for the operator.
    await cnAnswering(() => ({ type: 'about:blank', status: 404 }));
    const older = await checkPeerHeads(deps, 'CN', { force: true });
    expect(older.refused).toMatch(/does not list/);
    expect(await contactOn(us, c.id)).toMatchObject({ version: 1 });
    // The peer healthy again: an operator's forced check recovers.
    await cnAnswering((body) => body);
    expect((await checkPeerHeads(deps, 'CN', { force: true })).recovery).toMatchObject({ takenBack: 1 });
    expect((await getPeer(us.ctx(), 'CN')).recoveryRefusal).toBeNull();
  });

  it('takes back what a key made after the backup signed, keeps its public half to verify it, and signs on with the old key', async () => {
    const c = await us.makeContact();
    await us.deliver();
    const backup = await takeBackup(us.database);
    await rotateNodeKey(us.ctx());
    await updateContact(us.ctx(), c.id, { name: 'signed with the new key', version: 1 });
    await us.deliver();
    await us.restoreFrom(await backup.restore());

    const report = await recoverFrom(us.app.exchange.deps, 'CN', await cnSignedHead());
    expect(report?.records.find((r) => r.kind === 'node-key')).toMatchObject({ status: 'skipped', reason: 'key-lost' });
    expect(await contactOn(us, c.id)).toMatchObject({ name: 'signed with the new key', version: 2 });
    expect((await verifyEvidence(JSON.parse(JSON.stringify(await evidenceFor(us.ctx(), c.id))))).ok).toBe(true);
    // The key the backup holds still signs, and the peer still trusts it.
    const after = await us.makeContact();
    await us.deliver();
    expect((await getContact(cn.ctx(), after.id)).id).toBe(after.id);
  });

  it('hands back only to the calling peer, with a signed request', async () => {
    const unsigned = await cn.app.inject({ method: 'GET', url: '/api/v1/exchange/received?after=0' });
    expect(unsigned.statusCode).toBe(401);
  });

  it('recovers by itself: the worker meets the conflict on its first delivery and takes back what the peer holds', async () => {
    const c = await us.makeContact();
    await us.deliver();
    const backup = await takeBackup(us.database);
    await updateContact(us.ctx(), c.id, { name: 'sent before the crash', version: 1 });
    await us.deliver();
    await us.restoreFrom(await backup.restore());
    const fresh = await us.makeContact({ name: 'written after the restore' });
    await us.app.exchange.start();
    try {
      const startedAt = Date.now();
      while (!(await contactOn(cn, fresh.id)) && Date.now() - startedAt < 30_000) await new Promise((r) => setTimeout(r, 100));
      expect(await contactOn(cn, fresh.id)).toMatchObject({ name: 'written after the restore' });
      expect(await contactOn(us, c.id)).toMatchObject({ name: 'sent before the crash', version: 2 });
      expect((await getPeer(us.ctx(), 'CN')).lastRecovery).toMatchObject({ takenBack: 1, resent: 1 });
    } finally {
      await us.app.exchange.stop();
    }
  });

  it('tries again after the pull every record it could not restore before it, not only the 200 it lists', async () => {
    await us.down(); // a fresh app: an exchange worker once stopped does not deliver again
    await us.up();
    await us.deliver();
    const backup = await takeBackup(us.database);
    const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'MANY-DESKS', nameEn: 'Many desks', nameZh: '多个值班台', kind: 'police' });
    const made: string[] = [];
    for (let i = 0; i < 205; i++) {
      const desk = await createContact(us.ctx(), { agencyId: agency.id, kind: 'desk', name: `Desk ${i}`, topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: ['CN'] });
      made.push(desk.id);
    }
    await us.deliver();
    await cn.makeContact(); // lost with the restore too: the pull brings it back
    await cn.deliver();
    await us.restoreFrom(await backup.restore());
    // Each contact waits the first time, as a record that waits for one of the peer's brought back by catch-up.
    const deps = us.app.exchange.deps;
    const contact = deps.handlers[CONTACT_KIND];
    if (!contact?.restore) throw new Error('contacts have no restore hook');
    const restoreContact = contact.restore;
    const waited = new Set<string>();
    const waiting: KindHandler = {
      ...contact,
      async restore(tx, ctx, env) {
        if (waited.has(env.recordId)) return restoreContact(tx, ctx, env);
        waited.add(env.recordId);
        return { status: 'skipped', detail: 'waits for catch-up' };
      },
    };
    const { pulled, recovery } = await checkPeerHeads({ ...deps, handlers: { ...deps.handlers, [CONTACT_KIND]: waiting } }, 'CN');
    expect(pulled).toBeGreaterThan(0);
    expect(recovery?.counts).toEqual({ restored: 205, kept: 0, skipped: 0 });
    expect(recovery?.records).toHaveLength(200);
    expect(recovery?.records.every((r) => r.status === 'restored')).toBe(true);
    const missing = [];
    for (const id of made) if (!(await contactOn(us, id))) missing.push(id);
    expect(missing).toEqual([]);
    const shown = (await getPeer(us.ctx(), 'CN')).lastRecovery;
    expect(shown).toMatchObject({ counts: { restored: 205, skipped: 0 } });
    expect(shown).not.toHaveProperty('retry');
  });
});
