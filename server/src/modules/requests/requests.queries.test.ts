// What readers see of requests and cases on one US node: the inbox and outbox with every filter, the box counts,
// drafts only in the outbox, TLP:RED left out for a viewer (lists, counts, detail, a case's requests), AMBER reads
// audited (and the unaudited view used by use cases not), the detail's timeline with its documents and what may be
// done, and the holdings — this party's own records sharing an entity with a received request, never another
// party's (never on the wire: requests.receive.test.ts).
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { incidentInput } from '../../../test/incidents.js';
import { makeTestNode, type TestNode } from '../../../test/node.js';
import { caseRow, insertCase, insertRequests, insertSteps, requestRow, stepRow } from '../../../test/request-rows.js';
import { auditLog } from '../../platform/audit/index.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import { indexMentions, keyMentions } from '../entities/index.js';
import { createIncident } from '../incidents/index.js';
import { boxCounts, caseView, getCase, getRequest, listCases, listRequests, RequestQuery, requestView } from './queries.js';
import * as repo from './repo.js';
import { REQUEST_RECORD } from './wire.js';

let node: TestNode;
let officer: Ctx;
let viewer: Ctx;
let agencyId: string;
const NOW = new Date('2026-03-09T06:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const phone = { kind: 'phone' as const, value: '+86 138 0013 8000', role: 'suspect', country: null, uscc: null, bankCode: null };

const ids = {
  dueSoon: newId(), overdue: newId(), answered: newId(), paused: newId(), red: newId(), amber: newId(),
  draft: newId(), awaiting: newId(), sentOut: newId(), urgentOut: newId(), strayDraft: newId(),
};
const caseId = newId();

function person(roles: Actor['roles'], agencyId: string | null): Ctx {
  return node.ctxFor({ kind: 'user', id: newId(), label: 'us.reader', roles, partyCode: 'US', agencyId } as Actor);
}

beforeAll(async () => {
  node = await makeTestNode();
  node.clock.set(NOW);
  agencyId = (await node.makeAgency({ kind: 'police' })).id;
  officer = person(['officer'], agencyId);
  viewer = person(['viewer'], agencyId);
  const fromCn = { originParty: 'CN', toParty: 'US', agency: { acronym: 'MPS', nameEn: 'Ministry of Public Security', nameZh: '公安部' } };
  await insertCase(node.database.db, caseRow({ id: caseId, originParty: 'US', agencyId, parties: ['CN'] }));
  await insertRequests(node.database.db, [
    requestRow({ ...fromCn, id: ids.dueSoon, priority: 'urgent', dueAt: hours(3), subject: 'Owner of a Wuhan payment account', caseId }),
    requestRow({ ...fromCn, id: ids.overdue, dueAt: hours(-2), type: 'assistance' }),
    requestRow({ ...fromCn, id: ids.answered, status: 'answered', dueAt: hours(-30), firstAnswerAt: hours(-40), answeredAt: hours(-40) }),
    requestRow({ ...fromCn, id: ids.paused, status: 'clarification', dueAt: hours(1), pausedAt: hours(-1), remainingMs: 7_200_000 }),
    requestRow({ ...fromCn, id: ids.red, handling: 'TLP:RED', dueAt: hours(4), caseId }),
    requestRow({ ...fromCn, id: ids.amber, handling: 'TLP:AMBER', dueAt: hours(100), entities: [phone] }),
    // A draft naming this party can only be a fault; it must still never reach an inbox.
    requestRow({ ...fromCn, id: ids.strayDraft, status: 'draft', dueAt: null, receivedAt: null }),
    requestRow({ id: ids.draft, agencyId, status: 'draft', sentAt: null, receivedAt: null, dueAt: null }),
    requestRow({ id: ids.awaiting, agencyId, status: 'awaiting-approval', handling: 'TLP:AMBER', sentAt: null, receivedAt: null, dueAt: null }),
    requestRow({ id: ids.sentOut, agencyId, status: 'partially-answered', dueAt: hours(20), firstAnswerAt: hours(-5), caseId }),
    requestRow({ id: ids.urgentOut, agencyId, status: 'received', priority: 'urgent', dueAt: hours(-1), delayCount: 1, expectedAt: hours(30) }),
  ]);
  const author = await node.makeUser(['officer'], { agencyId });
  await insertSteps(node.database.db, [
    stepRow(ids.amber, { party: 'US', at: hours(-10), dueAt: hours(100), state: 'sent' }),
    stepRow(ids.amber, { party: 'US', kind: 'answer', state: 'pending-approval', authorId: author.id, authorName: 'Drafting Officer', at: hours(-1), note: 'Subscriber identified.', handling: 'TLP:AMBER' }),
    // A RED answer to a GREEN request: reading the request reads it too.
    stepRow(ids.dueSoon, { party: 'US', kind: 'partial-answer', state: 'sent', authorName: 'Officer', at: hours(-1), note: 'Account opened in 2024.', handling: 'TLP:RED' }),
  ]);
});

const list = async (ctx: Ctx, q: Record<string, string>) => (await listRequests(ctx, RequestQuery.parse(q))).items.map((i) => i.id);

describe('the request lists', () => {
  it('puts requests asked of this party in the inbox, by deadline, and never a draft', async () => {
    expect(await list(officer, { box: 'inbox' })).toEqual([ids.answered, ids.overdue, ids.paused, ids.dueSoon, ids.red, ids.amber]);
    expect(await list(officer, { box: 'inbox' })).not.toContain(ids.strayDraft);
  });

  it("keeps this party's own requests, drafts and those awaiting approval in the outbox", async () => {
    expect(new Set(await list(officer, { box: 'outbox' }))).toEqual(new Set([ids.draft, ids.awaiting, ids.sentOut, ids.urgentOut]));
    expect(await list(officer, { box: 'outbox', status: 'draft' })).toEqual([ids.draft]);
  });

  it('filters by status, party, priority, type, case, overdue and time left, and finds by reference or subject', async () => {
    expect(await list(officer, { box: 'inbox', overdue: 'true' })).toEqual([ids.overdue]);
    expect(await list(officer, { box: 'outbox', overdue: 'true' })).toEqual([ids.urgentOut]);
    expect(await list(officer, { box: 'inbox', dueWithinHours: '8' })).toEqual([ids.dueSoon, ids.red]);
    expect(await list(officer, { box: 'all', priority: 'urgent' })).toEqual(expect.arrayContaining([ids.dueSoon, ids.urgentOut]));
    expect(await list(officer, { box: 'inbox', type: 'assistance' })).toEqual([ids.overdue]);
    expect(await list(officer, { box: 'inbox', status: 'clarification' })).toEqual([ids.paused]);
    expect(await list(officer, { box: 'inbox', party: 'CN', status: 'answered' })).toEqual([ids.answered]);
    expect(await list(officer, { box: 'outbox', party: 'CN', status: 'answered' })).toEqual([]);
    expect(new Set(await list(officer, { caseId }))).toEqual(new Set([ids.dueSoon, ids.red, ids.sentOut]));
    expect(await list(officer, { q: 'wuhan payment' })).toEqual([ids.dueSoon]);
    const reference = (await repo.get(node.database.db, ids.sentOut))?.reference ?? 'none';
    expect(await list(officer, { q: reference.toLowerCase() })).toEqual([ids.sentOut]);
    expect(() => RequestQuery.parse({ q: 'x'.repeat(201) })).toThrow();
    expect(() => RequestQuery.parse({ dueWithinHours: '169' })).toThrow();
  });

  it('pages with the total counted', async () => {
    const page = await listRequests(officer, RequestQuery.parse({ box: 'inbox', pageSize: '2', page: '2' }));
    expect(page.items.map((i) => i.id)).toEqual([ids.paused, ids.dueSoon]);
    expect(page.total).toBe(6);
  });

  it('shows the clock with the deadline in both zones and the overdue flag', async () => {
    const [first] = (await listRequests(officer, RequestQuery.parse({ box: 'inbox', overdue: 'true' }))).items;
    expect(first?.clock.overdue).toBe(true);
    expect(first?.clock.dueLocal?.requester).toMatch(/Asia\/Shanghai$/);
    expect(first?.clock.dueLocal?.receiver).toMatch(/America\/New_York$/);
    expect(first?.clock.period).toEqual({ amount: 7, unit: 'calendar-days' });
  });

  it('counts the boxes', async () => {
    expect(await boxCounts(officer)).toEqual({ inbox: { open: 5, overdue: 1, dueSoon: 2 }, outbox: { open: 2, drafts: 1, awaitingApproval: 1 } });
  });
});

describe('handling', () => {
  it('leaves a TLP:RED request out of a viewer’s lists and counts and does not find it for them', async () => {
    expect(await list(viewer, { box: 'inbox' })).not.toContain(ids.red);
    expect(await list(viewer, { box: 'inbox', dueWithinHours: '8' })).toEqual([ids.dueSoon]);
    expect((await boxCounts(viewer)).inbox).toEqual({ open: 4, overdue: 1, dueSoon: 1 });
    await expect(getRequest(viewer, ids.red)).rejects.toMatchObject({ status: 404 });
    expect((await getRequest(officer, ids.red)).handling).toBe('TLP:RED');
  });

  it('audits a person’s read of an AMBER request, not the view a use case answers with', async () => {
    const reads = async () => (await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'request.read'), eq(auditLog.subjectId, ids.amber)))).length;
    await requestView(officer, ids.amber);
    expect(await reads()).toBe(0);
    await getRequest(officer, ids.amber);
    expect(await reads()).toBe(1);
    await getRequest(officer, ids.overdue);
    const green = await node.database.db.select().from(auditLog).where(eq(auditLog.subjectId, ids.overdue));
    expect(green).toEqual([]);
  });

  it('audits the read of a GREEN request at the handling of the RED answer shown with it', async () => {
    await getRequest(officer, ids.dueSoon);
    const [entry] = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'request.read'), eq(auditLog.subjectId, ids.dueSoon)));
    expect(entry?.change).toMatchObject({ handling: 'TLP:RED' });
  });
});

