// The public feeds of released readouts, read back as a news reader would: the Atom feed parsed by a feed parser
// from npm and checked against RFC 4287 element by element (test/atom.ts) — entries, titles, absolute links to the
// pages, stable ids, dates — still well-formed with markup, CDATA terminators and control characters in a title or
// body; the JSON Feed 1.1 fields; each feed in both languages, the newest 50 only; absolute links on the configured
// public URL, else on the host asked (never on another reader's host from the cache); the caching headers and 304s
// as on the pages.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNode, problemType, type TestNode } from '../../../test/node.js';
import { atomIssues } from '../../../test/atom.js';
import { insertRelease, releasedText } from '../../../test/releases.js';

let node: TestNode;
let configured: TestNode;
const get = (url: string, headers: Record<string, string> = {}, on: TestNode = node) => on.app.inject({ method: 'GET', url, headers });
const HOSTILE = `<script>alert("x")</script> ]]> & 'q'`;
let slugs: string[] = [];

type JsonFeed = { version: string; title: string; home_page_url: string; feed_url: string; language: string; items: { id: string; url: string; title: string; content_html: string; date_published: string; date_modified: string }[] };

beforeAll(async () => {
  node = await makeTestNode();
  configured = await makeTestNode({ COUNTERPART_PUBLIC_URL: 'https://readouts.example.org/' });
  const db = node.database.db;
  const day = (n: number) => new Date(Date.UTC(2026, 1, n, 12));
  slugs = [
    (await insertRelease(db, { releasedAt: day(1), updatedAt: day(1) })).slug,
    (await insertRelease(db, { releasedAt: day(2), updatedAt: day(9), texts: [releasedText({ title: HOSTILE, body: `Line with a control \u0001 character.\n\n${HOSTILE}` })] })).slug,
    (await insertRelease(db, { releasedAt: day(3), updatedAt: day(3), kind: 'joint', texts: [releasedText(), releasedText({ party: 'CN', language: 'zh', title: '中方纪要', body: '中方文本。', translation: { title: 'CN text', body: 'The CN text.', by: 'machine' } })] })).slug,
  ];
  await insertRelease(configured.database.db);
});

