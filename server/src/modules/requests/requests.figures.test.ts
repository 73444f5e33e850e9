// Request figures on one US node (issue 16, item 8): per month, other party, direction, type and priority, the
// requests sent and received, answered on time or late against the reply clock, median hours from receipt to the
// first answer and to closure, delays notified; refusals by reason. Drafts, requests awaiting approval and
// withdrawn ones count nowhere; a TLP:RED request is left out for a viewer. Over HTTP: JSON, CSV, a period that ends
// before it starts as a 400 problem, and no figures for someone signed out.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { insertRequests, insertSteps, requestRow, stepRow } from '../../../test/request-rows.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { requestFigures } from './figures.js';

let node: TestNode;
let officer: Ctx;
let viewer: Ctx;
let headers: Record<string, string>;
const at = (iso: string) => new Date(`${iso}Z`);
const period = { from: '2026-03', to: '2026-04' };
const fromCn = { originParty: 'CN', toParty: 'US' };

beforeAll(async () => {
  node = await makeTestNode();
  node.clock.set(at('2026-05-01T00:00:00'));
  const person = (roles: Actor['roles']) => node.ctxFor({ kind: 'user', id: newId(), label: 'us.reader', roles, partyCode: 'US', agencyId: null } as Actor);
  officer = person(['officer']);
  viewer = person(['viewer']);
  headers = (await node.signedIn(['viewer'])).headers;
  const refused = newId();
  const sent = (iso: string, over: Parameters<typeof requestRow>[0]) => requestRow({ createdAt: at(iso), sentAt: at(iso), receivedAt: at(iso), dueAt: new Date(at(iso).getTime() + 7 * 86_400_000), ...over });
  await insertRequests(node.database.db, [
    // Sent in March: answered in 48 h and closed after 72 h with one delay; refused after its deadline; still open.
    sent('2026-03-02T09:00:00', { status: 'closed', firstAnswerAt: at('2026-03-04T09:00:00'), answeredAt: at('2026-03-04T09:00:00'), closedAt: at('2026-03-05T09:00:00'), delayCount: 1 }),
    sent('2026-03-03T09:00:00', { id: refused, status: 'refused', answeredAt: at('2026-03-12T09:00:00') }),
    sent('2026-03-04T09:00:00', {}),
    // Never arrived, or purged there: counted nowhere.
    sent('2026-03-05T09:00:00', { status: 'draft', sentAt: null, receivedAt: null, dueAt: null }),
    sent('2026-03-05T09:00:00', { status: 'awaiting-approval', sentAt: null, receivedAt: null, dueAt: null }),
    sent('2026-03-05T09:00:00', { status: 'withdrawn' }),
    // Received in March, urgent (8 hours): answered after 24 h (late) and, RED, after 2 h; in April one still open.
    requestRow({ ...fromCn, priority: 'urgent', status: 'answered', receivedAt: at('2026-03-20T10:00:00'), dueAt: at('2026-03-20T18:00:00'), firstAnswerAt: at('2026-03-21T10:00:00'), answeredAt: at('2026-03-21T10:00:00') }),
    requestRow({ ...fromCn, priority: 'urgent', status: 'answered', handling: 'TLP:RED', receivedAt: at('2026-03-22T10:00:00'), dueAt: at('2026-03-22T18:00:00'), firstAnswerAt: at('2026-03-22T12:00:00'), answeredAt: at('2026-03-22T12:00:00') }),
    requestRow({ ...fromCn, receivedAt: at('2026-04-03T10:00:00'), createdAt: at('2026-04-03T10:00:00'), dueAt: at('2026-04-10T10:00:00') }),
    // Received in February: outside the period.
    requestRow({ ...fromCn, receivedAt: at('2026-02-27T10:00:00'), createdAt: at('2026-02-27T10:00:00') }),
  ]);
  await insertSteps(node.database.db, [stepRow(refused, { kind: 'refusal', reason: 'ongoing-investigation', at: at('2026-03-12T09:00:00') })]);
});

const flow = (month: string, direction: string, priority: string, n: Record<string, number | null>) => ({ month, party: 'CN', direction, type: 'information', priority, ...n });

describe('request figures', () => {
  it('counts requests sent and received, answered on time or late, with median hours and delays', async () => {
    const figures = await requestFigures(officer, period);
    expect(figures).toMatchObject({ party: 'US', from: '2026-03', to: '2026-04' });
    expect(figures.requests).toEqual([
      flow('2026-03', 'received', 'urgent', { requests: 2, answered: 2, answeredOnTime: 1, answeredLate: 1, medianHoursToFirstAnswer: 13, medianHoursToClosure: null, delays: 0 }),
      flow('2026-03', 'sent', 'normal', { requests: 3, answered: 2, answeredOnTime: 1, answeredLate: 1, medianHoursToFirstAnswer: 48, medianHoursToClosure: 72, delays: 1 }),
      flow('2026-04', 'received', 'normal', { requests: 1, answered: 0, answeredOnTime: 0, answeredLate: 0, medianHoursToFirstAnswer: null, medianHoursToClosure: null, delays: 0 }),
    ]);
    expect(figures.refusals).toEqual([{ month: '2026-03', party: 'CN', direction: 'sent', reason: 'ongoing-investigation', refusals: 1 }]);
  });

  it('leaves a TLP:RED request out for a viewer', async () => {
    const figures = await requestFigures(viewer, period);
    expect(figures.requests[0]).toEqual(flow('2026-03', 'received', 'urgent', { requests: 1, answered: 1, answeredOnTime: 0, answeredLate: 1, medianHoursToFirstAnswer: 24, medianHoursToClosure: null, delays: 0 }));
  });

  it('counts only the months asked for', async () => {
    const march = await requestFigures(officer, { from: '2026-03', to: '2026-03' });
    expect(march.requests.map((r) => r.month)).toEqual(['2026-03', '2026-03']);
    expect((await requestFigures(officer, { from: '2026-02', to: '2026-02' })).requests).toEqual([flow('2026-02', 'received', 'normal', { requests: 1, answered: 0, answeredOnTime: 0, answeredLate: 0, medianHoursToFirstAnswer: null, medianHoursToClosure: null, delays: 0 })]);
  });
});

describe('request figures over HTTP', () => {
  const get = (url: string, h: Record<string, string> = headers) => node.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: h });

  it('answers JSON and each table as CSV', async () => {
    const res = await get('/requests/figures?from=2026-03&to=2026-04');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ requests: unknown[] }>().requests).toHaveLength(3);
    const csv = await get('/requests/figures.csv?from=2026-03&to=2026-04&table=refusals');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('request-figures-refusals-2026-03-2026-04.csv');
    expect(csv.body.trim().split('\n')).toEqual(['month,party,direction,reason,refusals', '2026-03,CN,sent,ongoing-investigation,1']);
    const rows = (await get('/requests/figures.csv?from=2026-03&to=2026-04')).body.trim().split('\n');
    expect(rows[0]).toBe('month,party,direction,type,priority,requests,answered,answeredOnTime,answeredLate,medianHoursToFirstAnswer,medianHoursToClosure,delays');
    expect(rows).toHaveLength(4);
  });

  it('refuses a period that ends before it starts, and a caller who is not signed in', async () => {
    const bad = await get('/requests/figures?from=2026-04&to=2026-03');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['querystring/to']);
    expect((await get('/requests/figures.csv?from=2026-13&to=2026-03')).statusCode).toBe(400);
    expect((await get('/requests/figures?from=2026-03&to=2026-04', {})).statusCode).toBe(401);
    expect(problemType(bad)).not.toBe('');
  });
});
