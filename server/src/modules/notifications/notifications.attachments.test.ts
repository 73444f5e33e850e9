// Documents filed with a notification, over the HTTP API of two real nodes: checked by content (a file that lies
// about its type is refused), limited in size and number, filed with drafts or requested information only, carried
// to the importer with their hash — in batches that stay under the inbox's body limit however large they are.
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { draftInput } from '../../../test/notifications.js';
import { PASSWORD, problemType } from '../../../test/node.js';
import { makePair, type PairNode } from '../../../test/pair.js';
import type { Role } from '../../platform/context.js';
import { createUser } from '../accounts/index.js';
import { createAgency } from '../directory/index.js';
import { outbox } from '../exchange/index.js';

type Headers = Record<string, string>;
type Attachment = { id: string; filename: string; mediaType: string; size: number; sha256: string };
type Detail = { id: string; status: string; attachments: Attachment[]; events: { kind: string; note: string | null }[] };

// Megabytes signed and checked per request: more time than the default test pair allows when the machine is busy.
const { us, cn } = await makePair({ COUNTERPART_EXCHANGE_TIMEOUT_MS: '60000' });

async function signedIn(node: PairNode, agencyId: string, roles: Role[]): Promise<Headers> {
  const username = `${node.party.toLowerCase()}.${roles.join('-')}.${randomBytes(3).toString('hex')}`;
  await createUser(node.ctx(), { username, displayName: username, agencyId, roles, locale: 'en', timeZone: 'UTC', password: PASSWORD });
  const res = await node.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password: PASSWORD } });
  const cookie = res.cookies.find((c) => c.name === 'cp_session');
  return { cookie: `cp_session=${cookie?.value ?? ''}`, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken };
}
const usAgency = await createAgency(us.ctx(), { partyCode: 'US', acronym: 'DEA-A', nameEn: 'DEA', nameZh: '缉毒局', kind: 'regulator' });
const cnAgency = await createAgency(cn.ctx(), { partyCode: 'CN', acronym: 'NNCC-A', nameEn: 'NNCC', nameZh: '国家禁毒委', kind: 'regulator' });
const officer = await signedIn(us, usAgency.id, ['officer']);
const viewer = await signedIn(us, usAgency.id, ['viewer']);
const cnOfficer = await signedIn(cn, cnAgency.id, ['officer']);

const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(Math.max(0, size - 15)), Buffer.from('\n%%EOF')]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const upload = (id: string, body: Buffer, type: string, filename = 'permit.pdf', headers = officer) =>
  us.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/attachments?filename=${encodeURIComponent(filename)}`, headers: { ...headers, 'content-type': type }, payload: body });
const detail = async (node: PairNode, id: string, headers: Headers) => (await node.app.inject({ method: 'GET', url: `/api/v1/notifications/${id}`, headers })).json<Detail>();

async function draft(): Promise<string> {
  const res = await us.app.inject({ method: 'POST', url: '/api/v1/notifications', headers: officer, payload: draftInput(usAgency.id) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>().id;
}

describe('documents filed with a notification', () => {
  it('keeps a PDF with its hash, lists it, serves it back under its own name, and removes it from a draft', async () => {
    const id = await draft();
    const file = pdf();
    const res = await upload(id, file, 'application/pdf', '最终用户证明 EUC-17.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const added = res.json<Attachment>();
    expect(added).toMatchObject({ filename: '最终用户证明 EUC-17.pdf', mediaType: 'application/pdf', size: file.length, sha256: sha(file) });
    expect((await detail(us, id, officer)).attachments.map((a) => a.id)).toEqual([added.id]);

    const got = await us.app.inject({ method: 'GET', url: `/api/v1/notifications/${id}/attachments/${added.id}`, headers: viewer });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('最终用户证明 EUC-17.pdf')}`);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(sha(got.rawPayload)).toBe(sha(file));

    const removed = await us.app.inject({ method: 'DELETE', url: `/api/v1/notifications/${id}/attachments/${added.id}`, headers: officer });
    expect(removed.statusCode).toBe(204);
    const after = await detail(us, id, officer);
    expect(after.attachments).toEqual([]);
    expect(after.events.map((e) => `${e.kind}:${e.note ?? ''}`)).toEqual(expect.arrayContaining(['attachment-added:最终用户证明 EUC-17.pdf', 'attachment-removed:最终用户证明 EUC-17.pdf']));
  });

  it('refuses a file that lies about its type, one of no accepted type, one too large, a sixth, and a viewer', async () => {
    const id = await draft();
    const lying = await upload(id, png(), 'application/pdf');
    expect(lying.statusCode).toBe(415);
    expect(problemType(lying)).toBe('attachment-type-mismatch');
    const text = await upload(id, Buffer.from('MZ this is not a picture'), 'image/png', 'photo.png');
    expect(problemType(text)).toBe('attachment-type-unsupported');
    const html = await upload(id, Buffer.from('<script>alert(1)</script>'), 'text/html', 'x.html');
    expect(html.statusCode).toBe(415);
    const big = await upload(id, pdf(4 * 1024 * 1024 + 1), 'application/pdf');
    expect(big.statusCode).toBe(413);
    expect((await upload(id, pdf(), 'application/pdf', 'x.pdf', viewer)).statusCode).toBe(403);
    for (let i = 0; i < 5; i++) expect((await upload(id, i % 2 ? png() : pdf(), i % 2 ? 'image/png' : 'application/pdf', `doc-${i}`)).statusCode).toBe(201);
    const sixth = await upload(id, pdf(), 'application/pdf');
    expect(sixth.statusCode).toBe(409);
    expect(problemType(sixth)).toBe('too-many-attachments');
    expect((await detail(us, id, officer)).attachments).toHaveLength(5);
  });

  it('carries documents to the importer after the notification, in batches under the body limit, and closes them once sent', async () => {
    const id = await draft();
    // Three 3.9 MB documents sign to about 21 MB together: more than the inbox's 16 MiB in one request.
    const files = [pdf(3_900_000), pdf(3_900_000), pdf(3_900_000), png()];
    for (const [i, f] of files.entries()) expect((await upload(id, f, i === 3 ? 'image/png' : 'application/pdf', `doc-${i}`)).statusCode).toBe(201);
    expect((await us.app.inject({ method: 'POST', url: `/api/v1/notifications/${id}/send`, headers: officer })).statusCode).toBe(200);
    await us.deliver();
    await cn.deliver();

    const errors = await us.database.db.select({ e: outbox.lastError, kind: outbox.kind }).from(outbox).where(eq(outbox.recordId, id));
    const there = await detail(cn, id, cnOfficer);
    expect(there.status, JSON.stringify(errors)).toBe('delivered');
    expect(there.attachments.map((a) => a.sha256).sort()).toEqual(files.map(sha).sort());
    const big = there.attachments.find((a) => a.filename === 'doc-0');
    const body = await cn.app.inject({ method: 'GET', url: `/api/v1/notifications/${id}/attachments/${big?.id ?? ''}`, headers: cnOfficer });
    expect(sha(body.rawPayload)).toBe(sha(files[0] ?? Buffer.alloc(0)));
    const rows = await us.database.db.select({ deliveredAt: outbox.deliveredAt, kind: outbox.kind }).from(outbox).where(eq(outbox.kind, 'notification-attachment'));
    expect(rows.every((r) => r.deliveredAt !== null)).toBe(true);

    const late = await upload(id, pdf(), 'application/pdf');
    expect(late.statusCode).toBe(409);
    expect(problemType(late)).toBe('attachments-closed');
  }, 60_000);
});
