// Prints PostgreSQL's plan for the contacts list query on 10,000 contacts (a tool for tuning, not a test).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { systemClock } from '../server/src/platform/clock.js';
import { connectPostgres } from '../server/src/platform/db.js';
import { secretBox } from '../server/src/platform/secret-box.js';
import { createVault } from '../server/src/platform/vault/index.js';
import { systemActor } from '../server/src/platform/context.js';
import { listContacts } from '../server/src/modules/directory/index.js';
import { seedParties } from '../server/src/seed/seed.js';
import { throwawayDatabase, timed } from './lib.js';
import { seedContacts } from './directory.js';

const tmp = await throwawayDatabase();
const database = connectPostgres(tmp.url, 4);
const deps = { db: database.db, clock: systemClock, config: loadConfig({}), box: secretBox(randomBytes(32)) };
await database.migrate();
await seedParties(deps);
await seedContacts(deps, 10_000);
const client = new pg.Client({ connectionString: tmp.url });
await client.connect();
await client.query('analyze');
const ctx = { ...deps, vault: createVault(deps), actor: systemActor, requestId: 'x' };
for (const q of [{}, { party: 'CN' }, { stale: true }, { topic: 'precursor-chemicals' }, { q: 'Contact 12' }]) {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) times.push((await timed(() => listContacts(ctx, { ...q, page: 3, pageSize: 50 })))[1]);
  console.log(JSON.stringify(q), 'median ms', times.sort((a, b) => a - b)[10]?.toFixed(1));
}
await client.end();
await database.close();
await tmp.drop();
