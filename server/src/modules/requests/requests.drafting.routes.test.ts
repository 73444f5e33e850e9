// Route tests for drafting and sending requests on one US node: a draft is numbered at once and sent on submit with
// one envelope (and one per document), AMBER goes first to a second supervisor (the drafter cannot approve), a
// return carries its reason, every bad input is one problem+json naming each issue with nothing written, an
// Idempotency-Key retry files once, a viewer drafts nothing, withdrawal of a sent request leaves a withdrawal
// envelope, and documents are refused when too large (413) or not what they claim (415).
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF, PNG, requestInput } from '../../../test/request-inputs.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../../platform/audit/index.js';
import { createContact, createParty } from '../directory/index.js';
import { entityMentions } from '../entities/index.js';
import { outbox } from '../exchange/index.js';
import { createCase } from './cases.js';
import type { Request } from './schemas.js';
import { requestDocuments, requests } from './tables.js';

type Headers = Record<string, string>;
type Issue = { path: string; code?: string };

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };
let supervisor: { headers: Headers };
let secondSupervisor: { headers: Headers };
let viewer: { headers: Headers };
let usContactId: string;
let cnContactId: string;
let gbCaseId: string;

beforeAll(async () => {
  // 0.01 MiB: a document of 10,486 bytes at most, so "too large" needs no megabytes in the test.
  node = await makeTestNode({ REQUEST_DOCUMENT_MAX_MB: '0.01' });
  agencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  secondSupervisor = await node.signedIn(['supervisor'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  const system = node.ctxFor();
  const contact = (agency: string, name: string) => createContact(system, { agencyId: agency, kind: 'desk', name, topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', releasableTo: [] });
  usContactId = (await contact(agencyId, 'US desk')).id;
  cnContactId = (await contact((await node.makeAgency({ partyCode: 'CN' })).id, 'MPS duty desk')).id;
  await createParty(system, { code: 'GB', nameEn: 'United Kingdom', nameZh: '英国', timeZone: 'Europe/London' });
  gbCaseId = (await createCase(system, { title: 'A case with GB', summary: '', language: 'en', topic: 'precursors', parties: ['GB'], agencyId, handling: 'TLP:GREEN', useRestrictions: [], links: { incidents: [], notifications: [], contacts: [] }, entities: [] })).id;
});

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const rows = async () => (await node.database.db.select({ n: count() }).from(requests))[0]?.n ?? -1;
const envelopes = (recordId: string) => node.database.db.select({ kind: outbox.kind, op: outbox.op, toParty: outbox.toParty }).from(outbox).where(eq(outbox.recordId, recordId));

async function drafted(over: Record<string, unknown> = {}, headers = officer.headers): Promise<Request> {
  const res = await api('POST', '/requests', headers, requestInput(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Request>();
}

const post = (id: string, action: string, headers: Headers, body: unknown = {}) => api('POST', `/requests/${id}/${action}`, headers, body);

describe('drafting and sending', () => {
  it('numbers a draft at once and sends it on submit, indexed, audited, with one envelope', async () => {
    const r = await drafted({ toContactId: cnContactId });
    expect(r).toMatchObject({ status: 'draft', toParty: 'CN', toContact: { id: cnContactId, name: 'MPS duty desk' }, version: 1 });
    expect(r.reference).toMatch(/^US-REQ-2026-\d{6}$/);
    expect(r.allowed).toEqual(expect.arrayContaining(['edit', 'submit', 'withdraw']));
    expect(await envelopes(r.id)).toEqual([]);
    const edited = await api('PUT', `/requests/${r.id}`, officer.headers, { ...requestInput({ subject: 'Edited subject' }), version: 1 });
    expect(edited.json<Request>()).toMatchObject({ subject: 'Edited subject', version: 2 });
    expect(problemType(await api('PUT', `/requests/${r.id}`, officer.headers, { ...requestInput(), version: 1 }))).toBe('version-conflict');
    const sent = await post(r.id, 'submit', officer.headers);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<Request>()).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    expect(await envelopes(r.id)).toEqual([{ kind: 'request', op: 'upsert', toParty: 'CN' }]);
    const mentions = await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, r.id));
    expect(mentions[0]?.n).toBe(1);
    const audit = await node.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, r.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['request.created', 'request.updated', 'request.sent']));
    expect(problemType(await api('PUT', `/requests/${r.id}`, officer.headers, { ...requestInput(), version: 3 }))).toBe('request-not-draft');
  });

  it('sends an AMBER request only once a second supervisor approves it', async () => {
    const r = await drafted({ handling: 'TLP:AMBER' }, supervisor.headers);
    const submitted = await post(r.id, 'submit', supervisor.headers);
    expect(submitted.json<Request>().status).toBe('awaiting-approval');
    expect(await envelopes(r.id)).toEqual([]);
    const own = await post(r.id, 'approve', supervisor.headers);
    expect(own.statusCode).toBe(403);
    expect(problemType(own)).toBe('four-eyes');
    expect((await post(r.id, 'approve', officer.headers)).statusCode).toBe(403);
    const approved = await post(r.id, 'approve', secondSupervisor.headers);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<Request>()).toMatchObject({ status: 'sent', approvedByName: 'Test User' });
    expect(await envelopes(r.id)).toHaveLength(1);
  });

  it('returns a request to its author with the reason, and a use restriction needs four eyes too', async () => {
    const r = await drafted({ useRestrictions: ['crime-prevention-only'] });
    expect((await post(r.id, 'submit', officer.headers)).json<Request>().status).toBe('awaiting-approval');
    expect((await post(r.id, 'return', secondSupervisor.headers, { note: '' })).statusCode).toBe(400);
    const back = await post(r.id, 'return', secondSupervisor.headers, { note: 'Name the account number in the details' });
    expect(back.json<Request>()).toMatchObject({ status: 'draft', returnNote: 'Name the account number in the details' });
    expect(await envelopes(r.id)).toEqual([]);
  });
});

