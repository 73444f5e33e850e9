// The public readout pages as server-rendered HTML: the list and one readout, for a reader with no account, no
// JavaScript and perhaps a slow connection or a narrow screen. Every value goes through `escapeHtml` (there is no
// other way into the markup), every page names its language and charset, and its style is inline (the node's CSP
// allows inline style, never a script). Links are relative, so a page is the same whatever host it was asked on.
import type { PublicRelease } from './public-store.js';
import {
  kindWord, meetingDay, meetingInstant, otherLang, type PublicLang, partyName, releaseDay, type TextVersion, titleOf, versionsOf, wordsFor,
} from './public-words.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Plain text as paragraphs: a blank line starts a new one, a single line break stays one. */
export const paragraphs = (text: string): string =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split(/\r?\n/).map(escapeHtml).join('<br>')}</p>`)
    .join('\n');

export const readoutPath = (slug: string, lang: PublicLang): string => `/public/readouts/${encodeURIComponent(slug)}?lang=${lang}`;
export const listPath = (lang: PublicLang, page = 1): string => `/public/readouts?lang=${lang}${page > 1 ? `&page=${page}` : ''}`;

const STYLE = `
:root{color-scheme:light;--ink:#1a1f2b;--muted:#5b6475;--rule:#d5d9e0;--accent:#1f3a5f;--mark:#eef1f5}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--rule)}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0}
h2{font-size:1.2rem;line-height:1.35;margin:1.5rem 0 .25rem}
a{color:var(--accent)}
.lang{float:right;margin-left:1rem}
ol.readouts{list-style:none;margin:0;padding:0}
ol.readouts li{border-bottom:1px solid var(--rule);padding:.5rem 0 1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0;color:var(--muted);font-size:.95rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
section.version{border-left:4px solid var(--rule);padding:.25rem 0 .25rem 1rem;margin:1.25rem 0}
section.original{border-left-color:var(--accent)}
.mark{display:inline-block;background:var(--mark);border-radius:3px;padding:0 .5rem;font-size:.85rem;color:var(--muted);margin:0}
nav.pager{display:flex;justify-content:space-between;flex-wrap:wrap;gap:1rem;padding:1rem 0}
footer{border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
@media (max-width:30rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}.lang{float:none;display:block}}
@media print{.lang,nav.pager,footer{display:none}}
`;

type Shell = { lang: PublicLang; title: string; alternate: string; body: string };

function page({ lang, title, alternate, body }: Shell): string {
  const w = wordsFor(lang);
  const other = otherLang(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(w.atom)}" href="/public/readouts.atom?lang=${lang}">
<link rel="alternate" type="application/feed+json" title="${escapeHtml(w.json)}" href="/public/readouts.json?lang=${lang}">
<link rel="alternate" hreflang="${other}" href="${escapeHtml(alternate)}">
<style>${STYLE}</style>
</head>
<body>
${body}
<footer><p><a href="/public/readouts.atom?lang=${lang}">${escapeHtml(w.atom)}</a> · <a href="/public/readouts.json?lang=${lang}">${escapeHtml(w.json)}</a></p></footer>
</body>
</html>
`;
}

const langSwitch = (lang: PublicLang, href: string): string => `<a class="lang" lang="${otherLang(lang)}" hreflang="${otherLang(lang)}" href="${escapeHtml(href)}">${escapeHtml(wordsFor(lang).otherLanguage)}</a>`;

const fact = (name: string, value: string): string => `<dt>${escapeHtml(name)}</dt><dd>${value}</dd>`;

function facts(r: PublicRelease, lang: PublicLang, detail: boolean): string {
  const w = wordsFor(lang);
  const when = detail ? meetingInstant(r.meetingStartsAt, r.meetingTimeZone, lang) : meetingDay(r.meetingStartsAt, r.meetingTimeZone, lang);
  return `<dl class="facts">${[
    fact(w.meetingDate, `<time datetime="${r.meetingStartsAt.toISOString()}">${escapeHtml(when)}</time>`),
    fact(w.place, escapeHtml(r.place)),
    fact(w.party, escapeHtml(partyName(r.party, lang))),
    fact(w.kind, escapeHtml(kindWord(r.kind, lang))),
    ...(detail ? [fact(w.released, `<time datetime="${r.releasedAt.toISOString()}">${escapeHtml(releaseDay(r.releasedAt, lang))}</time>`)] : []),
  ].join('')}</dl>`;
}

export type ListPage = { lang: PublicLang; party: string; releases: PublicRelease[]; page: number; pages: number };

export function renderList({ lang, party, releases, page: n, pages }: ListPage): string {
  const w = wordsFor(lang);
  const items = releases.map((r) => {
    const title = titleOf(r.texts, lang);
    const heading = `<a href="${escapeHtml(readoutPath(r.slug, lang))}" lang="${title?.lang ?? lang}">${escapeHtml(title?.title ?? r.meetingTitle)}</a>`;
    return `<li><article><h2>${heading}</h2>${facts(r, lang, false)}</article></li>`;
  });
  const pager = [
    n > 1 ? `<a rel="prev" href="${escapeHtml(listPath(lang, n - 1))}">${escapeHtml(w.newer)}</a>` : '<span></span>',
    `<span>${escapeHtml(w.page(n, pages))}</span>`,
    n < pages ? `<a rel="next" href="${escapeHtml(listPath(lang, n + 1))}">${escapeHtml(w.older)}</a>` : '<span></span>',
  ].join('');
  const body = `<header>${langSwitch(lang, listPath(otherLang(lang), n))}<h1>${escapeHtml(w.siteTitle)}</h1><p>${escapeHtml(w.intro(partyName(party, lang)))}</p></header>
<main>
${items.length ? `<ol class="readouts">\n${items.join('\n')}\n</ol>` : `<p>${escapeHtml(w.none)}</p>`}
<nav class="pager">${pager}</nav>
</main>`;
  return page({ lang, title: n > 1 ? `${w.siteTitle} · ${w.page(n, pages)}` : w.siteTitle, alternate: listPath(otherLang(lang), n), body });
}

function versionSection(v: TextVersion, lang: PublicLang, heading: 'h2' | 'h3'): string {
  const w = wordsFor(lang);
  const mark = v.role === 'original' ? w.original : `${w.translation} · ${v.by === 'machine' ? w.machine : w.byPerson}`;
  return `<section class="version ${v.role}" lang="${v.lang}">
<p class="mark" lang="${lang}">${escapeHtml(mark)}</p>
<${heading}>${escapeHtml(v.title)}</${heading}>
${paragraphs(v.body)}
</section>`;
}

/** Every text of a release, each version marked original or translation, the versions in `lang` first. */
export function textsHtml(r: PublicRelease, lang: PublicLang): string {
  const w = wordsFor(lang);
  const joint = r.texts.length > 1;
  return r.texts
    .map((t) => {
      const sections = versionsOf(t, lang).map((v) => versionSection(v, lang, joint ? 'h3' : 'h2'));
      return joint ? `<section class="text"><h2>${escapeHtml(w.textOf(partyName(t.party, lang)))}</h2>\n${sections.join('\n')}</section>` : sections.join('\n');
    })
    .join('\n');
}

export function renderReadout(r: PublicRelease, lang: PublicLang): string {
  const w = wordsFor(lang);
  const title = titleOf(r.texts, lang);
  const heading = title?.title ?? r.meetingTitle;
  const pdf = `/public/readouts/${encodeURIComponent(r.slug)}.pdf`;
  const body = `<header>${langSwitch(lang, readoutPath(r.slug, otherLang(lang)))}<p><a href="${escapeHtml(listPath(lang))}">${escapeHtml(w.all)}</a></p>
<h1 lang="${title?.lang ?? lang}">${escapeHtml(heading)}</h1>${facts(r, lang, true)}<p><a href="${escapeHtml(pdf)}" type="application/pdf">${escapeHtml(w.pdf)}</a></p></header>
<main>
${textsHtml(r, lang)}
</main>`;
  return page({ lang, title: `${heading} · ${w.siteTitle}`, alternate: readoutPath(r.slug, otherLang(lang)), body });
}

export function renderNotFound(lang: PublicLang): string {
  const w = wordsFor(lang);
  const body = `<header><h1>${escapeHtml(w.notFound)}</h1></header>
<main><p>${escapeHtml(w.notFoundText)}</p><p><a href="${escapeHtml(listPath(lang))}">${escapeHtml(w.all)}</a></p></main>`;
  return page({ lang, title: w.notFound, alternate: listPath(otherLang(lang)), body });
}
