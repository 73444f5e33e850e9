// People's names across the two languages (issue #14): a contact's Chinese rendering is kept, changed, cleared and
// validated through the API, crosses the exchange with the contact (and its verifier's), and each party's reader
// sees names their way: pinyin beside a Chinese name in English, the Chinese rendering first in Chinese.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { auditLog } from '../../platform/audit/index.js';
import { createUser } from '../accounts/index.js';
import { Received } from './contacts-exchange.js';
import { createAgency } from './index.js';
import { contacts } from './tables.js';

type Headers = Record<string, string>;
type ContactBody = { id: string; version: number; name: string; nameZh: string | null; verifiedBy: { displayName: string; displayNameZh: string | null } | null };
type Problem = { errors: { path: string; code?: string }[] };

const { us, cn } = await makePair();

async function signedIn(node: PairNode, agencyId: string, roles: Role[], displayNameZh?: string): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `Avery ${node.party}`, displayNameZh, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

const agencyOf = (node: PairNode) => createAgency(node.ctx(), { partyCode: node.party, acronym: `AG${randomBytes(3).toString('hex')}`, nameEn: `${node.party} agency`, nameZh: `${node.party} 机构`, kind: 'police' });
const usAgency = await agencyOf(us);
const usAdmin = await signedIn(us, usAgency.id, ['admin', 'supervisor'], '管理员 艾弗里');
const cnAdmin = await signedIn(cn, (await agencyOf(cn)).id, ['admin']);

const api = (node: PairNode, method: 'GET' | 'POST' | 'PATCH', url: string, headers: Headers, payload?: Record<string, unknown>) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

const person = (over: Record<string, unknown> = {}) => ({
  agencyId: usAgency.id,
  kind: 'person',
  name: 'Dana Whitfield',
  nameZh: '达娜·惠特菲尔德',
  topics: ['synthetic-drugs'],
  coverage: '24x7',
  channels: [{ kind: 'email', value: 'd.whitfield@hsi.example' }],
  languages: ['en', 'zh'],
  language: 'en',
  releasableTo: ['CN'],
  ...over,
});

async function created(over: Record<string, unknown> = {}): Promise<ContactBody> {
  const res = await api(us, 'POST', '/contacts', usAdmin, person(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ContactBody>();
}

const csvOf = async (node: PairNode, headers: Headers, query: string) => (await api(node, 'GET', `/contacts/export?${query}`, headers)).body;

describe("a contact's Chinese rendering of its name", () => {
  it('is kept, returned, audited, changed and cleared', async () => {
    const c = await created();
    expect(c.nameZh).toBe('达娜·惠特菲尔德');
    expect((await api(us, 'GET', `/contacts/${c.id}`, usAdmin)).json<ContactBody>().nameZh).toBe('达娜·惠特菲尔德');
    const [audit] = await us.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, c.id), eq(auditLog.action, 'contact.created')));
    expect(audit?.change).toMatchObject({ nameZh: '达娜·惠特菲尔德' });

    const renamed = await api(us, 'PATCH', `/contacts/${c.id}`, usAdmin, { version: 1, nameZh: '韦达娜' });
    expect(renamed.json<ContactBody>()).toMatchObject({ version: 2, nameZh: '韦达娜' });
    const cleared = await api(us, 'PATCH', `/contacts/${c.id}`, usAdmin, { version: 2, nameZh: null });
    expect(cleared.json<ContactBody>()).toMatchObject({ version: 3, nameZh: null });
    // The database's own check, behind the API's: an empty rendering is no rendering.
    await expect(us.database.db.update(contacts).set({ nameZh: '' }).where(eq(contacts.id, c.id))).rejects.toThrow();
  });

  it('is found by a search in Chinese', async () => {
    const c = await created({ name: `Robin ${randomBytes(3).toString('hex')}`, nameZh: '罗宾·测试' });
    const found = await api(us, 'GET', `/contacts?q=${encodeURIComponent('罗宾')}`, usAdmin);
    expect(found.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([c.id]);
  });

  it('must be written in Chinese characters, on one line, within 200 characters', async () => {
    for (const [nameZh, code] of [['Dana', 'not-chinese'], ['达娜\n惠特菲尔德', 'single-line'], ['达'.repeat(201), 'too_big.string']] as const) {
      const res = await api(us, 'POST', '/contacts', usAdmin, person({ nameZh }));
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().errors).toContainEqual(expect.objectContaining({ path: 'body/nameZh', code }));
    }
  });

  it("crosses the exchange with the contact and its verifier's rendering, and a Chinese reader's CSV puts it first", async () => {
    const c = await created();
    expect((await api(us, 'POST', `/contacts/${c.id}/verifications`, usAdmin, {})).statusCode).toBe(200);
    await us.deliver();
    const there = (await api(cn, 'GET', `/contacts/${c.id}`, cnAdmin)).json<ContactBody>();
    expect(there).toMatchObject({ name: 'Dana Whitfield', nameZh: '达娜·惠特菲尔德', verifiedBy: { displayName: 'Avery US', displayNameZh: '管理员 艾弗里' } });
    const csv = await csvOf(cn, cnAdmin, 'party=US&lang=zh-CN');
    expect(csv).toContain('达娜·惠特菲尔德 (Dana Whitfield)');
    expect(csv).toContain('管理员 艾弗里 (Avery US)');
  });

  it('is optional on the wire: an envelope from a peer that predates it still applies', () => {
    const { nameZh: _n, verifiedByNameZh: _v, ...older } = { agency: { acronym: 'HSI', nameEn: 'HSI', nameZh: '国土安全调查局' }, kind: 'person', name: 'Dana Whitfield', nameZh: 'x', verifiedByNameZh: 'x', title: null, topics: ['synthetic-drugs'], coverage: '24x7', hours: null, channels: [{ kind: 'email', value: 'd@hsi.example' }], languages: ['en'], notes: null, language: 'en', isActive: true, verifiedAt: null, verifiedByName: null, handling: 'TLP:GREEN', createdAt: '2026-03-02T09:00:00Z', updatedAt: '2026-03-02T09:00:00Z' };
    const parsed = Received.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ nameZh: null, verifiedByNameZh: null });
  });
});

describe('a Chinese name read in English', () => {
  it("gets its pinyin in the other party's English CSV, surname first; a desk's name does not", async () => {
    const li = await cn.makeContact({ kind: 'person', name: '李明远', language: 'zh' });
    const desk = await cn.makeContact({ name: '海关总署缉私局 值班台', language: 'zh' });
    await cn.deliver();
    const csv = await csvOf(us, usAdmin, 'party=CN&lang=en');
    expect(csv).toContain('李明远 (LǏ Míngyuǎn)');
    expect(csv).toContain('海关总署缉私局 值班台,');
    expect((await api(us, 'GET', `/contacts/${li.id}`, usAdmin)).json<ContactBody>().name).toBe('李明远');
    expect((await csvOf(us, usAdmin, 'party=CN&lang=zh-CN'))).not.toContain('Míngyuǎn');
    expect(desk.name).toBe('海关总署缉私局 值班台');
  });
});
