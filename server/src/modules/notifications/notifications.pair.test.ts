// The full pre-export notification cycle between two real nodes over loopback HTTP: the US exports, CN imports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.js';
import { fromRoot } from '../../platform/paths.js';
import { formatFingerprint } from '../exchange/index.js';
import { figuresCsv, notificationFigures } from './figures.js';
import { makePair } from '../../../test/pair.js';
import { draftInput, LINES } from '../../../test/notifications.js';
import { createAgency } from '../directory/index.js';
import { checkClearance, clearanceOf, createDraft, getNotification, listNotifications, provideInformation, recordDecision, replyTo, reviewDraft, sendNotification, signReply, updateDraft, verifyClearanceBundle, withdrawNotification } from './index.js';

const { us, cn, clock } = await makePair();
const agency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-DC', nameEn: 'DEA Diversion Control', nameZh: '缉毒局转移管制处', kind: 'regulator' });
const usOfficer = us.ctx(us.person(['officer'], { agencyId: agency.id }));
const usSupervisor = us.ctx(us.person(['supervisor'], { agencyId: agency.id }));
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId() }));
const cnSupervisor = cn.ctx(cn.person(['supervisor'], { id: newId() }));

/** Drafts and sends a notification from the US and lets both nodes deliver. */
async function sent(over: Parameters<typeof draftInput>[1] = {}) {
  const { id } = await createDraft(usOfficer, draftInput(agency.id, over));
  await sendNotification(usOfficer, id);
  await us.deliver(); // the notification to CN
  await cn.deliver(); // CN's receipt and clock back to the US
  return id;
}

/** CN clears or objects to a line controlled there: an officer prepares it and a supervisor signs it (CN's rule). */
async function answerOnCn(id: string, answer: { action: 'clear'; note: string | null } | { action: 'object'; note: string }) {
  expect(await replyTo(cnOfficer, id, answer)).toBe('prepared');
  await signReply(cnSupervisor, id);
}

