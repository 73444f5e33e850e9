// What a node takes from the other party of a request, over two real nodes: the requested party's holdings (its own
// records sharing an entity) never reach the requester, whatever is answered; the requester's node takes an
// acknowledgment once and a restart only of a stopped clock, and no step dated ahead of its clock; no step looser
// than its request; the requested party's documents only with a step of its own held here; and a request filed under
// a case this node holds that is neither the sender's nor names it is kept without that case.
import { and, eq, inArray, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { caseRow, insertCase } from '../../../test/request-rows.js';
import { askInput, PDF, requestPair, step } from '../../../test/request-steps.js';
import { newId, sha256Hex } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { entityMentions } from '../entities/index.js';
import { outbox, type UpsertEnvelope } from '../exchange/index.js';
import { createIncident } from '../incidents/index.js';
import { approveRequest, createRequest, submitRequest } from './drafting.js';
import { getRequest } from './queries.js';
import { requestHandler } from './receive.js';
import { documentHandler, stepHandler } from './receive-steps.js';
import * as repo from './repo.js';
import { fileStep } from './steps.js';
import { requestDocuments, requestSteps } from './tables.js';

const { us, cn, clock, person, cnAgency } = await requestPair();
const usOfficer = await person(us, ['officer']);
const usSupervisor = await person(us, ['supervisor']);
const cnOfficer = await person(cn, ['officer']);
const phone = { kind: 'phone' as const, value: '+86 138 0013 8000', role: 'supplier' as const, country: null, uscc: null, bankCode: null };

async function ask(over: Parameters<typeof askInput>[0] = {}): Promise<string> {
  const { id } = await createRequest(usOfficer.ctx, askInput(over));
  await submitRequest(usOfficer.ctx, id);
  if ((await getRequest(usOfficer.ctx, id)).status === 'awaiting-approval') await approveRequest(usSupervisor.ctx, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

let serial = 0;
const envelope = (node: typeof us, kind: string, from: string, data: Record<string, unknown>, recordId = newId()): UpsertEnvelope => ({
  v: 1, id: newId(), from, to: node.party, seq: ++serial, prev: '0'.repeat(64), kind, recordId, recordVersion: 1, sentAt: clock.now().toISOString(), body: { op: 'upsert', data },
});
const apply = (node: typeof us, handler: typeof stepHandler, env: UpsertEnvelope) => withTx(node.ctx(), (tx) => handler.apply(tx, node.ctx(), env));

describe('the holdings', () => {
  it('never leave the requested node: not in the answer it sends, not in what the requester keeps', async () => {
    const incident = await createIncident(cnOfficer.ctx, incidentInput(cnAgency.id, { handling: 'TLP:GREEN', useRestrictions: [] }));
    const id = await ask({ entities: [phone] });
    const there = await getRequest(cnOfficer.ctx, id);
    expect(there.holdings.flatMap((h) => h.records.map((r) => r.reference))).toContain(incident.reference); // the test can see them
    await fileStep(cnOfficer.ctx, id, step('answer', { note: 'The number is registered to the company.', language: 'en', entities: [phone] }));
    await cn.deliver();
    expect((await getRequest(usOfficer.ctx, id)).status).toBe('answered');

    const sent = await cn.database.db.select({ jws: outbox.jws }).from(outbox).where(like(outbox.kind, 'request%'));
    const payloads = sent.map((e) => Buffer.from((e.jws ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')).join('\n');
    expect(payloads).toContain(there.reference);
    const kept = JSON.stringify([
      await repo.get(us.database.db, id),
      await us.database.db.select().from(requestSteps).where(eq(requestSteps.requestId, id)),
      await us.database.db.select().from(entityMentions).where(inArray(entityMentions.recordId, [id, ...(await us.database.db.select({ id: requestSteps.id }).from(requestSteps).where(eq(requestSteps.requestId, id))).map((s) => s.id)])),
      (await getRequest(usOfficer.ctx, id)).holdings,
    ]);
    for (const text of [payloads, kept]) {
      expect(text).not.toContain(incident.reference);
      expect(text).not.toContain(incident.id);
    }
  });
});

describe('steps taken on the requesting node', () => {
  const wire = (id: string, reference: string, over: Record<string, unknown>) => ({
    requestId: id, requestReference: reference, agency: null, authorName: 'system', approvedByName: null, at: clock.now().toISOString(), reason: null, note: null, language: null,
    expectedAt: null, dueAt: null, period: null, handling: null, useRestrictions: [], entities: [], links: null, ...over,
  });

  it('takes one acknowledgment, a restart only of a stopped clock, and no step dated ahead of its clock', async () => {
    const id = await ask();
    const { reference } = await getRequest(usOfficer.ctx, id);
    const due = new Date(clock.now().getTime() + 86_400_000).toISOString();
    const second = await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { kind: 'acknowledged', dueAt: due })));
    expect(second).toMatchObject({ status: 'rejected', detail: expect.stringContaining('acknowledged already') });
    const restart = await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { kind: 'clock-restarted', dueAt: due })));
    expect(restart).toMatchObject({ status: 'rejected', detail: expect.stringContaining('not stopped') });
    const ahead = new Date(clock.now().getTime() + 6 * 60_000).toISOString();
    const future = await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { kind: 'delay', reason: 'volume', expectedAt: due, at: ahead })));
    expect(future).toMatchObject({ status: 'rejected', detail: expect.stringContaining('later than') });
    const soon = new Date(clock.now().getTime() + 60_000).toISOString();
    expect(await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { kind: 'delay', reason: 'volume', expectedAt: due, at: soon })))).toEqual({ status: 'applied' });
    expect((await getRequest(usOfficer.ctx, id)).steps.map((s) => s.kind)).toEqual(['acknowledged', 'delay']);
  });

  it('refuses an answer looser than its request, in its handling or its use restrictions', async () => {
    const id = await ask({ useRestrictions: ['crime-prevention-only'] });
    const { reference } = await getRequest(usOfficer.ctx, id);
    const answer = { kind: 'answer', authorName: 'CN officer', note: 'Registered 2019.', language: 'en' };
    const clear = await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { ...answer, handling: 'TLP:CLEAR', useRestrictions: ['crime-prevention-only'] })));
    expect(clear).toMatchObject({ status: 'rejected', detail: expect.stringContaining('as strict or stricter') });
    const unrestricted = await apply(us, stepHandler, envelope(us, 'request-step', 'CN', wire(id, reference, { ...answer, handling: 'TLP:GREEN' })));
    expect(unrestricted).toMatchObject({ status: 'rejected', detail: expect.stringContaining('keeps its use restrictions') });
    expect((await getRequest(usOfficer.ctx, id)).status).toBe('received');
  });
});

