// Two real nodes of different parties talking HTTP over loopback, each with its own database, peered with each
// other. Delivery is driven by the test (`deliver()`), not by the timer, so every step is deterministic.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { fixedClock } from '../src/platform/clock.js';
import { systemActor, type Actor, type Ctx, type Role } from '../src/platform/context.js';
import type { Database } from '../src/platform/db.js';
import { secretBox } from '../src/platform/secret-box.js';
import { createAgency, createContact, type CreateContact } from '../src/modules/directory/index.js';
import { addPeer, ensureNodeKey } from '../src/modules/exchange/index.js';
import { seedParties } from '../src/seed/seed.js';
import { freshDatabase } from './db.js';

export type PairNode = Awaited<ReturnType<typeof startNode>>;
type TestClock = ReturnType<typeof fixedClock>;

export async function startNode(party: 'US' | 'CN', clock: TestClock, env: Record<string, string>) {
  const config: Config = loadConfig({ COUNTERPART_PARTY: party, COUNTERPART_DATA_DIR: '/nonexistent', COUNTERPART_SEED_DEMO: 'false', COUNTERPART_EXCHANGE_TIMEOUT_MS: '3000', ...env });
  let database: Database = await freshDatabase();
  const box = secretBox(randomBytes(32));
  const deps = { db: database.db, clock, config, box };
  await seedParties(deps);
  const key = await ensureNodeKey(deps);
  let app: FastifyInstance = await buildApp({ ...deps, database, logger: false });
  await app.vault.ensureKeys(); // as the node does at start (node.ts)
  let port = 0;
  const node = {
    party,
    config,
    get database() {
      return database;
    },
    box,
    clock,
    key,
    get app() {
      return app;
    },
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    ctx: (actor: Actor = systemActor): Ctx => ({ ...deps, vault: app.vault, actor, requestId: 'test' }),
    /** A signed-in person of this node's party (not a real user row: enough for policy checks), of `agencyId` if given. */
    person: (roles: Role[], over: Partial<Pick<Actor, 'id' | 'agencyId'>> = {}): Actor => ({ ...systemActor, kind: 'user', id: null, label: `${party.toLowerCase()}.person`, roles, partyCode: party, ...over }),
    async listen() {
      const address = await app.listen({ port, host: '127.0.0.1' });
      port = Number(new URL(address).port);
    },
    /** The node stops answering (its database stays): a receiver that is down. */
    async down() {
      await app.close();
    },
    /** Back on the same address, with a fresh app over the same database. */
    async up(prepare?: (app: FastifyInstance) => void) {
      app = await buildApp({ ...deps, database, logger: false });
      await app.vault.ensureKeys();
      prepare?.(app);
      await app.listen({ port, host: '127.0.0.1' });
    },
    /**
     * The node as an operator restores it: stopped, its database replaced by `restored` (a real restore of a backup,
     * backup.ts), and started again on the same address with the same node secret.
     */
    async restoreFrom(restored: Database) {
      await app.close();
      await database.close();
      database = restored;
      deps.db = restored.db;
      await node.up();
    },
    deliver: () => app.exchange.deliverAll(),
    async makeContact(over: Partial<CreateContact> = {}) {
      const agency = await createAgency(node.ctx(), { partyCode: party, acronym: `AG${randomBytes(3).toString('hex')}`, nameEn: `${party} agency`, nameZh: `${party} 机构`, kind: 'police' });
      return createContact(node.ctx(), { agencyId: agency.id, kind: 'desk', name: `Desk ${randomBytes(3).toString('hex')}`, topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: [party === 'US' ? 'CN' : 'US'], ...over });
    },
  };
  await node.listen();
  return node;
}

/** US and CN nodes, listening, each holding the other as a peer with its public key. */
export async function makePair(env: Record<string, string> = {}) {
  const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
  const us = await startNode('US', clock, env);
  const cn = await startNode('CN', clock, env);
  await addPeer(us.ctx(), { partyCode: 'CN', baseUrl: cn.url, publicKey: cn.key.publicKey });
  await addPeer(cn.ctx(), { partyCode: 'US', baseUrl: us.url, publicKey: us.key.publicKey });
  afterAll(async () => {
    for (const n of [us, cn]) {
      await n.app.close();
      await n.database.close();
    }
  });
  return { us, cn, clock };
}
