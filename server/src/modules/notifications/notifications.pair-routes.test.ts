// The notification cycle through the HTTP API of two real nodes over loopback: a US officer drafts and sends, a CN
// officer (reading in Chinese) finds it in the inbox and prepares its clearance, a CN supervisor signs it, and the
// US side downloads and checks the signed clearance — the check needing no sign-in.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { draftInput } from '../../../test/notifications.js';
import { PASSWORD, problemType } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';

type Headers = Record<string, string>;
type Detail = { id: string; reference: string; status: string; direction: string; reply: string | null; hasClearance: boolean; dueDate: string | null; allowed: string[]; signature: { required: boolean; prepared: string | null; byName: string | null } };
type Summary = { id: string; reference: string; status: string; direction: string; exportingParty: string; dueAt: string | null; dueLocal: { importer: string; exporter: string } | null; chemicals: string[] };
type Document = { reference: string; decision: string; reason: string | null; importingParty: string; exportingParty: string; exporter: { name: string }; lines: { quantity: string }[] };
type Bundle = { format: string; jws: string; qr: string; document: Document; issuer: { party: string; kid: string; publicKey: string; fingerprint: string } };
type Verified = { valid: boolean; kind: string | null; problem: string | null; issuer: { party: string | null; fingerprint: string | null }; current: { reference: string; status: string; decision: string | null } | null };

const { us, cn } = await makePair();

/** A regulator of the node's party, and a signed-in user of it with `roles`, through the session API. */
async function signedIn(node: PairNode, agencyId: string, roles: Role[], locale: 'en' | 'zh-CN' = 'en'): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: `${node.party} ${roles.join(' ')}`, agencyId, roles, locale, timeZone: node.party === 'CN' ? 'Asia/Shanghai' : 'America/New_York', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}

const regulator = (node: PairNode, acronym: string) => createAgency(node.ctx(), { partyCode: node.party, acronym, nameEn: `${node.party} regulator`, nameZh: `${node.party} 监管机构`, kind: 'regulator' });
const usAgency = await regulator(us, 'DEA-DC');
const cnAgency = await regulator(cn, 'NNCC');
const usOfficer = await signedIn(us, usAgency.id, ['officer']);
const cnOfficer = await signedIn(cn, cnAgency.id, ['officer'], 'zh-CN');
const cnSupervisor = await signedIn(cn, cnAgency.id, ['supervisor'], 'zh-CN');
const cnViewer = await signedIn(cn, cnAgency.id, ['viewer'], 'zh-CN');

