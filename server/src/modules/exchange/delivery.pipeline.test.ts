// Delivery pipelines batches (the next goes out while the last one's receipts are checked) yet the receiver never
// has two batches from one sender at once; a bad answer mid-pipeline stays on record and heals on the next pass;
// and a committed share wakes a running worker at once instead of at its next poll.
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makePair } from '../../../test/pair.js';
import { inbox, outbox, peers } from './tables.js';

const { us, cn, clock } = await makePair({ COUNTERPART_EXCHANGE_BATCH: '3', COUNTERPART_EXCHANGE_POLL_MS: '60000' });

const inboxSeqs = async () => (await cn.database.db.select({ seq: inbox.seq }).from(inbox).orderBy(inbox.seq)).map((r) => r.seq);
const undelivered = async () => (await us.database.db.select({ seq: outbox.seq }).from(outbox).where(sql`${outbox.deliveredAt} is null`).orderBy(outbox.seq)).map((r) => r.seq);
const usPeer = async () => (await us.database.db.select().from(peers).where(eq(peers.partyCode, 'CN')))[0];

/** Counts inbox requests and the most the receiver ever had open at once; `tamper` may rewrite an answer. */
function watchInbox(app: FastifyInstance, tamper?: (n: number, body: { receipts: string[] }, reply: FastifyReply) => void) {
  const seen = { requests: 0, open: 0, maxOpen: 0 };
  app.addHook('onRequest', async (req) => {
    if (req.url !== '/api/v1/exchange/inbox') return;
    seen.requests += 1;
    seen.open += 1;
    seen.maxOpen = Math.max(seen.maxOpen, seen.open);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url !== '/api/v1/exchange/inbox' || typeof payload !== 'string') return payload;
    const body = JSON.parse(payload) as { receipts: string[] };
    tamper?.(seen.requests, body, reply);
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

/** Makes `n` releasable contacts and returns the seqs their envelopes to CN took. */
async function queue(n: number): Promise<number[]> {
  const [row] = await us.database.db.select({ top: sql<number | null>`max(${outbox.seq})` }).from(outbox);
  const first = Number(row?.top ?? 0) + 1;
  for (let i = 0; i < n; i++) await us.makeContact();
  return Array.from({ length: n }, (_, i) => first + i);
}

/** Past any backoff a test left, with the counter reset: each test starts with a reachable, healthy peer. */
async function healthyPeer() {
  clock.advance(3_600_000);
  await us.database.db.update(peers).set({ failures: 0, lastError: null, nextAttemptAt: null }).where(eq(peers.partyCode, 'CN'));
}

describe('pipelined delivery', () => {
  it('sends batch after batch in one pass, in order, one at a time at the receiver', async () => {
    await healthyPeer();
    const seen = await restartCn();
    const seqs = await queue(10);
    await us.deliver();
    expect(await undelivered()).toEqual([]);
    expect((await inboxSeqs()).slice(-10)).toEqual(seqs);
    expect(seen).toMatchObject({ requests: 4, maxOpen: 1 });
  });

  it('keeps a bad answer mid-pipeline on record, settles the batch already sent, and heals on the next pass', async () => {
    await healthyPeer();
    // The second answer carries a receipt whose signature is broken.
    const seen = await restartCn((n, body) => {
      if (n === 2 && body.receipts[0]) body.receipts[0] = `${body.receipts[0].slice(0, -6)}AAAAAA`;
    });
    const seqs = await queue(12); // four batches of three
    await us.deliver();
    // Batch 2 failed; batch 3 was already on its way and was settled; nothing more was sent after the failure.
    expect(seen.requests).toBe(3);
    expect(await undelivered()).toEqual([...seqs.slice(3, 6), ...seqs.slice(9)]);
    const peer = await usPeer();
    expect(peer?.lastError).toMatch(/does not verify/);
    expect(peer?.failures).toBe(1);
    expect((await inboxSeqs()).slice(-9)).toEqual(seqs.slice(0, 9)); // the receiver applied batches 1–3 once each

    clock.advance(120_000); // past the backoff
    await us.deliver();
    expect(await undelivered()).toEqual([]);
    expect((await inboxSeqs()).slice(-12)).toEqual(seqs);
    expect((await usPeer())?.lastError).toBeNull();
    // The receiver answered the repeated envelopes with the receipts it had signed when it applied them.
    const statuses = await us.database.db.select({ status: outbox.receiptStatus }).from(outbox).where(sql`${outbox.seq} between ${seqs[3]} and ${seqs[5]}`);
    expect(statuses.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('counts a failure after a success in the same pass as the first in a row, not on top of the old count', async () => {
    await healthyPeer();
    await us.database.db.update(peers).set({ failures: 5 }).where(eq(peers.partyCode, 'CN'));
    const seen = await restartCn((n, _body, reply) => {
      if (n === 2) void reply.code(503); // the receiver applied batch 2, but the answer is lost on the way back
    });
    const seqs = await queue(6);
    await us.deliver();
    expect(seen.requests).toBe(2);
    expect(await undelivered()).toEqual(seqs.slice(3));
    const peer = await usPeer();
    expect(peer?.failures).toBe(1); // batch 1 reset the count; batch 2 is the first failure since
    // Backoff after one failure: within 1 s (full jitter between 0.5 and 1 s), not the 16–32 s of a sixth.
    const waitMs = (peer?.nextAttemptAt?.getTime() ?? Infinity) - clock.now().getTime();
    expect(waitMs).toBeLessThanOrEqual(1000);
  });

  it('wakes a running worker when a share commits, long before its next poll', async () => {
    await healthyPeer();
    await restartCn();
    await us.app.exchange.start(); // polls every 60 s; resolves once it listens
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
    await expect(us.app.exchange.start()).rejects.toThrow(/was stopped/);
  });
});
