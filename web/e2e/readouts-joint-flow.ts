// Pieces of the joint readout journey (readouts-joint.spec.ts): one party's text with its translation, the editor's
// fields by their labels in either language, and what an anonymous reader finds on a node's public pages — the list
// and the readout, in English and in Chinese, each party's text under its own heading with its original marked.
import type { Browser, Page } from '@playwright/test';
import { codeLabel, expect, fill, type Catalog, type Locale } from './fixtures';
import { shot } from './pages';

/** One party's text of a joint readout: its original in `lang` and the translation into the other language. */
export type TextSet = { party: 'US' | 'CN'; lang: 'en' | 'zh'; title: string; body: string; translationTitle: string; translationBody: string };

type EditorField = 'originalTitle' | 'originalBody' | 'translationTitle' | 'translationBody';

/** A field of the readout editor, by its label in the UI's language. */
export function editorField(page: Page, t: Catalog, locale: Locale, key: EditorField, lang: 'en' | 'zh') {
  return page.getByRole('textbox', { name: fill(t.readouts.editor[key], { language: codeLabel('languages', lang, locale) }), exact: true });
}

type PageLang = 'en' | 'zh-CN';

/**
 * The public pages' own words (server/src/modules/meetings/public-words.ts: they are rendered by the node, not by the
 * web app, so the web catalogs do not hold them), and each party's name as the node writes it (Intl's region names).
 */
const PUBLIC_WORDS: Record<PageLang, { original: string; otherLanguage: string; textOf: (party: string) => string }> = {
  en: { original: 'Original', otherLanguage: '中文', textOf: (party) => `Text of ${party}` },
  'zh-CN': { original: '原文', otherLanguage: 'English', textOf: (party) => `${party}文本` },
};
const partyName = (code: string, lang: PageLang): string => new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;

/** The title of a text in a page's language: its original or its translation, whichever is in that language. */
const titleIn = (text: TextSet, lang: PageLang): string => ((text.lang === 'en') === (lang === 'en') ? text.title : text.translationTitle);

/** The version (original or translation) of a released text whose heading is `title`. */
const versionOf = (page: Page, title: string) => page.locator('section.version').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** A node's release: `first` is the releasing party's own text, `other` its partner's. */
export type PublicRelease = { baseURL: string; href: string; first: TextSet; other: TextSet };

/** The readout's public page in `lang`: both parties' texts, each under its heading, each original marked as such. */
async function expectReadoutPage(page: Page, r: PublicRelease, lang: PageLang): Promise<void> {
  const w = PUBLIC_WORDS[lang];
  await expect(page).toHaveURL(`${r.baseURL}${r.href}?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1, name: titleIn(r.first, lang), exact: true })).toBeVisible();
  for (const text of [r.first, r.other]) {
    await expect(page.getByRole('heading', { level: 2, name: w.textOf(partyName(text.party, lang)), exact: true })).toBeVisible();
    const original = versionOf(page, text.title);
    await expect(original.getByText(w.original, { exact: true })).toBeVisible();
    await expect(original).toContainText(text.body.split('\n\n')[0] ?? text.body);
    const translation = versionOf(page, text.translationTitle);
    await expect(translation).toContainText(text.translationBody.split('\n\n')[0] ?? text.translationBody);
    await expect(translation.getByText(w.original, { exact: true })).toHaveCount(0);
  }
}

/** An anonymous reader on the node's public list and the readout's page, in English, then in Chinese through the page's switch. */
export async function checkPublicPages(browser: Browser, r: PublicRelease): Promise<void> {
  const context = await browser.newContext({ baseURL: r.baseURL });
  const page = await context.newPage();
  const party = r.first.party.toLowerCase();
  await page.goto('/public/readouts?lang=zh-CN');
  await expect(page.getByRole('link', { name: titleIn(r.first, 'zh-CN'), exact: true })).toHaveAttribute('href', `${r.href}?lang=zh-CN`);
  await shot(page, `joint-public-list-${party}-zh-CN`);
  await page.goto('/public/readouts?lang=en');
  await page.getByRole('link', { name: titleIn(r.first, 'en'), exact: true }).click();
  await expectReadoutPage(page, r, 'en');
  await shot(page, `joint-public-readout-${party}-en`);
  await page.getByRole('link', { name: PUBLIC_WORDS.en.otherLanguage, exact: true }).click();
  await expectReadoutPage(page, r, 'zh-CN');
  await shot(page, `joint-public-readout-${party}-zh-CN`);
  await context.close();
}
