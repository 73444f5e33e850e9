// Steps on a request between two real nodes: who may file what and when, coded reasons, an answer never less strict
// than its request, documents checked by their content, four eyes on an AMBER answer — every refusal a problem+json,
// and nothing of a refused step written (no row, no document, no audit entry, no envelope).
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/node.js';
import { askInput, pdfDocument, PNG, requestPair, step } from '../../../test/request-steps.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { auditLog } from '../../platform/audit/tables.js';
import type { Ctx, Role } from '../../platform/context.js';
import { idempotencyKeys } from '../../platform/idempotency/tables.js';
import { outbox } from '../exchange/index.js';
import { approveRequest, createRequest, submitRequest } from './drafting.js';
import { getRequest } from './queries.js';
import type { RequestInput } from './schemas.js';
import { approveStep, fileStep, returnStep } from './steps.js';
import { requestDocuments, requestSteps } from './tables.js';

const { us, cn, clock, person, cnAgency } = await requestPair();
const usOfficer = await person(us, ['officer']);
const usSupervisor = await person(us, ['supervisor']);
const cnOfficer = await person(cn, ['officer']);
const cnSupervisor = await person(cn, ['supervisor']);
const cnSupervisor2 = await person(cn, ['supervisor']);
const cnViewer = await person(cn, ['viewer']);

/** The US asks CN; both nodes have exchanged the request and CN's acknowledgment. */
async function ask(over: Partial<RequestInput> = {}): Promise<string> {
  const { id } = await createRequest(usOfficer.ctx, askInput(over));
  await submitRequest(usOfficer.ctx, id);
  if ((await getRequest(usOfficer.ctx, id)).status === 'awaiting-approval') await approveRequest(usSupervisor.ctx, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** What a refused step must leave untouched on CN's node. */
async function footprint(id: string) {
  const db = cn.database.db;
  const [[steps], [documents], [audits], [envelopes]] = await Promise.all([
    db.select({ n: count() }).from(requestSteps).where(eq(requestSteps.requestId, id)),
    db.select({ n: count() }).from(requestDocuments).where(eq(requestDocuments.requestId, id)),
    db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'request.step-filed'))),
    db.select({ n: count() }).from(outbox),
  ]);
  return { steps: steps?.n, documents: documents?.n, audits: audits?.n, envelopes: envelopes?.n };
}

async function post(who: { login: () => Promise<Record<string, string>> }, node: typeof cn, url: string, payload: unknown) {
  return node.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: await who.login(), payload: payload as Record<string, unknown> });
}
const problem = (res: { json: <T>() => T }) => res.json<{ type: string; status: number; errors?: { path: string; code?: string }[] }>();
const typeOf = (res: { json: <T>() => T }) => problem(res).type.split('/').pop();