describe('documents and cases taken on receipt', () => {
  it('takes a document of the requested party only with one of its steps held here', async () => {
    const id = await ask();
    const held = await getRequest(usOfficer.ctx, id);
    const ack = held.steps.find((s) => s.kind === 'acknowledged');
    const doc = (stepId: string | null) => ({ requestId: id, stepId, filename: 'a.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: sha256Hex(PDF), content: PDF.toString('base64'), createdByName: 'x', createdAt: clock.now().toISOString() });
    expect(await apply(us, documentHandler, envelope(us, 'request-document', 'CN', doc(null)))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('goes with one of its steps') });
    expect(await apply(us, documentHandler, envelope(us, 'request-document', 'CN', doc(newId())))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('no step') });
    expect(await apply(us, documentHandler, envelope(us, 'request-document', 'CN', doc(ack?.id ?? null)))).toEqual({ status: 'applied' });
    const kept = await us.database.db.select({ stepId: requestDocuments.stepId }).from(requestDocuments).where(and(eq(requestDocuments.requestId, id), eq(requestDocuments.party, 'CN')));
    expect(kept).toEqual([{ stepId: ack?.id }]);
  });

  it('keeps a request without a case held here that is neither the sender’s nor names it', async () => {
    const foreign = caseRow({ originParty: 'CN', parties: ['GB'] });
    const shared = caseRow({ originParty: 'CN', parties: ['US'] });
    await insertCase(cn.database.db, foreign);
    await insertCase(cn.database.db, shared);
    const wire = { ...askInput(), agency: { acronym: 'HSI', nameEn: 'HSI', nameZh: 'HSI' }, toContact: null, source: null, createdByName: 'x', approvedByName: null, sentAt: clock.now().toISOString(), createdAt: clock.now().toISOString() };
    const into = async (kase: typeof foreign, n: number) => {
      const env = envelope(cn, 'request', 'US', { ...wire, caseId: kase.id, caseReference: kase.reference, reference: `US-REQ-2026-0090${n}0` });
      expect(await apply(cn, requestHandler, env)).toEqual({ status: 'applied' });
      return repo.get(cn.database.db, env.recordId);
    };
    expect(await into(foreign, 1)).toMatchObject({ caseId: null, caseReference: null });
    expect(await into(shared, 2)).toMatchObject({ caseId: shared.id, caseReference: shared.reference });
  });
});
