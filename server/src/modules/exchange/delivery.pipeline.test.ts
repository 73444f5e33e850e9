// Delivery pipelines batches (the next goes out while the last one's receipts are checked) yet the receiver never
// has two batches from one sender at once; a bad answer mid-pipeline stays on record and heals on the next pass;
// and a committed share wakes a running worker at once instead of at its next poll.
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { inbox, outbox, peers } from './tables.js';

const { us, cn, clock } = await makePair({ COUNTERPART_EXCHANGE_BATCH: '3', COUNTERPART_EXCHANGE_POLL_MS: '60000' });

const inboxSeqs = async () => (await cn.database.db.select({ seq: inbox.seq }).from(inbox).orderBy(inbox.seq)).map((r) => r.seq);
const undelivered = async () => (await us.database.db.select({ seq: outbox.seq }).from(outbox).where(sql`${outbox.deliveredAt} is null`).orderBy(outbox.seq)).map((r) => r.seq);
const usPeer = async () => (await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN')))[0];

/** Counts inbox requests and the most the receiver ever had open at once; `tamper` may rewrite an answer. */
function watchInbox(app: FastifyInstance, tamper?: (n: number, body: { receipts: string[] }) => void) {
  const seen = { requests: 0, open: 0, maxOpen: 0 };
  app.addHook('onRequest', async (req) => {
    if (req.url !== '/api/v1/exchange/inbox') return;
    seen.requests += 1;
    seen.open += 1;
    seen.maxOpen = Math.max(seen.maxOpen, seen.open);
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    if (req.url !== '/api/v1/exchange/inbox' || typeof payload !== 'string') return payload;
    const body = JSON.parse(payload) as { receipts: string[] };
    tamper?.(seen.requests, body);
    return JSON.stringify(body);
  });
  app.addHook('onResponse', async (req) => {
    if (req.url === '/api/v1/exchange/inbox') seen.open -= 1;
  });
  return seen;
}

async function restartCn(tamper?: Parameters<typeof watchInbox>[1]) {
  let seen: ReturnType<typeof watchInbox> | undefined;
  await cn.down();
  await cn.up((app) => {
    seen = watchInbox(app, tamper);
  });
  if (!seen) throw new Error('not watching');
  return seen;
}

describe('pipelined delivery', () => {
  it('sends batch after batch in one pass, in order, one at a time at the receiver', async () => {
    const seen = await restartCn();
    for (let i = 0; i < 10; i++) await us.makeContact();
    await us.deliver();
    expect(await undelivered()).toEqual([]);
    expect(await inboxSeqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(seen).toMatchObject({ requests: 4, maxOpen: 1 });
  });

  it('keeps a bad answer mid-pipeline on record, settles the batch already sent, and heals on the next pass', async () => {
    // The second answer carries a receipt whose signature is broken.
    const seen = await restartCn((n, body) => {
      if (n === 2 && body.receipts[0]) body.receipts[0] = `${body.receipts[0].slice(0, -6)}AAAAAA`;
    });
    for (let i = 0; i < 12; i++) await us.makeContact(); // seqs 11–22: batches 11–13, 14–16, 17–19, 20–22
    await us.deliver();
    // Batch 2 failed; batch 3 was already on its way and was settled; nothing more was sent after the failure.
    expect(seen.requests).toBe(3);
    expect(await undelivered()).toEqual([14, 15, 16, 20, 21, 22]);
    const peer = await usPeer();
    expect(peer?.lastError).toMatch(/does not verify/);
    expect(peer?.failures).toBe(1);
    expect(await inboxSeqs()).toHaveLength(19); // the receiver applied 11–19 once each

    clock.advance(120_000); // past the backoff
    await us.deliver();
    expect(await undelivered()).toEqual([]);
    expect(await inboxSeqs()).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect((await usPeer())?.lastError).toBeNull();
    const statuses = await us.database.db.select({ seq: outbox.seq, status: outbox.receiptStatus }).from(outbox).where(sql`${outbox.seq} between 14 and 16`);
    // The receiver answered the repeated envelopes with the receipts it had signed when it applied them.
    expect(statuses.map((s) => s.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('wakes a running worker when a share commits, long before its next poll', async () => {
    await restartCn();
    us.app.exchange.start(); // polls every 60 s
    try {
      const made = await us.makeContact();
      let arrived = false;
      for (let i = 0; i < 100 && !arrived; i++) {
        await new Promise((r) => setTimeout(r, 50));
        arrived = (await cn.database.db.select({ id: inbox.id }).from(inbox).where(eq(inbox.recordId, made.id))).length > 0;
      }
      expect(arrived).toBe(true);
    } finally {
      await us.app.exchange.stop();
    }
  });
});
