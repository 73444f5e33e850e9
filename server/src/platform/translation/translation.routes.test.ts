// Route tests for people's translations of records' free text, on one US node: reading originals and translations,
// adding and correcting one (audited), staleness when the original changes, every bad input as problem+json with
// nothing written, and who may read and translate — the record's own module deciding, notifications and contacts.
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, LINES } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { auditLog } from '../audit/index.js';
import { textTranslations } from './tables.js';
import { textHash } from './texts.js';

type Headers = Record<string, string>;
type Translation = { targetLang: string; text: string; sourceHash: string; isStale: boolean; isPreferred: boolean; by: { kind: string; name?: string; userId?: string | null; service?: string } };
type Field = { field: string; original: { text: string; lang: string; hash: string }; translations: Translation[]; machine: unknown[] };
type Record_ = { kind: string; recordId: string; machineAvailable: boolean; canTranslate: boolean; fields: Field[] };

let node: TestNode;
let agencyId: string;
let officer: { headers: Headers; user: { id: string } };
let supervisor: { headers: Headers };
let viewer: { headers: Headers };
let secretariat: { headers: Headers };
let admin: { headers: Headers };

const USE = 'Reference standards for a licensed forensic laboratory';
const ZH = '供持证法医实验室使用的标准品';

beforeAll(async () => {
  node = await makeTestNode();
  agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
  supervisor = await node.signedIn(['supervisor'], { agencyId });
  viewer = await node.signedIn(['viewer'], { agencyId });
  secretariat = await node.signedIn(['secretariat'], { agencyId });
  admin = await node.signedIn(['admin'], { agencyId });
});

const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: unknown) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const issues = (res: LightMyRequestResponse) => res.json<{ errors?: { path: string; code?: string }[] }>().errors ?? [];

