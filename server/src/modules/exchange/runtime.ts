// The exchange's background work in one process: deliver queued envelopes to every enabled peer, pull when a peer
// reports a gap, and check each peer's chain heads now and then. Several processes may run it on one database.
// A pass runs every `pollMs`, and at once when a share commits (NOTIFY on OUTBOX_CHANNEL), so an envelope does not
// wait for the next poll; the poll stays for what a lost notification would miss.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db.js';
import { pullFrom, syncWith } from './catch-up.js';
import { deliverTo, type DeliveryDeps } from './delivery.js';
import type { ExchangeDeps } from './inbox.js';
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
  /** Starts the loop; resolves once it listens for new envelopes (or knows it cannot). Not again after `stop`. */
  start: () => Promise<void>;
  stop: () => Promise<void>;
};

const MAX_BATCHES_PER_TICK = 50;

type Listen = Database['listen'];

export function createExchangeRuntime(base: ExchangeDeps, log: FastifyBaseLogger, listen?: Listen): ExchangeRuntime {
  const http = peerHttp(base.config);
  const pulls = new Set<string>();
  let isRunning = false;
  let isPassRunning = false;
  let isWakePending = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let unlisten: Promise<(() => Promise<void>) | null> = Promise.resolve(null);
  let closed: Promise<void> | undefined;
  let lastSync = 0;
  const deps: DeliveryDeps = { ...base, http, owner: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`, onGap: (party) => requestPull(party) };

  async function deliverAll(): Promise<boolean> {
    let hasMore = false;
    for (const peer of await repo.listPeers(deps.db)) {
      if (!peer.isEnabled) continue;
      const result = await deliverTo(deps, peer.partyCode, MAX_BATCHES_PER_TICK);
      hasMore ||= result?.more === true;
    }
    return hasMore;
  }

  async function pullRequested(): Promise<void> {
    for (const party of [...pulls]) {
      pulls.delete(party);
      await pullFrom(deps, party).catch((err: unknown) => log.warn({ err, party }, 'exchange catch-up failed'));
    }
  }

  async function syncAll(): Promise<void> {
    if (Date.now() - lastSync < deps.config.exchange.syncMs) return;
    lastSync = Date.now();
    for (const peer of await repo.listPeers(deps.db)) {
      if (peer.isEnabled) await syncWith(deps, peer.partyCode).catch((err: unknown) => log.debug({ err, party: peer.partyCode }, 'exchange heads check failed'));
    }
  }

  async function tick(): Promise<void> {
    try {
      // A long queue (a catch-up) goes on in the next pass at once, after the pulls and the heads check.
      if (await deliverAll()) isWakePending = true;
      await pullRequested();
      await syncAll();
    } catch (err) {
      log.error({ err }, 'exchange worker pass failed');
    }
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
    timer = setTimeout(runPass, isWakePending ? 0 : deps.config.exchange.pollMs);
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
      closed ??= http.close(); // stop may be called again (a test, then the app's onClose)
      await closed;
    },
  };
}
