// Filing incidents in batches (batch.ts), as the imports do: in one batch the good incidents are written whole —
// items screened, entities indexed and linked, one audit entry each on an unbroken chain, an envelope for each
// releasable one — and the bad ones are reported and not written; the same batch again writes nothing; a key twice
// in one batch is written once; a dry run writes nothing; a batch a rule refuses whole (a record too large to send)
// is filed one by one, so that only that record fails. What a batch stores is what `createIncident` stores.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { incidentInput, wildlifeInput } from '../../../test/incidents.js';
import { makeTestNode } from '../../../test/node.js';
import { auditLog, verifyAuditChain } from '../../platform/audit/index.js';
import type { Actor } from '../../platform/context.js';
import { queryRows } from '../../platform/db.js';
import { entityMentions, type EntityInput } from '../entities/index.js';
import { outbox } from '../exchange/index.js';
import { fileIncidents, FILING_BATCH, type Filed, type Filing } from './batch.js';
import { createIncident, getIncident } from './index.js';
import { incidentItems, incidents } from './tables.js';

vi.setConfig({ testTimeout: 120_000 });
const node = await makeTestNode({ COUNTERPART_PARTY: 'US' });
const agency = await node.makeAgency({ kind: 'customs' });
const user = await node.makeUser(['officer'], { agencyId: agency.id });
const actor: Actor = { kind: 'user', id: user.id, label: user.username, roles: ['officer'], agencyId: agency.id, partyCode: 'US', locale: 'en', timeZone: 'UTC', mfaSatisfied: true, sessionId: null };
const ctx = node.ctxFor(actor);
const db = node.database.db;

const phone = (value: string): EntityInput => ({ kind: 'phone', value, role: 'consignee', country: 'CN', uscc: null, bankCode: null });
const company = (value: string): EntityInput => ({ kind: 'company', value, role: 'shipper', country: 'CN', uscc: null, bankCode: null });
const n = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? -1;
const incidentCount = () => n(db.select({ n: count() }).from(incidents));
const auditCount = () => n(db.select({ n: count() }).from(auditLog));
const outboxCount = () => n(db.select({ n: count() }).from(outbox));
const created = (f: Filed | undefined) => (f?.outcome === 'created' || f?.outcome === 'already-imported' ? f : undefined);
const idOf = (f: Filed | undefined): string => created(f)?.id ?? '';

