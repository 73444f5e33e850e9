// The public surface of released readouts, for anyone: no sign-in, no JavaScript, outside /api/v1 (so the role table
// and the session lookup pass it by). The list and each readout as HTML, Atom and JSON Feed, a PDF per readout, each
// at a stable URL (the slug). Everything is read from `readout_releases` alone (public-store.ts).
//
// Caching: every answer depends only on the table's stamp (how many releases, the newest change), the language and
// the page, so it is rendered once per stamp and kept in memory (a few MB, oldest dropped first), and its validators
// are the stamp: a weak ETag, and a Last-Modified that is the newest change or, when later, the moment this process
// saw the table change to that stamp (a withdrawal deletes a row, so the newest change alone would not move). If-None-Match and
// If-Modified-Since answer 304. The stamp is read before the content, so what is cached under a stamp is never
// older than it; another process with the same stamp renders the same page and the same ETag.
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { BadRequest, NotFound } from '../../platform/errors.js';
import { PUBLIC } from '../../platform/http/openapi.js';
import { atomFeed, FEED_SIZE, jsonFeed } from './public-feed.js';
import { readoutPath, renderList, renderNotFound, renderReadout } from './public-html.js';
import { readoutPdf } from './public-pdf.js';
import type { Db } from '../../platform/db.js';
import { findRelease, listReleases, type ReleaseStamp, stampReader } from './public-store.js';
import { PUBLIC_LANGS, type PublicLang, pickLang } from './public-words.js';

const tags = ['public'];
export const PUBLIC_PAGE_SIZE = 50;
const CACHE_CONTROL = 'public, max-age=60';
const HTML = 'text/html; charset=utf-8';
/** Release slugs are references in lower case (us-ro-2026-000001): anything else is not one, and is not looked up. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** Accept-Encoding that takes gzip (not refused with q=0). */
const GZIP = /(^|[\s,])gzip(?!\s*;\s*q=0(\.0+)?\s*(,|$))/i;

const LangQuery = z.strictObject({ lang: z.enum(PUBLIC_LANGS).optional().describe("the page's language; without it, the reader's Accept-Language (zh → zh-CN), else en") });
const ListQuery = LangQuery.extend({ page: z.coerce.number().int().min(1).max(100_000).default(1).describe(`page of ${PUBLIC_PAGE_SIZE}, newest release first`) });
const SlugParams = z.strictObject({ slug: z.string().max(200).describe("the readout's stable name: its reference in lower case") });

type Made = { body: string | Buffer; type: string };
/** An answer as kept: its bytes, and gzipped once when that is worth it (text of a kilobyte or more). */
type Rendered = { body: Buffer; gzip: Buffer | null; type: string };
type Make = () => Promise<Made | null>;

const rendered = ({ body, type }: Made): Rendered => {
  const bytes = Buffer.from(body);
  return { body: bytes, gzip: bytes.length >= 1024 && !type.startsWith('application/pdf') ? gzipSync(bytes) : null, type };
};

/** Rendered answers by key, at most `maxBytes` in all (least recently used dropped first); one render per key at a time. */
export function renderCache(maxBytes: number): (key: string, make: Make) => Promise<Rendered | null> {
  const done = new Map<string, Rendered>();
  const pending = new Map<string, Promise<Rendered | null>>();
  let bytes = 0;
  const sizeOf = (r: Rendered) => r.body.length + (r.gzip?.length ?? 0);
  const store = (key: string, value: Rendered) => {
    if (sizeOf(value) > maxBytes) return;
    done.set(key, value);
    bytes += sizeOf(value);
    for (const [oldKey, old] of done) {
      if (bytes <= maxBytes) break;
      done.delete(oldKey);
      bytes -= sizeOf(old);
    }
  };
  return async (key, make) => {
    const hit = done.get(key);
    if (hit) {
      done.delete(key);
      done.set(key, hit);
      return hit;
    }
    const running = pending.get(key);
    if (running) return running;
    const made = make()
      .then((m) => (m ? rendered(m) : null))
      .finally(() => pending.delete(key));
    pending.set(key, made);
    const value = await made;
    if (value && !done.has(key)) store(key, value);
    return value;
  };
}

const stampKey = (s: ReleaseStamp): string => `${s.count}-${(s.newest?.getTime() ?? 0).toString(36)}`;

