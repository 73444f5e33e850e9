// The exchange's background work in one process: deliver queued envelopes to every enabled peer, pull when a peer
// reports a gap, and check each peer's chain heads now and then. Several processes may run it on one database.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { pullFrom, syncWith } from './catch-up.js';
import { deliverOnce, type DeliveryDeps } from './delivery.js';
import type { ExchangeDeps } from './inbox.js';
import { peerHttp } from './peer-http.js';
import * as repo from './repo.js';

export type ExchangeRuntime = {
  deps: DeliveryDeps;
  /** Delivers to every enabled peer until its queue is empty or a delivery fails; used by the loop and by tests. */
  deliverAll: () => Promise<void>;
  /** Pulls from `party` soon (a gap was seen); runs in the background. */
  requestPull: (party: string) => void;
  start: () => void;
  stop: () => Promise<void>;
};

const MAX_BATCHES_PER_TICK = 50;

export function createExchangeRuntime(base: ExchangeDeps, log: FastifyBaseLogger): ExchangeRuntime {
  const http = peerHttp(base.config);
  const pulls = new Set<string>();
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  let lastSync = 0;
  const deps: DeliveryDeps = { ...base, http, owner: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`, onGap: (party) => requestPull(party) };

  async function deliverAll(): Promise<void> {
    for (const peer of await repo.listPeers(deps.db)) {
      if (!peer.isEnabled) continue;
      for (let i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        const result = await deliverOnce(deps, peer.partyCode);
        if (!result || result.failed || !result.more) break;
      }
    }
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
      await deliverAll();
      await pullRequested();
      await syncAll();
    } catch (err) {
      log.error({ err }, 'exchange worker pass failed');
    }
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, deps.config.exchange.pollMs);
  }

  function requestPull(party: string): void {
    pulls.add(party);
    if (!running) current = current.then(pullRequested);
  }

  return {
    deps,
    deliverAll,
    requestPull,
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
      await http.close();
    },
  };
}
