// Where the scope matrix runs (server/src/access-scope.routes.test.ts): a US and a CN node peered over loopback. On
// the US node, agency A is the callers' own and agency B another of the same party, each with an officer on its staff
// who files records (never a caller: four eyes must not be spoilt by the caller having drafted the record); on the CN
// node, an agency whose records reach the US node only through the exchange. Callers: a person of agency A for every
// role, an API token of agency A for every role, and an administrator who is also an officer — the one standing the
// notification policy lets act for another agency (audited as an override).
import { randomBytes } from 'node:crypto';
import { PASSWORD } from './node.js';
import { makePair, type PairNode } from './pair.js';
import { ROLES, type Role } from '../src/platform/context.js';
import { createUser } from '../src/modules/accounts/index.js';
import { createAgency } from '../src/modules/directory/index.js';

export type Headers = Record<string, string>;
export type Caller = { who: string; kind: 'person' | 'token'; roles: readonly Role[]; headers: Headers };
export type Scope = 'own agency' | 'other agency' | 'other party';
export const SCOPES: readonly Scope[] = ['own agency', 'other agency', 'other party'];
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** A user of `agencyId` on `node`, signed in through the API: the headers carry the session cookie and CSRF token. */
export async function signIn(node: PairNode, agencyId: string, roles: Role[]): Promise<{ id: string; headers: Headers }> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  const user = await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')}`, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { id: user.id, headers: { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken } };
}

/** An API token of `agencyId` with `role`, made by an administrator in person (`admin`). */
export async function makeToken(node: PairNode, admin: Headers, role: Role, agencyId: string): Promise<{ id: string; headers: Headers }> {
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: admin, payload: { name: `scope ${role} ${randomBytes(3).toString('hex')}`, role, agencyId } });
  if (res.statusCode !== 201) throw new Error(`token for ${role} refused: ${res.statusCode} ${res.body}`);
  const { token, secret } = res.json<{ token: { id: string }; secret: string }>();
  return { id: token.id, headers: { authorization: `Bearer ${secret}` } };
}

async function callersOf(us: PairNode, agencyId: string): Promise<Caller[]> {
  const people: Caller[] = [];
  for (const role of ROLES) people.push({ who: `${role} in person`, kind: 'person', roles: [role], headers: (await signIn(us, agencyId, [role])).headers });
  const admin = people.find((c) => c.roles.includes('admin'))?.headers ?? {};
  const tokens: Caller[] = [];
  for (const role of ROLES) tokens.push({ who: `${role} token`, kind: 'token', roles: [role], headers: (await makeToken(us, admin, role, agencyId)).headers });
  const override: Caller = { who: 'admin+officer in person', kind: 'person', roles: ['admin', 'officer'], headers: (await signIn(us, agencyId, ['admin', 'officer'])).headers };
  return [...people, ...tokens, override];
}

export async function makeWorld() {
  const { us, cn } = await makePair();
  const agency = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} ${acronym}`, nameZh: `${node.party} ${acronym} 机构`, kind: 'regulator' });
  const agencies = { a: await agency(us, 'AGY-A'), b: await agency(us, 'AGY-B'), cn: await agency(cn, 'AGY-CN') };
  const staff = { a: await signIn(us, agencies.a.id, ['officer']), b: await signIn(us, agencies.b.id, ['officer']), cn: await signIn(cn, agencies.cn.id, ['officer']) };
  const callers = await callersOf(us, agencies.a.id);
  const adminHeaders = callers.find((c) => c.kind === 'person' && c.roles.includes('admin'))?.headers ?? {};
  return { us, cn, agencies, staff, callers, adminHeaders };
}
