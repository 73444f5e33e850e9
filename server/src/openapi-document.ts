// The node's OpenAPI document without a database: routes are registered but never called.
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { systemClock } from './platform/clock.js';
import type { Database, Db } from './platform/db.js';
import { secretBox } from './platform/secret-box.js';

const noDatabase: Database = {
  kind: 'pglite',
  db: new Proxy({} as Db, {
    get() {
      throw new Error('the OpenAPI export has no database');
    },
  }),
  migrate: async () => undefined,
  close: async () => undefined,
  listen: async () => async () => undefined,
};

export async function buildOpenApiDocument(): Promise<unknown> {
  const app = await buildApp({ config: loadConfig({}), database: noDatabase, clock: systemClock, box: secretBox(randomBytes(32)), logger: false });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}