describe('filing steps', () => {
  it('acknowledges on receipt, and takes a delay notice only with a coded reason and a date to come', async () => {
    const id = await ask();
    const before = await footprint(id);
    expect(before.steps).toBe(1); // the acknowledgment
    const later = new Date(clock.now().getTime() + 10 * 86_400_000).toISOString();
    const noReason = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'delay', expectedAt: later });
    expect(noReason.statusCode).toBe(422);
    expect(problem(noReason).errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body/reason', code: 'reason-required' })]));
    const unknownReason = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'delay', reason: 'lunch', expectedAt: later });
    expect(problem(unknownReason).errors?.[0]).toMatchObject({ path: 'body/reason', code: 'unknown-reason' });
    const past = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'delay', reason: 'volume', expectedAt: new Date(clock.now().getTime() - 60_000).toISOString() });
    expect(past.statusCode).toBe(422);
    expect(typeOf(past)).toBe('expected-in-past');
    expect(problem(past).errors?.[0]?.path).toBe('body/expectedAt');
    expect(await footprint(id)).toEqual(before);

    const ok = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'delay', reason: 'judicial-authorisation', expectedAt: later, note: 'A court must authorise the disclosure.', language: 'en' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<{ clock: { expectedAt: string }; delayCount: number; steps: { kind: string }[] }>()).toMatchObject({ clock: { expectedAt: later }, delayCount: 1 });
    expect((await footprint(id)).envelopes).toBe((before.envelopes ?? 0) + 1);
  });

  it('takes each step only from its own side: a clarification from the requested party, an answer from the requester are refused', async () => {
    const id = await ask();
    const clarification = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'clarification', note: 'Here is what we meant.', language: 'en' });
    expect(clarification.statusCode).toBe(403);
    expect(typeOf(clarification)).toBe('wrong-party');
    const answer = await post(usOfficer, us, `/requests/${id}/steps`, { kind: 'answer', note: 'We answer ourselves.' });
    expect(answer.statusCode).toBe(403);
    expect(typeOf(answer)).toBe('wrong-party');
    // A clarification nobody asked for is out of turn.
    const early = await post(usOfficer, us, `/requests/${id}/steps`, { kind: 'clarification', note: 'Unasked.' });
    expect(early.statusCode).toBe(409);
    expect(typeOf(early)).toBe('no-clarification-asked');
    // A viewer files nothing; a request for clarification says what it is about.
    expect((await post(cnViewer, cn, `/requests/${id}/steps`, { kind: 'clarification-requested', note: 'Which company?' })).statusCode).toBe(403);
    const bare = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'clarification-requested' });
    expect(problem(bare).errors?.[0]).toMatchObject({ path: 'body/note', code: 'note-required' });
    const refusal = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'refusal' });
    expect(refusal.statusCode).toBe(422);
    expect(problem(refusal).errors?.[0]).toMatchObject({ path: 'body/reason', code: 'reason-required' });
    expect((await footprint(id)).steps).toBe(1);
  });

  it('refuses an answer less strict than the request (422), and any answer once the requester has closed it (409)', async () => {
    const id = await ask();
    const looser = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019; two officers.', language: 'en', handling: 'TLP:CLEAR' });
    expect(looser.statusCode).toBe(422);
    expect(typeOf(looser)).toBe('handling-looser');
    expect(problem(looser).errors?.[0]).toMatchObject({ path: 'body/handling', code: 'handling-looser' });
    const closed = await post(usOfficer, us, `/requests/${id}/steps`, { kind: 'closure', note: 'Resolved by other means.', language: 'en' });
    expect(closed.statusCode, closed.body).toBe(201);
    await us.deliver();
    expect((await getRequest(cnOfficer.ctx, id)).status).toBe('closed');
    const late = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019.', language: 'en' });
    expect(late.statusCode).toBe(409);
    expect(typeOf(late)).toBe('request-finished');
  });

  it('lets the requester close an answered request, on both nodes, and refuses a second closure (409)', async () => {
    const id = await ask();
    const answered = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019; two officers.', language: 'en' });
    expect(answered.statusCode, answered.body).toBe(201);
    await cn.deliver();
    expect((await getRequest(usOfficer.ctx, id)).status).toBe('answered');
    const closed = await post(usOfficer, us, `/requests/${id}/steps`, { kind: 'closure', note: 'Thank you: enough for our case.', language: 'en' });
    expect(closed.statusCode, closed.body).toBe(201);
    await us.deliver();
    const [here, there] = [await getRequest(usOfficer.ctx, id), await getRequest(cnOfficer.ctx, id)];
    expect([here.status, there.status]).toEqual(['closed', 'closed']);
    expect(here.closedAt).not.toBeNull();
    const again = await post(usOfficer, us, `/requests/${id}/steps`, { kind: 'closure', note: 'Again.', language: 'en' });
    expect(again.statusCode).toBe(409);
    expect(typeOf(again)).toBe('request-finished');
  });

  it('refuses oversized (413) and mistyped (415) documents by name, and keeps nothing of the answer', async () => {
    const id = await ask();
    const before = await footprint(id);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4 * 1024 * 1024)]);
    const oversized = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'See the file.', documents: [pdfDocument('ok.pdf'), pdfDocument('huge.pdf', big)] });
    expect(oversized.statusCode).toBe(413);
    expect(problem(oversized).errors).toEqual([expect.objectContaining({ path: 'body/documents/1', code: 'attachment-too-large' })]);
    const mistyped = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'See the file.', documents: [{ filename: 'scan.pdf', mediaType: 'application/pdf', content: PNG.toString('base64') }] });
    expect(mistyped.statusCode).toBe(415);
    expect(typeOf(mistyped)).toBe('attachment-type-mismatch');
    const text = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'See the file.', documents: [{ filename: 'notes.pdf', mediaType: 'application/pdf', content: Buffer.from('plain text').toString('base64') }] });
    expect(text.statusCode).toBe(415);
    expect(await footprint(id)).toEqual(before);
    expect((await getRequest(cnOfficer.ctx, id)).status).toBe('received');
  });

  it('keeps the request’s use restrictions in an answer (422), checks a step’s links, and waits for a clarification asked before a partial answer (409)', async () => {
    const id = await ask({ useRestrictions: ['no-onward-dissemination'] });
    const before = await footprint(id);
    const dropped = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019.', useRestrictions: ['crime-prevention-only'] });
    expect(dropped.statusCode).toBe(422);
    expect(typeOf(dropped)).toBe('restrictions-dropped');
    expect(problem(dropped).errors).toEqual([expect.objectContaining({ path: 'body/useRestrictions', code: 'restrictions-dropped', params: { missing: 'no-onward-dissemination' } })]);
    // Laxer in both: the label leads, and each issue keeps its own code.
    const both = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019.', handling: 'TLP:CLEAR', useRestrictions: [] });
    expect(typeOf(both)).toBe('handling-looser');
    expect(problem(both).errors?.map((e) => e.code)).toEqual(['handling-looser', 'restrictions-dropped']);
    const linked = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'delay', reason: 'volume', expectedAt: new Date(clock.now().getTime() + 86_400_000).toISOString(), links: { incidents: ['CN-INC-2026-999999'], notifications: [], contacts: [] } });
    expect(linked.statusCode).toBe(422);
    expect(problem(linked).errors).toEqual([expect.objectContaining({ path: 'body/links/incidents/0', code: 'unknown-incident' })]);
    expect(await footprint(id)).toEqual(before);
    const kept = await post(cnOfficer, cn, `/requests/${id}/steps`, { kind: 'answer', note: 'Registered 2019.', useRestrictions: ['no-onward-dissemination', 'crime-prevention-only'] });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json<{ steps: { kind: string; state: string }[] }>().steps.at(-1)).toMatchObject({ kind: 'answer', state: 'pending-approval' });

    const other = await ask();
    await fileStep(cnOfficer.ctx, other, step('clarification-requested', { note: 'Which company?', language: 'en' }));
    const partial = await post(cnOfficer, cn, `/requests/${other}/steps`, { kind: 'partial-answer', note: 'Some of it.' });
    expect(partial.statusCode).toBe(409);
    expect(typeOf(partial)).toBe('clarification-pending');
    expect((await post(cnOfficer, cn, `/requests/${other}/steps`, { kind: 'answer', note: 'All of it.' })).statusCode).toBe(201);
  });

  it('answers a replay with the same Idempotency-Key 200 from the use case too, filing nothing again', async () => {
    const id = await ask();
    const headers = { ...(await cnOfficer.login()), 'idempotency-key': 'delay-replay-123456' };
    const payload = { kind: 'delay', reason: 'volume', expectedAt: new Date(clock.now().getTime() + 86_400_000).toISOString() };
    const first = await cn.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/steps`, headers, payload });
    // The platform's record of the first answer gone (kept a while only): the use case finds the step it filed then.
    await cn.database.db.delete(idempotencyKeys);
    const again = await cn.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/steps`, headers, payload });
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect((await footprint(id)).steps).toBe(2);
  });

  it('files a step once for one Idempotency-Key', async () => {
    const id = await ask();
    const input = step('partial-answer', { note: 'The company was registered in 2019.', language: 'en' });
    const first = await fileStep(cnOfficer.ctx, id, input, { idempotencyKey: 'partial-1-abcdef' });
    const again = await fileStep(cnOfficer.ctx, id, input, { idempotencyKey: 'partial-1-abcdef' });
    expect(again).toEqual({ id: first.id, created: false });
    expect((await footprint(id)).steps).toBe(2);
    expect((await getRequest(cnOfficer.ctx, id)).status).toBe('partially-answered');
  });
});

