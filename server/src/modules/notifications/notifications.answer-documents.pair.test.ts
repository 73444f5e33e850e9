// Documents given with the information an importing authority asked for, over the HTTP API of two real nodes: they go
// up in the answer itself, each tied to the answer's event, beyond the draft's own five; a file of the wrong type
// refuses the whole answer with a problem naming it and keeps nothing; a viewer gives none. The importer sees them
// beside its question whether the document's record arrives after the answer or before it, and a document record
// from a node that predates the tie is still taken.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftInput } from '../../../test/notifications.js';
import { PASSWORD, problemType } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { auditLog } from '../../platform/audit/index.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { outbox, type UpsertEnvelope } from '../exchange/index.js';
import { attachmentHandler, replyTo } from './index.js';

type Headers = Record<string, string>;
type Attachment = { id: string; filename: string; size: number; sha256: string; answerEventId: string | null };
type Event = { id: string; kind: string; party: string; note: string | null; codes: string[] };
type Detail = { id: string; status: string; attachments: Attachment[]; events: Event[] };
type Problem = { type: string; status: number; detail: string; errors: { path: string; message: string; code?: string; params?: Record<string, string> }[] };
type Doc = { filename: string; mediaType: string; content: string };

const { us, cn, clock } = await makePair({ COUNTERPART_EXCHANGE_TIMEOUT_MS: '60000' });

async function signedIn(node: PairNode, agencyId: string, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: username, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}
const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-AD', nameEn: 'DEA', nameZh: '缉毒局', kind: 'regulator' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC-AD', nameEn: 'NNCC', nameZh: '国家禁毒委', kind: 'regulator' });
const officer = await signedIn(us, usAgency.id, ['officer']);
const viewer = await signedIn(us, usAgency.id, ['viewer']);
const cnHeaders = await signedIn(cn, cnAgency.id, ['officer']);
const cnOfficer = cn.ctx(cn.person(['officer'], { id: newId(), agencyId: cnAgency.id }));

const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300), Buffer.from('\n%%EOF')]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const doc = (filename: string, mediaType: string, bytes: Buffer): Doc => ({ filename, mediaType, content: bytes.toString('base64') });

