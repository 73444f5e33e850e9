// `counterpart exchange verify --peer XX`: compares both chains with the peer's own signed statement of them, and
// re-checks every receipt this node holds, reporting anything that does not add up, and apart from that whether
// the two nodes are in step or one is behind (by how many envelopes, queued since when).
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { hasRole, type Ctx } from '../../platform/context.js';
import { Forbidden, NotFound } from '../../platform/errors.js';
import { fetchPeerHeads, headOf, type PullDeps } from './catch-up.js';
import { SignatureError, verifyJson } from './crypto.js';
import { ReceiptSchema } from './envelope.js';
import * as repo from './repo.js';
import { DIVERGENCE_CODES, type PeerVerification } from './schemas.js';
import { outbox } from './tables.js';

type Problem = PeerVerification['problems'][number];

async function hashAt(deps: PullDeps, party: string, seq: number): Promise<string | undefined> {
  const [row] = await deps.db.select({ hash: outbox.hash }).from(outbox).where(and(eq(outbox.toParty, party), eq(outbox.seq, seq)));
  return row?.hash;
}

/** Every stored receipt must verify under the peer's keys and name the hash this node sent. */
async function checkReceipts(deps: PullDeps, party: string, problems: Problem[]): Promise<number> {
  const keys = await repo.keysOf(deps.db, party);
  let checked = 0;
  for (let after = 0; ; ) {
    const page = await deps.db.select({ seq: outbox.seq, hash: outbox.hash, receipt: outbox.receiptJws }).from(outbox).where(and(eq(outbox.toParty, party), gt(outbox.seq, after), isNotNull(outbox.receiptJws))).orderBy(asc(outbox.seq)).limit(1000);
    for (const row of page) {
      checked++;
      try {
        const r = ReceiptSchema.parse((await verifyJson(row.receipt ?? '', 'cp-receipt+jws', keys)).payload);
        if (r.hash !== row.hash || r.seq !== row.seq) problems.push({ code: 'bad-receipt', detail: `the receipt for envelope ${row.seq} names another envelope` });
      } catch (err) {
        problems.push({ code: 'bad-receipt', detail: `the receipt for envelope ${row.seq} does not verify${err instanceof SignatureError ? `: ${err.message}` : ''}` });
      }
    }
    const last = page.at(-1);
    if (!last) return checked;
    after = last.seq;
  }
}

export async function verifyPeer(deps: PullDeps, ctx: Ctx, party: string): Promise<PeerVerification> {
  if (!hasRole(ctx.actor, 'admin', 'auditor')) throw new Forbidden('only administrators and auditors verify the exchange with a peer');
  if (!(await repo.getPeer(deps.db, party))) throw new NotFound(`no peer for party ${party}`);
  const problems: Problem[] = [];
  const ours = { sent: await headOf(deps.db, 'out', party), received: await headOf(deps.db, 'in', party) };
  const unknown = { seq: -1, hash: '' };
  let theirs = { sent: unknown, received: unknown };
  try {
    theirs = (await fetchPeerHeads(deps, party)).heads;
    await repo.updatePeer(deps.db, party, { remoteHeads: { sent: theirs.sent, received: theirs.received, at: deps.clock.now().toISOString() } });
  } catch (err) {
    problems.push({ code: 'unreachable', detail: err instanceof Error ? err.message : String(err) });
  }
  if (theirs.received.seq >= 0) {
    // What we sent and what they accepted: they may lag (deliveries queued), but never lead or disagree.
    if (theirs.received.seq > ours.sent.seq) problems.push({ code: 'peer-ahead', detail: `${party} says it accepted ${theirs.received.seq} envelopes; this node sent ${ours.sent.seq}` });
    else if (theirs.received.seq > 0 && (await hashAt(deps, party, theirs.received.seq)) !== theirs.received.hash) problems.push({ code: 'diverged', detail: `envelope ${theirs.received.seq} as ${party} holds it differs from the one sent` });
    else if (theirs.received.seq < ours.sent.seq) problems.push({ code: 'behind', detail: `${party} has accepted ${theirs.received.seq} of ${ours.sent.seq} envelopes; the rest are queued` });
    // What they sent and what we accepted: we may lag; if we lead, one of the two lost data.
    if (ours.received.seq > theirs.sent.seq) problems.push({ code: 'peer-ahead', detail: `this node accepted ${ours.received.seq} envelopes from ${party}, which says it sent ${theirs.sent.seq}` });
    else if (ours.received.seq === theirs.sent.seq && ours.received.hash !== theirs.sent.hash) problems.push({ code: 'diverged', detail: `the last envelope from ${party} differs between the two nodes` });
    else if (ours.received.seq < theirs.sent.seq) problems.push({ code: 'behind', detail: `this node has accepted ${ours.received.seq} of ${theirs.sent.seq} envelopes from ${party}` });
  }
  const receiptsChecked = await checkReceipts(deps, party, problems);
  // Lagging is normal while deliveries are under way; a divergence is to be investigated; an unreachable peer
  // leaves the comparison undone. Each is reported on its own, so that "behind" never reads as "in step".
  const ok = problems.every((p) => p.code === 'behind');
  const diverged = problems.some((p) => DIVERGENCE_CODES.includes(p.code));
  const answered = theirs.received.seq >= 0;
  const outstanding = await repo.outstandingFor(deps.db, party, answered ? theirs.received.seq : null);
  const toReceive = answered ? Math.max(0, theirs.sent.seq - ours.received.seq) : 0;
  return {
    party,
    ok,
    inStep: answered && !diverged && outstanding.count === 0 && toReceive === 0,
    diverged,
    behindBy: outstanding.count,
    oldestQueuedAt: outstanding.oldestAt,
    toReceive,
    checkedAt: deps.clock.now(),
    sent: { ours: ours.sent, theirs: theirs.sent },
    received: { ours: ours.received, theirs: theirs.received },
    receiptsChecked,
    problems,
  };
}
