// The public readout pages on one node, asked as a stranger with no account: the list and each readout in both
// languages (chosen by ?lang, else Accept-Language), every text with its original and translation marked, the date
// on the meeting's clock, paging at 50, the printable PDF, every value escaped, no script, 304s on If-None-Match and
// If-Modified-Since and validators that move with each release and withdrawal, 404 for anything not released. And
// the leak test: drafts, cleared-but-unreleased, withdrawn and edited-after-release readouts carry marker strings;
// a crawl of every public URL (and of their guessed slugs) finds none of them, and still answers with every other
// table of the module hidden, so the pages read `readout_releases` alone.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { squashed } from '../../../test/pdf-text.js';
import { insertMeeting, insertReadout, insertRelease, releasedText } from '../../../test/releases.js';
import { cjkFontAvailable } from '../../platform/pdf-fonts.js';
import { escapeHtml } from './public-html.js';
import { readoutReleases } from './tables.js';

let node: TestNode;
const get = (url: string, headers: Record<string, string> = {}) => node.app.inject({ method: 'GET', url, headers });

const joint = {
  kind: 'joint',
  texts: [
    releasedText({ title: 'Joint readout of the plenary', body: 'The United States text.', translation: { title: '全体会议联合纪要（美方）', body: '美方文本。', by: 'person' } }),
    releasedText({ party: 'CN', language: 'zh', title: '全体会议联合纪要', body: '中方文本。', translation: { title: 'Plenary joint readout (CN)', body: 'The Chinese text.', by: 'machine' } }),
  ],
};

beforeAll(async () => {
  node = await makeTestNode();
});

