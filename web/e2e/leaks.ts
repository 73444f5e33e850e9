// The language-leak check: what a page shows in one UI language that belongs to the other. In the Chinese UI, Latin
// text outside an allow-list (codes, CAS numbers, references, units, technical names); in the English UI, Chinese
// text. Record content is exempt where the page marks it: an element whose `lang` names the other language (what a
// record says, in the language it was written in), `translate="no"` (names, codes and values that are what they
// are in every language), `data-record` (free text a person wrote into a record, in either language, shown as
// written) or code (<code>, <kbd>, <samp>). The node's identifiers — user names, agency acronyms,
// party codes — are passed in as such. The page state is read in the browser: its text and the attributes people hear or see.
import type { Page } from '@playwright/test';
import type { Locale } from './fixtures';

export type Leak = { text: string; where: string };

/** Technical names written in Latin letters in Chinese text too (formats, standards, identifiers' names). */
// CFR: the US Code of Federal Regulations, cited so in Chinese texts too (21 CFR 1310.02).
const TECHNICAL = [
  'API', 'CAS', 'CFR', 'CITES', 'CSV', 'GB', 'KB', 'MB', 'GBK', 'HS', 'HTTPS', 'HTTP', 'ID', 'INCB', 'InChIKey', 'InChI', 'IP', 'IUPAC', 'JPEG', 'JSON Lines', 'JSON', 'KiB', 'MiB', 'MISP', 'OpenCTI', 'STIX',
  'NUL', 'PDF', 'PEN Light', 'PEN', 'PNG', 'QR', 'SHA-256', 'SMILES', 'SMTP', 'TOTP', 'UN', 'URL', 'UTC', 'UTF-8', 'UUID', 'XLSX', 'YYYY-MM-DD', 'base64url', 'ed25519',
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Record references (US-PEN-2026-000123, CN-INC-2026-000042): record names in every language. */
const REFERENCE = /\b[A-Z]{2}-[A-Z]{2,5}-\d{4}-\d{6}\b/g;

/** What may stand in Latin script inside Chinese UI text, removed before the check. */
const LATIN_ALLOWED: readonly RegExp[] = [
  /\bhttps?:\/\/\S+/g, // addresses of nodes and sources (first: a code inside an address must not split it)
  /\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, // email addresses
  /\bCounterpart\b/g, // the product's name, a proper noun in every language
  /\b\d{2,7}-\d{2}-\d\b/g, // CAS numbers
  /\bTLP:(CLEAR|GREEN|AMBER\+STRICT|AMBER|RED)\b/g, // the Traffic Light Protocol's own labels
  new RegExp(`(?<![A-Za-z])(${TECHNICAL.map(escape).join('|')})(?![A-Za-z])`, 'g'),
  /\b(k?g|mg|t|m?L)\b/g, // units of measure as the SI writes them in Chinese text too
  /\bv?\d+(\.\d+)+\b/g, // versions
  /\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/g, // digests, shown where a record is named by one
  /(?<![A-Za-z])[A-Za-z](?![A-Za-z])/g, // a single letter: a locant (N-, O-), a grade, a list mark
];

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e]/;

function primary(lang: string | null): string {
  return (lang ?? '').toLowerCase().split('-')[0] ?? '';
}

/** True when `text` shown in the UI language `locale` holds the other language's script outside the allow-list. */
export function leaks(text: string, locale: Locale, identifiers: readonly string[] = []): boolean {
  if (locale === 'en') return CJK.test(text);
  // Record references first: a party code inside US-INC-2026-000042 must not be taken out alone, leaving "INC".
  let rest = text.replace(REFERENCE, ' ');
  for (const id of identifiers) rest = rest.replace(new RegExp(`(?<![A-Za-z0-9])${escape(id)}(?![A-Za-z0-9])`, 'g'), ' ');
  for (const pattern of LATIN_ALLOWED) rest = rest.replace(pattern, ' ');
  return /[A-Za-z]/.test(rest);
}

/** Every visible text and labelled attribute of the page, with the language of its nearest `lang` and whether it is marked as untranslatable. */
async function pageTexts(page: Page): Promise<{ text: string; lang: string | null; fixed: boolean; where: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; lang: string | null; fixed: boolean; where: string }[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} in ${(el.closest('section,form,table,[role=dialog],main,header,nav') ?? document.body).tagName.toLowerCase()}`;
    const add = (el: Element, text: string) => {
      const trimmed = text.replace(/\s+/g, ' ').trim();
      if (!trimmed) return;
      out.push({ text: trimmed, lang: el.closest('[lang]')?.getAttribute('lang') ?? null, fixed: el.closest('[translate="no"],[data-record],code,kbd,samp') !== null, where: describe(el) });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // A textarea's text is its value: what a person wrote into the record, not the UI.
      if (!el || el.closest('script,style,noscript,svg,textarea')) continue;
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      add(el, node.textContent ?? '');
    }
    for (const el of Array.from(document.body.querySelectorAll('[placeholder],[aria-label],[title],[alt]'))) {
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) add(el, value);
      }
    }
    return out;
  });
}

/** The texts of the page in the UI language `locale` that leak the other language. */
export async function findLeaks(page: Page, locale: Locale, identifiers: readonly string[] = []): Promise<Leak[]> {
  const ui = primary(locale);
  const found: Leak[] = [];
  for (const item of await pageTexts(page)) {
    if (item.fixed) continue;
    if (item.lang !== null && primary(item.lang) !== ui) continue;
    if (leaks(item.text, locale, identifiers)) found.push({ text: item.text.slice(0, 160), where: item.where });
  }
  return found;
}