describe('the Atom feed', () => {
  let res: LightMyRequestResponse;
  beforeAll(async () => {
    res = await get('/public/readouts.atom', { host: 'news.example.net:8443' });
  });

  it('is Atom 1.0 a feed parser reads: every release an entry, newest release first, ids stable, dates right', () => {
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(atomIssues(res.body)).toEqual([]);
    const feed = parseFeed(res.body);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Meeting readouts · United States');
    expect(feed.items.map((i) => i.id)).toEqual([...slugs].reverse().map((s) => `urn:counterpart:readout:${s}`));
    const hostile = feed.items[1];
    expect(hostile?.published?.toISOString()).toBe('2026-02-02T12:00:00.000Z');
    expect(hostile?.updated?.toISOString()).toBe('2026-02-09T12:00:00.000Z');
    expect(feed.updated?.toISOString()).toBe('2026-02-09T12:00:00.000Z');
  });

  it('links every entry to its page by an absolute URL on the host the reader asked', () => {
    const feed = parseFeed(res.body);
    expect(feed.url).toBe('http://news.example.net:8443/public/readouts?lang=en');
    for (const [i, item] of feed.items.entries()) expect(item.url).toBe(`http://news.example.net:8443/public/readouts/${[...slugs].reverse()[i]}?lang=en`);
  });

  it('stays well-formed with markup, a CDATA terminator and a control character in the text, and gives the title back as written', () => {
    expect(res.body).not.toContain('\u0001');
    expect(res.body).not.toMatch(/<script/);
    // In the XML the content is escaped HTML (type="html"); the parser hands back the text as it was written.
    expect(res.body).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &amp; &#39;q&#39;</p>');
    const hostile = parseFeed(res.body).items[1];
    expect(hostile?.title).toBe(HOSTILE);
    expect(hostile?.content).toContain(`<p>${HOSTILE}</p>`);
    expect(hostile?.content).toContain('Line with a control  character.');
  });

  it("carries each text's original and translation, marked, the chosen language first", async () => {
    const joint = parseFeed(res.body).items[0]?.content ?? '';
    expect(joint).toContain('>Original</p>');
    expect(joint).toContain('>Translation · machine translation</p>');
    expect(joint.indexOf('Text of United States')).toBeLessThan(joint.indexOf('Text of China'));
    const zh = parseFeed((await get('/public/readouts.atom?lang=zh-CN')).body);
    expect(zh.title).toBe('会议纪要 · 美国');
    expect(zh.items[2]?.title).toBe('工作组会议纪要');
    expect(zh.items[0]?.content).toContain('>译文 · 机器翻译</p>');
    expect(zh.items[0]?.url).toBe(`http://localhost/public/readouts/${slugs[2]}?lang=zh-CN`);
  });

  it('uses the configured public URL whatever the host asked, and never another host from the cache', async () => {
    const feed = parseFeed((await get('/public/readouts.atom', { host: 'internal:8080' }, configured)).body);
    expect(feed.items[0]?.url).toMatch(/^https:\/\/readouts\.example\.org\/public\/readouts\/us-ro-2026-\d{6}\?lang=en$/);
    const other = parseFeed((await get('/public/readouts.atom', { host: 'other.example.net' })).body);
    expect(other.items[0]?.url).toMatch(/^http:\/\/other\.example\.net\//);
    const bad = await get('/public/readouts.atom', { host: 'evil"><x' });
    expect(bad.statusCode).toBe(400);
    expect(problemType(bad)).toBe('bad-host');
  });

  it('meets RFC 4287 in both languages and with hostile text, and the check finds a breach', async () => {
    const zh = (await get('/public/readouts.atom?lang=zh-CN')).body;
    expect(atomIssues(zh)).toEqual([]);
    // The check itself can fail: an entry without its id, a date that is not RFC 3339, and a broken document.
    const broken = res.body.replace(/<id>urn:counterpart:readout:[^<]+<\/id>/, '').replace(/<updated>[^<]+<\/updated>/, '<updated>9 Feb 2026</updated>');
    expect(atomIssues(broken)).toEqual(['feed: atom:updated is not an RFC 3339 date: 9 Feb 2026', 'entry 1: exactly one atom:id, found 0']);
    expect(atomIssues(res.body.replace('</feed>', ''))[0]).toMatch(/^not well-formed XML/);
  });

  it('holds the newest 50 releases only', async () => {
    const many = await makeTestNode();
    for (let i = 0; i < 52; i += 1) await insertRelease(many.database.db, { texts: [releasedText({ title: `Readout ${i}` })] });
    const feed = parseFeed((await get('/public/readouts.atom', {}, many)).body);
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]?.title).toBe('Readout 51');
    expect(feed.items.map((i) => i.title)).not.toContain('Readout 1');
  });
});

describe('the JSON Feed', () => {
  it('is JSON Feed 1.1 with an id, an absolute url, a title, HTML content and dates for every item', async () => {
    const res = await get('/public/readouts.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = res.json<JsonFeed>();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('http://localhost/public/readouts.json?lang=en');
    expect(feed.home_page_url).toBe('http://localhost/public/readouts?lang=en');
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:counterpart:readout:us-ro-2026-\d{6}$/);
      expect(item.url).toMatch(/^http:\/\/localhost\/public\/readouts\/us-ro-2026-\d{6}\?lang=en$/);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.content_html).toContain('>Original</p>');
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
    expect(feed.items[1]?.title).toBe(HOSTILE);
    expect(feed.items[1]?.content_html).not.toContain('<script');
    expect(res.json<JsonFeed>().items.map((i) => i.id)).toEqual(parseFeed((await get('/public/readouts.atom')).body).items.map((i) => i.id));
  });

  it('is in Chinese on ?lang=zh-CN', async () => {
    const feed = (await get('/public/readouts.json?lang=zh-CN')).json<JsonFeed>();
    expect(feed.language).toBe('zh-CN');
    expect(feed.items[2]?.title).toBe('工作组会议纪要');
  });
});

describe('feed caching', () => {
  it('answers 304 to a reader that has the feed, and the new feed after a release; anyone may read it cross-origin', async () => {
    for (const url of ['/public/readouts.atom', '/public/readouts.json']) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers['access-control-allow-origin']).toBe('*');
      expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304);
      expect((await get(url, { 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(304);
    }
    const before = await get('/public/readouts.atom');
    node.clock.set(new Date('2026-03-03T00:00:00Z'));
    await insertRelease(node.database.db, { releasedAt: node.clock.now(), updatedAt: node.clock.now(), texts: [releasedText({ title: 'Released since' })] });
    const after = await get('/public/readouts.atom', { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(parseFeed(after.body).items[0]?.title).toBe('Released since');
    expect((await get('/public/readouts.atom', { 'if-modified-since': String(before.headers['last-modified']) })).statusCode).toBe(200);
  });
});
