// What a peer's records may not do to this node, tried against the record handlers directly with envelopes the
// exchange would have accepted (signature and chain checked): purge the other side's record, squat another party's
// reference series, change a notification after it arrived, un-withdraw one, or pass off a clearance signed by a
// party other than the importer.
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makePair } from '../../../test/pair.js';
import { draftInput } from '../../../test/notifications.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { createAgency } from '../directory/index.js';
import { outbox, signDocument, type Envelope, type UpsertEnvelope } from '../exchange/index.js';
import { checkClearance, ClearanceDocument, clearanceDocumentOf, documentHash, qrOf, v1Projection } from './clearance.js';
import { verifyClearanceBundle } from './clearance-offline.js';
import { verifyClearance } from './clearance-service.js';
import { createDraft, getNotification, notificationHandler, responseHandler, sendNotification, withdrawNotification } from './index.js';
import * as repo from './repo.js';

const { us, cn } = await makePair();
const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-H', nameEn: 'DEA', nameZh: '缉毒局', kind: 'regulator' });
const usOfficer = us.ctx(us.person(['officer'], { agencyId: agency.id }));
const cnOfficer = cn.ctx(cn.person(['officer']));

async function sentAndReceived() {
  const { id } = await createDraft(usOfficer, draftInput(agency.id));
  await sendNotification(usOfficer, id);
  await us.deliver();
  await cn.deliver();
  return id;
}

/** The last envelope the US node wrote for a record, as CN received it. */
async function lastEnvelope(recordId: string): Promise<UpsertEnvelope> {
  const [row] = await us.database.db.select({ jws: outbox.jws }).from(outbox).where(eq(outbox.recordId, recordId)).orderBy(desc(outbox.seq)).limit(1);
  const payload = row?.jws?.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UpsertEnvelope;
}

const onCn = <T>(work: (tx: Db) => Promise<T>) => cn.database.db.transaction((tx) => work(tx as unknown as Db));
const onUs = <T>(work: (tx: Db) => Promise<T>) => us.database.db.transaction((tx) => work(tx as unknown as Db));
const withData = (env: UpsertEnvelope, change: (d: Record<string, unknown>) => Record<string, unknown>, version = env.recordVersion + 1): UpsertEnvelope => ({ ...env, id: newId(), recordVersion: version, body: { op: 'upsert', data: change(env.body.data) } });