async function drafted(over: Parameters<typeof draftInput>[1] = {}): Promise<string> {
  const res = await api('POST', '/notifications', officer.headers, draftInput(agencyId, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function translations(kind: string, id: string, headers: Headers = officer.headers): Promise<Record_> {
  const res = await api('GET', `/translations/${kind}/${id}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Record_>();
}

const fieldOf = (r: Record_, field: string): Field => {
  const found = r.fields.find((f) => f.field === field);
  if (!found) throw new Error(`no field ${field}`);
  return found;
};

const put = (id: string, body: Record<string, unknown>, headers: Headers = officer.headers) => api('PUT', `/translations/notification/${id}`, headers, body);
const countRows = async (id: string) => (await node.database.db.select().from(textTranslations).where(eq(textTranslations.recordId, id))).length;

describe("a notification's free text", () => {
  it('lists each field with its original, language and hash, and no translations yet', async () => {
    const id = await drafted({ intendedUse: USE });
    const r = await translations('notification', id);
    expect(r).toMatchObject({ kind: 'notification', recordId: id, machineAvailable: false, canTranslate: true });
    expect(fieldOf(r, 'intendedUse')).toEqual({ field: 'intendedUse', original: { text: USE, lang: 'en', hash: textHash(USE) }, translations: [], machine: [] });
    expect((await translations('notification', id, viewer.headers)).canTranslate).toBe(false);
  });

  it("adds a person's translation of the version read, names who made it, and audits it", async () => {
    const id = await drafted({ intendedUse: USE });
    const res = await put(id, { field: 'intendedUse', targetLang: 'zh', text: ZH, sourceHash: textHash(USE) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Field>().translations).toEqual([
      expect.objectContaining({ targetLang: 'zh', text: ZH, sourceHash: textHash(USE), isStale: false, isPreferred: true, by: { kind: 'person', userId: officer.user.id, name: 'Test User' } }),
    ]);
    const audit = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'translation.added')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subjectType: 'notification', change: { field: 'intendedUse', targetLang: 'zh', textHash: textHash(ZH), chars: ZH.length } });
    expect(JSON.stringify(audit[0]?.change)).not.toContain(ZH);
  });

  it('keeps one current translation per field and language: a correction replaces it and is audited as one', async () => {
    const id = await drafted({ intendedUse: USE });
    await put(id, { field: 'intendedUse', targetLang: 'zh', text: ZH, sourceHash: textHash(USE) });
    const res = await put(id, { field: 'intendedUse', targetLang: 'zh', text: `${ZH}。`, sourceHash: textHash(USE) }, supervisor.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Field>().translations.map((t) => t.text)).toEqual([`${ZH}。`]);
    expect(await countRows(id)).toBe(1);
    const corrected = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'translation.corrected')));
    expect(corrected[0]?.change).toMatchObject({ textHash: textHash(`${ZH}。`), before: { textHash: textHash(ZH), byName: 'Test User' } });
  });

  it('marks a translation stale once the original changes, and refuses one of the old version with 409', async () => {
    const id = await drafted({ intendedUse: USE });
    await put(id, { field: 'intendedUse', targetLang: 'zh', text: ZH, sourceHash: textHash(USE) });
    const edited = await api('PUT', `/notifications/${id}`, officer.headers, draftInput(agencyId, { intendedUse: `${USE} in Shanghai` }));
    expect(edited.statusCode, edited.body).toBe(200);
    const field = fieldOf(await translations('notification', id), 'intendedUse');
    expect(field.original.hash).toBe(textHash(`${USE} in Shanghai`));
    expect(field.translations).toEqual([expect.objectContaining({ text: ZH, isStale: true, sourceHash: textHash(USE) })]);
    const late = await put(id, { field: 'intendedUse', targetLang: 'zh', text: `${ZH}（上海）`, sourceHash: textHash(USE) });
    expect(late.statusCode).toBe(409);
    expect(problemType(late)).toBe('translation-stale');
    expect(fieldOf(await translations('notification', id), 'intendedUse').translations.map((t) => t.text)).toEqual([ZH]);
  });

  it('offers the notes people wrote on the timeline, each in its author\'s language', async () => {
    const id = await drafted({ intendedUse: USE, language: 'en', lines: [LINES.ethanol] });
    const sent = await api('POST', `/notifications/${id}/send`, officer.headers);
    expect(sent.statusCode, sent.body).toBe(200);
    const res = await api('POST', `/notifications/${id}/withdraw`, officer.headers, { note: 'Buyer cancelled the order' });
    expect(res.statusCode, res.body).toBe(200);
    const r = await translations('notification', id);
    expect(fieldOf(r, 'withdrawalNote').original).toMatchObject({ text: 'Buyer cancelled the order', lang: 'en' });
    const note = r.fields.find((f) => /^events\.[0-9a-f-]{36}\.note$/.test(f.field));
    expect(note?.original).toMatchObject({ text: 'Buyer cancelled the order', lang: 'en' });
  });
});

describe('bad translations', () => {
  let id: string;
  beforeAll(async () => {
    id = await drafted({ intendedUse: USE });
  });
  const good = { field: 'intendedUse', targetLang: 'zh', text: ZH, sourceHash: textHash(USE) };

  it.each([
    ['an unknown field', { field: 'permitNumber' }, 'body/field', 'unknown-field'],
    ['a language this node does not translate', { targetLang: 'fr' }, 'body/targetLang', 'unsupported-language'],
    ['the language the original is written in', { targetLang: 'en' }, 'body/targetLang', 'same-language'],
  ])('refuses %s with 422 naming the field, writing nothing', async (_what, over, path, code) => {
    const res = await put(id, { ...good, ...over });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(issues(res)).toEqual([expect.objectContaining({ path, code })]);
    expect(await countRows(id)).toBe(0);
  });

  it.each([
    ['oversize text', { text: '译'.repeat(20_001) }, 'body/text'],
    ['empty text', { text: '   ' }, 'body/text'],
    ['a malformed hash', { sourceHash: 'abc' }, 'body/sourceHash'],
    ['a malformed field path', { field: 'events..note' }, 'body/field'],
  ])('refuses %s with 400, writing nothing', async (_what, over, path) => {
    const res = await put(id, { ...good, ...over });
    expect(res.statusCode).toBe(400);
    expect(issues(res).map((i) => i.path)).toContain(path);
    expect(await countRows(id)).toBe(0);
  });

  it('refuses unknown body fields', async () => {
    const res = await put(id, { ...good, by: 'machine' });
    expect(res.statusCode).toBe(400);
  });
});

describe('who may read and translate', () => {
  it("answers the module's own 404 for a notification that is not there or not the reader's to see", async () => {
    const missing = await api('GET', '/translations/notification/0190a3b2-7c1d-7e2f-8a9b-0c1d2e3f4a5b', officer.headers);
    expect(missing.statusCode).toBe(404);
    const red = await drafted({ handling: 'TLP:RED' });
    expect((await api('GET', `/translations/notification/${red}`, viewer.headers)).statusCode).toBe(404);
    expect((await api('GET', `/translations/notification/${red}`, admin.headers)).statusCode).toBe(200);
  });

  it("answers the module's own 403 to a role that may not read notifications", async () => {
    const id = await drafted();
    const res = await api('GET', `/translations/notification/${id}`, secretariat.headers);
    expect(res.statusCode).toBe(403);
    expect(problemType(res)).toBe('forbidden');
  });

  it('lets only officers and supervisors translate', async () => {
    const id = await drafted({ intendedUse: USE });
    const body = { field: 'intendedUse', targetLang: 'zh', text: ZH, sourceHash: textHash(USE) };
    for (const who of [viewer, admin, secretariat]) expect((await put(id, body, who.headers)).statusCode).toBe(403);
    expect(await countRows(id)).toBe(0);
  });

  it('knows no other kinds of record, and refuses anonymous callers', async () => {
    const id = await drafted();
    expect((await api('GET', `/translations/incident/${id}`, officer.headers)).statusCode).toBe(404);
    expect((await node.app.inject({ method: 'GET', url: `/api/v1/translations/notification/${id}` })).statusCode).toBe(401);
  });

  it('audits the read of a sensitive notification\'s text', async () => {
    const id = await drafted({ handling: 'TLP:AMBER' });
    await translations('notification', id);
    const reads = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'notification.read')));
    expect(reads.map((r) => r.change)).toContainEqual(expect.objectContaining({ for: 'translation' }));
  });
});

describe("a contact's free text", () => {
  const contact = { kind: 'desk', name: 'Duty desk', title: 'Narcotics duty desk', topics: ['synthetic-drugs'], coverage: '24x7', channels: [{ kind: 'phone', value: '+1 202 555 0100' }], languages: ['en'], language: 'en', notes: 'Call first, then email the case number.' };

  it('offers title and notes in the contact\'s language, translated like any other record', async () => {
    const created = await api('POST', '/contacts', admin.headers, { ...contact, agencyId });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const r = await translations('contact', id);
    expect(r.fields.map((f) => [f.field, f.original.lang])).toEqual([
      ['title', 'en'],
      ['notes', 'en'],
    ]);
    const res = await api('PUT', `/translations/contact/${id}`, officer.headers, { field: 'notes', targetLang: 'zh', text: '请先致电，然后发送案件编号邮件。', sourceHash: textHash(contact.notes) });
    expect(res.statusCode, res.body).toBe(200);
    expect(fieldOf(await translations('contact', id, viewer.headers), 'notes').translations).toEqual([expect.objectContaining({ targetLang: 'zh', isStale: false })]);
  });

  it("answers the directory's 404 for a contact that is not there", async () => {
    expect((await api('GET', '/translations/contact/0190a3b2-7c1d-7e2f-8a9b-0c1d2e3f4a5b', officer.headers)).statusCode).toBe(404);
  });
});