const api = (node: PairNode, method: 'GET' | 'POST', url: string, headers: Headers, payload?: object) => node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
const detail = async (node: PairNode, id: string, headers: Headers) => (await api(node, 'GET', `/notifications/${id}`, headers)).json<Detail>();
const answer = (id: string, documents: Doc[], headers = officer) => api(us, 'POST', `/notifications/${id}/information`, headers, { note: 'End-user certificate and permit attached.', documents });
const upload = (id: string, bytes: Buffer, filename: string) =>
  us.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/attachments?filename=${filename}`, headers: { ...officer, 'content-type': 'application/pdf' }, payload: bytes });
const envelopesOf = (kind: string) => us.database.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.kind, kind));

/** Sent to CN (with `draftDocs` documents filed with the draft) and asked for information there, by phrases. */
async function asked(draftDocs = 0): Promise<string> {
  const drafted = await api(us, 'POST', '/notifications', officer, draftInput(usAgency.id));
  expect(drafted.statusCode, drafted.body).toBe(201);
  const { id } = drafted.json<Detail>();
  for (let i = 0; i < draftDocs; i++) expect((await upload(id, pdf(), `draft-${i}.pdf`)).statusCode).toBe(201);
  expect((await api(us, 'POST', `/notifications/${id}/send`, officer)).statusCode).toBe(200);
  await us.deliver();
  await cn.deliver();
  await replyTo(cnOfficer, id, { action: 'request-info', codes: ['end-user-certificate'], note: '请提供最终用户证明。' });
  await cn.deliver();
  expect((await detail(us, id, officer)).status).toBe('info-requested');
  clock.advance(60_000); // the answer comes a minute later (sessions stay fresh)
  return id;
}

/** Everything a refused answer could have written on the US node. */
async function footprint(id: string) {
  const n = await detail(us, id, officer);
  return { status: n.status, events: n.events.length, attachments: n.attachments.length, envelopes: (await envelopesOf('notification-attachment')).length };
}

describe('documents given with requested information (routes)', () => {
  it('keeps two documents tied to the answer, beyond the draft’s five, and closes the draft’s upload', async () => {
    const id = await asked(5);
    // Filing a document on its own, untied to any answer, is for drafts only now.
    const untied = await upload(id, pdf(), 'loose.pdf');
    expect(untied.statusCode).toBe(409);
    expect(problemType(untied)).toBe('attachments-closed');

    const [euc, permit] = [pdf(), png()];
    const res = await answer(id, [doc('最终用户证明 EUC-17.pdf', 'application/pdf', euc), doc('permit scan.png', 'image/png', permit)]);
    expect(res.statusCode, res.body).toBe(200);
    const n = res.json<Detail>();
    expect(n.status).toBe('info-provided');
    const given = n.events.filter((e) => e.kind === 'info-provided');
    expect(given).toHaveLength(1);
    const withAnswer = n.attachments.filter((a) => a.answerEventId === given[0]?.id);
    expect(withAnswer.map((a) => [a.filename, a.sha256])).toEqual([
      ['最终用户证明 EUC-17.pdf', sha(euc)],
      ['permit scan.png', sha(permit)],
    ]);
    expect(n.attachments.filter((a) => a.answerEventId === null)).toHaveLength(5);
    const got = await api(us, 'GET', `/notifications/${id}/attachments/${withAnswer[1]?.id ?? ''}`, viewer);
    expect(sha(got.rawPayload)).toBe(sha(permit));
    const audited = await us.database.db.select({ change: auditLog.change }).from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'notification.attachment-added'))).orderBy(desc(auditLog.at));
    expect(audited.filter((a) => (a.change as { answerEventId?: string }).answerEventId === given[0]?.id)).toHaveLength(2);
  });

  it('refuses an answer with a file of the wrong type, naming the file, and keeps nothing of it', async () => {
    const id = await asked();
    const before = await footprint(id);
    const res = await answer(id, [doc('permit.pdf', 'application/pdf', pdf()), doc('notes.txt', 'text/plain', Buffer.from('not a document'))]);
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json<Problem>();
    expect(problemType(res)).toBe('attachment-type-unsupported');
    expect(problem.detail).toContain('notes.txt');
    expect(problem.detail).not.toContain('permit.pdf');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body/documents/1', code: 'attachment-type-unsupported', params: { file: 'notes.txt' } })]);

    // A picture that says it is a PDF, and one over 4 MiB: each named.
    const lying = await answer(id, [doc('scan.pdf', 'application/pdf', png())]);
    expect([lying.statusCode, problemType(lying), lying.json<Problem>().errors[0]?.params?.file]).toEqual([415, 'attachment-type-mismatch', 'scan.pdf']);
    const huge = Buffer.concat([pdf(), Buffer.alloc(4 * 1024 * 1024)]);
    const big = await answer(id, [doc('huge.pdf', 'application/pdf', huge)]);
    expect([big.statusCode, problemType(big), big.json<Problem>().errors[0]?.params?.file]).toEqual([413, 'attachment-too-large', 'huge.pdf']);
    expect(await footprint(id)).toEqual(before);
    expect(before.status).toBe('info-requested');
  });

  it('lets a viewer give no documents, and takes at most five with one answer', async () => {
    const id = await asked();
    const before = await footprint(id);
    const byViewer = await answer(id, [doc('permit.pdf', 'application/pdf', pdf())], viewer);
    expect(byViewer.statusCode).toBe(403);
    const six = await answer(id, Array.from({ length: 6 }, (_, i) => doc(`doc-${i}.pdf`, 'application/pdf', pdf())));
    expect(six.statusCode).toBe(400);
    expect(six.json<Problem>().errors.map((e) => e.path)).toContain('body/documents');
    expect(await footprint(id)).toEqual(before);
  });
});

/** The last envelope US wrote for `recordId`, as CN receives it. */
async function envelopeOf(recordId: string): Promise<UpsertEnvelope> {
  const [row] = await us.database.db.select({ jws: outbox.jws }).from(outbox).where(eq(outbox.recordId, recordId)).orderBy(desc(outbox.seq)).limit(1);
  return JSON.parse(Buffer.from(row?.jws?.split('.')[1] ?? '', 'base64url').toString('utf8')) as UpsertEnvelope;
}
const onCn = <T>(work: (tx: Db) => Promise<T>) => cn.database.db.transaction((tx) => work(tx as unknown as Db));

describe('documents given with requested information (two nodes)', () => {
  it('shows the importer the documents beside its question, even when a document arrives before the answer', async () => {
    const id = await asked();
    const [euc, permit] = [pdf(), pdf()];
    expect((await answer(id, [doc('EUC-17.pdf', 'application/pdf', euc), doc('permit.pdf', 'application/pdf', permit)])).statusCode).toBe(200);
    const home = await detail(us, id, officer);
    const [early, late] = home.attachments;
    // One document reaches CN before the record carrying the answer: CN keeps it, untied to anything it knows yet.
    const earlyEnv = await envelopeOf(early?.id ?? '');
    await expect(onCn((tx) => attachmentHandler.apply(tx, cn.ctx(), earlyEnv))).resolves.toEqual({ status: 'applied' });
    expect((await detail(cn, id, cnHeaders)).events.map((e) => e.kind)).not.toContain('info-provided');
    await us.deliver();

    const there = await detail(cn, id, cnHeaders);
    expect(there.status).toBe('info-provided');
    const question = there.events.findLast((e) => e.kind === 'info-requested');
    const given = there.events.find((e) => e.kind === 'info-provided');
    expect(question).toMatchObject({ party: 'CN', codes: ['end-user-certificate'], note: '请提供最终用户证明。' });
    expect(given).toMatchObject({ party: 'US', note: 'End-user certificate and permit attached.' });
    expect(there.events.indexOf(question as Event)).toBeLessThan(there.events.indexOf(given as Event));
    const beside = there.attachments.filter((a) => a.answerEventId === given?.id);
    expect(beside.map((a) => [a.id, a.filename, a.sha256])).toEqual([
      [early?.id, 'EUC-17.pdf', sha(euc)],
      [late?.id, 'permit.pdf', sha(permit)],
    ]);
    const body = await api(cn, 'GET', `/notifications/${id}/attachments/${late?.id ?? ''}`, cnHeaders);
    expect(sha(body.rawPayload)).toBe(sha(permit));
  }, 60_000);

  it('takes a document record from a node that predates the tie, as a document of the notification', async () => {
    const id = await asked();
    expect((await answer(id, [doc('EUC-17.pdf', 'application/pdf', pdf())])).statusCode).toBe(200);
    const [sent] = (await detail(us, id, officer)).attachments;
    const env = await envelopeOf(sent?.id ?? '');
    const { answerEventId, ...older } = env.body.data as Record<string, unknown>;
    expect(answerEventId).toEqual(sent?.answerEventId);
    const oldEnv = { ...env, id: newId(), body: { op: 'upsert' as const, data: older } };
    await expect(onCn((tx) => attachmentHandler.apply(tx, cn.ctx(), oldEnv))).resolves.toEqual({ status: 'applied' });
    expect((await detail(cn, id, cnHeaders)).attachments).toEqual([expect.objectContaining({ id: sent?.id, filename: 'EUC-17.pdf', answerEventId: null })]);
  }, 60_000);
});