/** The origin links in feeds and the PDF point at: the configured public URL, else the host the reader asked. */
function baseUrl(req: FastifyRequest, config: Config): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const origin = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(req.host) && URL.canParse(`${req.protocol}://${req.host}`) ? new URL(`${req.protocol}://${req.host}`).origin : null;
  if (!origin) throw new BadRequest('the Host header is not a host name', [], 'bad-host');
  return origin;
}

type Validators = { etag: string; lastModified: Date };

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); else If-Modified-Since, to the second. */
export function isNotModified(headers: FastifyRequest['headers'], v: Validators): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return inm.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(v.etag));
  }
  const ims = headers['if-modified-since'];
  const since = ims ? Date.parse(ims) : NaN;
  return Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
}

type Answer = {
  lang: PublicLang;
  variant: string;
  make: (base: string, stamp: ReleaseStamp) => Promise<Made | null>;
  /** Its links are absolute (feeds, PDF). */
  absolute?: boolean;
  /** Sent with the answer only, never with a refusal. */
  headers?: Record<string, string>;
};

type Responder = { answer: (req: FastifyRequest, reply: FastifyReply, a: Answer) => Promise<FastifyReply>; notFound: (req: FastifyRequest, reply: FastifyReply, lang: PublicLang) => FastifyReply };

/** One node's answering machinery: its caches, its stamp reads, and when it saw the table change. */
function publicResponder(): Responder {
  const pages = renderCache(24 * 1024 * 1024);
  const pdfs = renderCache(24 * 1024 * 1024);
  let stamps: (() => Promise<ReleaseStamp>) | null = null;
  const stampOf = (db: Db): Promise<ReleaseStamp> => (stamps ??= stampReader(db))();
  // When this process saw the table change to its current stamp. Taken again on every change, also back to an
  // earlier stamp: a withdrawal after a release returns to the stamp before it, and Last-Modified must still move.
  let current = { key: '', at: new Date(0) };
  const seenAt = (key: string, now: Date): Date => {
    if (current.key !== key) current = { key, at: now };
    return current.at;
  };

  function notFound(req: FastifyRequest, reply: FastifyReply, lang: PublicLang): FastifyReply {
    // A person's browser gets a page; a program gets problem+json like every other refusal of the node.
    if (!req.headers.accept?.includes('text/html')) throw new NotFound('there is no released readout here', 'readout-not-released');
    return reply.code(404).type(HTML).header('cache-control', 'no-store').send(renderNotFound(lang));
  }

  async function answer(req: FastifyRequest, reply: FastifyReply, a: Answer): Promise<FastifyReply> {
    const ctx = req.ctx({ anonymous: true });
    // Links in feeds and PDFs are absolute, so the origin is part of their key; the pages' links are relative.
    const base = a.absolute ? baseUrl(req, ctx.config) : '';
    const stamp = await stampOf(ctx.db);
    const key = stampKey(stamp);
    const cache = a.variant.startsWith('pdf') ? pdfs : pages;
    const found = await cache(`${a.variant}|${key}|${base}`, () => a.make(base, stamp));
    if (!found) return notFound(req, reply, a.lang);
    const newest = stamp.newest?.getTime() ?? 0;
    const v: Validators = { etag: `W/"${key}-${a.variant}"`, lastModified: new Date(Math.max(newest, seenAt(key, ctx.clock.now()).getTime())) };
    reply.header('etag', v.etag).header('last-modified', v.lastModified.toUTCString()).header('cache-control', CACHE_CONTROL).header('vary', 'Accept-Language, Accept-Encoding');
    for (const [name, value] of Object.entries(a.headers ?? {})) reply.header(name, value);
    if (isNotModified(req.headers, v)) return reply.code(304).send();
    // A slow connection gets a fifth of the bytes: the gzipped copy was made once, when the answer was rendered.
    const gzip = found.gzip && GZIP.test(String(req.headers['accept-encoding'] ?? '')) ? found.gzip : null;
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.type(found.type).send(gzip ?? found.body);
  }

  return { answer, notFound };
}

const html = (body: string): Made => ({ body, type: HTML });