describe('bad input', () => {
  const issuesOf = async (over: Record<string, unknown>) => {
    const res = await api('POST', '/requests', officer.headers, requestInput(over));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    return res.json<{ errors: Issue[] }>().errors;
  };

  it('names every problem at once and writes nothing', async () => {
    const before = await rows();
    const all = await issuesOf({ legalBasis: 'other', priority: 'urgent', items: [], toContactId: usContactId, source: { reliability: 'B', credibility: '2' }, entities: [{ kind: 'phone', value: 'call me', role: 'other', country: null, uscc: null, bankCode: null }] });
    expect(all.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['body/legalBasisOther', 'legal-basis-other-required'],
        ['body/items', 'urgent-needs-item'],
        ['body/toContactId', 'contact-not-of-party'],
        ['body/source', 'source-not-spontaneous'],
        ['body/entities/0/value', expect.stringMatching(/^entity-/)],
      ]),
    );
    expect((await issuesOf({ toParty: 'US' })).map((i) => [i.path, i.code])).toEqual([['body/toParty', 'own-party']]);
    expect((await issuesOf({ toParty: 'ZZ' })).map((i) => [i.path, i.code])).toEqual([['body/toParty', 'unknown-party']]);
    expect((await issuesOf({ caseId: '00000000-0000-4000-8000-000000000000' })).map((i) => [i.path, i.code])).toEqual([['body/caseId', 'unknown-case']]);
    expect((await issuesOf({ caseId: gbCaseId })).map((i) => [i.path, i.code])).toEqual([['body/toParty', 'party-not-in-case']]);
    expect((await issuesOf({ links: { incidents: ['US-INC-2026-999999'], notifications: ['US-PEN-2026-999999'], contacts: [] } })).map((i) => i.code)).toEqual(['unknown-incident', 'unknown-notification']);
    // No legal basis or recipient at all is refused by the schema itself (400), naming both.
    const bare = await api('POST', '/requests', officer.headers, requestInput({ legalBasis: undefined, toParty: undefined }));
    expect(bare.statusCode).toBe(400);
    expect(bare.json<{ errors: Issue[] }>().errors.map((i) => i.path)).toEqual(expect.arrayContaining(['body/legalBasis', 'body/toParty']));
    expect(await rows()).toBe(before);
  });

  it('accepts a case with the party asked, spontaneous information with its source, and "other" with its text', async () => {
    const r = await drafted({ caseId: gbCaseId, toParty: 'GB', type: 'spontaneous', legalBasis: 'other', legalBasisOther: 'Memorandum of 2024', source: { reliability: 'B', credibility: '2' } });
    expect(r).toMatchObject({ caseId: gbCaseId, legalBasisOther: 'Memorandum of 2024', source: { reliability: 'B', credibility: '2' } });
  });
});

