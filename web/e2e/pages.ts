// Browser pages beyond the test's own: a context of their own on either node, in a chosen language, whose uncaught
// errors fail the test as the default page's do; and screenshots for review.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, signIn, type Locale } from './fixtures';

/** Screenshots of the pages go here when set (E2E_SHOTS=/tmp/shots). */
const SHOTS = process.env.E2E_SHOTS;

export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  // From the top: a full-page shot of a scrolled page paints the fixed header in the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const pageErrors = new WeakMap<Page, string[]>();

type PageOptions = {
  baseURL: string;
  locale: Locale;
  /** The browser's zone: by default Washington's for English and Beijing's for Chinese. */
  timezoneId?: string;
  /** Signed in through the login page as this user when given. */
  username?: string;
  password?: string;
};

/** A page in a fresh browser context; close it with closePage. */
export async function openPage(browser: Browser, o: PageOptions): Promise<Page> {
  const timezoneId = o.timezoneId ?? (o.locale === 'en' ? 'America/New_York' : 'Asia/Shanghai');
  const context = await browser.newContext({ baseURL: o.baseURL, locale: o.locale === 'en' ? 'en-US' : 'zh-CN', timezoneId });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  if (o.username) await signIn(page, o.username, { locale: o.locale, password: o.password });
  return page;
}

/** Fails on the page's uncaught errors, then closes its context. */
export async function closePage(page: Page): Promise<void> {
  expect(pageErrors.get(page) ?? [], `uncaught errors in ${page.url()}`).toEqual([]);
  await page.context().close();
}
