// The requests kinds' restore hooks one rule at a time (the whole recovery from a real backup is
// requests.restore.test.ts): a newer local version kept, an equal one brought to the peer's content, another party's
// records and forged documents left alone, a draft holding the number and being changed meanwhile not waited for,
// a clarification held back until the request for it is here.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { dbKind } from '../../../test/db.js';
import { caseInput } from '../../../test/request-inputs.js';
import { newest, restoreWith } from '../../../test/request-restore.js';
import { askInput, pdfDocument, PNG, requestPair, step } from '../../../test/request-steps.js';
import type { Envelope } from '../exchange/index.js';
import { outbox } from '../exchange/index.js';
import { createCase, updateCase } from './cases.js';
import { createRequest, submitRequest } from './drafting.js';
import { addRequestDocument } from './drafting-documents.js';
import { getCase, getRequest } from './queries.js';
import { caseHandler, requestHandler } from './receive.js';
import { documentHandler, stepHandler } from './receive-steps.js';
import * as repo from './repo.js';
import { CaseInput } from './schemas.js';
import { fileStep } from './steps.js';
import { cases, requests, requestSteps } from './tables.js';
import { CASE_KIND, DOCUMENT_KIND, REQUEST_KIND, STEP_KIND } from './wire.js';

vi.setConfig({ testTimeout: 120_000 });
const { us, cn, person, usAgency, cnAgency } = await requestPair();
type Node = typeof us;
const usPerson = await person(us, ['officer']);
const cnPerson = await person(cn, ['officer']);
const usOfficer = () => us.ctx(us.person(['officer'], { id: usPerson.id, agencyId: usAgency.id }));
const cnOfficer = () => cn.ctx(cn.person(['officer'], { id: cnPerson.id, agencyId: cnAgency.id }));
const caseOf = () => CaseInput.parse(caseInput());
const outboxSize = async (node: Node) => (await node.database.db.select({ n: count() }).from(outbox))[0]?.n;

describe('the restore hooks', () => {
  it('keep a newer local version, and bring an equal one to the peer’s content', async () => {
    const c = await createCase(usOfficer(), caseOf());
    const v1 = await newest(us, CASE_KIND, c.id);
    await updateCase(usOfficer(), c.id, { ...caseOf(), title: 'Version 2' }, 1);
    const sent = await outboxSize(us);
    expect(await restoreWith(us, caseHandler, v1)).toMatchObject({ status: 'kept', reference: c.reference });
    expect((await getCase(usOfficer(), c.id)).title).toBe('Version 2');
    const v2 = await newest(us, CASE_KIND, c.id);
    await us.database.db.update(cases).set({ title: 'Version 2 of another timeline' }).where(eq(cases.id, c.id));
    expect(await restoreWith(us, caseHandler, v2)).toMatchObject({ status: 'restored' });
    expect((await getCase(usOfficer(), c.id)).title).toBe('Version 2');
    expect(await outboxSize(us)).toBe(sent);
  });

  it('restore only this party’s own records, and a document only as it was sent', async () => {
    const { id } = await createRequest(usOfficer(), askInput());
    await addRequestDocument(usOfficer(), id, pdfDocument());
    await submitRequest(usOfficer(), id);
    await us.deliver();
    const request = await newest(us, REQUEST_KIND, id);
    // On CN the envelope is another party's: CN's hook leaves it alone, and CN's copy stays the US's.
    expect(await restoreWith(cn, requestHandler, request)).toMatchObject({ status: 'skipped' });
    expect(await restoreWith(cn, requestHandler, { ...request, from: 'CN', to: 'US' })).toMatchObject({ status: 'skipped' });
    expect((await repo.get(cn.database.db, id))?.originParty).toBe('US');
    const [documentId] = (await getRequest(usOfficer(), id)).documents.map((d) => d.id);
    const document = await newest(us, DOCUMENT_KIND, documentId ?? '');
    const body = document.body.op === 'upsert' ? (document.body.data as Record<string, unknown>) : {};
    const forged = { ...document, body: { op: 'upsert' as const, data: { ...body, content: PNG.toString('base64') } } };
    expect(await restoreWith(us, documentHandler, forged)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('SHA-256') });
    expect(await restoreWith(us, documentHandler, { ...document, to: 'EU' })).toMatchObject({ status: 'skipped', detail: expect.stringContaining('not between US and EU') });
    expect(await restoreWith(us, documentHandler, document)).toMatchObject({ status: 'restored', detail: 'registration.pdf' });
    expect(await restoreWith(us, requestHandler, { ...request, body: { op: 'upsert', data: { subject: 'no reference' } } })).toMatchObject({ status: 'skipped' });
  });

  if (dbKind() === 'postgres') {
    it('leave a draft that holds the number and is being changed meanwhile alone, without waiting for it', async () => {
      const { id, reference } = await createRequest(usOfficer(), askInput());
      await submitRequest(usOfficer(), id);
      await us.deliver();
      const sent = await newest(us, REQUEST_KIND, id);
      const draft = await createRequest(usOfficer(), askInput());
      // As after a restore: the number the peer holds for the sent request is a draft's here, and that draft is
      // being submitted (its row locked, the outbox head next) while the recovery holds the head.
      const data = sent.body.op === 'upsert' ? (sent.body.data as Record<string, unknown>) : {};
      const envelope: Envelope = { ...sent, body: { op: 'upsert', data: { ...data, reference: draft.reference } } };
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked: () => void = () => undefined;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const submitting = us.database.db.transaction(async (tx) => {
        await tx.select({ id: requests.id }).from(requests).where(eq(requests.id, draft.id)).for('update');
        locked();
        await released;
      });
      await isLocked;
      try {
        const waited = new Promise((resolve) => setTimeout(() => resolve('waited for the lock'), 5_000));
        expect(await Promise.race([restoreWith(us, requestHandler, envelope), waited])).toMatchObject({ status: 'skipped', detail: expect.stringContaining('tried again after the next pull') });
      } finally {
        release();
        await submitting;
      }
      expect(await repo.get(us.database.db, draft.id)).toMatchObject({ reference: draft.reference, status: 'draft' });
      expect((await repo.get(us.database.db, id))?.reference).toBe(reference);
    });
  }

  it('hold a clarification back until the request for it is here', async () => {
    const { id } = await createRequest(usOfficer(), askInput());
    await submitRequest(usOfficer(), id);
    await us.deliver();
    await fileStep(cnOfficer(), id, step('clarification-requested', { note: '请说明。', language: 'zh' }));
    await cn.deliver();
    const { id: stepId } = await fileStep(usOfficer(), id, step('clarification', { note: 'Shipped in January.', language: 'en' }));
    const clarification = await newest(us, STEP_KIND, stepId);
    expect(await restoreWith(us, stepHandler, clarification)).toMatchObject({ status: 'restored', reference: expect.any(String) });
    // As after a restore that lost CN's request for it: the clarification waits.
    await us.database.db.delete(requestSteps).where(and(eq(requestSteps.requestId, id), eq(requestSteps.kind, 'clarification-requested')));
    expect(await restoreWith(us, stepHandler, clarification)).toMatchObject({ status: 'skipped', detail: expect.stringContaining('waits for CN') });
    // A step on a request this node does not hold is not filed.
    const body = clarification.body.op === 'upsert' ? (clarification.body.data as Record<string, unknown>) : {};
    expect(await restoreWith(us, stepHandler, { ...clarification, body: { op: 'upsert', data: { ...body, requestId: '00000000-0000-4000-8000-000000000000' } } })).toMatchObject({ status: 'skipped' });
  });
});
