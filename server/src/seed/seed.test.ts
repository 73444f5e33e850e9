// The demo data `npm start` seeds, for each demo party: users, contacts, notifications and incidents, all through
// the use cases — so a change to a rule that the demo data breaks fails here rather than on a newcomer's first start.
// The demo pair's incidents link across the two nodes once they have exchanged (`npm run demo:pair`), and each node's
// demo requests reach the other, which acknowledges them with its deadline.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { fixedClock } from '../platform/clock.js';
import { secretBox } from '../platform/secret-box.js';
import { createVault, type VaultDeps } from '../platform/vault/index.js';
import { systemActor, type Actor, type Role } from '../platform/context.js';
import { userTable } from '../modules/directory/index.js';
import { addPeer, ensureNodeKey } from '../modules/exchange/index.js';
import { getIncident, listIncidents, type Incident } from '../modules/incidents/index.js';
import { listNotifications } from '../modules/notifications/index.js';
import { listCases, listRequests } from '../modules/requests/index.js';
import { CommitmentQuery, listCommitments, listMeetings, MeetingQuery, readoutReleases } from '../modules/meetings/index.js';
import { seedDemoIncidents } from './demo-incidents.js';
import { seedDemoRequests } from './demo-requests.js';
import { seedDemo } from './seed.js';

const withVault = <D extends VaultDeps>(d: D) => ({ ...d, vault: createVault(d) });

describe('demo data', () => {
  it.each([
    ['US', { draft: 1, sent: 1, meetings: 3 }],
    ['CN', { draft: 0, sent: 2, meetings: 1 }],
  ] as const)('seeds party %s with users and notifications that pass their own rules', async (party, expected) => {
    const database = await freshDatabase();
    afterAll(() => database.close());
    const deps = withVault({ db: database.db, clock: fixedClock(new Date('2026-03-02T09:00:00Z')), config: loadConfig({ COUNTERPART_PARTY: party, COUNTERPART_DATA_DIR: '/nonexistent' }), box: secretBox(randomBytes(32)) });
    await ensureNodeKey(deps);
    const logins = await seedDemo(deps);
    expect(logins.map((l) => l.username)).toContain(`regulator.${party.toLowerCase()}`);
    const viewer = { ...deps, actor: { ...systemActor, kind: 'user' as const, roles: ['viewer' as const], partyCode: party }, requestId: 'test' };
    const { items } = await listNotifications(viewer, { box: 'outbox', page: 1, pageSize: 50 });
    expect(items.filter((n) => n.status === 'draft')).toHaveLength(expected.draft);
    expect(items.filter((n) => n.status === 'sent')).toHaveLength(expected.sent);
    expect(items.every((n) => n.reference.startsWith(`${party}-PEN-2026-`))).toBe(true);
    // The working group: its own meetings with its part, demo commitments, and one readout released to the public.
    const meetings = await listMeetings(viewer, MeetingQuery.parse({}));
    expect(meetings.total).toBe(expected.meetings);
    const own = await listCommitments(viewer, CommitmentQuery.parse({ party }));
    expect(own.items.map((c) => c.demo)).toEqual(Array(4).fill(true));
    expect(own.items.filter((c) => c.overdue)).toHaveLength(1);
    const released = await database.db.select().from(readoutReleases);
    expect(released.map((r) => r.texts[0]?.translation?.by)).toEqual(['person']);
  }, 60_000);
});

