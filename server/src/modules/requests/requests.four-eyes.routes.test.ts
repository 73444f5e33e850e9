// Route tests on one US node for what the second person may approve, and what a request's links and documents may
// leak: everyone who ever changed a draft (an edit, a document filed or removed) is kept and none of them approves
// it, each such change moves the version on; a withdrawn request takes its steps' mentions with it; a link to
// another party's incident, or to one stricter than the request, is refused; reading an AMBER document (or one
// filed with an AMBER step of a GREEN request) is audited, a GREEN one is not.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { PDF, requestInput } from '../../../test/request-inputs.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { entityMentions, indexMentions, keyMentions } from '../entities/index.js';
import { createIncident } from '../incidents/index.js';
import { incidents } from '../../db-schema.js';
import type { Request } from './schemas.js';
import { requestDocuments, requests, requestSteps } from './tables.js';
import { STEP_RECORD } from './wire.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };
let supervisor: { headers: Headers };
let secondSupervisor: { headers: Headers };

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  secondSupervisor = await node.signedIn(['supervisor'], { agencyId });
});

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const post = (id: string, action: string, headers: Headers, body: unknown = {}) => api('POST', `/requests/${id}/${action}`, headers, body);
const doc = { filename: 'order.pdf', mediaType: 'application/pdf', content: PDF.toString('base64') };
const version = async (id: string) => (await node.database.db.select({ v: requests.version }).from(requests).where(eq(requests.id, id)))[0]?.v;

async function drafted(over: Record<string, unknown> = {}, headers = officer.headers): Promise<Request> {
  const res = await api('POST', '/requests', headers, requestInput(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Request>();
}

describe('four eyes over every change to a draft', () => {
  it('keeps every editor: a supervisor who rewrote the draft cannot approve it after the drafter edits again', async () => {
    const r = await drafted({ handling: 'TLP:AMBER' });
    expect((await api('PUT', `/requests/${r.id}`, secondSupervisor.headers, { ...requestInput({ handling: 'TLP:AMBER', subject: 'Rewritten' }), version: 1 })).statusCode).toBe(200);
    expect((await api('PUT', `/requests/${r.id}`, officer.headers, { ...requestInput({ handling: 'TLP:AMBER', subject: 'Rewritten.' }), version: 2 })).statusCode).toBe(200);
    expect((await post(r.id, 'submit', officer.headers)).json<Request>().status).toBe('awaiting-approval');
    expect((await api('GET', `/requests/${r.id}`, secondSupervisor.headers)).json<Request>().allowed).not.toContain('approve');
    const refused = await post(r.id, 'approve', secondSupervisor.headers);
    expect(refused.statusCode).toBe(403);
    expect(problemType(refused)).toBe('four-eyes');
    expect(problemType(await post(r.id, 'return', secondSupervisor.headers, { note: 'no' }))).toBe('four-eyes');
    expect((await api('GET', `/requests/${r.id}`, supervisor.headers)).json<Request>().allowed).toContain('approve');
    expect((await post(r.id, 'approve', supervisor.headers)).json<Request>().status).toBe('sent');
  });

  it('counts filing or removing a document as a change: the version moves on and its author may not approve', async () => {
    const r = await drafted({ handling: 'TLP:AMBER' });
    const added = await api('POST', `/requests/${r.id}/documents`, secondSupervisor.headers, doc);
    expect(added.statusCode, added.body).toBe(201);
    expect(await version(r.id)).toBe(2);
    expect(problemType(await api('PUT', `/requests/${r.id}`, officer.headers, { ...requestInput({ handling: 'TLP:AMBER' }), version: 1 }))).toBe('version-conflict');
    expect((await api('DELETE', `/requests/${r.id}/documents/${added.json<{ id: string }>().id}`, supervisor.headers)).statusCode).toBe(204);
    expect(await version(r.id)).toBe(3);
    await post(r.id, 'submit', officer.headers);
    expect(problemType(await post(r.id, 'approve', secondSupervisor.headers))).toBe('four-eyes');
    expect(problemType(await post(r.id, 'approve', supervisor.headers))).toBe('four-eyes');
    const [row] = await node.database.db.select({ editors: requests.editors }).from(requests).where(eq(requests.id, r.id));
    expect(row?.editors).toHaveLength(2);
  });
});

describe('withdrawal', () => {
  it("forgets the mentions of the request's steps with the request's own", async () => {
    const r = await drafted();
    expect((await post(r.id, 'submit', officer.headers)).json<Request>().status).toBe('sent');
    const step = { recordKind: STEP_RECORD, recordId: newId(), parentId: r.id, reference: r.reference, originParty: 'CN', handling: 'TLP:GREEN', recordDate: '2026-03-02' };
    await node.database.db.transaction((tx) => indexMentions(tx, step, keyMentions([{ kind: 'phone', value: '+86 138 0013 8001', role: 'other' }]).keyed));
    const held = async () => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.parentId, r.id)))[0]?.n;
    expect(await held()).toBe(1);
    expect((await post(r.id, 'withdraw', officer.headers, {})).json<Request>().status).toBe('withdrawn');
    expect(await held()).toBe(0);
  });
});

