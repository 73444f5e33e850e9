// Restoring this party's own cases, requests, steps and documents after the node came back from an older backup: a
// real backup (pg_dump/pg_restore on PostgreSQL, the embedded database's dump on PGlite) taken part-way, restored after
// the nodes went on; the exchange's recovery takes the node's envelopes back from its peer and the kinds' `restore`
// hooks rebuild the records — the request's state derived again from its steps, the reference counters past the
// restored numbers — sharing nothing. The hooks' own rules one by one:
// requests.restore-hooks.test.ts.
import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { takeBackup } from '../../../test/backup.js';
import { caseInput } from '../../../test/request-inputs.js';
import { askInput, pdfDocument, PNG, requestPair, step } from '../../../test/request-steps.js';
import type { Ctx } from '../../platform/context.js';
import { jobs } from '../../platform/jobs/index.js';
import { entityMentions } from '../entities/index.js';
import { checkPeerHeads, inbox, outbox } from '../exchange/index.js';
import { createCase, withdrawCase } from './cases.js';
import { createRequest, submitRequest, withdrawRequest } from './drafting.js';
import { addRequestDocument, removeRequestDocument } from './drafting-documents.js';
import { getCase, getRequest } from './queries.js';
import * as repo from './repo.js';
import { CaseInput } from './schemas.js';
import { fileStep } from './steps.js';
import { CASE_KIND, DOCUMENT_KIND, REQUEST_KIND, STEP_KIND } from './wire.js';

vi.setConfig({ testTimeout: 120_000 });
const { us, cn, clock, person, usAgency, cnAgency } = await requestPair();
type Node = typeof us;
const usPerson = await person(us, ['officer']);
const cnPerson = await person(cn, ['officer']);
// A context made afresh each time: a restore puts another database under the node.
const usOfficer = () => us.ctx(us.person(['officer'], { id: usPerson.id, agencyId: usAgency.id }));
const cnOfficer = () => cn.ctx(cn.person(['officer'], { id: cnPerson.id, agencyId: cnAgency.id }));
const DAY = 86_400_000;
const HOUR = 3_600_000;
clock.set(new Date('2026-03-02T09:00:00Z'));
const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

const serialOf = (reference: string) => Number(reference.slice(-6));
const caseOf = () => CaseInput.parse(caseInput());
const undelivered = async (node: Node) => (await node.database.db.select({ n: count() }).from(outbox).where(isNull(outbox.deliveredAt)))[0]?.n;
const rejectedSteps = async (node: Node) => (await node.database.db.select({ n: count() }).from(inbox).where(and(eq(inbox.kind, STEP_KIND), eq(inbox.status, 'rejected'))))[0]?.n ?? 0;
const mentionCount = async (node: Node, recordId: string) => (await node.database.db.select({ n: count() }).from(entityMentions).where(eq(entityMentions.recordId, recordId)))[0]?.n;

/** The request as its officer reads it, without what a restore rightly renews (when the row was last written). */
async function snapshot(ctx: Ctx, id: string) {
  const r = await getRequest(ctx, id);
  return {
    reference: r.reference, version: r.version, status: r.status, caseId: r.caseId, agency: r.agency, subject: r.subject, handling: r.handling, clock: r.clock, delayCount: r.delayCount,
    firstAnswerAt: r.firstAnswerAt, answeredAt: r.answeredAt, closedAt: r.closedAt, allowed: r.allowed, documents: r.documents,
    steps: r.steps.filter((s) => s.state !== 'local').map(({ allowed: _allowed, ...s }) => s),
  };
}

async function caseSnapshot(ctx: Ctx, id: string) {
  const { requests: _requests, ...c } = await getCase(ctx, id);
  return c;
}