describe('the request detail', () => {
  it("shows the timeline with a pending answer a supervisor of its author's agency who did not write it may approve", async () => {
    const supervisor = person(['supervisor'], agencyId);
    const seen = await getRequest(supervisor, ids.amber);
    expect(seen.steps.map((s) => [s.kind, s.state])).toEqual([['acknowledged', 'sent'], ['answer', 'pending-approval']]);
    expect(seen.steps[1]?.allowed).toEqual(['approve', 'return']);
    expect((await getRequest(officer, ids.amber)).steps[1]?.allowed).toEqual([]);
    // A supervisor of another agency may not; an administrator may (as an override).
    const elsewhere = person(['supervisor'], (await node.makeAgency()).id);
    expect((await getRequest(elsewhere, ids.amber)).steps[1]?.allowed).toEqual([]);
    expect((await getRequest(person(['supervisor', 'admin'], null), ids.amber)).steps[1]?.allowed).toEqual(['approve', 'return']);
    expect((await getRequest(person(['officer', 'admin'], agencyId), ids.amber)).steps[1]?.allowed).toEqual([]);
    expect(seen.allowed).toEqual(['delay', 'clarification-requested', 'partial-answer', 'answer', 'refusal']);
    expect((await getRequest(viewer, ids.amber)).allowed).toEqual([]);
  });

  it("lists as holdings only this party's own records sharing an entity", async () => {
    const db = node.database.db;
    const own = await createIncident(officer, incidentInput(agencyId, { handling: 'TLP:GREEN', useRestrictions: [] }));
    const theirs = { recordKind: 'incident', recordId: newId(), reference: 'CN-INC-2026-000099', originParty: 'CN', handling: 'TLP:GREEN', recordDate: '2026-03-01' };
    const amber = (await repo.get(db, ids.amber)) ?? requestRow();
    await withTx(node.ctxFor(), async (tx) => {
      await indexMentions(tx, theirs, keyMentions([phone]).keyed);
      await indexMentions(tx, { recordKind: REQUEST_RECORD, recordId: ids.amber, reference: String(amber.reference), originParty: 'CN', handling: 'TLP:AMBER', recordDate: '2026-03-02' }, keyMentions([phone]).keyed);
    });
    const seen = await getRequest(officer, ids.amber);
    expect(seen.holdings).toHaveLength(1);
    expect(seen.holdings[0]?.records.map((r) => r.reference)).toEqual([own.reference]);
    expect(seen.holdings[0]?.byParty).toEqual({ US: 1 });
    expect(JSON.stringify(seen.holdings)).not.toContain(theirs.reference);
    // That none of it goes on the wire is requests.receive.test.ts's, over two nodes.
  });
});

