// Starting and stopping a node: open and migrate the database, seed on first run, serve HTTP, close cleanly.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { purgeExpired } from './modules/accounts/index.js';
import { ConfigError, type Config } from './config.js';
import { selfParty } from './modules/directory/index.js';
import { closeRefusalWindows, currentSigner, ensureNodeKey } from './modules/exchange/index.js';
import { resumeJobs } from './modules/substances/index.js';
import { indexUnindexedNotifications } from './modules/notifications/index.js';
import { purgeFinishedJobs } from './platform/jobs/index.js';
import { systemClock, type Clock } from './platform/clock.js';
import { AppError } from './platform/errors.js';
import { openDatabase, type Database } from './platform/db.js';
import { loadNodeKey, secretBox, type SecretBox } from './platform/secret-box.js';
import { dataDirError, databaseError, listenError } from './platform/startup-errors.js';
import { createVault, type Vault } from './platform/vault/index.js';
import { isSeeded, seedDemo, seedParties } from './seed/seed.js';

/** `vault`: the process's one vault, its keys made before anything is served (never inside a request's transaction). */
export type OpenNode = { config: Config; database: Database; box: SecretBox; clock: Clock; vault: Vault };

export async function openNode(config: Config, clock: Clock = systemClock): Promise<OpenNode> {
  const database = await openDatabase(config);
  try {
    // The first query: on PostgreSQL, where a missing database or a server that is not there shows.
    await database.migrate().catch((err: unknown) => {
      throw config.databaseUrl ? databaseError(config.databaseUrl, err) : err;
    });
    const box = secretBox(nodeKey(config));
    await ensureNodeKey({ db: database.db, box, clock });
    await assertCanSign(database, box);
    const vault = createVault({ db: database.db, box, clock });
    await vault.ensureKeys();
    return { config, database, box, clock, vault };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** The node secret, from the environment or the data folder (made there on first start). */
function nodeKey(config: Config): Buffer {
  try {
    return loadNodeKey({ keyBase64: config.secretKey, dataDir: config.dataDir });
  } catch (err) {
    throw dataDirError(config.dataDir, err);
  }
}

/** Fails at start, not at the first shared record, when the node secret is not the one its signing key was sealed with. */
async function assertCanSign(database: Database, box: SecretBox): Promise<void> {
  try {
    await currentSigner(database.db, box);
  } catch {
    throw new ConfigError(['COUNTERPART_SECRET_KEY (or the node-secret.key file in the data folder) does not open this node\'s signing key: use the secret this database was first started with, the same in every process']);
  }
}

export type FirstRun = { seeded: 'demo' | 'parties' | 'none'; logins: { username: string; roles: string[] }[] };

export async function seedIfEmpty(node: OpenNode): Promise<FirstRun> {
  const deps = { db: node.database.db, clock: node.clock, config: node.config, box: node.box, vault: node.vault };
  if (await isSeeded(deps.db)) {
    const self = await selfParty(deps);
    // A database belongs to one party for good: starting it as another would mix up whose records are whose.
    if (self.code !== node.config.party) throw new ConfigError([`COUNTERPART_PARTY is ${node.config.party} but this database belongs to party ${self.code}; use another COUNTERPART_DATA_DIR or DATABASE_URL`]);
    return { seeded: 'none', logins: [] };
  }
  try {
    if (!node.config.seedDemo) {
      await seedParties(deps);
      return { seeded: 'parties', logins: [] };
    }
    return { seeded: 'demo', logins: await seedDemo(deps) };
  } catch (err) {
    // Another process starting on the same fresh PostgreSQL seeded first; its data stands.
    if (err instanceof AppError && err.type === 'already-bootstrapped') return { seeded: 'none', logins: [] };
    throw err;
  }
}

export type RunningNode = { app: FastifyInstance; url: string; stop: () => Promise<void> };

export async function serveNode(node: OpenNode): Promise<RunningNode> {
  const app = await buildApp({ config: node.config, database: node.database, clock: node.clock, box: node.box, vault: node.vault });
  // A lost connection costs only the queries on it (see wrapPool); the log says when it happens.
  node.database.onConnectionError?.((err) => app.log.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'database connection lost; the pool connects again when next needed'));
  const address = await app.listen({ port: node.config.port, host: node.config.host }).catch(async (err: unknown) => {
    await app.close();
    throw listenError(node.config.host, node.config.port, err);
  });
  const port = new URL(address).port;
  // Housekeeping until the job queue arrives: idempotent, so several processes running it is harmless.
  const housekeeping = setInterval(() => {
    purgeExpired({ db: node.database.db, clock: node.clock, config: node.config }).catch((err: unknown) => app.log.warn({ err }, 'session purge failed'));
    purgeFinishedJobs(node.database.db, new Date(node.clock.now().getTime() - 30 * 86_400_000)).catch((err: unknown) => app.log.warn({ err }, 'job purge failed'));
    // Counted exchange refusals get their audit row with the count once their window is over.
    closeRefusalWindows({ db: node.database.db, clock: node.clock }).catch((err: unknown) => app.log.warn({ err }, 'closing exchange refusal windows failed'));
  }, 10 * 60_000);
  housekeeping.unref();
  if (node.config.exchange.worker) await app.exchange.start();
  app.jobs.start();
  // Notifications stored before this version indexed their traders join the correlation index (once; cheap after).
  indexUnindexedNotifications(node.database.db).catch((err: unknown) => app.log.warn({ err }, 'could not index earlier notifications'));
  // Bulk screenings interrupted by a restart (or queued when another process died) run again.
  resumeJobs({ db: node.database.db, clock: node.clock, onError: (jobId, err) => app.log.error({ err, jobId }, 'screening job failed') }).catch((err: unknown) => app.log.warn({ err }, 'could not resume screening jobs'));
  const url = node.config.publicUrl ?? `http://localhost:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(housekeeping);
      await app.close();
      await node.database.close();
    })());
  return { app, url, stop };
}