const api = (node: PairNode, method: 'GET' | 'POST', url: string, headers: Headers = {}, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

/** The US officer drafts and sends over HTTP; both nodes deliver (the notification, then CN's receipt). */
async function sentOverHttp(): Promise<Detail> {
  const created = await api(us, 'POST', '/notifications', usOfficer, draftInput(usAgency.id));
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<Detail>();
  const sent = await api(us, 'POST', `/notifications/${id}/send`, usOfficer);
  expect(sent.statusCode, sent.body).toBe(200);
  await us.deliver();
  await cn.deliver();
  return sent.json<Detail>();
}

/** Sent, then cleared — prepared by the CN officer and signed by a CN supervisor — and delivered back to the US. */
async function clearedOverHttp(note: string | null = 'For the licensed laboratory only'): Promise<Detail> {
  const n = await sentOverHttp();
  const prepared = await api(cn, 'POST', `/notifications/${n.id}/replies`, cnOfficer, { action: 'clear', note });
  expect(prepared.statusCode, prepared.body).toBe(202);
  const signed = await api(cn, 'POST', `/notifications/${n.id}/sign`, cnSupervisor);
  expect(signed.statusCode, signed.body).toBe(200);
  await cn.deliver();
  return n;
}

async function bundleOf(id: string): Promise<Bundle> {
  const res = await api(us, 'GET', `/notifications/${id}/clearance`, usOfficer);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Bundle>();
}

describe('notifications between two nodes, over HTTP', () => {
  it('shows a sent notification in the importer’s inbox, due by the importer’s clock in both time zones', async () => {
    const n = await sentOverHttp();
    const res = await api(cn, 'GET', '/notifications?box=inbox&pageSize=200', cnOfficer);
    expect(res.statusCode).toBe(200);
    const item = res.json<{ items: Summary[] }>().items.find((i) => i.id === n.id);
    expect(item).toMatchObject({ reference: n.reference, status: 'delivered', direction: 'incoming', exportingParty: 'US', dueAt: '2026-03-17T16:00:00.000Z', chemicals: ['4-Anilino-N-phenethylpiperidine'] });
    expect(item?.dueLocal).toEqual({ importer: '2026-03-18 00:00 Asia/Shanghai', exporter: '2026-03-17 12:00 America/New_York' });
    const outbox = await api(cn, 'GET', '/notifications?box=outbox&pageSize=200', cnOfficer);
    expect(outbox.json<{ items: Summary[] }>().items.map((i) => i.id)).not.toContain(n.id);
  });

  it('lets the importing officer prepare the clearance (202) and a supervisor sign it (200, the signed decision recorded)', async () => {
    const n = await sentOverHttp();
    const res = await api(cn, 'POST', `/notifications/${n.id}/replies`, cnOfficer, { action: 'clear', note: null });
    expect(res.statusCode).toBe(202);
    expect(res.json<Detail>()).toMatchObject({ id: n.id, status: 'delivered', reply: null, hasClearance: false, signature: { required: true, prepared: 'cleared', byName: 'CN officer' }, allowed: ['acknowledge'] });
    await cn.deliver();
    expect((await api(us, 'GET', `/notifications/${n.id}`, usOfficer)).json<Detail>()).toMatchObject({ status: 'delivered', hasClearance: false });
    expect((await api(cn, 'GET', `/notifications/${n.id}`, cnSupervisor)).json<Detail>().allowed).toEqual(['acknowledge', 'sign', 'return']);
    const signed = await api(cn, 'POST', `/notifications/${n.id}/sign`, cnSupervisor);
    expect(signed.statusCode).toBe(200);
    expect(signed.json<Detail>()).toMatchObject({ id: n.id, status: 'cleared', reply: 'cleared', hasClearance: true, signature: { prepared: null }, allowed: [] });
    await cn.deliver();
    const home = await api(us, 'GET', `/notifications/${n.id}`, usOfficer);
    expect(home.json<Detail>()).toMatchObject({ status: 'cleared', reply: 'cleared', hasClearance: true, direction: 'outgoing' });
  });

  it('refuses a reply from a viewer of the importing party with 403, and leaves the notification open', async () => {
    const n = await sentOverHttp();
    const res = await api(cn, 'POST', `/notifications/${n.id}/replies`, cnViewer, { action: 'clear', note: null });
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('role-required');
    expect((await api(cn, 'GET', `/notifications/${n.id}`, cnViewer)).json<Detail>().status).toBe('delivered');
  });

  it('lets the exporter download the signed clearance as a JSON bundle and as a PDF', async () => {
    const n = await clearedOverHttp();
    const json = await api(us, 'GET', `/notifications/${n.id}/clearance`, usOfficer);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toBe(`attachment; filename="clearance-${n.reference}.json"`);
    const bundle = json.json<Bundle>();
    expect(bundle).toMatchObject({ format: 'counterpart-clearance/1', issuer: { party: 'CN', publicKey: cn.key.publicKey, fingerprint: cn.key.fingerprint } });
    expect(bundle.document).toMatchObject({ reference: n.reference, decision: 'cleared', reason: 'For the licensed laboratory only', exportingParty: 'US', importingParty: 'CN' });

    const pdf = await api(us, 'GET', `/notifications/${n.id}/clearance.pdf`, usOfficer);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="clearance-${n.reference}.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers 409 no-clearance for the clearance of a notification not yet cleared', async () => {
    const n = await sentOverHttp();
    const res = await api(us, 'GET', `/notifications/${n.id}/clearance`, usOfficer);
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('no-clearance');
  });

  it('verifies the clearance, and its QR code with the document, on the exporter’s node without signing in', async () => {
    const n = await clearedOverHttp();
    const bundle = await bundleOf(n.id);

    const byJws = await api(us, 'POST', '/clearances/verify', {}, { text: bundle.jws });
    expect(byJws.statusCode).toBe(200);
    expect(byJws.json<Verified>()).toMatchObject({ valid: true, kind: 'document', problem: null, issuer: { party: 'CN', fingerprint: cn.key.fingerprint }, current: { reference: n.reference, status: 'cleared' } });

    const byQr = await api(us, 'POST', '/clearances/verify', {}, { text: bundle.qr, document: bundle.document });
    expect(byQr.statusCode).toBe(200);
    expect(byQr.json<Verified>()).toMatchObject({ valid: true, kind: 'qr', issuer: { party: 'CN' }, current: { reference: n.reference, status: 'cleared' } });

    const altered = { ...bundle.document, lines: bundle.document.lines.map((l) => ({ ...l, quantity: '2500' })) };
    const forged = await api(us, 'POST', '/clearances/verify', {}, { text: bundle.qr, document: altered });
    expect(forged.statusCode).toBe(200);
    expect(forged.json<Verified>()).toMatchObject({ valid: false, kind: 'qr', problem: 'the QR code belongs to a different document', current: null });

    // The signed clearance with a readable copy that says otherwise: refused, and where it differs is said.
    const edited = await api(us, 'POST', '/clearances/verify', {}, { text: bundle.jws, document: { ...bundle.document, decision: 'objected', lines: altered.lines } });
    expect(edited.json<Verified>()).toMatchObject({
      valid: false,
      kind: 'document',
      document: { decision: 'cleared' },
      differences: [
        { path: 'decision', signed: 'cleared', readable: 'objected' },
        { path: 'lines/0/quantity', signed: '25', readable: '2500' },
      ],
    });
    expect((await api(us, 'POST', '/clearances/verify', {}, { text: bundle.jws, document: bundle.document })).json<Verified>()).toMatchObject({ valid: true, differences: [] });

    // The QR code alone: anyone sees the parties and lines it carries; the node's own readers also see the signed
    // document it holds with those hashes.
    const qrOnly = (await api(us, 'POST', '/clearances/verify', {}, { text: bundle.qr })).json<Verified>();
    expect(qrOnly).toMatchObject({ valid: true, kind: 'qr', summary: { x: bundle.document.exporter.name, n: 1, l: [{ q: '25', u: 'kg' }] }, document: null });
    const asReader = (await api(us, 'POST', '/clearances/verify', usOfficer, { text: bundle.qr })).json<Verified>();
    expect(asReader).toMatchObject({ valid: true, kind: 'qr', document: { reference: n.reference, lines: [{ quantity: '25', unit: 'kg' }] } });
  });

  it('verifies the clearance on the issuing node too', async () => {
    const n = await clearedOverHttp();
    const bundle = await bundleOf(n.id);
    const res = await api(cn, 'POST', '/clearances/verify', {}, { text: bundle.jws });
    expect(res.json<Verified>()).toMatchObject({ valid: true, issuer: { party: 'CN', fingerprint: cn.key.fingerprint }, current: { reference: n.reference, status: 'cleared' } });
  });

  it('shows on each node the delivery of its own record to the other party', async () => {
    const n = await sentOverHttp();
    const res = await api(us, 'GET', `/notifications/${n.id}/delivery`, usOfficer);
    expect(res.statusCode).toBe(200);
    const state = res.json<{ deliveries: { party: string; state: string; op: string; receiptStatus: string | null; deliveredAt: string | null }[]; received: unknown }>();
    expect(state.deliveries).toHaveLength(1);
    expect(state.deliveries[0]).toMatchObject({ party: 'CN', state: 'delivered', op: 'upsert', receiptStatus: 'applied' });
    expect(state.deliveries[0]?.deliveredAt).not.toBeNull();
    expect(state.received).toBeNull();
    // The importer's own record (its receipt and clock) went the other way.
    const there = (await api(cn, 'GET', `/notifications/${n.id}/delivery`, cnOfficer)).json<{ deliveries: { party: string; state: string }[] }>();
    expect(there.deliveries.map((d) => [d.party, d.state])).toEqual([['US', 'delivered']]);
  });

  it('requires a reason for an objection: 400 naming body/note, and nothing changes', async () => {
    const n = await sentOverHttp();
    const res = await api(cn, 'POST', `/notifications/${n.id}/replies`, cnOfficer, { action: 'object' });
    expect(res.statusCode).toBe(400);
    expect(problemType(res)).toBe('validation');
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['body/note']);
    expect((await api(cn, 'GET', `/notifications/${n.id}`, cnOfficer)).json<Detail>().status).toBe('delivered');
  });

  it('refuses a reply to a withdrawn notification with 409 notification-withdrawn', async () => {
    const n = await sentOverHttp();
    const withdrawn = await api(us, 'POST', `/notifications/${n.id}/withdraw`, usOfficer, { note: 'Order cancelled by the buyer' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<Detail>().status).toBe('withdrawn');
    await us.deliver();
    expect((await api(cn, 'GET', `/notifications/${n.id}`, cnOfficer)).json<Detail>()).toMatchObject({ status: 'withdrawn', allowed: [] });
    const res = await api(cn, 'POST', `/notifications/${n.id}/replies`, cnOfficer, { action: 'clear', note: null });
    expect(res.statusCode).toBe(409);
    expect(problemType(res)).toBe('notification-withdrawn');
  });
});
