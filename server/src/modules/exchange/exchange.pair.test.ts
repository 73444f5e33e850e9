// Two real nodes over loopback HTTP: records cross in order, exactly once, with signed receipts.
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { getContact, listContacts, updateContact, verifyContact } from '../directory/index.js';
import { currentSigner, exchangeStateOf, syncWith } from './index.js';
import { signRequest } from './signed-request.js';
import { inbox, outbox } from './tables.js';

const { us, cn } = await makePair();

describe('exchange between two nodes', () => {
  it('delivers releasable contacts in order, once, with receipts; keeps the rest at home', async () => {
    const shared = [await us.makeContact(), await us.makeContact(), await us.makeContact()];
    const kept = await us.makeContact({ releasableTo: [] });
    await us.deliver();

    const received = await listContacts(cn.ctx(cn.person(['admin'])), { party: 'US' });
    expect(received.items.map((c) => c.id).sort()).toEqual(shared.map((c) => c.id).sort());
    expect(received.items.every((c) => c.originParty === 'US' && !c.canEdit)).toBe(true);
    await expect(getContact(cn.ctx(), kept.id)).rejects.toThrow(/no contact/);

    const rows = await cn.database.db.select().from(inbox).orderBy(inbox.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    for (const c of shared) {
      const state = await exchangeStateOf(us.ctx(), c.id);
      expect(state.deliveries).toMatchObject([{ party: 'CN', state: 'delivered', receiptStatus: 'applied', recordVersion: 1 }]);
    }
    const sent = await us.database.db.select().from(outbox);
    expect(sent.every((r) => r.receiptJws && r.deliveredAt)).toBe(true);
  });

  it('carries changes and verifications; the receiver holds the newest version', async () => {
    const c = await us.makeContact();
    await us.deliver();
    await updateContact(us.ctx(), c.id, { version: 1, name: 'Renamed desk' });
    await verifyContact(us.ctx(), c.id);
    await us.deliver();
    const there = await getContact(cn.ctx(), c.id);
    expect(there).toMatchObject({ name: 'Renamed desk', version: 3, originParty: 'US' });
    expect(there.verifiedAt).not.toBeNull();
  });

  it('accepts a signed node-to-node request once: the same request sent again over HTTP is refused as replayed', async () => {
    const path = '/api/v1/exchange/heads';
    const authorization = await signRequest(await currentSigner(cn.database.db, cn.box), { from: 'CN', to: 'US', method: 'GET', path, at: cn.clock.now().toISOString() });
    const send = () => request(new URL(path, us.url), { headers: { authorization } });
    const first = await send();
    expect(first.statusCode).toBe(200);
    await first.body.dump();
    const again = await send();
    expect(again.statusCode).toBe(401);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(((await again.body.json()) as { type: string }).type).toMatch(/\/replayed-request$/);
    // The node's own signed requests each carry a fresh nonce: checking heads again and again goes through.
    for (let i = 0; i < 3; i++) await syncWith(cn.app.exchange.deps, 'US');
  });
});
