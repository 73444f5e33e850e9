// A request between two real nodes over loopback (issue 16): the US asks CN with a document; CN's node acknowledges
// it with the deadline it counts, which the US then shows; CN notifies a delay, asks for clarification, the US
// clarifies and the clock restarts on both; CN answers in part with a document; the US closes. Both nodes show the
// same steps in the same order and the same deadline. A withdrawal purges CN's copy; records from the wrong party
// or in another party's series are refused on receipt.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { askInput, pdfDocument, PDF, PNG, requestPair, step } from '../../../test/request-steps.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { entityMentions } from '../entities/index.js';
import type { UpsertEnvelope } from '../exchange/index.js';
import { createRequest, submitRequest, withdrawRequest } from './drafting.js';
import { addRequestDocument } from './drafting-documents.js';
import { getRequest } from './queries.js';
import { requestHandler } from './receive.js';
import { documentHandler, stepHandler } from './receive-steps.js';
import * as repo from './repo.js';
import { fileStep } from './steps.js';
import { requestDocuments, requestSteps } from './tables.js';

const { us, cn, clock, person } = await requestPair();
const usOfficer = await person(us, ['officer']);
const cnOfficer = await person(cn, ['officer']);
const HOUR = 3_600_000;

async function ask(withDocument: boolean): Promise<string> {
  const { id } = await createRequest(usOfficer.ctx, askInput({ priority: 'high', items: [{ code: 'company-registration', note: null }, { code: 'shipment-records', note: 'January 2026' }] }));
  if (withDocument) await addRequestDocument(usOfficer.ctx, id, { filename: 'bill-of-lading.png', mediaType: 'image/png', content: PNG.toString('base64') });
  await submitRequest(usOfficer.ctx, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** The timeline as both sides must agree on it: who, what, when. */
const timeline = async (node: typeof us, ctx: typeof usOfficer.ctx, id: string) =>
  (await getRequest(ctx, id)).steps.filter((s) => s.state !== 'local').map((s) => ({ id: s.id, party: s.party, kind: s.kind, at: s.at.toISOString(), dueAt: s.dueAt?.toISOString() ?? null, expectedAt: s.expectedAt?.toISOString() ?? null, documents: s.documents.map((d) => d.sha256) }));

describe('a request between two nodes', () => {
  it('travels from asking to closure, the same on both nodes', async () => {
    clock.set(new Date('2026-03-02T09:00:00Z')); // Monday, 17:00 in Beijing
    const id = await ask(true);
    let there = await getRequest(cnOfficer.ctx, id);
    expect(there).toMatchObject({ status: 'received', originParty: 'US', toParty: 'CN', allowed: expect.arrayContaining(['answer', 'delay', 'refusal', 'clarification-requested']) });
    expect(there.documents.map((d) => d.filename)).toEqual(['bill-of-lading.png']);
    // High priority: 3 calendar days on CN's calendar, to the end of Thursday 5 March in Beijing.
    expect(there.clock.dueAt?.toISOString()).toBe('2026-03-05T16:00:00.000Z');
    let here = await getRequest(usOfficer.ctx, id);
    expect(here).toMatchObject({ status: 'received', clock: { period: { amount: 3, unit: 'calendar-days' }, dueLocal: { receiver: '2026-03-06 00:00 Asia/Shanghai', requester: '2026-03-05 11:00 America/New_York' } } });
    expect(here.clock.dueAt?.toISOString()).toBe('2026-03-05T16:00:00.000Z');

    clock.set(new Date('2026-03-03T02:00:00Z'));
    const expected = new Date('2026-03-10T09:00:00Z');
    await fileStep(cnOfficer.ctx, id, step('delay', { reason: 'judicial-authorisation', expectedAt: expected, note: '需经法院批准。', language: 'zh' }));
    await cn.deliver();
    here = await getRequest(usOfficer.ctx, id);
    expect(here).toMatchObject({ delayCount: 1, clock: { expectedAt: expected } });
    expect(here.steps.at(-1)).toMatchObject({ kind: 'delay', reason: 'judicial-authorisation', note: '需经法院批准。', state: 'received' });

    clock.set(new Date('2026-03-04T16:00:00Z')); // Thursday 00:00 in Beijing: 24 hours left, one whole day
    await fileStep(cnOfficer.ctx, id, step('clarification-requested', { note: '请说明运输日期。', language: 'zh' }));
    await cn.deliver();
    expect((await getRequest(usOfficer.ctx, id)).clock).toMatchObject({ remainingMs: 24 * HOUR });
    clock.set(new Date('2026-03-06T01:00:00Z')); // Friday 09:00 in Beijing: the day left is Saturday, to its end
    await fileStep(usOfficer.ctx, id, step('clarification', { note: 'Shipped 14 January 2026 from Shanghai.', language: 'en' }));
    await us.deliver();
    await cn.deliver();
    for (const view of [await getRequest(cnOfficer.ctx, id), await getRequest(usOfficer.ctx, id)]) {
      expect(view.status).toBe('received');
      expect(view.clock.dueAt?.toISOString()).toBe('2026-03-07T16:00:00.000Z');
    }

    clock.set(new Date('2026-03-06T08:00:00Z'));
    await fileStep(cnOfficer.ctx, id, step('partial-answer', { note: '公司登记信息见附件；运输记录仍在调取。', language: 'zh', documents: [pdfDocument('营业执照.pdf')], entities: [{ kind: 'phone', value: '+86 27 8888 1234', role: 'supplier', country: null, uscc: null, bankCode: null }] }));
    await cn.deliver();
    here = await getRequest(usOfficer.ctx, id);
    expect(here.status).toBe('partially-answered');
    const partial = here.steps.find((s) => s.kind === 'partial-answer');
    expect(partial?.documents.map((d) => [d.filename, d.party])).toEqual([['营业执照.pdf', 'CN']]);
    const [kept] = await us.database.db.select({ content: requestDocuments.content }).from(requestDocuments).where(eq(requestDocuments.stepId, partial?.id ?? ''));
    expect(kept?.content.equals(PDF)).toBe(true);
    expect(here.firstAnswerAt?.toISOString()).toBe('2026-03-06T08:00:00.000Z');

    clock.set(new Date('2026-03-06T15:00:00Z'));
    await fileStep(usOfficer.ctx, id, step('closure', { note: 'Enough for our case; thank you.', language: 'en' }));
    await us.deliver();
    there = await getRequest(cnOfficer.ctx, id);
    here = await getRequest(usOfficer.ctx, id);
    expect([there.status, here.status]).toEqual(['closed', 'closed']);
    expect(there.allowed).toEqual([]);
    const kinds = ['acknowledged', 'delay', 'clarification-requested', 'clarification', 'clock-restarted', 'partial-answer', 'closure'];
    const [a, b] = [await timeline(cn, cnOfficer.ctx, id), await timeline(us, usOfficer.ctx, id)];
    expect(a.map((s) => s.kind)).toEqual(kinds);
    expect(b).toEqual(a);
    expect(there.clock.dueAt).toEqual(here.clock.dueAt);
    expect(there.closedAt?.toISOString()).toBe('2026-03-06T15:00:00.000Z');
  });

  it('purges CN’s copy when the US withdraws a sent request', async () => {
    const id = await ask(true);
    await fileStep(cnOfficer.ctx, id, step('delay', { reason: 'volume', expectedAt: new Date(clock.now().getTime() + 48 * HOUR) }));
    const held = async () => {
      const db = cn.database.db;
      const [[steps], [documents], [mentions]] = await Promise.all([
        db.select({ n: count() }).from(requestSteps).where(eq(requestSteps.requestId, id)),
        db.select({ n: count() }).from(requestDocuments).where(eq(requestDocuments.requestId, id)),
        db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, id)),
      ]);
      return { request: (await repo.get(db, id)) !== undefined, steps: steps?.n, documents: documents?.n, mentions: mentions?.n };
    };
    expect(await held()).toEqual({ request: true, steps: 2, documents: 1, mentions: 1 });
    await withdrawRequest(usOfficer.ctx, id, 'Filed in error.');
    await us.deliver();
    expect(await held()).toEqual({ request: false, steps: 0, documents: 0, mentions: 0 });
    await expect(getRequest(cnOfficer.ctx, id)).rejects.toMatchObject({ status: 404 });
    expect((await getRequest(usOfficer.ctx, id)).status).toBe('withdrawn');
  });
});