describe('a node restored from an older backup takes back its own cases, requests, steps and documents', () => {
  it('US: a case and a request with its document and clarification come back as they were; the next numbers follow', async () => {
    const backup = await takeBackup(us.database);
    const c = await createCase(usOfficer(), caseOf());
    const { id, reference } = await createRequest(usOfficer(), askInput({ caseId: c.id, priority: 'high' }));
    await addRequestDocument(usOfficer(), id, { filename: 'bill-of-lading.png', mediaType: 'image/png', content: PNG.toString('base64') });
    await submitRequest(usOfficer(), id);
    await us.deliver();
    later(DAY / 4);
    await fileStep(cnOfficer(), id, step('delay', { reason: 'volume', expectedAt: new Date(clock.now().getTime() + 5 * DAY) }));
    later(DAY);
    await fileStep(cnOfficer(), id, step('clarification-requested', { note: '请说明运输日期。', language: 'zh' }));
    await cn.deliver();
    later(DAY / 2);
    await fileStep(usOfficer(), id, step('clarification', { note: 'Shipped 14 January 2026.', language: 'en' }));
    await us.deliver();
    await cn.deliver(); // CN's clock runs again: its automatic restart
    const before = await snapshot(usOfficer(), id);
    expect(before).toMatchObject({ status: 'received', delayCount: 1, clock: { pausedAt: null }, documents: [{ filename: 'bill-of-lading.png' }] });
    expect(before.steps.map((s) => s.kind).sort()).toEqual(['acknowledged', 'clarification', 'clarification-requested', 'clock-restarted', 'delay']);
    const caseBefore = await caseSnapshot(usOfficer(), c.id);

    await us.restoreFrom(await backup.restore());
    await expect(getRequest(usOfficer(), id)).rejects.toMatchObject({ status: 404 });
    const { recovery, pulled } = await checkPeerHeads(us.app.exchange.deps, 'CN');
    expect(pulled).toBeGreaterThan(0);
    expect(recovery).toMatchObject({ resent: 0, dropped: [] });
    const outcome = (kind: string, recordId: string) => recovery?.records.find((r) => r.kind === kind && r.recordId === recordId);
    expect(outcome(CASE_KIND, c.id)).toMatchObject({ status: 'restored', reference: c.reference });
    expect(outcome(REQUEST_KIND, id)).toMatchObject({ status: 'restored', reference });
    // The clarification waited for CN's request for it (catch-up) and was restored after the pull: restored before,
    // CN's restart caught up after it would leave the request waiting for a clarification it has.
    const clarification = before.steps.find((s) => s.kind === 'clarification');
    expect(outcome(STEP_KIND, clarification?.id ?? '')).toMatchObject({ status: 'restored', reference });
    expect(recovery?.records.filter((r) => r.kind === DOCUMENT_KIND)).toMatchObject([{ status: 'restored', detail: 'bill-of-lading.png' }]);

    expect(await snapshot(usOfficer(), id)).toEqual(before);
    expect(await caseSnapshot(usOfficer(), c.id)).toEqual(caseBefore);
    expect(await mentionCount(us, id)).toBe(1);
    expect(await undelivered(us)).toBe(0); // nothing shared again

    // The counters went back with the backup and were kept past the restored numbers.
    const nextCase = await createCase(usOfficer(), caseOf());
    expect(serialOf(nextCase.reference)).toBe(serialOf(c.reference) + 1);
    const next = await createRequest(usOfficer(), askInput());
    expect(serialOf(next.reference)).toBe(serialOf(reference) + 1);
    await submitRequest(usOfficer(), next.id);
    await us.deliver();
    expect((await getRequest(cnOfficer(), next.id)).reference).toBe(next.reference);
    // The restored request goes on: the US closes it, on both nodes.
    later(DAY / 4);
    await fileStep(usOfficer(), id, step('closure', { note: 'Enough for our case.', language: 'en' }));
    await us.deliver();
    expect([(await getRequest(cnOfficer(), id)).status, (await getRequest(usOfficer(), id)).status]).toEqual(['closed', 'closed']);
  });

  it('CN: its acknowledgment and delay come back once catch-up brings the request; the acknowledgment made anew gives way', async () => {
    const backup = await takeBackup(cn.database);
    const { id } = await createRequest(usOfficer(), askInput({ priority: 'normal' }));
    await submitRequest(usOfficer(), id);
    await us.deliver(); // CN acknowledges: 7 calendar days on its calendar
    later(DAY);
    await fileStep(cnOfficer(), id, step('delay', { reason: 'volume', expectedAt: new Date(clock.now().getTime() + 10 * DAY) }));
    await cn.deliver();
    const before = await snapshot(cnOfficer(), id);
    const dueAt = before.clock.dueAt;
    expect(dueAt).not.toBeNull();
    const onUs = await snapshot(usOfficer(), id);

    later(2 * DAY);
    await cn.restoreFrom(await backup.restore());
    const { recovery } = await checkPeerHeads(cn.app.exchange.deps, 'US');
    const ack = before.steps.find((s) => s.kind === 'acknowledged');
    // The request came back with catch-up and was acknowledged anew (a later deadline); CN's first acknowledgment,
    // the one the US holds, was restored after it, and the new one gave way.
    expect(recovery?.records.find((r) => r.recordId === ack?.id)).toMatchObject({ kind: STEP_KIND, status: 'restored', detail: expect.stringContaining('gave way') });
    expect(await snapshot(cnOfficer(), id)).toEqual(before);
    const [escalation] = await cn.database.db.select({ runAt: jobs.runAt }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.queue, 'requests.escalation'), eq(jobs.state, 'queued')));
    expect(escalation?.runAt).toEqual(dueAt);

    // The acknowledgment made anew reached the US and was refused there: the US shows what it showed.
    const refused = await rejectedSteps(us);
    await cn.deliver();
    expect(await rejectedSteps(us)).toBe(refused + 1);
    expect(await snapshot(usOfficer(), id)).toEqual(onUs);
    await fileStep(cnOfficer(), id, step('answer', { note: '见附件。', language: 'zh', documents: [pdfDocument()] }));
    await cn.deliver();
    expect((await getRequest(usOfficer(), id)).status).toBe('answered');
  });

  it('CN: a restart of its clock lost with the backup is made again, and told, once its request for clarification is back', async () => {
    const backup = await takeBackup(cn.database);
    const { id } = await createRequest(usOfficer(), askInput({ priority: 'urgent' }));
    await submitRequest(usOfficer(), id);
    await us.deliver(); // CN acknowledges: 8 hours
    later(HOUR);
    await fileStep(cnOfficer(), id, step('clarification-requested', { note: '请说明运输日期。', language: 'zh' }));
    await cn.deliver();
    later(DAY);
    await fileStep(usOfficer(), id, step('clarification', { note: 'Shipped 14 January 2026.', language: 'en' }));
    await us.deliver(); // CN restarts its clock: 7 hours left; the restart never leaves CN before the crash

    await cn.restoreFrom(await backup.restore());
    const { recovery } = await checkPeerHeads(cn.app.exchange.deps, 'US');
    // The request and the clarification came back with catch-up; CN's request for clarification was restored after them.
    const asked = (await getRequest(usOfficer(), id)).steps.find((s) => s.kind === 'clarification-requested');
    expect(recovery?.records.find((r) => r.recordId === asked?.id)).toMatchObject({ status: 'restored', detail: expect.stringContaining('restarts once the recovery is done') });
    while ((await cn.app.jobs.runDue()) > 0);
    await cn.deliver();
    const restartedAt = clock.now().getTime();
    for (const view of [await getRequest(cnOfficer(), id), await getRequest(usOfficer(), id)]) {
      expect(view).toMatchObject({ status: 'received', clock: { pausedAt: null, remainingMs: null } });
      expect(view.clock.dueAt?.getTime()).toBe(restartedAt + 7 * HOUR);
      expect(view.steps.filter((s) => s.kind === 'clock-restarted')).toHaveLength(1);
    }
    const [escalation] = await cn.database.db.select({ runAt: jobs.runAt }).from(jobs).where(and(eq(jobs.subject, id), eq(jobs.queue, 'requests.escalation'), eq(jobs.state, 'queued')));
    expect(escalation?.runAt.getTime()).toBe(restartedAt + 7 * HOUR);
  });

  it('US: a request and a case withdrawn after the backup stay withdrawn, linking nothing', async () => {
    const c = await createCase(usOfficer(), caseOf());
    const { id, reference } = await createRequest(usOfficer(), askInput({ caseId: c.id }));
    await submitRequest(usOfficer(), id);
    await us.deliver();
    await cn.deliver();
    const backup = await takeBackup(us.database);
    later(DAY);
    await withdrawRequest(usOfficer(), id, 'Filed in error.');
    await withdrawCase(usOfficer(), c.id, 'Opened twice.');
    await us.deliver();
    await expect(getRequest(cnOfficer(), id)).rejects.toMatchObject({ status: 404 });

    await us.restoreFrom(await backup.restore());
    expect((await getRequest(usOfficer(), id)).status).toBe('received');
    expect(await mentionCount(us, id)).toBe(1);
    const { recovery } = await checkPeerHeads(us.app.exchange.deps, 'CN');
    expect(recovery?.records.find((r) => r.recordId === id)).toMatchObject({ kind: REQUEST_KIND, status: 'restored', reference, detail: 'withdrawn (withdrawn)' });
    expect(recovery?.records.find((r) => r.recordId === c.id)).toMatchObject({ kind: CASE_KIND, status: 'restored', detail: 'withdrawn' });
    for (let i = 0; i < 2; i++) {
      // Withdrawn, and still so after the next heads check: nothing brings it back.
      expect(await getRequest(usOfficer(), id)).toMatchObject({ status: 'withdrawn', version: 3 });
      expect(await getCase(usOfficer(), c.id)).toMatchObject({ status: 'withdrawn', version: 2 });
      expect([await mentionCount(us, id), await mentionCount(us, c.id)]).toEqual([0, 0]);
      await checkPeerHeads(us.app.exchange.deps, 'CN');
    }
    await expect(getRequest(cnOfficer(), id)).rejects.toMatchObject({ status: 404 });
  });

  it('US: a draft the backup holds comes back as sent, with the documents it left with; a draft numbered since gives its number up', async () => {
    const { id: draftId } = await createRequest(usOfficer(), askInput());
    const { id: dropped } = await addRequestDocument(usOfficer(), draftId, { filename: 'first-draft.png', mediaType: 'image/png', content: PNG.toString('base64') });
    const backup = await takeBackup(us.database);
    await removeRequestDocument(usOfficer(), draftId, dropped);
    await addRequestDocument(usOfficer(), draftId, pdfDocument('court-order.pdf'));
    await submitRequest(usOfficer(), draftId);
    const { id, reference } = await createRequest(usOfficer(), askInput());
    await submitRequest(usOfficer(), id);
    await us.deliver();
    await cn.deliver();

    await us.restoreFrom(await backup.restore());
    // Drafted after the restore, before the heads check: the counter went back, so it takes the sent one's number.
    const since = await createRequest(usOfficer(), askInput());
    expect(since.reference).toBe(reference);
    const { recovery } = await checkPeerHeads(us.app.exchange.deps, 'CN');
    const renumbered = (await repo.get(us.database.db, since.id))?.reference;
    expect(renumbered).toBe(`${reference.slice(0, -6)}${String(serialOf(reference) + 1).padStart(6, '0')}`);
    expect(recovery?.records.find((r) => r.recordId === id)).toMatchObject({ status: 'restored', reference, detail: expect.stringContaining(`is now ${renumbered}`) });
    expect(await getRequest(usOfficer(), id)).toMatchObject({ reference, status: 'received' });
    const draft = await getRequest(usOfficer(), draftId);
    expect(draft).toMatchObject({ status: 'received', steps: [{ kind: 'acknowledged', party: 'CN' }] });
    expect(draft.documents.map((d) => d.filename)).toEqual(['court-order.pdf']);
    expect(serialOf((await createRequest(usOfficer(), askInput())).reference)).toBe(serialOf(reference) + 2);
  });
});
