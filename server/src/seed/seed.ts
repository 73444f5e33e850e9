// First-run data. Everything goes through the modules' use cases, so seeded rows are validated and audited too.
import type { Config } from '../config.js';
import type { Clock } from '../platform/clock.js';
import { systemActor, type Actor, type Ctx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import type { SecretBox } from '../platform/secret-box.js';
import { createVault, type Vault } from '../platform/vault/index.js';
import { createUser } from '../modules/accounts/index.js';
import { bootstrapParties, createAgency, createContact, directoryRepo, verifyContact } from '../modules/directory/index.js';
import { AGENCIES, CONTACTS, DEMO_PASSWORD, PARTIES, USERS } from './demo-data.js';
import { seedDemoIncidents } from './demo-incidents.js';
import { seedDemoNotifications } from './demo-notifications.js';
import { seedDemoMeetings } from './demo-meetings.js';
import { seedDemoRequests } from './demo-requests.js';

export type SeedDeps = { db: Db; clock: Clock; config: Config; box: SecretBox; vault?: Vault | undefined };

// Any vault over the same database and node key opens what another sealed; only its in-memory key cache differs.
// Its keys are made here, through the main handle, before any use case's transaction could need them.
async function systemCtx(d: SeedDeps): Promise<Ctx> {
  const vault = d.vault ?? createVault(d);
  await vault.ensureKeys();
  return { ...d, vault, actor: systemActor, requestId: 'seed' };
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await directoryRepo.listParties(db)).length > 0;
}

/** The minimum a production node needs: the parties, with its own marked. Users come from `counterpart user create`. */
export async function seedParties(d: SeedDeps): Promise<void> {
  // A party the demo list does not know starts under its code and UTC; an administrator names it afterwards.
  const known = PARTIES.some((p) => p.code === d.config.party);
  const list = known ? PARTIES : [...PARTIES, { code: d.config.party, nameEn: d.config.party, nameZh: d.config.party, timeZone: 'UTC' }];
  await bootstrapParties(await systemCtx(d), list, d.config.party);
}

/** Demo agencies, users (password DEMO_PASSWORD) and contacts, some deliberately stale. Returns the logins. */
export async function seedDemo(d: SeedDeps): Promise<{ username: string; roles: string[] }[]> {
  const ctx = await systemCtx(d);
  await seedParties(ctx);
  const agencyIds = new Map<string, string>();
  for (const a of AGENCIES) agencyIds.set(a.acronym, (await createAgency(ctx, a)).id);
  const idOf = (acronym: string): string => {
    const id = agencyIds.get(acronym);
    if (!id) throw new Error(`demo data names an unknown agency ${acronym}`);
    return id;
  };
  const party = PARTIES.find((p) => p.code === d.config.party);
  const users = USERS[d.config.party] ?? [];
  const actors = new Map<string, Actor>();
  for (const u of users) {
    const locale = d.config.party === 'CN' ? 'zh-CN' : 'en';
    const timeZone = party?.timeZone ?? 'UTC';
    const created = await createUser(ctx, { username: u.username, displayName: u.displayName, displayNameZh: u.displayNameZh, agencyId: idOf(u.agency), roles: u.roles, locale, timeZone, password: DEMO_PASSWORD });
    actors.set(u.username, { ...systemActor, kind: 'user', id: created.id, label: u.displayName, roles: u.roles, agencyId: idOf(u.agency), partyCode: d.config.party, locale, timeZone });
  }
  // Each node seeds its own party's contacts and releases them to the other demo parties; another party's contacts
  // arrive only from that party's node, through the exchange (`npm run demo:pair`).
  const others = PARTIES.map((p) => p.code).filter((code) => code !== d.config.party);
  const own = new Set(AGENCIES.filter((a) => a.partyCode === d.config.party).map((a) => a.acronym));
  for (const { agency, verifiedDaysAgo, internal, ...c } of CONTACTS.filter((x) => own.has(x.agency))) {
    const created = await createContact(ctx, { ...c, agencyId: idOf(agency), releasableTo: internal ? [] : others });
    if (verifiedDaysAgo !== null) await verifyContact(ctx, created.id, { verifiedAt: new Date(d.clock.now().getTime() - verifiedDaysAgo * 86_400_000) });
  }
  // The party's precursor regulator files the demo notifications for its agency.
  const regulator = actors.get(`regulator.${d.config.party.toLowerCase()}`);
  if (regulator?.agencyId) await seedDemoNotifications(ctx, regulator, regulator.agencyId);
  // Its officers file the demo incidents, which link to the other party's once the two nodes have exchanged.
  await seedDemoIncidents(ctx, actors, others);
  // And opens a case with requests to the other party, which its node acknowledges on receipt.
  await seedDemoRequests(ctx, actors);
  // Its secretariat records its meetings, commitments and a released readout (the public page shows it).
  await seedDemoMeetings({ ctx, actors, agencyId: idOf, others });
  return users.map((u) => ({ username: u.username, roles: u.roles }));
}