describe('four eyes on an answer', () => {
  async function amberAnswer(id: string, author: { ctx: Ctx }) {
    return fileStep(author.ctx, id, step('answer', { note: 'Two officers; one is known to us.', language: 'en', handling: 'TLP:AMBER', documents: [pdfDocument()] }));
  }

  it('holds an AMBER answer until a supervisor who did not write it approves it; then it takes effect and leaves', async () => {
    const id = await ask();
    const { envelopes } = await footprint(id);
    const { id: stepId } = await amberAnswer(id, cnSupervisor);
    const pending = await getRequest(cnSupervisor.ctx, id);
    expect(pending.status).toBe('received');
    expect(pending.steps.find((s) => s.id === stepId)).toMatchObject({ state: 'pending-approval', kind: 'answer' });
    expect((await footprint(id)).envelopes).toBe(envelopes);
    // Its author may not approve it, nor an officer; another supervisor may.
    await expect(approveStep(cnSupervisor.ctx, id, stepId)).rejects.toMatchObject({ status: 403, type: 'four-eyes' });
    await expect(approveStep(cnOfficer.ctx, id, stepId)).rejects.toMatchObject({ status: 403 });
    const res = await post(cnSupervisor2, cn, `/requests/${id}/steps/${stepId}/approve`, {});
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json<{ status: string; steps: { id: string; state: string; approvedByName: string | null }[] }>();
    expect(approved.status).toBe('answered');
    expect(approved.steps.find((s) => s.id === stepId)).toMatchObject({ state: 'sent', approvedByName: expect.stringContaining('supervisor') });
    expect((await footprint(id)).envelopes).toBe((envelopes ?? 0) + 2); // the answer, then its document
    await cn.deliver();
    const there = await getRequest(usOfficer.ctx, id);
    expect(there.status).toBe('answered');
    expect(there.steps.find((s) => s.id === stepId)).toMatchObject({ state: 'received', handling: 'TLP:AMBER', documents: [expect.objectContaining({ filename: 'registration.pdf' })] });
    await expect(approveStep(cnSupervisor.ctx, id, stepId)).rejects.toMatchObject({ status: 409, type: 'step-not-pending' });
  });

  it("is approved within its author's agency, or by a supervisor who is an administrator as an override", async () => {
    const id = await ask();
    const { id: stepId } = await amberAnswer(id, cnOfficer);
    const customs = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'GACC-AS', nameEn: 'GACC Anti-Smuggling', nameZh: '海关缉私局', kind: 'customs' });
    const other = async (roles: Role[], username: string) => {
      const user = await createUser(cn.ctx(), { username, displayName: username, agencyId: customs.id, roles, locale: 'en', timeZone: 'Asia/Shanghai', password: PASSWORD });
      return cn.ctx(cn.person(roles, { id: user.id, agencyId: customs.id }));
    };
    await expect(approveStep(await other(['supervisor'], 'cn.customs.supervisor'), id, stepId)).rejects.toMatchObject({ status: 403, type: 'four-eyes' });
    await expect(approveStep(await other(['officer', 'admin'], 'cn.customs.admin'), id, stepId)).rejects.toMatchObject({ status: 403, type: 'four-eyes' });
    await approveStep(await other(['supervisor', 'admin'], 'cn.customs.admin.supervisor'), id, stepId);
    const [entry] = await cn.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'request.step-approved')));
    expect(entry?.change).toMatchObject({ stepId, administratorOverride: { authorAgencyId: cnAgency.id, actorAgencyId: customs.id } });
    expect((await getRequest(cnOfficer.ctx, id)).status).toBe('answered');
  });

  it('returns a pending answer to its author: it leaves the timeline, the audit log keeps why', async () => {
    const id = await ask();
    const { id: stepId } = await amberAnswer(id, cnOfficer);
    const res = await post(cnSupervisor, cn, `/requests/${id}/steps/${stepId}/return`, { note: 'Do not name the informant.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ steps: { id: string }[] }>().steps.map((s) => s.id)).not.toContain(stepId);
    expect((await footprint(id)).documents).toBe(0);
    const [entry] = await cn.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'request.step-returned')));
    expect(entry?.change).toMatchObject({ stepId, returnNote: 'Do not name the informant.', returned: { kind: 'answer', note: 'Two officers; one is known to us.' } });
    await expect(returnStep(cnSupervisor.ctx, id, stepId, 'again')).rejects.toMatchObject({ status: 404 });
  });
});