describe('the list of released readouts', () => {
  let older: string;
  let newer: string;
  beforeAll(async () => {
    // 02:00 UTC on 10 Jan is the evening of 9 Jan in Washington: the list gives the meeting's own day.
    older = (await insertRelease(node.database.db, { meetingStartsAt: new Date('2026-01-10T02:00:00Z'), place: 'Washington, D.C.', releasedAt: new Date('2026-02-01T10:00:00Z'), updatedAt: new Date('2026-02-01T10:00:00Z') })).slug;
    newer = (await insertRelease(node.database.db, { ...joint, place: 'Beijing', meetingStartsAt: new Date('2026-01-20T18:00:00Z'), meetingTimeZone: 'Asia/Shanghai', releasedAt: new Date('2026-02-03T10:00:00Z'), updatedAt: new Date('2026-02-03T10:00:00Z') })).slug;
  });

  it('is an HTML page for a stranger, in English by default, newest release first, with date, place, party, kind and links', async () => {
    const res = await get('/public/readouts');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(res.body).toContain('<meta charset="utf-8">');
    expect(res.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(res.body.indexOf(`/public/readouts/${newer}?lang=en`)).toBeGreaterThan(0);
    expect(res.body.indexOf(`/public/readouts/${newer}?lang=en`)).toBeLessThan(res.body.indexOf(`/public/readouts/${older}?lang=en`));
    expect(res.body).toContain('9 Jan 2026');
    expect(res.body).not.toContain('10 Jan 2026');
    // 18:00 UTC on 20 Jan is 02:00 on 21 Jan in Beijing.
    expect(res.body).toContain('21 Jan 2026');
    expect(res.body).not.toContain('20 Jan 2026');
    for (const text of ['Washington, D.C.', 'Beijing', 'United States', 'Joint readout', 'Readout of the working group meeting', 'Joint readout of the plenary']) expect(res.body).toContain(text);
    expect(res.body).toContain('<link rel="alternate" type="application/atom+xml" title="Atom feed" href="/public/readouts.atom?lang=en">');
    expect(res.body).toContain('<link rel="alternate" type="application/feed+json" title="JSON Feed" href="/public/readouts.json?lang=en">');
    expect(res.body).toContain('href="/public/readouts?lang=zh-CN"');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('is in Chinese for a reader whose browser asks for any Chinese, and ?lang overrides the browser', async () => {
    const zh = await get('/public/readouts', { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.5' });
    expect(zh.body).toMatch(/<html lang="zh-CN">/);
    for (const text of ['会议纪要', '2026年1月9日', '美国', '联合纪要', '工作组会议纪要', '全体会议联合纪要', `/public/readouts/${older}?lang=zh-CN`]) expect(zh.body).toContain(text);
    expect(zh.headers.vary).toContain('Accept-Language');
    const en = await get('/public/readouts?lang=en', { 'accept-language': 'zh-CN' });
    expect(en.body).toMatch(/<html lang="en">/);
    expect((await get('/public/readouts', { 'accept-language': 'fr, en-GB;q=0.2' })).body).toMatch(/<html lang="en">/);
    expect((await get('/public/readouts', { 'accept-language': 'en;q=0.1, zh-Hans' })).body).toMatch(/<html lang="zh-CN">/);
  });

  it('refuses an unknown language or a stray parameter as problem+json', async () => {
    const res = await get('/public/readouts?lang=fr');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await get('/public/readouts?lang=en&debug=1')).statusCode).toBe(400);
  });

  it('shows a readout with the original and the translation marked, the chosen language first, both on the page', async () => {
    const en = await get(`/public/readouts/${older}?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<h1 lang="en">Readout of the working group meeting</h1>');
    expect(en.body.indexOf('<section class="version original" lang="en">')).toBeLessThan(en.body.indexOf('<section class="version translation" lang="zh-CN">'));
    expect(en.body).toContain('>Original</p>');
    expect(en.body).toContain('>Translation · translated by a person</p>');
    expect(en.body).toContain('<p>The delegations discussed synthetic drugs and precursor chemicals.</p>');
    expect(en.body).toContain('双方讨论了合成毒品和易制毒化学品问题。');
    expect(en.body).toContain('9 Jan 2026, 21:00');
    expect(en.body).toContain(`href="/public/readouts/${older}.pdf"`);
    const zh = await get(`/public/readouts/${older}?lang=zh-CN`);
    expect(zh.body).toContain('<h1 lang="zh-CN">工作组会议纪要</h1>');
    expect(zh.body.indexOf('<section class="version translation" lang="zh-CN">')).toBeLessThan(zh.body.indexOf('<section class="version original" lang="en">'));
    expect(zh.body).toContain('>原文</p>');
    expect(zh.body).toContain('>译文 · 人工翻译</p>');
  });

  it("shows both parties' texts of a joint readout, the releasing party's first, a machine translation said to be one", async () => {
    const en = await get(`/public/readouts/${newer}`);
    expect(en.body.indexOf('Text of United States')).toBeGreaterThan(0);
    expect(en.body.indexOf('Text of United States')).toBeLessThan(en.body.indexOf('Text of China'));
    expect(en.body).toContain('>Translation · machine translation</p>');
    // In English the Chinese party's English translation comes before its Chinese original.
    expect(en.body.indexOf('The Chinese text.')).toBeLessThan(en.body.indexOf('中方文本。'));
    const zh = await get(`/public/readouts/${newer}`, { 'accept-language': 'zh-CN' });
    expect(zh.body).toContain('>译文 · 机器翻译</p>');
    expect(zh.body).toContain('中国文本');
    expect(zh.body).toContain('<h1 lang="zh-CN">全体会议联合纪要（美方）</h1>');
  });

  it('prints a readout as a PDF with its title and both languages', async () => {
    const res = await get(`/public/readouts/${older}.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="${older}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squashed(res.rawPayload);
    expect(text).toContain('Readoutoftheworkinggroupmeeting');
    expect(text).toContain('Original');
    if (cjkFontAvailable()) {
      expect(text).toContain('工作组会议纪要');
      expect(text).toContain('原文');
    }
  });
});

describe('escaping', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'q'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
  });

  it('puts a hostile title, place and body on the pages as text, never as markup', async () => {
    const evil = `<script>alert("x")</script><img src=x onerror='y'>`;
    const { slug } = await insertRelease(node.database.db, { place: evil, meetingTitle: evil, texts: [releasedText({ title: evil, body: `${evil}\n\nsecond` })] });
    for (const url of ['/public/readouts', `/public/readouts/${slug}`, `/public/readouts/${slug}?lang=zh-CN`]) {
      const res = await get(url);
      expect(res.body, url).not.toMatch(/<script|<img/i);
      expect(res.body, url).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt;');
    }
  });
});

describe('caching', () => {
  const validators = (res: LightMyRequestResponse) => ({ etag: String(res.headers.etag), lastModified: String(res.headers['last-modified']) });

  it('sends a weak ETag, Last-Modified and a minute of public caching, and 304 to If-None-Match or If-Modified-Since', async () => {
    const first = await get('/public/readouts?lang=en');
    const v = validators(first);
    expect(v.etag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(new Date(v.lastModified).getTime()).toBeGreaterThan(0);
    const byTag = await get('/public/readouts?lang=en', { 'if-none-match': v.etag });
    expect(byTag.statusCode).toBe(304);
    expect(byTag.body).toBe('');
    expect(byTag.headers.etag).toBe(v.etag);
    expect((await get('/public/readouts?lang=en', { 'if-none-match': `"other", ${v.etag.slice(2)}` })).statusCode).toBe(304);
    expect((await get('/public/readouts?lang=en', { 'if-modified-since': v.lastModified })).statusCode).toBe(304);
    expect((await get('/public/readouts?lang=en', { 'if-modified-since': new Date(Date.parse(v.lastModified) - 1000).toUTCString() })).statusCode).toBe(200);
    // If-None-Match decides when both are sent.
    expect((await get('/public/readouts?lang=en', { 'if-none-match': 'W/"stale"', 'if-modified-since': v.lastModified })).statusCode).toBe(200);
    expect((await get('/public/readouts?lang=zh-CN', { 'if-none-match': v.etag })).statusCode).toBe(200);
  });

  it('changes the validators after a release and after a withdrawal, so a reader gets the new page', async () => {
    const before = validators(await get('/public/readouts?lang=en'));
    node.clock.advance(5_000);
    const { slug, readoutId } = await insertRelease(node.database.db, { releasedAt: node.clock.now(), updatedAt: node.clock.now(), texts: [releasedText({ title: 'Newly released' })] });
    const after = await get('/public/readouts?lang=en', { 'if-none-match': before.etag });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Newly released');
    const released = validators(after);
    expect(released.etag).not.toBe(before.etag);
    expect((await get(`/public/readouts/${slug}`)).statusCode).toBe(200);

    node.clock.advance(5_000);
    await node.database.db.delete(readoutReleases).where(sql`${readoutReleases.readoutId} = ${readoutId}`);
    const withdrawn = await get('/public/readouts?lang=en', { 'if-none-match': released.etag });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.body).not.toContain('Newly released');
    expect(validators(withdrawn).etag).not.toBe(released.etag);
    // A withdrawal deletes a row, yet Last-Modified still moves, so If-Modified-Since alone is not answered 304.
    expect((await get('/public/readouts?lang=en', { 'if-modified-since': released.lastModified })).statusCode).toBe(200);
    expect((await get(`/public/readouts/${slug}`)).statusCode).toBe(404);
  });
});

describe('serving many readers', () => {
  it('gzips a text answer for a reader that takes gzip, and only then', async () => {
    const plain = await get('/public/readouts?lang=en');
    const zipped = await get('/public/readouts?lang=en', { 'accept-encoding': 'br, gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Language, Accept-Encoding');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect((await get('/public/readouts?lang=en', { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers readers who come at once alike, and each of them sees every release made before it asked', async () => {
    const together = await Promise.all(Array.from({ length: 30 }, () => get('/public/readouts.atom')));
    expect(new Set(together.map((r) => `${r.statusCode} ${String(r.headers.etag)}`)).size).toBe(1);
    for (let round = 0; round < 3; round += 1) {
      await insertRelease(node.database.db, { releasedAt: node.clock.now(), updatedAt: node.clock.now(), texts: [releasedText({ title: `Round ${round}` })] });
      const after = await Promise.all(Array.from({ length: 20 }, () => get('/public/readouts?lang=en')));
      for (const res of after) expect(res.body).toContain(`Round ${round}`);
      node.clock.advance(1000);
    }
  });
});

describe('what is not released', () => {
  it('answers 404 problem+json to a program and a small HTML page to a browser', async () => {
    const res = await get('/public/readouts/us-ro-2026-999999');
    expect(res.statusCode).toBe(404);
    expect(problemType(res)).toBe('readout-not-released');
    const page = await get('/public/readouts/us-ro-2026-999999?lang=zh-CN', { accept: 'text/html,application/xhtml+xml' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toContain('未找到');
    for (const url of ['/public/readouts/us-ro-2026-999999.pdf', '/public/readouts/US-RO-2026-000001', '/public/readouts/..%2Fapi', '/public/readouts?page=99']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('stays out of the role table and the session lookup, and the CSP lets its inline style through but no script', async () => {
    expect(node.app.accessTable.filter((e) => e.url.startsWith('/public'))).toEqual([]);
    const res = await get('/public/readouts', { cookie: 'cp_session=forged' });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    expect(res.body).toContain('<style>');
    const head = await node.app.inject({ method: 'HEAD', url: '/public/readouts.atom' });
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toMatch(/^W\//);
    expect(head.body).toBe('');
  });

  it('reads no table but readout_releases (no other table of the module is named in the public files)', () => {
    const dir = new URL('.', import.meta.url);
    for (const file of ['public-routes.ts', 'public-store.ts', 'public-html.ts', 'public-feed.ts', 'public-pdf.ts', 'public-words.ts']) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const fromTables = [...source.matchAll(/import (?:type )?\{([^}]*)\} from '\.\/tables\.js'/g)].flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim().replace(/^type /, '')));
      expect(fromTables.filter((name) => !['readoutReleases', 'ReleasedText'].includes(name)), file).toEqual([]);
      expect(source, file).not.toMatch(/\breadout_versions\b|\breadoutVersions\b|from readouts\b|\breadoutClearances\b/);
    }
  });
});

const MARKERS = ['LEAKDRAFT', 'LEAKCLEARED', 'LEAKWITHDRAWN', 'LEAKEDITED', 'LEAKOLDVERSION', '泄露草稿'];

describe('the leak test: nothing unreleased is reachable', () => {
  let crawlNode: TestNode;
  const guessed: string[] = [];
  const fetchAll = async (url: string, headers: Record<string, string> = {}) => crawlNode.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    crawlNode = await makeTestNode();
    const db = crawlNode.database.db;
    const meetingId = await insertMeeting(db, { title: 'LEAKDRAFT meeting title' });
    for (let i = 0; i < 3; i += 1) await insertRelease(db, { texts: [releasedText({ title: `Released ${i}` })] });
    const draft = await insertReadout(db, meetingId, { status: 'draft', title: 'LEAKDRAFT title', body: 'LEAKDRAFT body', translation: { title: '泄露草稿', body: '泄露草稿', by: 'machine', byName: 'x', sourceHash: 'x', at: '2026-02-01T00:00:00Z' }, versions: 2 });
    const cleared = await insertReadout(db, meetingId, { status: 'cleared', title: 'LEAKCLEARED title', body: 'LEAKCLEARED body' });
    const withdrawn = await insertReadout(db, meetingId, { status: 'withdrawn', title: 'LEAKWITHDRAWN title', body: 'LEAKWITHDRAWN body' });
    // Released at version 1, edited since: the page keeps the released text until it is released again.
    const edited = await insertReadout(db, meetingId, { status: 'draft', title: 'LEAKEDITED title', body: 'LEAKEDITED body', versions: 3 });
    await db.execute(sql`update readout_versions set title = 'LEAKOLDVERSION', body = 'LEAKOLDVERSION' where readout_id = ${edited.id} and version = 2`);
    await insertRelease(db, { readoutId: edited.id, slug: edited.slug, texts: [releasedText({ title: 'Released before the edit' })] });
    for (const r of [draft, cleared, withdrawn]) guessed.push(r.slug, r.reference, r.id);
  });

  /** Every public URL reachable from the list pages in both languages, plus the feeds and the guessed slugs. */
  async function crawl(): Promise<{ url: string; res: LightMyRequestResponse }[]> {
    const seen: { url: string; res: LightMyRequestResponse }[] = [];
    const queue = ['/public/readouts?lang=en', '/public/readouts?lang=zh-CN', ...['atom', 'json'].flatMap((f) => [`/public/readouts.${f}?lang=en`, `/public/readouts.${f}?lang=zh-CN`])];
    const visited = new Set<string>();
    while (queue.length) {
      const url = queue.shift() ?? '';
      if (visited.has(url)) continue;
      visited.add(url);
      const res = await fetchAll(url);
      seen.push({ url, res });
      if (!String(res.headers['content-type']).startsWith('text/html')) continue;
      for (const [, href] of res.body.matchAll(/href="(\/public\/[^"]+)"/g)) queue.push((href ?? '').replaceAll('&amp;', '&'));
    }
    return seen;
  }

  const textOf = (res: LightMyRequestResponse): string => (res.headers['content-type'] === 'application/pdf' ? squashed(res.rawPayload) : res.body);

  it('finds no marker on any page, feed or PDF reachable from the list, and the edited readout shows its released text', async () => {
    const pages = await crawl();
    expect(pages.filter((p) => p.url.endsWith('.pdf') || p.url.includes('.pdf?')).length).toBeGreaterThanOrEqual(4);
    // 2 lists, 4 feeds, 4 readouts × 2 languages, 4 PDFs.
    expect(pages.length).toBe(18);
    for (const { url, res } of pages) {
      expect(res.statusCode, url).toBe(200);
      for (const marker of MARKERS) expect(textOf(res), `${marker} in ${url}`).not.toContain(marker);
    }
    expect(pages.some(({ res }) => res.body.includes('Released before the edit'))).toBe(true);
  });

  it('answers 404 to every guessed address of an unreleased readout, in every form and language, with no marker', async () => {
    expect(guessed).toHaveLength(9);
    for (const slug of guessed) {
      for (const url of [`/public/readouts/${slug}`, `/public/readouts/${slug}.pdf`, `/public/readouts/${slug}?lang=zh-CN`, `/public/readouts/${slug.toLowerCase()}.pdf?lang=zh-CN`]) {
        for (const accept of ['application/json', 'text/html']) {
          const res = await fetchAll(url, { accept });
          expect(res.statusCode, url).toBe(404);
          for (const marker of MARKERS) expect(res.body, `${marker} in ${url}`).not.toContain(marker);
        }
      }
    }
  });

  it('serves every page with every other table of the module hidden: it reads readout_releases alone', async () => {
    const db = crawlNode.database.db;
    for (const table of ['readouts', 'readout_versions', 'readout_clearances', 'meeting_parts', 'commitments', 'meetings', 'meeting_serials']) {
      await db.execute(sql.raw(`alter table ${table} rename to ${table}_hidden_by_test`));
    }
    // A re-release moves the stamp, so nothing is answered from what was rendered before.
    await db.execute(sql`update readout_releases set updated_at = updated_at + interval '1 hour', texts = ${JSON.stringify([releasedText({ title: 'Released while hidden' })])}::jsonb
      where readout_id = (select readout_id from readout_releases order by released_at limit 1)`);
    const pages = await crawl();
    expect(pages.some(({ res }) => res.body.includes('Released while hidden'))).toBe(true);
    for (const { url, res } of pages) expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  });
});

describe('paging', () => {
  it('pages the list at 50, newest first, with links to newer and older pages and 404 past the last', async () => {
    const { count } = (await node.database.db.select({ count: sql<number>`count(*)::int` }).from(readoutReleases))[0] ?? { count: 0 };
    for (let i = 0; i < 51 - count; i += 1) await insertRelease(node.database.db, { texts: [releasedText({ title: `Paged readout ${i}` })] });
    await insertRelease(node.database.db, { releasedAt: new Date('2020-01-01T00:00:00Z'), updatedAt: new Date('2020-01-01T00:00:00Z'), texts: [releasedText({ title: 'The oldest release' })] });
    const first = await get('/public/readouts?lang=en');
    expect(first.body.match(/<li><article>/g)).toHaveLength(50);
    expect(first.body).not.toContain('The oldest release');
    expect(first.body).toContain('Page 1 of 2');
    expect(first.body).toContain('<a rel="next" href="/public/readouts?lang=en&amp;page=2">');
    const second = await get('/public/readouts?lang=en&page=2');
    expect(second.body.match(/<li><article>/g)).toHaveLength(2);
    expect(second.body).toContain('The oldest release');
    expect(second.body).toContain('<a rel="prev" href="/public/readouts?lang=en">');
    expect(second.body).not.toContain('rel="next"');
    expect((await get('/public/readouts?lang=en&page=3')).statusCode).toBe(404);
  });
});
