// The exchange's background work in one process: deliver queued envelopes to every enabled peer, pull when a peer
// reports a gap, and check each peer's chain heads now and then. Several processes may run it on one database.
// A pass runs every `pollMs`, and at once when a share commits (NOTIFY on OUTBOX_CHANNEL), so an envelope does not
// wait for the next poll; the poll stays for what a lost notification would miss.
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db.js';
import { pullFrom } from './catch-up.js';
import { checkPeerHeads, recoverySummary } from './recovery.js';
import { PeerUnreachable } from './peer-http.js';
import { deliverTo, type DeliveryDeps, type DeliveryResult } from './delivery.js';
import type { ExchangeDeps } from './inbox.js';
import { newLeaseOwner } from './lease-owner.js';
import { peerHttp } from './peer-http.js';
import * as repo from './repo.js';
import { OUTBOX_CHANNEL } from './share.js';

export type ExchangeRuntime = {
  deps: DeliveryDeps;
  /**
   * Delivers to every enabled peer until its queue is empty, a delivery fails or a pass's share is done (then it
   * answers true: more is queued); used by the loop and by tests.
   */
  deliverAll: () => Promise<boolean>;
  /** Pulls from `party` soon (a gap was seen); runs in the background. */
  requestPull: (party: string) => void;
  /**
   * "Sync now": a pull from `party` soon, and a delivery pass to it now (or right after the one this process is
   * running). Never waits for another process's lease, and waits for its own pass only briefly: `done` (the pass
   * ran to its end), `running` (it goes on in the background), `elsewhere` (another process holds the peer's lease
   * and is delivering), `disabled` (the exchange with the peer is switched off).
   */
  syncNow: (party: string) => Promise<SyncState>;
  /** Starts the loop; resolves once it listens for new envelopes (or knows it cannot). Not again after `stop`. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

export type SyncState = 'done' | 'running' | 'elsewhere' | 'disabled';

const MAX_BATCHES_PER_TICK = 50;
/** How long "Sync now" waits for its pass before answering that it goes on. */
export const SYNC_WAIT_MS = 2000;

/** A peer's delivery in this process: the pass running, and the one asked for meanwhile (shared by all who asked). */
type Lane = { running: Promise<DeliveryResult | null>; queued: Promise<DeliveryResult | null> | null };
const ignore = () => undefined;
const MAX_BACKOFF_MS = 30_000;

type Listen = Database['listen'];

export function createExchangeRuntime(base: ExchangeDeps, log: FastifyBaseLogger, listen?: Listen): ExchangeRuntime {
  const http = peerHttp(base.config);
  const pulls = new Set<string>();
  // Peers that answered `chain-conflict`: checked (and recovered from) in the next pass, whenever the last check was.
  const conflicts = new Set<string>();
  let isRunning = false;
  let isPassRunning = false;
  let isWakePending = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let unlisten: Promise<(() => Promise<void>) | null> = Promise.resolve(null);
  let closed: Promise<void> | undefined;
  let lastSync = 0;
  let failures = 0;
  const lanes = new Map<string, Lane>();
  const deps: DeliveryDeps = { ...base, http, owner: newLeaseOwner(), onGap: (party) => requestPull(party), onConflict: (party) => conflicts.add(party) };

  /**
   * One delivery pass to a peer at a time in this process (the lease keeps other processes out; passes of one
   * process share its owner, so they must keep out of each other's way here): asked while one runs, the next pass
   * starts when it ends.
   */
  function deliverPeer(party: string): Promise<DeliveryResult | null> {
    const lane = lanes.get(party);
    if (!lane) return openLane(party);
    lane.queued ??= lane.running.then(ignore, ignore).then(() => openLane(party));
    return lane.queued;
  }

  function openLane(party: string): Promise<DeliveryResult | null> {
    const lane: Lane = { running: Promise.resolve(null), queued: null };
    lane.running = deliverTo(deps, party, MAX_BATCHES_PER_TICK).finally(() => {
      if (lanes.get(party) === lane && lane.queued === null) lanes.delete(party);
    });
    lanes.set(party, lane);
    return lane.running;
  }

  async function deliverAll(): Promise<boolean> {
    let hasMore = false;
    for (const peer of await repo.listPeers(deps.db)) {
      if (!peer.isEnabled) continue;
      const result = await deliverPeer(peer.partyCode);
      hasMore ||= result?.more === true;
    }
    return hasMore;
  }

  async function syncNow(party: string): Promise<SyncState> {
    requestPull(party);
    wake(); // the pull runs in the next pass, now rather than at the next poll
    const pass = deliverPeer(party);
    pass.catch((err: unknown) => log.warn({ err, party }, 'exchange delivery (sync now) failed'));
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'running'>((resolve) => {
      timer = setTimeout(() => resolve('running'), SYNC_WAIT_MS);
    });
    try {
      const result = await Promise.race([pass, waited]);
      if (result === 'running') return 'running';
      if (result !== null) return 'done';
    } finally {
      clearTimeout(timer);
    }
    // No pass: the lease is another process's (it delivers), or the peer is switched off.
    return (await repo.getPeer(deps.db, party))?.isEnabled === false ? 'disabled' : 'elsewhere';
  }

  async function pullRequested(): Promise<void> {
    for (const party of [...pulls]) {
      pulls.delete(party);
      await pullFrom(deps, party).catch((err: unknown) => log.warn({ err, party }, 'exchange catch-up failed'));
    }
  }

  /** The peer's signed heads: pull what it holds for this node, take back what this node lost (an older backup). */
  async function checkPeer(party: string): Promise<void> {
    try {
      const warn = (err: unknown, what: string) => log.warn({ err, party }, what);
      const { recovery } = await checkPeerHeads(deps, party, { warn });
      if (recovery) log.warn({ party, recovery: { ...recovery, records: recovery.records.length } }, `exchange: ${recoverySummary(party, recovery)}`);
    } catch (err) {
      // A peer that does not answer is the Peers page's business, not the log's every minute.
      if (err instanceof PeerUnreachable) log.debug({ err, party }, 'exchange heads check failed');
      else log.warn({ err, party }, 'exchange heads check failed');
    }
  }

  /** Every peer's heads at start and every `syncMs`, and at once a peer that refused an envelope as a conflict. */
  async function syncAll(): Promise<void> {
    const isDue = Date.now() - lastSync >= deps.config.exchange.syncMs;
    if (isDue) lastSync = Date.now();
    for (const peer of await repo.listPeers(deps.db)) {
      const isConflict = conflicts.delete(peer.partyCode);
      if (peer.isEnabled && (isDue || isConflict)) await checkPeer(peer.partyCode);
    }
  }

  async function tick(): Promise<void> {
    try {
      // A long queue (a catch-up) goes on in the next pass at once, after the pulls and the heads check.
      if (await deliverAll()) isWakePending = true;
      await pullRequested();
      await syncAll();
      failures = 0;
    } catch (err) {
      // The database away, most likely: the loop goes on, waiting longer after each failed pass in a row.
      failures++;
      log.error({ err, failures, retryInMs: pollDelay() }, 'exchange worker pass failed; trying again later');
    }
  }

  /** The poll interval, doubled for each failed pass in a row, up to half a minute. */
  function pollDelay(): number {
    const { pollMs } = deps.config.exchange;
    return Math.min(Math.max(pollMs, MAX_BACKOFF_MS), pollMs * 2 ** failures);
  }

  function runPass(): void {
    isPassRunning = true;
    current = tick().finally(() => {
      isPassRunning = false;
      schedule();
    });
  }

  /** The one timer: the next pass after `pollMs`, or at once when a wake came in meanwhile. */
  function schedule(): void {
    clearTimeout(timer);
    if (!isRunning) return;
    timer = setTimeout(runPass, isWakePending ? 0 : pollDelay());
    isWakePending = false;
  }

  /** New envelopes were committed: run a pass now, or right after the one running (many wakes, one pass). */
  function wake(): void {
    if (!isRunning) return;
    if (isPassRunning) {
      isWakePending = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(runPass, 0);
  }

  function requestPull(party: string): void {
    pulls.add(party);
    if (!isRunning) current = current.then(pullRequested);
  }

  return {
    deps,
    deliverAll,
    requestPull,
    syncNow,
    async start() {
      if (closed) throw new Error('the exchange worker was stopped; build a new one');
      if (isRunning) return;
      isRunning = true;
      if (listen) {
        const onError = (err: unknown) => log.warn({ err }, 'exchange: listening for new envelopes failed; delivering on the poll until it is back');
        unlisten = listen(OUTBOX_CHANNEL, wake, { onError }).catch((err: unknown) => {
          onError(err);
          return null;
        });
      }
      schedule();
      await unlisten;
    },
    async stop() {
      isRunning = false;
      clearTimeout(timer);
      await (await unlisten)?.();
      unlisten = Promise.resolve(null);
      await current;
      // Passes asked for outside the loop ("Sync now") end before the connections to peers close.
      await Promise.allSettled([...lanes.values()].map((lane) => lane.queued ?? lane.running));
      closed ??= http.close(); // stop may be called again (a test, then the app's onClose)
      await closed;
    },
  };
}
