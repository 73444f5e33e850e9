// No language leaks: every page an administrator reaches by following the app's own links, and the states a click
// away (a form's errors, a screening result, the login page, an unknown address), shows nothing in the other
// language outside record content — checked in Chinese on the CN node and in English on the US node, each holding
// the other party's notifications after the two nodes have exchanged them.
import type { Page } from '@playwright/test';
import { catalogs, expect, loginForm, loginPageLocale, languageSwitch, signIn, test, type Catalog, type Locale } from './fixtures';
import { findLeaks, leaks, type Leak } from './leaks';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage } from './pages';
import { peerTheNodes } from './peering';

const nodes = peerTheNodes();

type Found = Record<string, Leak[]>;

/** A path with its identifiers replaced, so that a crawl visits a few pages of each kind rather than every record. */
const pattern = (path: string) =>
  path
    .split('/')
    .map((part, i) => (i < 2 || ['new', 'edit', 'import'].includes(part) ? part : ':x'))
    .join('/');

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The node's user names, agency acronyms and party codes: identifiers, the same in either language. */
let identifiers: string[] = [];

async function record(page: Page, locale: Locale, name: string, found: Found): Promise<void> {
  const leaks = await findLeaks(page, locale, identifiers);
  if (leaks.length > 0) found[name] = leaks;
}

/** Follows the app's links from the navigation, up to two pages per kind of address and `max` pages in all. */
async function crawl(page: Page, locale: Locale, found: Found, max = 60): Promise<number> {
  const queue = ['/contacts'];
  const seen = new Set<string>();
  const perPattern = new Map<string, number>();
  let visited = 0;
  while (queue.length > 0 && visited < max) {
    const path = queue.shift() as string;
    await page.goto(path);
    await settle(page);
    visited++;
    if (process.env.E2E_LEAKS_TRACE) console.log(`visited ${path}`);
    await record(page, locale, path, found);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const clean = href.split('#')[0] ?? '';
      // The public readouts (/public/…) are not the signed-in app: server-rendered pages that show both languages by
      // design, and feeds and PDFs; their words are checked by server/src/modules/meetings/public.routes.test.ts.
      if (clean.startsWith('/api/') || clean.startsWith('/public/') || seen.has(clean)) continue;
      seen.add(clean);
      const kind = pattern(clean.split('?')[0] ?? '');
      const count = perPattern.get(kind) ?? 0;
      if (count >= 2) continue;
      perPattern.set(kind, count + 1);
      queue.push(clean);
    }
  }
  return visited;
}

/** States one action away from a page: a form's errors, a screening result, a page that does not exist. */
async function states(page: Page, t: Catalog, locale: Locale, found: Found): Promise<void> {
  await page.goto('/contacts/new');
  await page.getByRole('button', { name: t.contactForm.create }).click();
  await expect(page.getByText(t.contactForm.missing.name)).toBeVisible();
  await record(page, locale, 'contact form with errors', found);

  await page.goto('/notifications/new');
  await settle(page);
  await page.getByRole('button', { name: t.notificationForm.next, exact: true }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await record(page, locale, 'notification wizard with errors', found);

  await page.goto('/screening');
  await settle(page);
  await page.getByRole('textbox').first().fill('79-09-4');
  await page.getByRole('textbox').first().press('Enter');
  await page.waitForLoadState('networkidle');
  await record(page, locale, 'screening result', found);

  await page.goto('/no-such-page');
  await settle(page);
  await record(page, locale, 'not found', found);

  await page.goto('/verify');
  await page.waitForLoadState('networkidle');
  await record(page, locale, 'verify', found);
}

async function loginStates(page: Page, locale: Locale, found: Found): Promise<void> {
  const t = catalogs[locale];
  await page.goto('/login');
  if ((await loginPageLocale(page)) !== locale) await languageSwitch(page, locale).click();
  const form = loginForm(page, t);
  await expect(form.heading).toBeVisible();
  await record(page, locale, 'login', found);
  await form.username.fill('nobody.at.all');
  await form.password.fill('not-the-password');
  await form.submit.click();
  await expect(form.alert).toBeVisible();
  await record(page, locale, 'login with an error', found);
}

/** Both nodes hold the other's sent demo notifications. */
async function exchanged(): Promise<void> {
  await expect(async () => {
    await nodes.sync();
    const us = await nodes.usAdmin.get<{ items: { exportingParty: string }[] }>('/api/v1/notifications');
    const cn = await nodes.cnAdmin.get<{ items: { exportingParty: string }[] }>('/api/v1/notifications');
    expect(us.items.some((n) => n.exportingParty === 'CN')).toBe(true);
    expect(cn.items.some((n) => n.exportingParty === 'US')).toBe(true);
  }).toPass({ timeout: 30_000 });
}

test('the rule: English words leak into Chinese, codes and identifiers do not; Chinese leaks into English', () => {
  for (const text of ['发送 Send', '状态：DRAFT', '草稿 draft', 'Port of Houston']) expect(leaks(text, 'zh-CN'), text).toBe(true);
  for (const text of ['CAS号 79-09-4', 'US-PEN-2026-000123 已发送', '21 CFR 1310.02', 'N-叔丁氧羰基-4-哌啶酮', 'TLP:AMBER+STRICT', '25 kg', 'Counterpart 执法合作平台']) {
    expect(leaks(text, 'zh-CN'), text).toBe(false);
  }
  expect(leaks('由 DEA 提交', 'zh-CN', ['DEA'])).toBe(false);
  // A party code that is also a reference's prefix must not leave the rest of the reference behind.
  expect(leaks('CN-INC-2026-000042 已撤回', 'zh-CN', ['CN', 'US'])).toBe(false);
  expect(leaks('由 DEA 提交', 'zh-CN')).toBe(true);
  expect(leaks('管理员 周 · admin.cn', 'zh-CN', ['admin.cn'])).toBe(false);
  expect(leaks('管理员 周 · admin.cn', 'zh-CN')).toBe(true);
  expect(leaks('Filed by 监管员 何', 'en')).toBe(true);
  expect(leaks('Filed by NNCC (79-09-4)', 'en')).toBe(false);
});

const runs: { locale: Locale; baseURL: string; username: string }[] = [
  { locale: 'zh-CN', baseURL: CN_URL, username: 'admin.cn' },
  { locale: 'en', baseURL: US_URL, username: 'admin.us' },
];

for (const run of runs) {
  test(`no page shows the other language outside record content (${run.locale})`, async ({ browser }) => {
    test.setTimeout(300_000);
    await exchanged();
    const admin = run.locale === 'en' ? nodes.usAdmin : nodes.cnAdmin;
    const users = (await admin.get<{ items: { username: string }[] }>('/api/v1/users')).items.map((u) => u.username);
    const agencies = (await admin.get<{ items: { acronym: string; partyCode: string }[] }>('/api/v1/agencies')).items;
    // Longest first: MPS-NCB before MPS.
    identifiers = [...new Set([...users, ...agencies.flatMap((a) => [a.acronym, a.partyCode])])].sort((a, b) => b.length - a.length);
    const found: Found = {};
    const page = await openPage(browser, { baseURL: run.baseURL, locale: run.locale });
    await loginStates(page, run.locale, found);
    await signIn(page, run.username, { locale: run.locale });
    const visited = await crawl(page, run.locale, found);
    expect(visited, 'pages the crawl reached').toBeGreaterThan(15);
    await states(page, catalogs[run.locale], run.locale, found);
    expect(found).toEqual({});
    await closePage(page);
  });
}