describe('records refused on receipt', () => {
  const envelope = (kind: string, from: string, data: Record<string, unknown>, recordId = newId()): UpsertEnvelope => ({
    v: 1, id: newId(), from, to: 'CN', seq: 1, prev: '0'.repeat(64), kind, recordId, recordVersion: 1, sentAt: clock.now().toISOString(), body: { op: 'upsert', data },
  });
  const apply = (handler: typeof stepHandler, env: UpsertEnvelope) => withTx(cn.ctx(), (tx) => handler.apply(tx, cn.ctx(), env));

  it('refuses a step from the wrong side, a local step and a step on a request it does not hold', async () => {
    const id = await ask(false);
    const { reference } = await getRequest(cnOfficer.ctx, id);
    const base = { requestId: id, requestReference: reference, agency: null, authorName: 'Someone', approvedByName: null, at: clock.now().toISOString(), reason: null, note: 'x', language: 'en', expectedAt: null, dueAt: null, period: null, handling: null, useRestrictions: [], entities: [], links: null };
    expect(await apply(stepHandler, envelope('request-step', 'US', { ...base, kind: 'answer' }))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('only CN') });
    expect(await apply(stepHandler, envelope('request-step', 'US', { ...base, kind: 'reminder-sent' }))).toMatchObject({ status: 'rejected' });
    expect(await apply(stepHandler, envelope('request-step', 'US', { ...base, requestId: newId(), kind: 'closure' }))).toMatchObject({ status: 'rejected' });
    const [steps] = await cn.database.db.select({ n: count() }).from(requestSteps).where(and(eq(requestSteps.requestId, id), eq(requestSteps.party, 'US')));
    expect(steps?.n).toBe(0);
  });

  it('refuses a request in another party’s series or not addressed to this party, and a document that is not what it says', async () => {
    const wire = { ...askInput(), caseId: null, caseReference: null, agency: { acronym: 'HSI', nameEn: 'HSI', nameZh: 'HSI' }, toContact: null, source: null, createdByName: 'x', approvedByName: null, sentAt: clock.now().toISOString(), createdAt: clock.now().toISOString() };
    const own = await apply(requestHandler, envelope('request', 'US', { ...wire, reference: 'CN-REQ-2026-000001' }));
    expect(own).toMatchObject({ status: 'rejected', detail: 'a reference of US reads US-REQ-YYYY-NNNNNN' });
    const elsewhere = await apply(requestHandler, envelope('request', 'US', { ...wire, reference: 'US-REQ-2026-009999', toParty: 'GB' }));
    expect(elsewhere).toMatchObject({ status: 'rejected', detail: expect.stringContaining('not GB') });
    const id = await ask(false);
    const doc = { requestId: id, stepId: null, filename: 'x.pdf', mediaType: 'application/pdf', size: PNG.length, sha256: '0'.repeat(64), content: PNG.toString('base64'), createdByName: 'x', createdAt: clock.now().toISOString() };
    expect(await apply(documentHandler, envelope('request-document', 'US', doc))).toMatchObject({ status: 'rejected', detail: expect.stringContaining('SHA-256') });
  });
});
