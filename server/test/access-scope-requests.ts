// The case, request and request-step fixtures of the scope matrix. Own and other agency: cases and requests the US
// node opens and asks of CN, filed through the API by the staff officer of agency A or B (never a caller, so four
// eyes is not spoilt), brought to the state an operation needs — a draft, a draft with a document, an AMBER request
// awaiting a supervisor's approval, a request sent to CN and acknowledged by it. Other party: a case CN opens naming
// the US, and requests CN asks of the US (one with a document), received through the exchange and acknowledged by
// the US node. A pending answer waits on the node of the party that answers, so on the US node only on a request CN
// asked: its scope is its author's (an answer by agency A's or B's officer), and the other party's step is CN's
// acknowledgment of a US request (received, never pending).
import type { Fixture, Rec } from './access-scope-fixtures.js';
import type { Headers, Scope, World } from './access-scope-world.js';
import type { PairNode } from './pair.js';
import { caseInput, PDF, requestInput } from './request-inputs.js';

type Step = { id: string; party: string; kind: string; state: string };
type Filed = { id: string; steps: Step[]; documents: { id: string }[] };

const pdfDocument = () => ({ filename: 'court-order.pdf', mediaType: 'application/pdf', content: PDF.toString('base64') });

/** A call that must succeed (the fixture's own setup); its JSON. */
async function call<T>(node: PairNode, headers: Headers, method: 'POST' | 'GET', url: string, payload?: unknown): Promise<T> {
  const res = await node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} on ${node.party} refused: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

function sides(w: World) {
  const us = (scope: Scope) => (scope === 'own agency' ? { headers: w.staff.a.headers, agencyId: w.agencies.a.id } : { headers: w.staff.b.headers, agencyId: w.agencies.b.id });

  /** A request the US asks of CN, by the scope's staff officer; a draft, or taken as far as `until`. */
  async function asked(scope: Scope, until: 'draft' | 'document' | 'awaiting-approval' | 'sent'): Promise<Rec> {
    const { headers, agencyId } = us(scope);
    const handling = until === 'awaiting-approval' ? 'TLP:AMBER' : 'TLP:GREEN';
    const { id } = await call<Filed>(w.us, headers, 'POST', '/requests', requestInput({ agencyId, handling }));
    if (until === 'draft') return { id, agencyId, side: 'requester' };
    if (until === 'document') return { id, agencyId, side: 'requester', documentId: (await call<{ id: string }>(w.us, headers, 'POST', `/requests/${id}/documents`, pdfDocument())).id };
    const { status } = await call<{ status: string }>(w.us, headers, 'POST', `/requests/${id}/submit`);
    if (status !== until) throw new Error(`the request is ${status}, not ${until}`);
    if (until === 'sent') {
      await w.us.deliver();
      await w.cn.deliver(); // CN's acknowledgment
    }
    return { id, agencyId, side: 'requester' };
  }

  /** A request CN asks of the US (with a document if asked), received and acknowledged by the US node. */
  async function received(withDocument: boolean): Promise<Rec> {
    const headers = w.staff.cn.headers;
    const { id } = await call<Filed>(w.cn, headers, 'POST', '/requests', requestInput({ toParty: 'US', agencyId: w.agencies.cn.id, subject: 'Importer of record of a seized consignment' }));
    const documentId = withDocument ? (await call<{ id: string }>(w.cn, headers, 'POST', `/requests/${id}/documents`, pdfDocument())).id : '';
    await call(w.cn, headers, 'POST', `/requests/${id}/submit`);
    await w.cn.deliver();
    // A body naming the caller's own agency: what someone taking CN's request over would write.
    return { id, agencyId: w.agencies.a.id, side: 'receiver', documentId };
  }
  return { us, asked, received };
}