describe('a peer’s records', () => {
  it('cannot purge the other side’s own record', async () => {
    const id = await sentAndReceived();
    const withdrawal = (from: string, recordId: string): Envelope => ({ v: 1, id: newId(), from, to: 'US', seq: 1, prev: '0'.repeat(64), kind: 'notification', recordId, recordVersion: 99, sentAt: new Date().toISOString(), body: { op: 'withdraw', reason: 'withdrawn', withdrawnBy: 'x' } });
    // CN tells the US node to purge the US's own notification: nothing happens.
    await onUs((tx) => notificationHandler.purge(tx, us.ctx(), withdrawal('CN', id)));
    expect((await getNotification(usOfficer, id)).reference).toMatch(/^US-PEN-/);
    // The US tells its own node to forget CN's response: not the US's to forget.
    const responseId = (await repo.get(us.database.db, id))?.responseId ?? '';
    await onUs((tx) => responseHandler.purge(tx, us.ctx(), withdrawal('US', responseId)));
    expect((await repo.get(us.database.db, id))?.responseId).toBe(responseId);
  });

  it('cannot use another party’s reference series', async () => {
    const { id } = await createDraft(usOfficer, draftInput(agency.id));
    await sendNotification(usOfficer, id);
    const env = await lastEnvelope(id);
    const squat = { ...withData(env, (d) => ({ ...d, reference: 'CN-PEN-2026-000042' }), 1), recordId: newId() };
    await expect(onCn((tx) => notificationHandler.apply(tx, cn.ctx(), squat))).resolves.toMatchObject({ status: 'rejected', detail: expect.stringContaining('US-PEN-YYYY-NNNNNN') });
  });

  it('cannot change a notification’s chemicals after it arrived, or bring back a withdrawn one', async () => {
    const id = await sentAndReceived();
    const env = await lastEnvelope(id);
    const bigger = withData(env, (d) => ({ ...d, lines: (d.lines as { quantity: string }[]).map((l) => ({ ...l, quantity: '25000' })) }));
    await expect(onCn((tx) => notificationHandler.apply(tx, cn.ctx(), bigger))).resolves.toMatchObject({ status: 'rejected', detail: expect.stringContaining('do not change') });
    expect((await getNotification(cnOfficer, id)).lines[0]?.quantity).toBe('25');

    await withdrawNotification(usOfficer, id, 'cancelled');
    await us.deliver();
    const withdrawn = await lastEnvelope(id);
    const revived = withData(withdrawn, (d) => ({ ...d, state: 'sent', withdrawnAt: null }));
    await expect(onCn((tx) => notificationHandler.apply(tx, cn.ctx(), revived))).resolves.toMatchObject({ status: 'rejected', detail: 'a withdrawn notification stays withdrawn' });
    expect((await getNotification(cnOfficer, id)).status).toBe('withdrawn');
  });

  it('cannot pass off a clearance signed by a party other than the importer', async () => {
    const id = await sentAndReceived();
    const row = await repo.get(cn.database.db, id);
    if (!row) throw new Error('not received');
    // The US node (a party the CN node knows) signs a "clearance by CN" of its own notification.
    const doc = clearanceDocumentOf(row, await repo.linesOf(cn.database.db, id), { decision: 'cleared', reason: null, at: new Date(), by: { name: 'forger', agency: 'US' } });
    const forged = await signDocument(us.database.db, us.box, 'cp-clearance+jws', doc);
    const forgedQr = await signDocument(us.database.db, us.box, 'cp-clearance-qr+jws', qrOf(doc));
    const anonymous = cn.ctx({ ...cn.person([]), kind: 'anonymous' });
    await expect(verifyClearance(anonymous, { text: forged.jws })).resolves.toMatchObject({ valid: false, issuer: { party: 'US' }, problem: 'signed by US, not by CN, the importing party' });
    await expect(verifyClearance(anonymous, { text: forgedQr.jws })).resolves.toMatchObject({ valid: false, issuer: { party: 'US' } });
    // A response carrying it is refused by the exporter's node, too.
    const responseId = row.responseId ?? newId();
    const response: UpsertEnvelope = { v: 1, id: newId(), from: 'CN', to: 'US', seq: 1, prev: '0'.repeat(64), kind: 'notification-response', recordId: responseId, recordVersion: 9, sentAt: new Date().toISOString(), body: { op: 'upsert', data: { notificationId: id, reference: row.reference, receivedAt: new Date().toISOString(), dueAt: new Date().toISOString(), dueDate: '2026-03-17', dueTimeZone: 'Asia/Shanghai', calendarUnknown: [], reply: 'cleared', acknowledgedAt: null, infoRequestedAt: null, repliedAt: new Date().toISOString(), clearanceJws: forged.jws, clearanceQr: forgedQr.jws, lines: [], events: [] } } };
    await expect(onUs((tx) => responseHandler.apply(tx, us.ctx(), response))).resolves.toMatchObject({ status: 'rejected', detail: expect.stringContaining('does not verify') });
    expect((await getNotification(usOfficer, id)).status).toBe('delivered');
  });
});

