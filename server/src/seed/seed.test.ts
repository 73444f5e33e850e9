// The demo data `npm start` seeds, for each demo party: users, contacts and notifications, all through the use
// cases — so a change to a rule that the demo data breaks fails here rather than on a newcomer's first start.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.js';
import { loadConfig } from '../config.js';
import { fixedClock } from '../platform/clock.js';
import { secretBox } from '../platform/secret-box.js';
import { systemActor } from '../platform/context.js';
import { ensureNodeKey } from '../modules/exchange/index.js';
import { listNotifications } from '../modules/notifications/index.js';
import { seedDemo } from './seed.js';

describe('demo data', () => {
  it.each([
    ['US', { draft: 1, sent: 1 }],
    ['CN', { draft: 0, sent: 2 }],
  ] as const)('seeds party %s with users and notifications that pass their own rules', async (party, expected) => {
    const database = await freshDatabase();
    afterAll(() => database.close());
    const deps = { db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')), config: loadConfig({ COUNTERPART_PARTY: party, COUNTERPART_DATA_DIR: '/nonexistent' }), box: secretBox(randomBytes(32)) };
    await ensureNodeKey(deps);
    const logins = await seedDemo(deps);
    expect(logins.map((l) => l.username)).toContain(`regulator.${party.toLowerCase()}`);
    const viewer = { ...deps, actor: { ...systemActor, kind: 'user' as const, roles: ['viewer' as const], partyCode: party }, requestId: 'test' };
    const { items } = await listNotifications(viewer, { box: 'outbox', page: 1, pageSize: 50 });
    expect(items.filter((n) => n.status === 'draft')).toHaveLength(expected.draft);
    expect(items.filter((n) => n.status === 'sent')).toHaveLength(expected.sent);
    expect(items.every((n) => n.reference.startsWith(`${party}-PEN-2026-`))).toBe(true);
  }, 60_000);
});