export function caseFixture(w: World): Fixture {
  const { us } = sides(w);
  const change = { state: 'open', consumes: true };
  return {
    resource: 'case',
    prefix: '/api/v1/cases/:id',
    absent: {},
    operations: {
      'GET /api/v1/cases/:id': { state: 'open' },
      'PUT /api/v1/cases/:id': { ...change, body: (rec: Rec) => ({ ...caseInput({ agencyId: rec.agencyId, title: 'Changed title' }), version: 1 }) },
      'POST /api/v1/cases/:id/close': change,
      'POST /api/v1/cases/:id/withdraw': { ...change, body: () => ({ note: 'Opened in error' }) },
    },
    async make(scope) {
      if (scope === 'other party') {
        const { id } = await call<{ id: string }>(w.cn, w.staff.cn.headers, 'POST', '/cases', caseInput({ parties: ['US'], agencyId: w.agencies.cn.id }));
        await w.cn.deliver();
        return { id, agencyId: w.agencies.a.id };
      }
      const { headers, agencyId } = us(scope);
      return { id: (await call<{ id: string }>(w.us, headers, 'POST', '/cases', caseInput({ agencyId }))).id, agencyId };
    },
  };
}

/** The step each side files: the requester closes its request, the requested side answers it. */
const stepBody = (rec: Rec) => (rec.side === 'receiver' ? { kind: 'answer', note: 'The importer of record is a licensed distributor.', language: 'en' } : { kind: 'closure', note: 'No longer needed', language: 'en' });

export function requestFixture(w: World): Fixture {
  const { asked, received } = sides(w);
  const draft = { state: 'draft', consumes: true };
  return {
    resource: 'request',
    prefix: '/api/v1/requests/:id',
    absent: {},
    operations: {
      'GET /api/v1/requests/:id': { state: 'sent' },
      'GET /api/v1/requests/:id/documents/:documentId': { state: 'document' },
      'PUT /api/v1/requests/:id': { ...draft, body: (rec: Rec) => ({ ...requestInput({ agencyId: rec.agencyId, subject: 'Changed subject' }), version: 1 }) },
      'POST /api/v1/requests/:id/submit': draft,
      'POST /api/v1/requests/:id/documents': { ...draft, body: pdfDocument },
      'DELETE /api/v1/requests/:id/documents/:documentId': { state: 'document', consumes: true },
      'POST /api/v1/requests/:id/approve': { state: 'awaiting-approval', consumes: true },
      'POST /api/v1/requests/:id/return': { state: 'awaiting-approval', consumes: true, body: () => ({ note: 'Name the legal basis precisely' }) },
      'POST /api/v1/requests/:id/withdraw': { state: 'sent', consumes: true, body: () => ({ note: 'The case was solved' }) },
      'POST /api/v1/requests/:id/steps': { state: 'sent', consumes: true, body: stepBody },
    },
    async make(scope, state) {
      if (scope === 'other party') return received(state === 'document');
      return asked(scope, state as 'draft' | 'document' | 'awaiting-approval' | 'sent');
    },
  };
}

/** Fixture of a request's steps by id: a pending answer (own and other agency's author), CN's step (the other party). */
export function requestStepFixture(w: World): Fixture {
  const { us, asked, received } = sides(w);

  async function pendingAnswer(scope: Scope): Promise<Rec> {
    const id = (await received(false)).id ?? '';
    // AMBER leaves only with a second person's approval: the answer waits on the US node.
    const filed = await call<Filed>(w.us, us(scope).headers, 'POST', `/requests/${id}/steps`, { kind: 'answer', note: 'See the attached registration.', language: 'en', handling: 'TLP:AMBER' });
    const stepId = filed.steps.find((s) => s.state === 'pending-approval')?.id;
    if (!stepId) throw new Error(`no answer waits for approval on ${id}`);
    return { id, stepId };
  }

  async function acknowledgment(): Promise<Rec> {
    const id = (await asked('own agency', 'sent')).id ?? '';
    const filed = await call<Filed>(w.us, w.staff.a.headers, 'GET', `/requests/${id}`);
    const stepId = filed.steps.find((s) => s.party === 'CN' && s.kind === 'acknowledged')?.id;
    if (!stepId) throw new Error(`CN's acknowledgment of ${id} did not arrive`);
    return { id, stepId };
  }

  const decide = { state: 'pending', consumes: true };
  return {
    resource: 'request step',
    prefix: '/api/v1/requests/:id/steps/:stepId',
    absent: {},
    operations: {
      'POST /api/v1/requests/:id/steps/:stepId/approve': decide,
      'POST /api/v1/requests/:id/steps/:stepId/return': { ...decide, body: () => ({ note: 'Say which registration' }) },
    },
    make: (scope) => (scope === 'other party' ? acknowledgment() : pendingAnswer(scope)),
  };
}
