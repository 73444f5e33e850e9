// Route tests for machine translation against a LibreTranslate on loopback (server/test/fake-libretranslate.ts, real
// HTTP): requests become jobs, a job's result is marked as the machine's with the service named, the same text is
// sent once, a service that is down, slow or answers garbage leaves a failed attempt with its reason and the
// original untouched, and a node with no service configured refuses and sends nothing.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../../../test/fake-libretranslate.js';
import { draftInput } from '../../../test/notifications.js';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { auditLog } from '../audit/index.js';
import { withTx } from '../tx.js';
import * as repo from './repo.js';
import { translationCache, translationCacheUses } from './tables.js';
import { textHash } from './texts.js';

type Headers = Record<string, string>;
type Translation = { targetLang: string; text: string; isStale: boolean; isPreferred: boolean; by: { kind: string; name?: string; service?: string } };
type Machine = { targetLang: string; state: string; reasonCode: string | null; attempts: number };
type Field = { field: string; original: { text: string; lang: string; hash: string }; translations: Translation[]; machine: Machine[] };
type Record_ = { machineAvailable: boolean; canTranslate: boolean; fields: Field[] };

let fake: FakeLibreTranslate;
let node: TestNode;
let agencyId: string;
let officer: { headers: Headers };

beforeAll(async () => {
  fake = await startFakeLibreTranslate();
  node = await makeTestNode({ COUNTERPART_TRANSLATE_URL: fake.url, COUNTERPART_TRANSLATE_API_KEY: 'lt-test-key', COUNTERPART_TRANSLATE_TIMEOUT_MS: '1000' });
  agencyId = (await node.makeAgency({ kind: 'regulator' })).id;
  officer = await node.signedIn(['officer'], { agencyId });
});
afterAll(async () => fake.close());

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Headers = officer.headers) =>
  node.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

let n = 0;
/** A draft whose intended use is a text no other test uses (unless `text` is given). */
async function drafted(text = `Reference standards, batch ${++n}`): Promise<{ id: string; text: string }> {
  const res = await api('POST', '/notifications', draftInput(agencyId, { intendedUse: text }));
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: string }>().id, text };
}

