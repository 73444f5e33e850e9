// Two nodes on PostgreSQL (separate databases), each its own process, exchanging over loopback HTTP:
// sustained envelopes per second (target ≥ 1,000/s), commit-to-visible latency under that load (target p99 < 1 s),
// and catch-up of 100,000 envelopes after the receiver was down (target < 2 minutes). This process generates the
// load: contacts written straight into the sender's database with their envelopes, in transactions of 60 (sustained) or 500 (catch-up).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { systemActor } from '../server/src/platform/context.js';
import { connectPostgres, queryRows, type Database } from '../server/src/platform/db.js';
import { newId } from '../server/src/platform/ids.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { contactTable, createAgency } from '../server/src/modules/directory/index.js';
import { addPeer, ensureNodeKey, shareMany } from '../server/src/modules/exchange/index.js';
import { seedParties } from '../server/src/seed/seed.js';
import { percentile, startNodeProcess, stopNodeProcess, throwawayDatabase } from './lib.js';

const PORTS = { US: 18_311, CN: 18_312 } as const;
// For a quicker look (profiling, one change at a time): BENCH_EXCHANGE_RATES=1000 BENCH_EXCHANGE_CATCHUP=0.
const RATES = (process.env.BENCH_EXCHANGE_RATES ?? '1200,1000,600').split(',').map(Number);
const CATCH_UP = Number(process.env.BENCH_EXCHANGE_CATCHUP ?? 100_000);
type Party = keyof typeof PORTS;
type Side = { party: Party; database: Database; url: string; env: Record<string, string>; deps: Parameters<typeof seedParties>[0] };

async function prepare(party: Party, dbUrl: string): Promise<Side> {
  const secret = randomBytes(32).toString('base64');
  const config = loadConfig({ COUNTERPART_PARTY: party, COUNTERPART_SEED_DEMO: 'false' });
  const database = connectPostgres(dbUrl, 4);
  await database.migrate();
  const deps = { db: database.db, clock: systemClock, config, box: secretBox(Buffer.from(secret, 'base64')) };
  await seedParties(deps);
  await ensureNodeKey(deps);
  return { party, database, url: `http://127.0.0.1:${PORTS[party]}`, deps, env: { DATABASE_URL: dbUrl, COUNTERPART_PARTY: party, COUNTERPART_SECRET_KEY: secret } };
}

const contactData = (i: number) => ({
  agency: { acronym: 'BENCH', nameEn: 'Bench agency', nameZh: '基准机构', partyCode: 'US' },
  kind: 'desk', name: `Bench desk ${i}`, title: null, topics: ['synthetic-drugs'], coverage: '24x7', hours: null,
  channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], notes: null, language: 'en', isActive: true,
  verifiedAt: null, verifiedByName: null, handling: 'TLP:GREEN', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
});