/** The list and each readout as HTML. */
const pageRoutes: FastifyPluginAsyncZod<{ r: Responder }> = async (app, { r }) => {
  app.get(
    '/public/readouts',
    { schema: { tags, security: PUBLIC, operationId: 'listPublicReadouts', summary: 'Released readouts, newest first, as an HTML page (no sign-in, no JavaScript)', querystring: ListQuery, produces: ['text/html'] } },
    async (req, reply) => {
      const lang = pickLang(req.query.lang, req.headers['accept-language']);
      const { page } = req.query;
      return r.answer(req, reply, {
        lang,
        variant: `list-${lang}-${page}`,
        make: async (_base, { count }) => {
          const ctx = req.ctx({ anonymous: true });
          const last = Math.max(1, Math.ceil(count / PUBLIC_PAGE_SIZE));
          if (page > last) return null;
          const releases = await listReleases(ctx.db, page, PUBLIC_PAGE_SIZE);
          return html(renderList({ lang, party: ctx.config.party, releases, page, pages: last }));
        },
      });
    },
  );

  app.get(
    '/public/readouts/:slug',
    { schema: { tags, security: PUBLIC, operationId: 'getPublicReadout', summary: 'One released readout as an HTML page: every text, original and translation marked', params: SlugParams, querystring: LangQuery, produces: ['text/html'] } },
    async (req, reply) => {
      const lang = pickLang(req.query.lang, req.headers['accept-language']);
      const { slug } = req.params;
      if (!SLUG.test(slug)) return r.notFound(req, reply, lang);
      return r.answer(req, reply, {
        lang,
        variant: `readout-${slug}-${lang}`,
        make: async () => {
          const release = await findRelease(req.ctx({ anonymous: true }).db, slug);
          return release ? html(renderReadout(release, lang)) : null;
        },
      });
    },
  );

};

/** The feeds and the PDF: files with absolute links. */
const fileRoutes: FastifyPluginAsyncZod<{ r: Responder }> = async (app, { r }) => {
  const feedRoute = (path: string, kind: 'atom' | 'json', type: string, summary: string, operationId: string) =>
    app.get(path, { schema: { tags, security: PUBLIC, operationId, summary, querystring: LangQuery, produces: [type.split(';')[0] ?? type] } }, async (req, reply) => {
      const lang = pickLang(req.query.lang, req.headers['accept-language']);
      return r.answer(req, reply, {
        lang,
        variant: `${kind}-${lang}`,
        absolute: true,
        // Anyone's web page may read the feeds (a news widget, the other party's press office).
        headers: { 'access-control-allow-origin': '*' },
        make: async (base, stamp) => {
          const ctx = req.ctx({ anonymous: true });
          const releases = await listReleases(ctx.db, 1, FEED_SIZE);
          const input = { base, lang, party: ctx.config.party, releases, updated: stamp.newest ?? new Date(0) };
          return { body: kind === 'atom' ? atomFeed(input) : jsonFeed(input), type };
        },
      });
    });
  feedRoute('/public/readouts.atom', 'atom', 'application/atom+xml; charset=utf-8', `The newest ${FEED_SIZE} released readouts as an Atom 1.0 feed`, 'getPublicReadoutsAtom');
  feedRoute('/public/readouts.json', 'json', 'application/feed+json; charset=utf-8', `The newest ${FEED_SIZE} released readouts as a JSON Feed 1.1`, 'getPublicReadoutsJsonFeed');

  app.get(
    '/public/readouts/:slug.pdf',
    { schema: { tags, security: PUBLIC, operationId: 'getPublicReadoutPdf', summary: 'One released readout as a printable PDF with its texts in both languages', params: SlugParams, querystring: LangQuery, produces: ['application/pdf'] } },
    async (req, reply) => {
      const lang = pickLang(req.query.lang, req.headers['accept-language']);
      const { slug } = req.params;
      if (!SLUG.test(slug)) return r.notFound(req, reply, lang);
      return r.answer(req, reply, {
        lang,
        variant: `pdf-${slug}-${lang}`,
        absolute: true,
        headers: { 'content-disposition': `inline; filename="${slug}.pdf"` },
        make: async (base) => {
          const release = await findRelease(req.ctx({ anonymous: true }).db, slug);
          return release ? { body: await readoutPdf({ release, lang, url: `${base}${readoutPath(slug, lang)}` }), type: 'application/pdf' } : null;
        },
      });
    },
  );
};

export const publicReadoutRoutes: FastifyPluginAsyncZod = async (app) => {
  const r = publicResponder();
  await app.register(pageRoutes, { r });
  await app.register(fileRoutes, { r });
};