describe('demo incidents on the demo pair', () => {
  const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));

  async function demoNode(party: 'US' | 'CN') {
    const database = await freshDatabase();
    const deps = withVault({ db: database.db, clock, config: loadConfig({ COUNTERPART_PARTY: party, COUNTERPART_DATA_DIR: '/nonexistent', COUNTERPART_EXCHANGE_TIMEOUT_MS: '3000' }), box: secretBox(randomBytes(32)) });
    const key = await ensureNodeKey(deps);
    await seedDemo(deps);
    const app = await buildApp({ ...deps, database, logger: false });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    afterAll(async () => {
      await app.close();
      await database.close();
    });
    const ctx = { ...deps, actor: systemActor, requestId: 'test' };
    const incidents = async () => (await listIncidents(ctx, { status: 'active', page: 1, pageSize: 50 })).items;
    const open = (id: string) => getIncident(ctx, id);
    return { party, deps, ctx, key, app, url: url.replace('localhost', '127.0.0.1'), incidents, open };
  }

  const byParty = (i: Incident, key: string) => i.links.find((l) => l.key === key)?.byParty;

  it('link on both nodes through the Wuhan company and its phone, the pangolin seizure included, and are not filed twice', async () => {
    const [us, cn] = [await demoNode('US'), await demoNode('CN')];
    await addPeer(us.ctx, { partyCode: 'CN', baseUrl: cn.url, publicKey: cn.key.publicKey });
    await addPeer(cn.ctx, { partyCode: 'US', baseUrl: us.url, publicKey: us.key.publicKey });
    for (const node of [us, cn, us, cn]) await node.app.exchange.deliverAll();

    const onUs = await us.incidents();
    const onCn = await cn.incidents();
    expect(onUs.map((i) => `${i.originParty}:${i.kind}`).sort()).toEqual(['CN:suspicious-order', 'CN:wildlife-seizure', 'US:seizure']);
    expect(onCn.map((i) => i.id).sort()).toEqual(onUs.map((i) => i.id).sort());
    const idOf = (kind: string) => onUs.find((i) => i.kind === kind)?.id ?? '';

    const company = 'uscc:91420100DEM000001H';
    const phone = '+862700000188';
    const seizure = await us.open(idOf('seizure'));
    expect(seizure.items[0]?.verdict).toBe('controlled');
    // The demo cases and requests name the company and phone too: the US case and both its requests, CN's order, CN's
    // spontaneous information (phone) and its two incidents — every record that names them, on both sides.
    expect([byParty(seizure, company), byParty(seizure, phone)]).toEqual([{ US: 3, CN: 1 }, { US: 2, CN: 3 }]);
    // CN's follow-up names the US consignee: it links to the US seizure on the US node.
    expect(seizure.links.find((l) => l.kind === 'company' && l.key !== company)?.records.map((r) => r.recordKind)).toEqual(['incident-follow-up']);
    const order = await cn.open(idOf('suspicious-order'));
    expect([byParty(order, company), byParty(order, phone)]).toEqual([{ US: 4 }, { CN: 2, US: 3 }]);
    expect(order.followUps).toHaveLength(1);
    const pangolins = await cn.open(idOf('wildlife-seizure'));
    expect(pangolins.items[0]?.taxon).toMatchObject({ scientificName: 'Manis javanica', appendix: 'I' });
    expect(byParty(pangolins, phone)).toEqual({ CN: 2, US: 3 });

    // Each node's demo requests crossed: the receiving node acknowledged each on receipt with its deadline, and the
    // asking node shows that deadline; the AMBER one was approved by a second supervisor before it left.
    const requestsOn = async (node: typeof us, box: 'inbox' | 'outbox') => (await listRequests(node.ctx, { box, page: 1, pageSize: 50 })).items;
    const asked = await requestsOn(cn, 'inbox');
    expect(asked.map((r) => `${r.originParty}:${r.priority}:${r.status}`).sort()).toEqual(['US:normal:received', 'US:urgent:received']);
    expect((await requestsOn(us, 'outbox')).map((r) => [r.reference, r.status, r.clock.dueAt?.toISOString()]).sort()).toEqual(asked.map((r) => [r.reference, r.status, r.clock.dueAt?.toISOString()]).sort());
    const urgent = asked.find((r) => r.priority === 'urgent');
    expect(urgent?.clock.dueAt?.getTime()).toBe(urgent?.clock.receivedAt ? urgent.clock.receivedAt.getTime() + 8 * 3_600_000 : NaN);
    expect((await requestsOn(us, 'inbox')).map((r) => `${r.type}:${r.status}`).sort()).toEqual(['information:received', 'spontaneous:received']);
    expect((await listCases(cn.ctx, { page: 1, pageSize: 50 })).items.map((c) => c.originParty).sort()).toEqual(['CN', 'US']);

    // Seeding the incidents again (a restart that seeds) files nothing twice: each was filed with its own key.
    for (const node of [us, cn]) {
      const users = await node.deps.db.select().from(userTable).where(eq(userTable.isActive, true));
      const actors = new Map<string, Actor>(users.map((u) => [u.username, { ...systemActor, kind: 'user', id: u.id, label: u.displayName, roles: u.roles as Role[], agencyId: u.agencyId, partyCode: node.party }]));
      await seedDemoIncidents(node.ctx, actors, [node.party === 'US' ? 'CN' : 'US']);
      await seedDemoRequests(node.ctx, actors);
      expect(await requestsOn(node, 'outbox')).toHaveLength(2);
      expect(await node.incidents()).toHaveLength(3);
      expect((await node.open(idOf('suspicious-order'))).followUps).toHaveLength(1);
    }
  }, 240_000);
});