async function intendedUse(id: string): Promise<Field> {
  const res = await api('GET', `/translations/notification/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  // The service's address is the node's business, not its readers'.
  expect(res.body).not.toContain(fake.url);
  const field = res.json<Record_>().fields.find((f) => f.field === 'intendedUse');
  if (!field) throw new Error('no intendedUse');
  return field;
}

const machineZh = (id: string) => api('POST', `/translations/notification/${id}/machine`, { fields: ['intendedUse'], targetLang: 'zh' });

describe('machine translation', () => {
  it('queues a job (202) that the service answers, stored as the machine\'s with the service named', async () => {
    const { id, text } = await drafted();
    const before = fake.requests.length;
    const res = await machineZh(id);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ queued: ['intendedUse'], skipped: [] });
    expect(fake.requests.length).toBe(before);
    expect((await intendedUse(id)).machine).toEqual([expect.objectContaining({ targetLang: 'zh', state: 'pending', reasonCode: null })]);
    await node.app.jobs.runDue();
    expect(fake.requests.slice(before)).toEqual([{ q: text, source: 'en', target: 'zh', format: 'text', apiKey: 'lt-test-key' }]);
    const field = await intendedUse(id);
    expect(field.machine).toEqual([]);
    expect(field.translations).toEqual([expect.objectContaining({ targetLang: 'zh', text: `[zh] ${text}`, isStale: false, isPreferred: true, by: { kind: 'machine', service: 'LibreTranslate' } })]);
    const audited = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'translation.machine-added')));
    expect(audited[0]?.change).toMatchObject({ field: 'intendedUse', targetLang: 'zh', fromCache: false, service: `LibreTranslate (${fake.url})` });
  });

  it("keeps a person's translation beside the machine's, the person's shown first", async () => {
    const { id, text } = await drafted();
    await machineZh(id);
    await node.app.jobs.runDue();
    const put = await api('PUT', `/translations/notification/${id}`, { field: 'intendedUse', targetLang: 'zh', text: '参考标准品', sourceHash: textHash(text) });
    expect(put.statusCode, put.body).toBe(200);
    const shown = (await intendedUse(id)).translations.map((t) => [t.by.kind, t.isPreferred]);
    expect(shown).toEqual([
      ['person', true],
      ['machine', false],
    ]);
  });

  it('sends a text once: the same text elsewhere comes from the cache, and a current one is not asked again', async () => {
    const first = await drafted('Solvent for a pharmaceutical plant');
    await machineZh(first.id);
    await node.app.jobs.runDue();
    const sent = fake.requests.length;
    const second = await drafted('Solvent for a pharmaceutical plant');
    expect((await machineZh(second.id)).statusCode).toBe(202);
    await node.app.jobs.runDue();
    expect(fake.requests.length).toBe(sent);
    expect((await intendedUse(second.id)).translations).toEqual([expect.objectContaining({ text: '[zh] Solvent for a pharmaceutical plant', by: expect.objectContaining({ kind: 'machine' }) })]);
    const again = await machineZh(second.id);
    expect(again.json()).toEqual({ queued: [], skipped: [{ field: 'intendedUse', reason: 'current' }] });
    const cached = await node.database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, second.id), eq(auditLog.action, 'translation.machine-added')));
    expect(cached[0]?.change).toMatchObject({ fromCache: true });
  });

  it('skips a field already in the target language, and one already waiting for the service', async () => {
    const { id } = await drafted();
    await machineZh(id);
    expect((await machineZh(id)).json()).toEqual({ queued: [], skipped: [{ field: 'intendedUse', reason: 'pending' }] });
    const en = await api('POST', `/translations/notification/${id}/machine`, { targetLang: 'en' });
    expect(en.json<{ skipped: { reason: string }[] }>().skipped.every((s) => s.reason === 'same-language')).toBe(true);
    await node.app.jobs.runDue();
  });

  it("shows a current machine translation before a person's of an earlier version, and offers it again", async () => {
    const { id, text } = await drafted();
    const put = await api('PUT', `/translations/notification/${id}`, { field: 'intendedUse', targetLang: 'zh', text: '参考标准品', sourceHash: textHash(text) });
    expect(put.statusCode, put.body).toBe(200);
    const changed = `${text}, revised`;
    expect((await api('PUT', `/notifications/${id}`, draftInput(agencyId, { intendedUse: changed }))).statusCode).toBe(200);
    expect((await machineZh(id)).json()).toEqual({ queued: ['intendedUse'], skipped: [] });
    await node.app.jobs.runDue();
    const shown = (await intendedUse(id)).translations.map((t) => [t.by.kind, t.isStale, t.isPreferred]);
    expect(shown).toEqual([
      ['person', true, false],
      ['machine', false, true],
    ]);
  });

  it('forgets on purge the cached machine text of every version of the record, not only the last', async () => {
    const { id, text } = await drafted();
    await machineZh(id);
    await node.app.jobs.runDue();
    const changed = `${text}, revised`;
    expect((await api('PUT', `/notifications/${id}`, draftInput(agencyId, { intendedUse: changed }))).statusCode).toBe(200);
    await machineZh(id);
    await node.app.jobs.runDue();
    const cachedOf = (t: string) => node.database.db.select().from(translationCache).where(eq(translationCache.textHash, textHash(t)));
    expect(await cachedOf(text)).toHaveLength(1);
    expect(await cachedOf(changed)).toHaveLength(1);
    await withTx(node.ctxFor(), (tx) => repo.deleteTranslationsOf(tx, 'notification', id));
    expect(await cachedOf(text)).toEqual([]);
    expect(await cachedOf(changed)).toEqual([]);
    expect(await node.database.db.select().from(translationCacheUses).where(eq(translationCacheUses.recordId, id))).toEqual([]);
  });

  it('refuses (409 translation-restricted) to send TLP:RED or TLP:AMBER+STRICT text, and says so on reading', async () => {
    for (const handling of ['TLP:RED', 'TLP:AMBER+STRICT'] as const) {
      const res = await api('POST', '/notifications', draftInput(agencyId, { intendedUse: `Restricted batch ${++n}`, handling }));
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json<{ id: string }>().id;
      const sent = fake.requests.length;
      const refused = await machineZh(id);
      expect(refused.statusCode).toBe(409);
      expect(problemType(refused)).toBe('translation-restricted');
      await node.app.jobs.runDue();
      expect(fake.requests.length).toBe(sent);
      expect((await api('GET', `/translations/notification/${id}`)).json<Record_>().machineAvailable).toBe(false);
    }
  });

  it('refuses unknown fields and languages with 422', async () => {
    const { id } = await drafted();
    const unknown = await api('POST', `/translations/notification/${id}/machine`, { fields: ['intendedUse', 'nope'], targetLang: 'zh' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body/fields/1', code: 'unknown-field' })]);
    expect((await api('POST', `/translations/notification/${id}/machine`, { targetLang: 'de' })).statusCode).toBe(422);
  });
});

describe('a translation service that fails', () => {
  it.each([
    ['is down', 'down', 'unreachable'],
    ['does not answer in time', 'slow', 'timeout'],
    ['answers without a translatedText', 'garbage', 'bad-answer'],
    ['answers an HTML page', 'html', 'bad-answer'],
    ['answers an oversize text', 'oversize', 'bad-answer'],
    ['answers 500', 'error', 'refused'],
    ['refuses the API key (403)', 'forbidden', 'refused'],
    ['answers more than the byte cap', 'huge', 'bad-answer'],
    ['redirects elsewhere (not followed)', 'redirect', 'unreachable'],
  ] as const)('that %s fails the attempt with its reason, to retry, the original untouched', async (_what, mode, code) => {
    const { id, text } = await drafted();
    fake.setMode(mode);
    try {
      await machineZh(id);
      await node.app.jobs.runDue();
    } finally {
      fake.setMode('ok');
    }
    const field = await intendedUse(id);
    expect(field.machine).toEqual([expect.objectContaining({ targetLang: 'zh', state: 'retrying', reasonCode: code, attempts: 1 })]);
    expect(fake.redirected).toEqual([]);
    expect(field.translations).toEqual([]);
    expect(field.original).toEqual({ text, lang: 'en', hash: textHash(text) });
    const row = await api('GET', `/notifications/${id}`);
    expect(row.json<{ intendedUse: string }>().intendedUse).toBe(text);
  });

  it('waits before trying again, and succeeds once the service answers', async () => {
    const { id, text } = await drafted();
    fake.setMode('down');
    await machineZh(id);
    await node.app.jobs.runDue();
    fake.setMode('ok');
    await node.app.jobs.runDue();
    expect((await intendedUse(id)).machine).toEqual([expect.objectContaining({ state: 'retrying', attempts: 1 })]);
    // The first retry waits 30 s (±25 %).
    node.clock.advance(60_000);
    await node.app.jobs.runDue();
    const field = await intendedUse(id);
    expect(field.machine).toEqual([]);
    expect(field.translations).toEqual([expect.objectContaining({ text: `[zh] ${text}`, isStale: false })]);
  });

  it('fails for good after its last attempt, saying why', async () => {
    const { id, text } = await drafted();
    fake.setMode('down');
    try {
      await machineZh(id);
      await node.app.jobs.runDue();
      // Retries wait 30 s, 1, 2 and 4 min (±25 %): five minutes on is past each wait.
      for (let attempt = 2; attempt <= 5; attempt++) {
        node.clock.advance(5 * 60_000);
        await node.app.jobs.runDue();
      }
    } finally {
      fake.setMode('ok');
    }
    const field = await intendedUse(id);
    expect(field.machine).toEqual([expect.objectContaining({ targetLang: 'zh', state: 'failed', reasonCode: 'unreachable', attempts: 5 })]);
    expect(field.translations).toEqual([]);
    expect(field.original.text).toBe(text);
    // Asked again, it is a new job.
    expect((await machineZh(id)).json()).toEqual({ queued: ['intendedUse'], skipped: [] });
    await node.app.jobs.runDue();
    expect((await intendedUse(id)).translations).toHaveLength(1);
  });
});

describe('a node with no translation service', () => {
  it('refuses machine translation with 409 translation-unavailable and sends nothing', async () => {
    const { id } = await drafted();
    const bare = await buildApp({ config: loadConfig({ COUNTERPART_DATA_DIR: '/nonexistent', COUNTERPART_SEED_DEMO: 'false' }), database: node.database, clock: node.clock, box: node.box, logger: false });
    try {
      const sent = fake.requests.length;
      const res = await bare.inject({ method: 'POST', url: `/api/v1/translations/notification/${id}/machine`, headers: officer.headers, payload: { targetLang: 'zh' } });
      expect(res.statusCode).toBe(409);
      expect(problemType(res)).toBe('translation-unavailable');
      const read = await bare.inject({ method: 'GET', url: `/api/v1/translations/notification/${id}`, headers: officer.headers });
      expect(read.json<Record_>().machineAvailable).toBe(false);
      // A job queued while a service was configured is not sent anywhere once it is not.
      await machineZh(id);
      await bare.jobs.runDue();
      expect(fake.requests.length).toBe(sent);
      const failed = (await intendedUse(id)).machine;
      expect(failed).toEqual([expect.objectContaining({ state: 'failed', reasonCode: 'not-configured' })]);
    } finally {
      await bare.close();
    }
  });
});
