// The released readouts as feeds a news reader or the other party's press office can follow: Atom 1.0 (written by
// `feed`) and JSON Feed 1.1 (written here: `feed` writes JSON Feed 1.0). Both hold the newest FEED_SIZE releases, in
// one language first (each entry carries every text, original and translation marked, as the page does). An entry's
// id is a URN of its slug, so it stays the same whatever host the node is reached on; its links are absolute.
// Text goes in as escaped HTML and XML 1.0's forbidden characters are dropped, so the feed is always well-formed.
import { Feed } from 'feed';
import { escapeHtml, listPath, readoutPath, textsHtml } from './public-html.js';
import type { PublicRelease } from './public-store.js';
import { type PublicLang, partyName, titleOf, wordsFor } from './public-words.js';

export const FEED_SIZE = 50;

export type FeedInput = { base: string; lang: PublicLang; party: string; releases: PublicRelease[]; updated: Date };

// C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF are not XML 1.0 characters.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/** The stable id of a readout in every feed, on every host. */
export const entryId = (slug: string): string => `urn:counterpart:readout:${slug}`;
const feedId = (party: string, lang: PublicLang): string => `urn:counterpart:readouts:${party.toLowerCase()}:${lang.toLowerCase()}`;

type Entry = { id: string; url: string; title: string; html: string; author: string; published: Date; updated: Date };

function entries({ base, lang, releases }: FeedInput): Entry[] {
  return releases.map((r) => ({
    id: entryId(r.slug),
    url: `${base}${readoutPath(r.slug, lang)}`,
    title: xmlSafe(titleOf(r.texts, lang)?.title ?? r.meetingTitle),
    html: xmlSafe(textsHtml(r, lang)),
    author: partyName(r.party, lang),
    published: r.releasedAt,
    updated: r.updatedAt,
  }));
}

const feedTitle = (party: string, lang: PublicLang): string => `${wordsFor(lang).siteTitle} · ${partyName(party, lang)}`;

export function atomFeed(input: FeedInput): string {
  const { base, lang, party, updated } = input;
  const feed = new Feed({
    id: feedId(party, lang),
    title: feedTitle(party, lang),
    description: wordsFor(lang).intro(partyName(party, lang)),
    language: lang,
    updated,
    generator: 'Counterpart',
    link: `${base}${listPath(lang)}`,
    feedLinks: { atom: `${base}/public/readouts.atom?lang=${lang}` },
    author: { name: partyName(party, lang) },
  });
  for (const e of entries(input)) {
    // type="html": the title and the content are HTML, so the title is escaped like the content's values.
    feed.addItem({ id: e.id, link: e.url, title: escapeHtml(e.title), content: e.html, date: e.updated, published: e.published, author: [{ name: e.author }] });
  }
  return feed.atom1();
}

export function jsonFeed(input: FeedInput): string {
  const { base, lang, party } = input;
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(party, lang),
    description: wordsFor(lang).intro(partyName(party, lang)),
    home_page_url: `${base}${listPath(lang)}`,
    feed_url: `${base}/public/readouts.json?lang=${lang}`,
    language: lang,
    authors: [{ name: partyName(party, lang) }],
    items: entries(input).map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.html,
      date_published: e.published.toISOString(),
      date_modified: e.updated.toISOString(),
      authors: [{ name: e.author }],
    })),
  });
}