describe('filing incidents in a batch', () => {
  const mixed: Filing[] = [
    { idempotencyKey: 'mixed-a', input: incidentInput(agency.id, { title: 'Batch A', releasableTo: ['CN'], entities: [phone('+86 139 1111 2222'), company('Batch Alpha Trading Co')] }) },
    { idempotencyKey: 'mixed-future', input: incidentInput(agency.id, { title: 'From the future', occurredOn: '2099-01-01' }) },
    { idempotencyKey: 'mixed-b', input: incidentInput(agency.id, { title: 'Batch B', entities: [phone('13911112222')] }) },
    { idempotencyKey: 'mixed-party', input: incidentInput(agency.id, { title: 'To nobody', releasableTo: ['XX'] }) },
    { idempotencyKey: 'mixed-c', input: wildlifeInput(agency.id, { title: 'Batch C', entities: [company('Batch Gamma Trading Co')] }) },
    { idempotencyKey: 'mixed-species', input: wildlifeInput(agency.id, { items: [{ type: 'wildlife', taxon: 'Nonexistent creature', tradeTerm: 'SCA', quantity: '1', unit: 'kg', live: false }] }) },
  ];

  it('writes exactly the good incidents, whole: items, linked mentions, audit entries on an unbroken chain, envelopes', async () => {
    const [rowsBefore, auditBefore, outboxBefore] = [await incidentCount(), await auditCount(), await outboxCount()];
    const filed = await fileIncidents(ctx, mixed);
    expect(filed.map((f) => f.outcome)).toEqual(['created', 'invalid', 'created', 'invalid', 'created', 'invalid']);
    const problems = filed.map((f) => (f.outcome === 'invalid' ? f.error.errors.map((e) => e.code) : []));
    expect(problems).toEqual([[], ['date-in-future'], [], ['unknown-party'], [], ['unknown-species']]);
    const ids = [0, 2, 4].map((i) => idOf(filed[i]));
    expect(await incidentCount()).toBe(rowsBefore + 3);
    // References are taken in the batch's order, consecutively.
    const refs = [0, 2, 4].map((i) => created(filed[i])?.reference ?? '');
    expect(refs.map((r) => Number(r.slice(-6)))).toEqual([1, 2, 3].map((k) => Number(refs[0]?.slice(-6)) + k - 1));

    const a = await getIncident(ctx, ids[0] ?? '');
    expect(a).toMatchObject({ title: 'Batch A', reference: refs[0], version: 1, releasableTo: ['CN'] });
    expect(a.items).toEqual([expect.objectContaining({ type: 'chemical', verdict: expect.any(String) })]);
    expect(a.items[0]?.verdict).not.toBeNull();
    // A's phone is B's (normalised alike): the link is there on both sides.
    expect(a.links.flatMap((l) => l.records.map((r) => r.reference))).toEqual([refs[1]]);
    expect((await getIncident(ctx, ids[1] ?? '')).links.flatMap((l) => l.records.map((r) => r.reference))).toEqual([refs[0]]);
    const c = await getIncident(ctx, ids[2] ?? '');
    expect(c.items).toEqual([expect.objectContaining({ type: 'wildlife', taxon: expect.objectContaining({ scientificName: 'Manis pentadactyla' }) })]);
    expect(await n(db.select({ n: count() }).from(entityMentions).where(inArray(entityMentions.recordId, ids)))).toBe(4);
    expect(await n(db.select({ n: count() }).from(incidentItems).where(inArray(incidentItems.incidentId, ids)))).toBe(3);

    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'incident.created')).orderBy(auditLog.seq);
    expect(entries.filter((e) => ids.includes(e.subjectId)).map((e) => [e.subjectId, e.change.reference, e.actorId])).toEqual(ids.map((id, k) => [id, refs[k], user.id]));
    expect(await auditCount()).toBe(auditBefore + 3);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // Only A is releasable: one envelope, to CN.
    expect(await db.select({ to: outbox.toParty, recordId: outbox.recordId, op: outbox.op }).from(outbox).where(inArray(outbox.recordId, ids))).toEqual([{ to: 'CN', recordId: ids[0], op: 'upsert' }]);
    expect(await outboxCount()).toBe(outboxBefore + 1);
  });

  it('writes nothing when the same batch comes again, and reports the earlier incidents', async () => {
    const first = await fileIncidents(ctx, mixed);
    const [rows, audited, sent] = [await incidentCount(), await auditCount(), await outboxCount()];
    const again = await fileIncidents(ctx, mixed);
    expect(again.map((f) => f.outcome)).toEqual(['already-imported', 'invalid', 'already-imported', 'invalid', 'already-imported', 'invalid']);
    expect(again.map(idOf)).toEqual(first.map(idOf));
    expect([await incidentCount(), await auditCount(), await outboxCount()]).toEqual([rows, audited, sent]);
  });

  it('writes a key twice in one batch once, across the batch size too', async () => {
    const rowsBefore = await incidentCount();
    const many: Filing[] = Array.from({ length: FILING_BATCH + 2 }, (_, i) => ({
      idempotencyKey: `many-${i}`,
      input: incidentInput(agency.id, { title: `Many ${i}`, items: [{ type: 'money', amount: '100', currency: 'USD', description: null }], entities: [company(`Many Trading ${i} Co`)] }),
    }));
    const twice = many[1] as Filing;
    const filed = await fileIncidents(ctx, [...many, twice, { ...twice, input: { ...twice.input, title: 'Same key, other content' } }]);
    expect(filed.filter((f) => f.outcome === 'created')).toHaveLength(FILING_BATCH + 2);
    expect(filed.slice(-2).map((f) => [f.outcome, idOf(f)])).toEqual([['already-imported', idOf(filed[1])], ['already-imported', idOf(filed[1])]]);
    const within = await fileIncidents(ctx, [{ ...twice, idempotencyKey: 'within' }, { ...twice, idempotencyKey: 'within' }]);
    expect(within.map((f) => f.outcome)).toEqual(['created', 'already-imported']);
    expect(idOf(within[1])).toBe(idOf(within[0]));
    expect(await incidentCount()).toBe(rowsBefore + FILING_BATCH + 3);
    expect(await n(db.select({ n: count() }).from(incidents).where(and(eq(incidents.createdBy, user.id), eq(incidents.idempotencyKey, 'within'))))).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('checks without writing on a dry run', async () => {
    await fileIncidents(ctx, mixed);
    const [rows, audited] = [await incidentCount(), await auditCount()];
    const checked = await fileIncidents(ctx, [...mixed, { idempotencyKey: 'dry-new', input: incidentInput(agency.id, { title: 'Dry' }) }], { dryRun: true });
    expect(checked.map((f) => f.outcome)).toEqual(['already-imported', 'invalid', 'already-imported', 'invalid', 'already-imported', 'invalid', 'checked']);
    expect([await incidentCount(), await auditCount()]).toEqual([rows, audited]);
  });

  it('files a batch one by one when a rule refuses its transaction, so only the refused incident fails', async () => {
    const rowsBefore = await incidentCount();
    // Signed, about 7 MB of entities passes the largest envelope a peer accepts: refused when it is shared.
    const huge = Array.from({ length: 7_000 }, (_, i) => ({ kind: 'person' as const, value: `Person ${i} ${'x'.repeat(980)}`, role: 'other' as const, country: null, uscc: null, bankCode: null }));
    const filed = await fileIncidents(ctx, [
      { idempotencyKey: 'refused-ok', input: incidentInput(agency.id, { title: 'Fine', releasableTo: ['CN'] }) },
      { idempotencyKey: 'refused-huge', input: incidentInput(agency.id, { title: 'Too large to send', releasableTo: ['CN'], entities: huge }) },
    ]);
    expect(filed.map((f) => (f.outcome === 'invalid' ? f.error.type : f.outcome))).toEqual(['created', 'record-too-large']);
    expect(await incidentCount()).toBe(rowsBefore + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('stores what createIncident stores', async () => {
    const input = incidentInput(agency.id, { title: 'Either way', releasableTo: ['CN'], entities: [phone('+86 139 3333 4444')] });
    const one = await createIncident(ctx, input);
    const [batched] = await fileIncidents(ctx, [{ idempotencyKey: 'either-way', input }]);
    const shown = async (id: string) => {
      const { id: _id, reference: _ref, links: _links, ...rest } = await getIncident(ctx, id);
      return rest;
    };
    expect(await shown(idOf(batched))).toEqual(await shown(one.id));
    const changes = await db.select({ subjectId: auditLog.subjectId, change: auditLog.change }).from(auditLog).where(inArray(auditLog.subjectId, [one.id, idOf(batched)]));
    const strip = (c: Record<string, unknown>) => ({ ...c, reference: null });
    expect(changes.map((c) => strip(c.change))).toEqual([strip(changes[0]?.change ?? {}), strip(changes[0]?.change ?? {})]);
    const bodies = await db.select({ recordId: outbox.recordId, kind: outbox.kind, op: outbox.op, to: outbox.toParty }).from(outbox).where(inArray(outbox.recordId, [one.id, idOf(batched)]));
    expect(bodies.map(({ recordId: _r, ...b }) => b)).toEqual([{ kind: 'incident', op: 'upsert', to: 'CN' }, { kind: 'incident', op: 'upsert', to: 'CN' }]);
  });

  it("keeps a chemical line's screening once however many incidents name it, and each shows it", async () => {
    const line = (quantity: string) => ({ type: 'chemical' as const, declaredName: 'Norfentanyl', cas: null, smiles: null, quantity, unit: 'kg' as const, purity: null, form: null });
    const filings: Filing[] = ['2', '40', '7'].map((q, i) => ({ idempotencyKey: `kept-${i}`, input: incidentInput(agency.id, { title: `Kept ${i}`, occurredOn: '2025-03-03', items: [line(q)] }) }));
    const kept = async () => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from screening_results`))[0]?.n ?? -1;
    const before = await kept();
    const filed = await fileIncidents(ctx, filings);
    expect(filed.map((f) => (f.outcome === 'invalid' ? f.error.errors : f.outcome))).toEqual(['created', 'created', 'created']);
    expect(await kept()).toBe(before + 1);
    const shown = await Promise.all(filed.map((f) => getIncident(ctx, idOf(f))));
    for (const x of shown) expect(x.items[0]?.screening).toMatchObject({ verdict: x.items[0]?.verdict, identity: { name: { text: 'norfentanyl' } } });
    // The same line filed alone on the same day adds nothing; on another day it is another result.
    await createIncident(ctx, incidentInput(agency.id, { occurredOn: '2025-03-03', items: [line('1')] }));
    expect(await kept()).toBe(before + 1);
    await createIncident(ctx, incidentInput(agency.id, { occurredOn: '2025-03-04', items: [line('1')] }));
    expect(await kept()).toBe(before + 2);
  });
});
