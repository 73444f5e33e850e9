// Route tests for drafting and submitting a request in one step (POST /requests?submit=true), one transaction: a
// GREEN request is sent at once (indexed, one envelope, audited as created then sent, the chain intact); an AMBER one
// or any under the party's "all" rule waits for a second supervisor, whom the drafter cannot stand in for; a refused
// input, a viewer or a malformed flag writes nothing; an Idempotency-Key retry sends once.
import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestInput } from '../../../test/request-inputs.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog, verifyAuditChain } from '../../platform/audit/index.js';
import { entityMentions } from '../entities/index.js';
import { outbox } from '../exchange/index.js';
import type { Request } from './schemas.js';
import { requests } from './tables.js';

type Headers = Record<string, string>;

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };
let supervisor: { headers: Headers };
let viewer: { headers: Headers };
let admin: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  admin = await node.signedIn(['admin'], { agencyId });
});

const api = (method: 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const sendAtOnce = (headers: Headers, over: Record<string, unknown> = {}) => api('POST', '/requests?submit=true', headers, requestInput(over));
const db = () => node.database.db;
const envelopes = (recordId: string) => db().select({ kind: outbox.kind, op: outbox.op, toParty: outbox.toParty, recordVersion: outbox.recordVersion }).from(outbox).where(eq(outbox.recordId, recordId));
const actions = async (id: string) => (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, id)).orderBy(asc(auditLog.seq))).map((a) => a.action);
const totals = async () => ({
  requests: (await db().select({ n: count() }).from(requests))[0]?.n,
  envelopes: (await db().select({ n: count() }).from(outbox))[0]?.n,
  audit: (await db().select({ n: count() }).from(auditLog))[0]?.n,
});

describe('drafting and submitting in one step', () => {
  it('sends a GREEN request at once: indexed, one envelope, audited as created then sent', async () => {
    const res = await sendAtOnce(officer.headers, { subject: 'Sent at once' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<Request>();
    expect(r).toMatchObject({ status: 'sent', subject: 'Sent at once', version: 1, sentAt: expect.any(String) });
    expect(r.reference).toMatch(/^US-REQ-\d{4}-\d{6}$/);
    expect(await envelopes(r.id)).toEqual([{ kind: 'request', op: 'upsert', toParty: 'CN', recordVersion: 1 }]);
    const mentions = await db().select({ key: entityMentions.key, reference: entityMentions.reference }).from(entityMentions).where(eq(entityMentions.recordId, r.id));
    expect(mentions).toEqual([{ key: expect.any(String), reference: r.reference }]);
    expect(await actions(r.id)).toEqual(['request.created', 'request.sent']);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('holds an AMBER request for a second supervisor: the drafter may not approve it, another supervisor sends it', async () => {
    const res = await sendAtOnce(supervisor.headers, { handling: 'TLP:AMBER' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<Request>();
    expect(r.status).toBe('awaiting-approval');
    expect(await envelopes(r.id)).toEqual([]);
    expect(await actions(r.id)).toEqual(['request.created', 'request.submitted']);
    expect(problemType(await api('POST', `/requests/${r.id}/approve`, supervisor.headers, {}))).toBe('four-eyes');
    const second = await node.signedIn(['supervisor'], { agencyId });
    const approved = await api('POST', `/requests/${r.id}/approve`, second.headers, {});
    expect(approved.json<Request>().status, approved.body).toBe('sent');
    expect(await envelopes(r.id)).toEqual([{ kind: 'request', op: 'upsert', toParty: 'CN', recordVersion: 2 }]);
    expect(await actions(r.id)).toEqual(['request.created', 'request.submitted', 'request.approved', 'request.sent']);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it('writes nothing for a refused input, a viewer or a malformed flag', async () => {
    const before = await totals();
    const bad = await sendAtOnce(officer.headers, { priority: 'urgent', items: [], toParty: 'XX' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: { code?: string }[] }>().errors.map((e) => e.code)).toEqual(expect.arrayContaining(['urgent-needs-item', 'unknown-party']));
    expect((await sendAtOnce(viewer.headers)).statusCode).toBe(403);
    const flag = await api('POST', '/requests?submit=yes', officer.headers, requestInput());
    expect(flag.statusCode).toBe(400);
    expect(flag.headers['content-type']).toContain('application/problem+json');
    expect(await totals()).toEqual(before);
  });

  it('sends once for one Idempotency-Key', async () => {
    const headers = { ...officer.headers, 'idempotency-key': 'send-at-once-0001' };
    const first = await sendAtOnce(headers, { subject: 'Once only' });
    const again = await sendAtOnce(headers, { subject: 'Once only' });
    expect(first.statusCode).toBe(201);
    expect(again.json<Request>().id).toBe(first.json<Request>().id);
    expect(await envelopes(first.json<Request>().id)).toHaveLength(1);
  });

  it('holds even a GREEN request when the party asks four eyes for all', async () => {
    expect((await api('PUT', '/requests/settings', admin.headers, { fourEyes: 'all', periods: [] })).statusCode).toBe(200);
    const r = (await sendAtOnce(officer.headers)).json<Request>();
    expect(r.status).toBe('awaiting-approval');
    expect(await envelopes(r.id)).toEqual([]);
  });
});
