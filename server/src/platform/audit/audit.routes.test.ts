import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { draftInput } from '../../../test/notifications.js';
import { systemActor } from '../context.js';
import { recordAudit } from './audit.js';
import { auditLog } from './tables.js';

type Headers = Record<string, string>;
type Row = { seq: number; action: string; actorKind: string; actorName: string; actorLabel: string; subjectType: string; subjectId: string; subjectLabel: string | null; subjectPath: string | null };
type Vocabulary = { actions: string[]; subjectTypes: string[]; actors: { actorId: string | null; actorLabel: string | null; actorKind: string; actorName: string }[] };

let node: TestNode;
let auditor: Headers;
let viewer: Headers;
let officerName: string;
let notification: { id: string; reference: string };

const get = (url: string, headers: Headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
const rows = async (query: string) => (await get(`/audit?${query}`, auditor)).json<{ items: Row[] }>().items;

beforeAll(async () => {
  node = await makeTestNode();
  const agency = await node.makeAgency({ partyCode: 'US' });
  const officer = await node.signedIn(['officer'], { agencyId: agency.id });
  officerName = officer.user.displayName;
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: officer.headers, payload: draftInput(agency.id) });
  expect(res.statusCode).toBe(201);
  notification = res.json<{ id: string; reference: string }>();
  auditor = (await node.signedIn(['auditor'])).headers;
  viewer = (await node.signedIn(['viewer'])).headers;
  const peer = { ...systemActor, label: 'exchange:CN', partyCode: 'CN' };
  await node.database.db.transaction((tx) => recordAudit(tx, { actor: peer, clock: node.clock, requestId: null }, { action: 'exchange.received', subjectType: 'peer', subjectId: 'CN', change: { count: 1 } }));
  await node.database.db.transaction((tx) => recordAudit(tx, node.ctxFor(), { action: 'party.updated', subjectType: 'party', subjectId: '=HYPERLINK("x")', change: { note: '+cmd' } }));
  // A failed sign-in under a name nobody has: its subject is the typed name, not a UUID.
  await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'nobody.here', password: 'wrong password!' } });
});

describe('GET /audit', () => {
  it('names the subject by its reference with a link, and the acting user by name', async () => {
    const [drafted] = await rows('action=notification.drafted');
    expect(drafted).toMatchObject({ subjectType: 'notification', subjectId: notification.id, subjectLabel: notification.reference, subjectPath: `/notifications/${notification.id}`, actorKind: 'user' });
    expect(drafted?.actorName).toContain(officerName);
    expect(notification.reference).toMatch(/^US-PEN-2026-/);
  });

  it('says which node acted: a peer by its party, this node as itself', async () => {
    const [received] = await rows('action=exchange.received');
    expect(received).toMatchObject({ actorKind: 'peer', actorName: 'CN', actorLabel: 'exchange:CN' });
    const [agency] = await rows('action=agency.created');
    expect(agency).toMatchObject({ actorKind: 'node', subjectType: 'agency' });
    expect(agency?.subjectLabel).toMatch(/^US AG/);
  });

  it('leaves the label empty for a subject that is not a record, without failing the page', async () => {
    const failed = await rows('action=session.login-failed');
    const unknown = failed.filter((r) => r.subjectId.startsWith('unknown-user:'));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((r) => r.subjectLabel === null && r.subjectPath === null)).toBe(true);
    // The actor is an unknown name, named as such in either language by its digest alone.
    expect(unknown.every((r) => r.actorKind === 'unknown' && `unknown-user:${r.actorName}` === r.subjectId)).toBe(true);
  });

  it('filters by an actor without a user id', async () => {
    const byPeer = await rows(`actorLabel=${encodeURIComponent('exchange:CN')}`);
    expect(byPeer.length).toBeGreaterThan(0);
    expect(byPeer.every((r) => r.actorLabel === 'exchange:CN')).toBe(true);
  });
});

describe('GET /audit/vocabulary', () => {
  it('lists the actions, subject types and actors that occur in the log', async () => {
    const res = await get('/audit/vocabulary', auditor);
    expect(res.statusCode).toBe(200);
    const v = res.json<Vocabulary>();
    expect(v.actions).toEqual(expect.arrayContaining(['notification.drafted', 'agency.created', 'session.created', 'exchange.received']));
    expect(v.actions).not.toContain('notification.sent');
    expect(new Set(v.actions).size).toBe(v.actions.length);
    expect(v.subjectTypes).toEqual(expect.arrayContaining(['notification', 'agency', 'user', 'peer']));
    expect(v.actors).toContainEqual(expect.objectContaining({ actorKind: 'user', actorName: expect.stringContaining(officerName) }));
    expect(v.actors).toContainEqual({ actorId: null, actorLabel: 'system', actorKind: 'node', actorName: '' });
    expect(v.actors).toContainEqual({ actorId: null, actorLabel: 'exchange:CN', actorKind: 'peer', actorName: 'CN' });
  });
});

describe('GET /audit/export', () => {
  const csv = async (query: string) => {
    const res = await get(`/audit/export?${query}`, auditor);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    return parse(res.body.slice(1)) as string[][];
  };

  it('writes Chinese headers and labels for lang=zh-CN', async () => {
    const [header, ...body] = await csv('lang=zh-CN&action=notification.drafted');
    expect(header?.slice(0, 4)).toEqual(['序号', '时间（UTC）', '操作人', '操作']);
    expect(body).toHaveLength(1);
    expect(body[0]?.slice(3, 8)).toEqual(['起草通知', 'notification.drafted', '通知', notification.reference, notification.id]);
  });

  it('writes English labels and names nodes for lang=en', async () => {
    const [header, ...body] = await csv('lang=en&actorLabel=exchange%3ACN');
    expect(header?.[3]).toBe('Action');
    expect(body[0]?.slice(2, 4)).toEqual(['the CN node', 'Records received from a peer']);
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const [, ...body] = await csv('lang=en&action=party.updated');
    const row = body.find((r) => r[7]?.includes('HYPERLINK'));
    expect(row?.[7]).toBe(`'=HYPERLINK("x")`);
  });

  it('records the export, with its filters, in the log', async () => {
    await csv('lang=zh-CN&subjectType=notification');
    const exports = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'audit.exported'), eq(auditLog.subjectType, 'audit')));
    expect(exports.map((e) => e.change)).toContainEqual({ filter: { subjectType: 'notification' }, lang: 'zh-CN' });
  });
});

describe('access', () => {
  it.each(['/audit', '/audit/vocabulary', '/audit/export?lang=en', '/audit/verification'])('refuses a viewer %s', async (url) => {
    const res = await get(url, viewer);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemType(res)).toBe('role-required');
  });

  it('refuses a viewer before recording any export', async () => {
    const before = await node.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.exported'));
    await get('/audit/export?lang=en', viewer);
    expect(await node.database.db.select().from(auditLog).where(eq(auditLog.action, 'audit.exported'))).toHaveLength(before.length);
  });
});
