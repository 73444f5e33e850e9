// Standard phrases between two real nodes: only codes cross, each node holding its own bilingual list. What CN
// chooses (requests, conditions, objection reasons) reaches the US node, and what the US chooses (withdrawal
// reasons, decision notes) reaches CN; a clearance signs its codes; an envelope from a node that predates phrases
// (no codes at all) is still taken, and a clearance signed without codes still verifies.
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftInput } from '../../../test/notifications.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { createAgency } from '../directory/index.js';
import { outbox, type UpsertEnvelope } from '../exchange/index.js';
import { checkClearance, clearanceOf, createDraft, getNotification, notificationHandler, provideInformation, recordDecision, replyTo, responseHandler, sendNotification, signReply, verifyClearanceBundle, withdrawNotification } from './index.js';
import { phraseLists } from './phrases.js';
import * as repo from './repo.js';

const { us, cn, clock } = await makePair();
const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-PP', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const usOfficer = us.ctx(us.person(['officer'], { agencyId: agency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId() }));
const cnSupervisor = cn.ctx(cn.person(['supervisor'], { id: newId() }));

async function sent(): Promise<string> {
  const { id } = await createDraft(usOfficer, draftInput(agency.id));
  await sendNotification(usOfficer, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** The last envelope `node` wrote for a record, as its peer received it. */
async function lastEnvelope(node: PairNode, recordId: string): Promise<UpsertEnvelope> {
  const [row] = await node.database.db.select({ jws: outbox.jws }).from(outbox).where(eq(outbox.recordId, recordId)).orderBy(desc(outbox.seq)).limit(1);
  return JSON.parse(Buffer.from(row?.jws?.split('.')[1] ?? '', 'base64url').toString('utf8')) as UpsertEnvelope;
}

/** The envelope as a node that predates standard phrases would have written it: no codes anywhere, a newer version. */
function withoutCodes(env: UpsertEnvelope): UpsertEnvelope {
  const { withdrawalCodes: _w, decisionCodes: _d, events, ...rest } = env.body.data as Record<string, unknown> & { events: Record<string, unknown>[] };
  const data = { ...rest, events: events.map(({ codes: _c, ...e }) => e) };
  expect(JSON.stringify(data)).not.toContain('codes');
  return { ...env, id: newId(), recordVersion: env.recordVersion + 1, body: { op: 'upsert', data } };
}

const onNode = <T>(node: PairNode, work: (tx: Db) => Promise<T>) => node.database.db.transaction((tx) => work(tx as unknown as Db));
const labelOf = (code: string) => ['informationRequests', 'objectionReasons', 'clearanceConditions', 'withdrawalReasons', 'decisionNotes'].flatMap((l) => phraseLists[l as 'objectionReasons']).find((p) => p.code === code);

describe('standard phrases between two nodes', () => {
  it("carries CN's request and objection reasons to the US node as codes the US node's list names", async () => {
    const id = await sent();
    await replyTo(cnOfficer, id, { action: 'request-info', codes: ['end-user-certificate', 'transport-route'], note: null });
    await cn.deliver();
    const asked = (await getNotification(usOfficer, id)).events.find((e) => e.kind === 'info-requested');
    expect(asked).toMatchObject({ party: 'CN', codes: ['end-user-certificate', 'transport-route'], note: null });
    expect(labelOf('transport-route')?.en).toMatch(/route/i);
    clock.advance(3_600_000); // an hour later
    await provideInformation(usOfficer, id, 'End-user certificate EUC-2026-17; by air ORD → PVG.');
    await us.deliver();

    // A line controlled in CN: an officer prepares the objection, a supervisor signs it; the codes go with it.
    expect(await replyTo(cnOfficer, id, { action: 'object', codes: ['consignee-unverifiable', 'suspected-diversion'], note: '收货人地址与营业执照不符。' })).toBe('prepared');
    expect((await getNotification(cnSupervisor, id)).signature).toMatchObject({ prepared: 'objected', codes: ['consignee-unverifiable', 'suspected-diversion'] });
    await signReply(cnSupervisor, id);
    expect((await getNotification(cnSupervisor, id)).signature.codes).toEqual([]);
    await cn.deliver();

    const home = await getNotification(usOfficer, id);
    expect(home.status).toBe('objected');
    // The preparation stays on CN's node; the signed objection crosses with its codes and note.
    expect(home.events.map((e) => e.kind)).not.toContain('objection-prepared');
    expect(home.events.find((e) => e.kind === 'objected')).toMatchObject({ party: 'CN', codes: ['consignee-unverifiable', 'suspected-diversion'], note: '收货人地址与营业执照不符。' });
    const { bundle } = await clearanceOf(usOfficer, id);
    expect(bundle.document).toMatchObject({ decision: 'objected', codes: ['consignee-unverifiable', 'suspected-diversion'], reason: '收货人地址与营业执照不符。' });
    const key = [{ ...bundle.issuer, party: 'CN' }];
    await expect(checkClearance(bundle.qr, key, bundle.document)).resolves.toMatchObject({ valid: true });
    // The codes are signed: a document with another reason does not match the QR code.
    const swapped = { ...bundle.document, codes: ['quantity-exceeds-need'] };
    await expect(checkClearance(bundle.qr, key, swapped)).resolves.toMatchObject({ valid: false, problem: 'the QR code belongs to a different document' });
    const printed = (await verifyClearanceBundle(JSON.stringify(bundle))).lines.join('\n');
    expect(printed).toContain('The consignee is unknown or cannot be verified / 收货人身份不明或无法核实 [consignee-unverifiable]');
  }, 60_000);

  it("carries the US's withdrawal reasons and decision notes to CN", async () => {
    const decided = await sent();
    await recordDecision(usOfficer, decided, { decision: 'suspended', codes: ['awaiting-importer-reply'], note: null });
    const withdrawn = await sent();
    await withdrawNotification(usOfficer, withdrawn, { codes: ['order-cancelled', 'replaced-by-new'], note: 'US-PEN-2026-000123' });
    await us.deliver();

    expect(await getNotification(cnOfficer, decided)).toMatchObject({ decision: 'suspended', decisionCodes: ['awaiting-importer-reply'], decisionNote: null });
    const there = await getNotification(cnOfficer, withdrawn);
    expect(there).toMatchObject({ status: 'withdrawn', withdrawalCodes: ['order-cancelled', 'replaced-by-new'], withdrawalNote: 'US-PEN-2026-000123' });
    expect(there.events.find((e) => e.kind === 'withdrawn')).toMatchObject({ party: 'US', codes: ['order-cancelled', 'replaced-by-new'] });
  });

  it('keeps a code from a newer peer that this node does not know, without refusing the envelope', async () => {
    const id = await sent();
    const env = await lastEnvelope(us, id);
    const data = env.body.data as Record<string, unknown>;
    const newer = { ...env, id: newId(), recordVersion: env.recordVersion + 1, body: { op: 'upsert' as const, data: { ...data, decision: 'suspended', decisionCodes: ['a-phrase-added-later'], decidedAt: new Date().toISOString() } } };
    await expect(onNode(cn, (tx) => notificationHandler.apply(tx, cn.ctx(), newer))).resolves.toEqual({ status: 'applied' });
    expect((await getNotification(cnOfficer, id)).decisionCodes).toEqual(['a-phrase-added-later']);
    const malformed = { ...newer, id: newId(), recordVersion: newer.recordVersion + 1, body: { op: 'upsert' as const, data: { ...newer.body.data, decisionCodes: ['<script>'] } } };
    await expect(onNode(cn, (tx) => notificationHandler.apply(tx, cn.ctx(), malformed))).resolves.toMatchObject({ status: 'rejected', detail: expect.stringContaining('decisionCodes') });
  });
});

describe('a node that predates standard phrases', () => {
  it("sends envelopes without codes: both sides take them, and a clearance signed without codes verifies", async () => {
    const id = await sent();
    await withdrawNotification(usOfficer, id, { codes: ['error-in-notification'], note: null });
    const cleared = await sent();
    // CN clears without conditions: the signed document has the shape it always had, with no codes in it.
    expect(await replyTo(cnOfficer, cleared, { action: 'clear', note: 'Licensed laboratory only' })).toBe('prepared');
    await signReply(cnSupervisor, cleared);
    const { bundle } = await clearanceOf(cnOfficer, cleared);
    expect(Object.keys(bundle.document)).not.toContain('codes');
    expect((await verifyClearanceBundle(JSON.stringify(bundle))).ok).toBe(true);

    // The US's record of the withdrawal, as an older node writes it: CN takes it, with no codes.
    const oldNotification = withoutCodes(await lastEnvelope(us, id));
    await expect(onNode(cn, (tx) => notificationHandler.apply(tx, cn.ctx(), oldNotification))).resolves.toEqual({ status: 'applied' });
    const onCn = await getNotification(cnOfficer, id);
    expect(onCn).toMatchObject({ status: 'withdrawn', withdrawalCodes: [] });
    expect(onCn.events.every((e) => Array.isArray(e.codes) && e.codes.length === 0)).toBe(true);

    // CN's response, as an older node writes it: the US node takes it, clearance and all.
    const oldResponse = withoutCodes(await lastEnvelope(cn, (await repo.get(cn.database.db, cleared))?.responseId ?? ''));
    await expect(onNode(us, (tx) => responseHandler.apply(tx, us.ctx(), oldResponse))).resolves.toEqual({ status: 'applied' });
    const home = await getNotification(usOfficer, cleared);
    expect(home).toMatchObject({ status: 'cleared', hasClearance: true });
    expect(home.events.find((e) => e.kind === 'cleared')).toMatchObject({ codes: [], note: 'Licensed laboratory only' });
  }, 60_000);
});