describe('pre-export notifications between two nodes', () => {
  it('crosses to the importer, which screens it again and starts its clock in its own time zone', async () => {
    const id = await sent();
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ status: 'delivered', direction: 'incoming', scheme: 'pen', exportingParty: 'US', importingParty: 'CN', dueTimeZone: 'Asia/Shanghai' });
    expect(there.reference).toMatch(/^US-PEN-2026-\d{6}$/);
    // Received 2026-03-02 17:00 in Shanghai: 15 calendar days end at the close of 17 March, Shanghai time.
    expect(there.dueDate).toBe('2026-03-17');
    expect(there.dueAt?.toISOString()).toBe('2026-03-17T16:00:00.000Z');
    expect(there.replyPeriod).toEqual({ days: 15, kind: 'calendar' });
    expect(there.lines[0]).toMatchObject({ verdict: 'controlled', receiverVerdict: 'controlled' });
    expect(there.lines[0]?.receiverScreening?.hits.some((h) => h.controls.some((c) => c.jurisdiction === 'CN'))).toBe(true);
    expect(there.allowed).toEqual(expect.arrayContaining(['acknowledge', 'request-info', 'clear', 'object']));

    const home = await getNotification(usOfficer, id);
    expect(home).toMatchObject({ status: 'delivered', direction: 'outgoing', dueDate: '2026-03-17' });
    // The exporter's node learns the period too, so that both sides name the calendar the same way.
    expect(home.replyPeriod).toEqual({ days: 15, kind: 'calendar' });
    expect(home.dueLocal).toEqual({ importer: '2026-03-18 00:00 Asia/Shanghai', exporter: '2026-03-17 12:00 America/New_York' });
    expect(home.lines[0]?.receiverVerdict).toBe('controlled');
    expect(home.events.map((e) => `${e.party}:${e.kind}`)).toEqual(['US:drafted', 'US:sent', 'CN:received']);
  });

  it('runs acknowledge and clear; the exporter holds a clearance signed by the importer that verifies offline', async () => {
    const id = await sent();
    await replyTo(cnOfficer, id, { action: 'acknowledge', note: null });
    await replyTo(cnOfficer, id, { action: 'clear', note: 'Cleared for the licensed laboratory only' });
    // Prepared, not yet signed: nothing crosses until a CN supervisor signs it.
    expect(await getNotification(cnOfficer, id)).toMatchObject({ status: 'acknowledged', hasClearance: false, signature: { required: true, prepared: 'cleared' } });
    await cn.deliver();
    expect((await getNotification(usOfficer, id)).status).toBe('acknowledged');
    await signReply(cnSupervisor, id);
    await cn.deliver();

    const home = await getNotification(usOfficer, id);
    expect(home).toMatchObject({ status: 'cleared', reply: 'cleared', hasClearance: true });
    expect(home.events.map((e) => e.kind)).toEqual(['drafted', 'sent', 'received', 'acknowledged', 'cleared']);
    const { bundle } = await clearanceOf(usOfficer, id);
    expect(bundle.issuer).toMatchObject({ party: 'CN', publicKey: cn.key.publicKey, fingerprint: cn.key.fingerprint });
    expect(bundle.document).toMatchObject({ decision: 'cleared', reference: home.reference, reason: 'Cleared for the licensed laboratory only', importingParty: 'CN' });

    // Offline: the bundle's own key verifies the document and its QR summary; a changed document does not.
    const key = [{ ...bundle.issuer, party: 'CN' }];
    await expect(checkClearance(bundle.jws, key)).resolves.toMatchObject({ valid: true, kind: 'document' });
    await expect(checkClearance(bundle.qr, key, bundle.document)).resolves.toMatchObject({ valid: true, kind: 'qr' });
    const forged = { ...bundle.document, lines: bundle.document.lines.map((l) => ({ ...l, quantity: '2500' })) };
    await expect(checkClearance(bundle.qr, key, forged)).resolves.toMatchObject({ valid: false, problem: 'the QR code belongs to a different document' });
    const [h, p, s] = bundle.jws.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...bundle.document, decision: 'cleared', reason: null })).toString('base64url')}.${s}`;
    expect(p).toBeDefined();
    await expect(checkClearance(tampered, key)).resolves.toMatchObject({ valid: false });

    // The documented offline command: exit 0 with the expected fingerprint, 1 with another.
    const file = join(mkdtempSync(join(tmpdir(), 'cp-clearance-')), 'clearance.json');
    writeFileSync(file, JSON.stringify(bundle));
    const cli = (...args: string[]) => spawnSync(process.execPath, [fromRoot('bin', 'counterpart.mjs'), 'clearance', 'verify', file, ...args], { encoding: 'utf8' });
    const good = cli('--fingerprint', formatFingerprint(cn.key.fingerprint));
    expect(good.stdout).toContain('CLEARANCE VERIFIES');
    expect(good.stdout).toContain(`${home.reference}: CLEARED by CN`);
    expect(good.status).toBe(0);
    const wrongKey = cli('--fingerprint', us.key.fingerprint);
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.stdout).toContain('THE KEY IS NOT THE ONE YOU EXPECTED');
    // A bundle whose readable copy was edited does not verify, says where, and prints only what was signed.
    const edited = await verifyClearanceBundle(JSON.stringify({ ...bundle, document: { ...bundle.document, decision: 'objected', lines: bundle.document.lines.map((l) => ({ ...l, quantity: '250' })) } }), cn.key.fingerprint);
    expect(edited.ok).toBe(false);
    expect(edited.lines).toEqual(expect.arrayContaining(['  decision: signed cleared, readable copy objected', '  lines/0/quantity: signed 25, readable copy 250', 'CLEARANCE DOES NOT VERIFY']));
    expect(edited.lines.join('\n')).toContain('CLEARED by CN');
    expect((await verifyClearanceBundle(JSON.stringify(bundle), cn.key.fingerprint)).lines).toContain('readable copy:      the same as the signed document');
    // The signed document binds the route, transit, permits, consignee and each line's purity and listings.
    expect(bundle.document).toMatchObject({
      v: 1,
      route: { mode: 'air', portOfExit: 'Chicago O’Hare (ORD)', portOfEntry: 'Shanghai Pudong (PVG)', carrier: 'Example Air Cargo' },
      transitParties: [],
      consignee: null,
      permits: { exportAuthorisation: 'EXP-2026-0007', importPermit: null },
      lines: [{ quantity: '25', unit: 'kg', concentration: 99.5, netMass: '24.875', original: null, listings: expect.arrayContaining([expect.objectContaining({ list: 'un-table-1' })]) }],
    });
    // The QR summary spells out the parties and lines it signed.
    const qrPayload = JSON.parse(Buffer.from(bundle.qr.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(qrPayload).toMatchObject({ v: 1, h2: expect.stringMatching(/^[0-9a-f]{64}$/), x: 'Midwest Fine Chemicals LLC', i: '华东精细化工有限公司', n: 1, l: [{ p: 1, n: '4-Anilino-N-phenethylpiperidine', c: '21409-26-7', q: '25', u: 'kg' }] });

    // The export decision follows, and travels back to the importer.
    await recordDecision(usOfficer, id, { decision: 'authorised', note: null });
    await recordDecision(usOfficer, id, { decision: 'shipped', note: 'AWB 000-12345675' });
    await us.deliver();
    expect(await getNotification(cnOfficer, id)).toMatchObject({ status: 'cleared', decision: 'shipped', decisionNote: 'AWB 000-12345675' });
  }, 60_000);

  it('carries the declared US units, both permits and the importer’s own listings into a clearance that binds them', async () => {
    const id = await sent({ lines: [{ ...LINES.anpp, quantity: '50', unit: 'lb' }], importPermitNumber: '沪易制毒进口 (2026) 0188' });
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ importPermitNumber: '沪易制毒进口 (2026) 0188', permitNumber: 'EXP-2026-0007', transitParties: [] });
    expect(there.lines[0]).toMatchObject({ quantity: '22.679619', unit: 'kg', original: { quantity: '50', unit: 'lb' }, netMass: '22.566221' });
    // The importer's own screening names the lists on its node, its own national list among them.
    expect(there.lines[0]?.listings.map((l) => l.list)).toEqual(expect.arrayContaining(['un-table-1', expect.stringMatching(/^cn-/)]));
    await answerOnCn(id, { action: 'clear', note: null });
    await cn.deliver();
    const { bundle } = await clearanceOf(usOfficer, id);
    expect(bundle.document).toMatchObject({ transitParties: [], permits: { exportAuthorisation: 'EXP-2026-0007', importPermit: '沪易制毒进口 (2026) 0188' }, lines: [{ quantity: '22.679619', unit: 'kg', original: { quantity: '50', unit: 'lb' }, concentration: 99.5 }] });
    const printed = (await verifyClearanceBundle(JSON.stringify(bundle))).lines.join('\n');
    expect(printed).toContain('22.679619 kg (declared 50 lb), 99.5%, net 22.566221 kg');
    expect(printed).toContain('import permit 沪易制毒进口 (2026) 0188');
  });

  it('stops the clock while the importer waits for information, and restarts it in full when it arrives', async () => {
    const id = await sent();
    await replyTo(cnOfficer, id, { action: 'request-info', note: '请提供最终用户证明。' });
    await cn.deliver();
    expect(await getNotification(usOfficer, id)).toMatchObject({ status: 'info-requested', allowed: expect.arrayContaining(['provide-info']) });

    clock.advance(5 * 86_400_000); // five days later
    await provideInformation(usOfficer, id, 'End-user certificate EUC-2026-17 attached to the permit file.');
    await us.deliver();
    await cn.deliver();
    const there = await getNotification(cnOfficer, id);
    expect(there.status).toBe('info-provided');
    expect(there.dueDate).toBe('2026-03-22'); // 15 days from 7 March, Shanghai time
    expect(there.events.map((e) => e.kind)).toContain('clock-restarted');
    expect((await getNotification(usOfficer, id)).dueDate).toBe('2026-03-22');
    // A later change of the exporter's (a decision) does not restart the clock again.
    clock.advance(86_400_000);
    await recordDecision(usOfficer, id, { decision: 'suspended', note: null });
    await us.deliver();
    expect((await getNotification(cnOfficer, id)).dueDate).toBe('2026-03-22');
    clock.advance(-6 * 86_400_000);
  });

  it('carries an objection that stops the shipment: authorisation is refused afterwards', async () => {
    const id = await sent();
    await answerOnCn(id, { action: 'object', note: '进口商许可证已过期。' });
    await cn.deliver();
    const home = await getNotification(usOfficer, id);
    expect(home).toMatchObject({ status: 'objected', hasClearance: true, allowedDecisions: ['suspended', 'refused'] });
    expect((await getNotification(cnOfficer, id)).allowedDecisions).toEqual([]);
    await expect(recordDecision(usOfficer, id, { decision: 'authorised', note: null })).rejects.toMatchObject({ status: 409, type: 'decision-not-allowed' });
    await recordDecision(usOfficer, id, { decision: 'refused', note: null });
    expect((await clearanceOf(usOfficer, id)).bundle.document).toMatchObject({ decision: 'objected', reason: '进口商许可证已过期。' });
  });

  it('refuses a reply after withdrawal, and a reply from the exporting side', async () => {
    const id = await sent();
    await expect(replyTo(usOfficer, id, { action: 'clear', note: null })).rejects.toMatchObject({ status: 403, type: 'wrong-party' });
    await withdrawNotification(usOfficer, id, 'Order cancelled by the buyer');
    await us.deliver();
    const there = await getNotification(cnOfficer, id);
    expect(there).toMatchObject({ status: 'withdrawn', withdrawalNote: 'Order cancelled by the buyer', allowed: [] });
    await expect(replyTo(cnOfficer, id, { action: 'clear', note: null })).rejects.toMatchObject({ status: 409, type: 'notification-withdrawn' });
  });

  it('keeps the review from whoever drafted or last edited the notification', async () => {
    const [drafter, editor, third] = [newId(), newId(), newId()].map((id) => us.ctx(us.person(['supervisor'], { id, agencyId: agency.id })));
    if (!drafter || !editor || !third) throw new Error('three supervisors');
    const { id } = await createDraft(drafter, draftInput(agency.id, { lines: [LINES.ethanol] }));
    await updateDraft(editor, id, draftInput(agency.id, { lines: [LINES.ethanol, LINES.byRule] }));
    await expect(reviewDraft(drafter, id, null)).rejects.toMatchObject({ status: 403, type: 'four-eyes' });
    await expect(reviewDraft(editor, id, null)).rejects.toMatchObject({ status: 403, type: 'four-eyes' });
    await reviewDraft(third, id, 'ok');
    expect((await getNotification(drafter, id)).allowed).toContain('send');
  });

  it('holds a line screening flags until a second person reviews it, then sends it', async () => {
    const { id } = await createDraft(usOfficer, draftInput(agency.id, { lines: [LINES.byRule, LINES.ethanol] }));
    const draft = await getNotification(usOfficer, id);
    expect(draft).toMatchObject({ status: 'draft', scheme: 'pen', review: { needed: true, at: null } });
    expect(draft.allowed).not.toContain('send');
    await expect(sendNotification(usOfficer, id)).rejects.toMatchObject({ status: 409, type: 'review-required' });
    await reviewDraft(usSupervisor, id, 'Checked with the lab: reference standard.');
    await sendNotification(usOfficer, id);
    await us.deliver();
    expect((await listNotifications(cnOfficer, { box: 'inbox', page: 1, pageSize: 50 })).items.map((n) => n.id)).toContain(id);
  });

  it('counts the month’s figures per direction: answered on time, median time to answer, objections, stopped', async () => {
    const start = clock.now();
    clock.set(new Date('2026-06-01T08:00:00Z'));
    const [a, b] = [await sent({ shipmentDate: '2026-07-01' }), await sent({ shipmentDate: '2026-07-01' })];
    await sent({ shipmentDate: '2026-07-01' }); // never answered
    clock.set(new Date('2026-06-02T08:00:00Z'));
    await answerOnCn(a, { action: 'clear', note: null }); // 24 h after receipt
    clock.set(new Date('2026-06-03T08:00:00Z'));
    await answerOnCn(b, { action: 'object', note: 'Unknown consignee' }); // 48 h
    await cn.deliver();
    const expected = { month: '2026-06', exportingParty: 'US', importingParty: 'CN', sent: 3, received: 3, answered: 2, answeredOnTime: 2, onTimeShare: 0.667, medianHoursToAnswer: 36, objections: 1, stopped: 1 };
    for (const node of [us, cn]) expect(await notificationFigures(node.ctx(node.person(['viewer'])), { from: '2026-06', to: '2026-06' })).toEqual([expected]);
    expect(figuresCsv([expected]).split('\n').slice(0, 2)).toEqual(['month,exportingParty,importingParty,sent,received,answered,answeredOnTime,onTimeShare,medianHoursToAnswer,objections,stopped', '2026-06,US,CN,3,3,2,2,0.667,36,1,1']);
    expect(await notificationFigures(usOfficer, { from: '2026-07', to: '2026-12' })).toEqual([]);
    clock.set(start);
  });
});