describe('who may draft, and a retried draft', () => {
  it('refuses a viewer', async () => {
    const res = await api('POST', '/requests', viewer.headers, requestInput());
    expect(res.statusCode).toBe(403);
  });

  it('files once for one Idempotency-Key', async () => {
    const before = await rows();
    const headers = { ...officer.headers, 'idempotency-key': 'request-once-0001' };
    const first = await api('POST', '/requests', headers, requestInput({ subject: 'Once only' }));
    const again = await api('POST', '/requests', headers, requestInput({ subject: 'Once only' }));
    expect(first.statusCode).toBe(201);
    expect(again.json<Request>().id).toBe(first.json<Request>().id);
    expect(await rows()).toBe(before + 1);
  });
});

describe('withdrawal', () => {
  it('withdraws a draft without an envelope, and a sent request through the exchange', async () => {
    const draft = await drafted();
    expect((await post(draft.id, 'withdraw', officer.headers, {})).json<Request>().status).toBe('withdrawn');
    expect(await envelopes(draft.id)).toEqual([]);
    const r = await drafted();
    await post(r.id, 'submit', officer.headers);
    const gone = await post(r.id, 'withdraw', officer.headers, { note: 'sent to the wrong desk' });
    expect(gone.json<Request>().status).toBe('withdrawn');
    expect((await envelopes(r.id)).map((e) => e.op).sort()).toEqual(['upsert', 'withdraw']);
    expect(problemType(await post(r.id, 'withdraw', officer.headers, {}))).toBe('request-finished');
  });
});

describe('documents', () => {
  const doc = (bytes: Buffer, mediaType = 'application/pdf', filename = 'order.pdf') => ({ filename, mediaType, content: bytes.toString('base64') });

  it('files, serves and removes a document, and sends it after the request', async () => {
    const r = await drafted();
    const added = await api('POST', `/requests/${r.id}/documents`, officer.headers, doc(PDF));
    expect(added.statusCode, added.body).toBe(201);
    const { id } = added.json<{ id: string }>();
    const file = await api('GET', `/requests/${r.id}/documents/${id}`, viewer.headers);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const second = (await api('POST', `/requests/${r.id}/documents`, officer.headers, doc(PNG, 'image/png', 'parcel.png'))).json<{ id: string }>();
    expect((await api('DELETE', `/requests/${r.id}/documents/${second.id}`, officer.headers)).statusCode).toBe(204);
    await post(r.id, 'submit', officer.headers);
    expect((await envelopes(r.id)).map((e) => e.kind)).toEqual(['request']);
    expect(await envelopes(id)).toEqual([{ kind: 'request-document', op: 'upsert', toParty: 'CN' }]);
    expect((await api('POST', `/requests/${r.id}/documents`, officer.headers, doc(PDF))).statusCode).toBe(409);
  });

  it('refuses a file too large (413) or not what it claims (415), keeping nothing', async () => {
    const r = await drafted();
    const big = await api('POST', `/requests/${r.id}/documents`, officer.headers, doc(Buffer.concat([PDF, Buffer.alloc(11_000)])));
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    const mistyped = await api('POST', `/requests/${r.id}/documents`, officer.headers, doc(PNG));
    expect(mistyped.statusCode).toBe(415);
    expect(problemType(mistyped)).toBe('attachment-type-mismatch');
    const held = await node.database.db.select({ n: count() }).from(requestDocuments).where(and(eq(requestDocuments.requestId, r.id)));
    expect(held[0]?.n).toBe(0);
    expect((await api('POST', `/requests/${r.id}/documents`, viewer.headers, doc(PDF))).statusCode).toBe(403);
  });
});