/** One transaction: `n` contacts and their envelopes to CN, as the contact service would write them. */
async function generate(us: Side, agencyId: string, n: number): Promise<void> {
  const ctx = { ...us.deps, vault: createVault(us.deps), actor: systemActor, requestId: 'bench' };
  await us.database.db.transaction(async (tx) => {
    const now = new Date();
    const rows = Array.from({ length: n }, (_, i) => ({ id: newId(), agencyId, kind: 'desk', name: `Bench desk ${i}`, topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone' as const, value: '+1 202 555 0100' }], languages: ['en'], language: 'en', originParty: 'US', releasableTo: ['CN'], createdAt: now, updatedAt: now }));
    await tx.insert(contactTable).values(rows);
    const shared = rows.map((r, i) => ({ kind: 'contact', recordId: r.id, recordVersion: 1, originParty: 'US', body: { op: 'upsert' as const, data: contactData(i) } }));
    await shareMany(tx as never, ctx, shared, ['CN']);
  });
}

// The receiver's chain head, not count(*): counting 100,000 inbox rows ten times a second would load the machine
// more than the exchange it measures.
const count = async (db: Database) => Number((await queryRows<{ n: string }>(db.db, sql`select seq as n from exchange_chain_heads where direction = 'in' and party_code = 'US'`))[0]?.n ?? 0);

async function waitFor(db: Database, total: number, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while ((await count(db)) < total) {
    if (performance.now() - start > timeoutMs) throw new Error(`only ${await count(db)} of ${total} arrived in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - start;
}

/** Commit-to-visible: the envelope's creation in the sender's transaction to its row in the receiver's inbox. */
async function latencies(us: Side, cn: Side, afterSeq: number): Promise<number[]> {
  const sent = await queryRows<{ id: string; at: Date }>(us.database.db, sql`select id, created_at as at from exchange_outbox where seq > ${afterSeq}`);
  const got = new Map((await queryRows<{ id: string; at: Date }>(cn.database.db, sql`select id, received_at as at from exchange_inbox where seq > ${afterSeq}`)).map((r) => [r.id, new Date(r.at).getTime()]));
  return sent.map((s) => (got.get(s.id) ?? NaN) - new Date(s.at).getTime());
}

/** Offers `perTick` envelopes every 50 ms for `seconds`, then waits until all are applied; `after`: seqs already sent. */
async function sustained(us: Side, cn: Side, agencyId: string, o: { perTick: number; seconds: number; after: number }) {
  const t0 = performance.now();
  let made = 0;
  for (let tick = 0; performance.now() - t0 < o.seconds * 1000; tick++) {
    await generate(us, agencyId, o.perTick);
    made += o.perTick;
    const ahead = t0 + (tick + 1) * 50 - performance.now();
    if (ahead > 0) await new Promise((r) => setTimeout(r, ahead));
  }
  const genSeconds = (performance.now() - t0) / 1000;
  await waitFor(cn.database, o.after + made, 120_000);
  return { made, genSeconds, totalSeconds: (performance.now() - t0) / 1000, lat: await latencies(us, cn, o.after) };
}

export async function benchExchange(): Promise<string[]> {
  const dbs = [await throwawayDatabase(), await throwawayDatabase()];
  const [usDb, cnDb] = dbs;
  if (!usDb || !cnDb) throw new Error('no databases');
  const us = await prepare('US', usDb.url);
  const cn = await prepare('CN', cnDb.url);
  const procs: Partial<Record<Party, ChildProcess>> = {};
  try {
    await addPeer({ ...us.deps, vault: createVault(us.deps), actor: systemActor, requestId: 'bench' }, { partyCode: 'CN', baseUrl: cn.url, publicKey: (await ensureNodeKey(cn.deps)).publicKey });
    await addPeer({ ...cn.deps, vault: createVault(cn.deps), actor: systemActor, requestId: 'bench' }, { partyCode: 'US', baseUrl: us.url, publicKey: (await ensureNodeKey(us.deps)).publicKey });
    const agencyId = (await createAgency({ ...us.deps, vault: createVault(us.deps), actor: systemActor, requestId: 'bench' }, { partyCode: 'US', acronym: 'BENCH', nameEn: 'Bench agency', nameZh: '基准机构', kind: 'police' })).id;
    procs.US = await startNodeProcess(us.env, PORTS.US); // default settings on both nodes
    procs.CN = await startNodeProcess(cn.env, PORTS.CN);

    // A node in service has been running for a while: 5 s at 200/s first, not measured, so that the first phase
    // does not also measure the nodes' start (JIT compilation, first connections).
    let made = (await sustained(us, cn, agencyId, { perTick: 10, seconds: 5, after: 0 })).made;
    // Sustained, paced (envelopes every 50 ms): by default ~1,200 a second, ~1,000 (the target), ~600.
    const phases: Awaited<ReturnType<typeof sustained>>[] = [];
    for (const rate of RATES) {
      const phase = await sustained(us, cn, agencyId, { perTick: Math.round(rate / 20), seconds: 20, after: made });
      phases.push(phase);
      made += phase.made;
    }
    const lines = phases.map((p) => `exchange sustained: ${p.made} envelopes offered at ${(p.made / p.genSeconds).toFixed(0)}/s, all applied after ${p.totalSeconds.toFixed(1)} s → ${(p.made / p.totalSeconds).toFixed(0)} envelopes/s end to end (target ≥ 1,000/s); commit-to-visible p50=${percentile(p.lat, 50).toFixed(0)} ms p99=${percentile(p.lat, 99).toFixed(0)} ms max=${Math.max(...p.lat).toFixed(0)} ms (target p99 < 1,000 ms)`);
    if (CATCH_UP === 0) return lines;

    // Catch-up: the receiver is down while 100,000 envelopes queue up; then it comes back.
    await stopNodeProcess(procs.CN);
    const before = made;
    for (let i = 0; i < CATCH_UP; i += 500) await generate(us, agencyId, 500);
    const total = before + CATCH_UP;
    const back = performance.now();
    procs.CN = await startNodeProcess(cn.env, PORTS.CN);
    await waitFor(cn.database, total, 600_000);
    const catchUpSeconds = (performance.now() - back) / 1000;
    return [...lines, `exchange catch-up: ${CATCH_UP.toLocaleString('en')} envelopes applied ${catchUpSeconds.toFixed(1)} s after the receiver came back (target < 120 s for 100,000)`];
  } finally {
    await stopNodeProcess(procs.US);
    await stopNodeProcess(procs.CN);
    await us.database.close();
    await cn.database.close();
    for (const d of dbs) await d?.drop();
  }
}