describe('cases', () => {
  it('lists cases with the requests each reader may know of counted', async () => {
    const asOfficer = await listCases(officer, { page: 1, pageSize: 50 });
    expect(asOfficer.items.find((c) => c.id === caseId)).toMatchObject({ requestCount: 3, openCount: 3 });
    const asViewer = await listCases(viewer, { page: 1, pageSize: 50, topic: 'precursors' });
    expect(asViewer.items.find((c) => c.id === caseId)).toMatchObject({ requestCount: 2, openCount: 2 });
    expect((await listCases(viewer, { page: 1, pageSize: 50, status: 'closed' })).total).toBe(0);
  });

  it('shows a case with its requests, RED ones only to those who may see them, and what the reader may do', async () => {
    expect((await caseView(officer, caseId)).requests.map((r) => r.id)).toEqual(expect.arrayContaining([ids.dueSoon, ids.red, ids.sentOut]));
    const forViewer = await getCase(viewer, caseId);
    expect(forViewer.requests.map((r) => r.id)).not.toContain(ids.red);
    expect(forViewer.allowed).toEqual([]);
    expect((await getCase(officer, caseId)).allowed).toEqual(['edit', 'close', 'withdraw', 'request']);
  });

  it('does not find a RED case for a viewer and audits an officer reading an AMBER one', async () => {
    const red = caseRow({ handling: 'TLP:RED' });
    const amber = caseRow({ handling: 'TLP:AMBER', originParty: 'CN', parties: ['US'] });
    await insertCase(node.database.db, red);
    await insertCase(node.database.db, amber);
    await expect(getCase(viewer, String(red.id))).rejects.toMatchObject({ status: 404 });
    expect((await listCases(viewer, { page: 1, pageSize: 50 })).items.map((c) => c.id)).not.toContain(red.id);
    const seen = await getCase(officer, String(amber.id));
    expect(seen.allowed).toEqual(['request']);
    const reads = await node.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'case.read'), eq(auditLog.subjectId, String(amber.id))));
    expect(reads).toHaveLength(1);
  });
});