describe('links', () => {
  it("refuses another party's incident the party asked is not, and one stricter than the request", async () => {
    const system = node.ctxFor();
    const theirs = await createIncident(system, incidentInput(agencyId, { handling: 'TLP:GREEN', useRestrictions: [] }));
    await node.database.db.update(incidents).set({ originParty: 'GB' }).where(eq(incidents.id, theirs.id));
    const red = (await createIncident(system, incidentInput(agencyId, { handling: 'TLP:RED', useRestrictions: [] }))).reference;
    const res = await api('POST', '/requests', officer.headers, requestInput({ links: { incidents: [theirs.reference, red], notifications: [], contacts: [] } }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<{ errors: Issue[] }>().errors.map((i) => [i.path, i.code])).toEqual([
      ['body/links/incidents/0', 'link-third-party'],
      ['body/links/incidents/1', 'link-stricter'],
    ]);
    expect((await api('POST', '/requests', officer.headers, requestInput({ handling: 'TLP:RED', links: { incidents: [red], notifications: [], contacts: [] } }))).statusCode).toBe(201);
  });
});

describe('reading documents', () => {
  const reads = async (id: string) => (await node.database.db.select({ change: auditLog.change }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'request.read')))).map((a) => a.change as Record<string, unknown>);

  it("audits a read of an AMBER request's document, not of a GREEN one's", async () => {
    const amber = await drafted({ handling: 'TLP:AMBER' });
    const a = (await api('POST', `/requests/${amber.id}/documents`, officer.headers, doc)).json<{ id: string }>();
    expect((await api('GET', `/requests/${amber.id}/documents/${a.id}`, supervisor.headers)).statusCode).toBe(200);
    expect(await reads(amber.id)).toEqual([{ reference: amber.reference, handling: 'TLP:AMBER', for: `document ${a.id}` }]);
    const green = await drafted();
    const g = (await api('POST', `/requests/${green.id}/documents`, officer.headers, doc)).json<{ id: string }>();
    expect((await api('GET', `/requests/${green.id}/documents/${g.id}`, supervisor.headers)).statusCode).toBe(200);
    expect(await reads(green.id)).toEqual([]);
  });

  it('audits a document filed with an AMBER step of a GREEN request at the step\'s handling', async () => {
    const r = await drafted();
    await post(r.id, 'submit', officer.headers);
    const stepId = newId();
    const documentId = newId();
    await node.database.db.insert(requestSteps).values({ id: stepId, requestId: r.id, party: 'CN', kind: 'answer', state: 'received', authorName: 'MPS officer', at: new Date(), handling: 'TLP:AMBER' });
    await node.database.db.insert(requestDocuments).values({ id: documentId, requestId: r.id, stepId, party: 'CN', filename: 'answer.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: sha256Hex(PDF), content: PDF, createdByName: 'MPS officer', createdAt: new Date() });
    const file = await api('GET', `/requests/${r.id}/documents/${documentId}`, officer.headers);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(await reads(r.id)).toEqual([{ reference: r.reference, handling: 'TLP:AMBER', for: `document ${documentId}` }]);
  });
});