// Parties do not upgrade in step: a clearance signed before the binding fields existed still verifies, and a node
// that predates them (its schema drops what it does not know) still accepts one signed now.
describe('clearances across versions', () => {
  const V1Line = z.object({ position: z.number(), declaredName: z.string(), cas: z.string().nullable(), hsCode: z.string().nullable(), quantity: z.string(), unit: z.string() });
  const Trader = z.object({ name: z.string(), address: z.string(), licence: z.string().nullable() });
  /** The document schema of the release before the binding fields, as an older node parses. */
  const OlderDocument = z.object({ v: z.literal(1), type: z.literal('clearance'), notificationId: z.string(), reference: z.string(), decision: z.enum(['cleared', 'objected']), reason: z.string().nullable(), codes: z.array(z.string()).optional(), decidedAt: z.string(), decidedBy: z.object({ name: z.string(), agency: z.string() }), exportingParty: z.string(), importingParty: z.string(), exporter: Trader, importer: Trader, lines: z.array(V1Line), shipmentDate: z.string(), notificationVersion: z.number() });
  const OlderQr = z.object({ v: z.literal(1), ref: z.string(), d: z.string(), at: z.string(), exp: z.string(), imp: z.string(), h: z.string() });
  const payloadOf = (jws: string): unknown => JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));

  async function signedOnCn(older: boolean) {
    const id = await sentAndReceived();
    const row = await repo.get(cn.database.db, id);
    if (!row) throw new Error('not received');
    const full = clearanceDocumentOf(row, await repo.linesOf(cn.database.db, id), { decision: 'cleared', reason: null, at: new Date(), by: { name: '王明', agency: 'NNCC' } });
    const doc = older ? v1Projection(full) : full;
    const qr = older ? { v: 1 as const, ref: doc.reference, d: doc.decision, at: doc.decidedAt, exp: doc.exportingParty, imp: doc.importingParty, h: documentHash(doc) } : qrOf(doc);
    const jws = (await signDocument(cn.database.db, cn.box, 'cp-clearance+jws', doc)).jws;
    const qrJws = (await signDocument(cn.database.db, cn.box, 'cp-clearance-qr+jws', qr)).jws;
    return { doc, jws, qrJws };
  }

  it('verifies a clearance signed before the binding fields, keeping its hash', async () => {
    const { doc, jws, qrJws } = await signedOnCn(true);
    expect(Object.keys(doc)).not.toContain('route');
    const keys = [{ ...cn.key, party: 'CN' }];
    const checked = await checkClearance(jws, keys);
    expect(checked).toMatchObject({ valid: true });
    await expect(checkClearance(qrJws, keys, checked.document ?? undefined)).resolves.toMatchObject({ valid: true });
    const bundle = { format: 'counterpart-clearance/1', jws, qr: qrJws, document: checked.document, issuer: { party: 'CN', kid: cn.key.kid, publicKey: cn.key.publicKey, fingerprint: cn.key.fingerprint } };
    const report = await verifyClearanceBundle(JSON.stringify(bundle), cn.key.fingerprint);
    expect(report.lines).toContain('CLEARANCE VERIFIES');
    expect(report.lines).toContain('readable copy:      the same as the signed document');
  });

  it('is accepted by an older node: its schema drops the new fields and the QR code still carries that hash', async () => {
    const { doc, jws, qrJws } = await signedOnCn(false);
    expect(doc).toMatchObject({ route: expect.any(Object), permits: expect.any(Object) });
    const older = OlderDocument.parse(payloadOf(jws));
    expect(OlderQr.parse(payloadOf(qrJws)).h).toBe(documentHash(older as ClearanceDocument));
    // And a QR code without the whole document's hash does not vouch for a document that binds more.
    const keys = [{ ...cn.key, party: 'CN' }];
    const stripped = { ...(payloadOf(qrJws) as Record<string, unknown>) };
    delete stripped.h2;
    const olderQr = (await signDocument(cn.database.db, cn.box, 'cp-clearance-qr+jws', stripped)).jws;
    await expect(checkClearance(olderQr, keys, doc)).resolves.toMatchObject({ valid: false, problem: 'the QR code belongs to a different document' });
    await expect(checkClearance(qrJws, keys, doc)).resolves.toMatchObject({ valid: true });
  });
});
