// Standard phrases through the HTTP API of two real nodes: requests for information, objections, conditions,
// withdrawals and export decisions chosen by code from the node's lists, a free note optional beside them; a code
// not on the right list is a 422 naming it, and where a reason is due a phrase or a note is required.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { draftInput } from '../../../test/notifications.js';
import { PASSWORD, problemType } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { setSigningRule } from './index.js';

type Headers = Record<string, string>;
type Issue = { path: string; message: string; code?: string; params?: Record<string, string> };
type Event = { kind: string; party: string; note: string | null; codes: string[] };
type Detail = { id: string; status: string; events: Event[]; withdrawalCodes: string[]; withdrawalNote: string | null; decisionCodes: string[]; signature: { codes: string[] } };
type Lists = Record<'informationRequests' | 'objectionReasons' | 'clearanceConditions' | 'withdrawalReasons' | 'decisionNotes', { code: string; en: string; 'zh-CN': string; decisions?: string[] }[]>;

const { us, cn } = await makePair();

async function signedIn(node: PairNode, agencyId: string, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')}`, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

const regulator = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} regulator`, nameZh: `${node.party} 监管机构`, kind: 'regulator' });
const usAgency = await regulator(us, 'DEA-PH');
const cnAgency = await regulator(cn, 'NNCC-PH');
const usOfficer = await signedIn(us, usAgency.id, ['officer']);
const cnOfficer = await signedIn(cn, cnAgency.id, ['officer']);
// One step per answer here: the second person's signature has its own tests.
await setSigningRule(cn.ctx(cn.person(['admin'])), 'CN', { secondPerson: false });

const api = (node: PairNode, method: 'GET' | 'POST', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const issues = (res: LightMyRequestResponse) => res.json<{ errors?: Issue[] }>().errors ?? [];
const reply = (id: string, body: Record<string, unknown>) => api(cn, 'POST', `/notifications/${id}/replies`, cnOfficer, body);
const detail = async (node: PairNode, id: string, headers: Headers) => (await api(node, 'GET', `/notifications/${id}`, headers)).json<Detail>();

async function sent(): Promise<string> {
  const created = await api(us, 'POST', '/notifications', usOfficer, draftInput(usAgency.id));
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<{ id: string }>();
  expect((await api(us, 'POST', `/notifications/${id}/send`, usOfficer)).statusCode).toBe(200);
  await us.deliver();
  await cn.deliver();
  return id;
}

describe('the phrase lists', () => {
  it('are served with a code, English and Chinese for every phrase, to anyone signed in', async () => {
    const res = await api(us, 'GET', '/notification-phrases', usOfficer);
    expect(res.statusCode).toBe(200);
    const lists = res.json<Lists>();
    expect(lists.objectionReasons.find((p) => p.code === 'suspected-diversion')).toMatchObject({ en: expect.stringContaining('diversion'), 'zh-CN': expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(lists.decisionNotes.every((p) => (p.decisions ?? []).length > 0)).toBe(true);
    expect((await us.app.inject({ method: 'GET', url: '/api/v1/notification-phrases' })).statusCode).toBe(401);
  });
});

describe('answers by standard phrase', () => {
  it('takes a request for information as codes with a note, and keeps both on the timeline', async () => {
    const id = await sent();
    const res = await reply(id, { action: 'request-info', codes: ['end-user-certificate', 'quantity-justification'], note: 'Annual use for the last two years.' });
    expect(res.statusCode, res.body).toBe(200);
    const asked = res.json<Detail>().events.find((e) => e.kind === 'info-requested');
    expect(asked).toMatchObject({ party: 'CN', codes: ['end-user-certificate', 'quantity-justification'], note: 'Annual use for the last two years.' });
  });

  it('refuses a code that is not on the list, or on another list, with a 422 naming each, and writes nothing', async () => {
    const id = await sent();
    const res = await reply(id, { action: 'object', codes: ['suspected-diversion', 'no-such-reason', 'named-port-only'] });
    expect(res.statusCode).toBe(422);
    expect(problemType(res)).toBe('unprocessable');
    expect(issues(res)).toEqual([
      expect.objectContaining({ path: 'body/codes/1', code: 'unknown-phrase', params: { code: 'no-such-reason' } }),
      expect.objectContaining({ path: 'body/codes/2', code: 'unknown-phrase', params: { code: 'named-port-only' } }),
    ]);
    expect((await detail(cn, id, cnOfficer)).status).toBe('delivered');
  });

  it('accepts an objection that gives only a code, and refuses one with neither a code nor a note', async () => {
    const id = await sent();
    const neither = await reply(id, { action: 'object', codes: [] });
    expect(neither.statusCode).toBe(400);
    expect(issues(neither)).toEqual([expect.objectContaining({ path: 'body/note', code: 'phrase-or-note' })]);
    const blank = await reply(id, { action: 'object', note: '   ' });
    expect(blank.statusCode).toBe(400);
    const coded = await reply(id, { action: 'object', codes: ['consignee-unverifiable'] });
    expect(coded.statusCode, coded.body).toBe(200);
    expect(coded.json<Detail>()).toMatchObject({ status: 'objected' });
    expect(coded.json<Detail>().events.at(-1)).toMatchObject({ kind: 'objected', codes: ['consignee-unverifiable'], note: null });
  });

  it('still takes a note alone where a note was enough, and a clearance with conditions but no note', async () => {
    const asked = await sent();
    expect((await reply(asked, { action: 'request-info', note: 'Name the final consignee.' })).statusCode).toBe(200);
    const cleared = await sent();
    const res = await reply(cleared, { action: 'clear', codes: ['named-port-only', 'notify-on-arrival'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>().events.at(-1)).toMatchObject({ kind: 'cleared', codes: ['named-port-only', 'notify-on-arrival'] });
    expect((await reply(await sent(), { action: 'request-info' })).statusCode).toBe(400);
  });

  it('takes each code once, and no codes on an acknowledgement', async () => {
    const id = await sent();
    expect((await reply(id, { action: 'acknowledge', codes: ['end-user-certificate'] })).statusCode).toBe(400);
    const res = await reply(id, { action: 'request-info', codes: ['consignee-details', 'consignee-details'] });
    expect(res.json<Detail>().events.at(-1)?.codes).toEqual(['consignee-details']);
  });
});

describe("the exporter's phrases", () => {
  it('withdraws with a reason code and an optional note; refuses neither, and a code from another list', async () => {
    const id = await sent();
    const url = `/notifications/${id}/withdraw`;
    expect((await api(us, 'POST', url, usOfficer, {})).statusCode).toBe(400);
    const wrong = await api(us, 'POST', url, usOfficer, { codes: ['suspected-diversion'] });
    expect(wrong.statusCode).toBe(422);
    expect(issues(wrong)).toEqual([expect.objectContaining({ path: 'body/codes/0', code: 'unknown-phrase' })]);
    const res = await api(us, 'POST', url, usOfficer, { codes: ['replaced-by-new'], note: 'See US-PEN-2026-000999.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ status: 'withdrawn', withdrawalCodes: ['replaced-by-new'], withdrawalNote: 'See US-PEN-2026-000999.' });
  });

  it('records a decision with notes that fit it, and refuses a note for another decision', async () => {
    const id = await sent();
    const url = `/notifications/${id}/decision`;
    const misfit = await api(us, 'POST', url, usOfficer, { decision: 'suspended', codes: ['seized-by-customs'] });
    expect(misfit.statusCode).toBe(422);
    expect(issues(misfit)).toEqual([expect.objectContaining({ path: 'body/codes/0', code: 'phrase-not-for-decision' })]);
    const res = await api(us, 'POST', url, usOfficer, { decision: 'suspended', codes: ['awaiting-importer-reply'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ decision: 'suspended', decisionCodes: ['awaiting-importer-reply'] });
    expect((await api(us, 'POST', url, usOfficer, { decision: 'refused' })).statusCode).toBe(200);
  });
});
