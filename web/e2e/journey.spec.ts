// The main journey of the contact directory (issue #1): an administrator records a point of contact, verifies
// it, reads the directory in Chinese, and the language choice follows the account across a reload and sign-out.
import type { Page } from '@playwright/test';
import { catalogs, codeLabel, expect, fill, languageSwitch, literal, loginForm, mainNav, signIn, test, uniqueName } from './fixtures';

const en = catalogs.en;
const zh = catalogs['zh-CN'];

/** The value shown beside a label in a detail list (<dt>label</dt><dd>value</dd>). */
function detail(page: Page, label: string) {
  return page.locator('dt', { hasText: new RegExp(`^${literal(label).source}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** Picks an option of a Mantine Select or MultiSelect, typing first to filter searchable ones. */
async function choose(page: Page, label: string, option: string, search?: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  // A MultiSelect's pill box lies over its input field: click where a user would, through the overlay.
  await input.click({ force: true });
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an administrator records, verifies and reads a contact in both languages', async ({ page, adminApi }) => {
  const name = uniqueName('E2E Liaison');
  const [topicA, topicB] = ['synthetic-drugs', 'illicit-finance'];
  const dea = await adminApi.agency('DEA');
  const deaLabel = `${dea.acronym} — ${dea.nameEn}`;
  const { user: admin } = await adminApi.get<{ user: { displayName: string } }>('/api/v1/session');

  await signIn(page, 'admin.us', { locale: 'en' });
  await page.getByRole('link', { name: en.contacts.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.contactForm.createTitle })).toBeVisible();

  // The form, field by field.
  await choose(page, en.contactForm.agency, deaLabel, dea.acronym);
  await page.getByRole('radio', { name: codeLabel('contactKinds', 'person', 'en') }).check();
  await page.getByRole('textbox', { name: en.contactForm.name, exact: true }).fill(name);
  await page.getByRole('textbox', { name: en.contactForm.title, exact: true }).fill('Country attaché, Beijing');
  await choose(page, en.contactForm.topics, codeLabel('topics', topicA, 'en'));
  await page.getByRole('option', { name: codeLabel('topics', topicB, 'en'), exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: codeLabel('coverage', 'hours', 'en') }).check();
  // Weekday names come from Intl in the UI language, not from the catalogs.
  await page.getByRole('checkbox', { name: 'Saturday' }).check();
  await page.getByLabel(en.contactForm.start).fill('08:00');
  await page.getByLabel(en.contactForm.end).fill('16:30');
  await choose(page, en.contactForm.timeZone, 'Beijing time · Asia/Shanghai', 'Asia/Shang');
  await page.getByRole('textbox', { name: fill(en.contactForm.channelValue, { n: 1 }) }).fill('+1 202 555 0123');
  await page.getByRole('textbox', { name: fill(en.contactForm.channelLabel, { n: 1 }) }).fill('embassy desk');
  await choose(page, en.contactForm.languages, codeLabel('languages', 'zh', 'en'), 'Chin');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: en.contactForm.create }).click();

  // It appears on its own page, never verified and therefore stale.
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detail(page, en.contact.agency)).toHaveText(deaLabel);
  await expect(detail(page, en.contact.kind)).toHaveText(codeLabel('contactKinds', 'person', 'en'));
  await expect(detail(page, en.contact.title)).toHaveText('Country attaché, Beijing');
  await expect(detail(page, en.contact.topics)).toHaveText(`${codeLabel('topics', topicA, 'en')}, ${codeLabel('topics', topicB, 'en')}`);
  await expect(detail(page, en.contact.languages)).toHaveText(`${codeLabel('languages', 'en', 'en')}, ${codeLabel('languages', 'zh', 'en')}`);
  await expect(page.getByText('Mon–Sat, 08:00–16:30 (Beijing time)', { exact: true })).toBeVisible();
  await expect(page.getByText('+1 202 555 0123')).toBeVisible();
  await expect(page.getByText('embassy desk')).toBeVisible();
  await expect(detail(page, en.contact.verifiedAt)).toHaveText(en.contacts.neverVerified);
  await expect(page.getByText(en.contact.staleExplanation)).toBeVisible();
  await expect(page.getByText(en.contacts.stale, { exact: true })).toBeVisible();

  // Verify now: the time of verification shows, by whom, and the contact is no longer stale — also after a reload.
  await page.getByRole('button', { name: en.contact.verifyNow }).click();
  const yourTime = new RegExp(`^${literal(fill(en.time.yourTime, { time: '' })).source}.*${new Date().getFullYear()}`);
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(detail(page, en.contact.verifiedAt).getByText(yourTime)).toBeVisible();
    await expect(detail(page, en.contact.verifiedBy)).toHaveText(admin.displayName);
    await expect(page.getByText(en.contact.staleExplanation)).toHaveCount(0);
    await expect(page.getByText(en.contacts.stale, { exact: true })).toHaveCount(0);
  }

  // 简体中文: the switch saves the choice; the list, its columns and the code-list labels are in Chinese.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await languageSwitch(page, 'zh-CN').click();
  expect((await saved).status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detail(page, zh.contact.topics)).toHaveText(`${codeLabel('topics', topicA, 'zh-CN')}、${codeLabel('topics', topicB, 'zh-CN')}`);
  await mainNav(page, zh).getByRole('link', { name: zh.nav.contacts }).click();
  await expectChineseList(page);
  await page.getByRole('searchbox', { name: zh.contacts.search }).fill(name);
  await page.getByRole('button', { name: zh.contacts.searchSubmit, exact: true }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toContainText(`${codeLabel('topics', topicA, 'zh-CN')}、${codeLabel('topics', topicB, 'zh-CN')}`);
  await expect(row).toContainText(codeLabel('coverage', 'hours', 'zh-CN'));
  await expect(row).toContainText(`${codeLabel('languages', 'en', 'zh-CN')}、${codeLabel('languages', 'zh', 'zh-CN')}`);
  await expect(row).toContainText(codeLabel('contactKinds', 'person', 'zh-CN'));
  await expect(row).toContainText(dea.nameZh);

  // The choice lives in the account, not only in this browser: forget the local copy and reload.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectChineseList(page);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  // Signing out returns to the login page, still in Chinese.
  await page.getByRole('button', { name: zh.shell.signOut }).click();
  await expect(page).toHaveURL(/\/login$/);
  const form = loginForm(page, zh);
  await expect(form.heading).toBeVisible();
  await expect(form.username).toBeVisible();
  await expect(form.submit).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

async function expectChineseList(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: zh.contacts.title })).toBeVisible();
  await expect(page).toHaveTitle(`${zh.contacts.title} · ${zh.app.name}`);
  const headers = [zh.contacts.colName, zh.contacts.colAgency, zh.contacts.colParty, zh.contacts.colTopics, zh.contacts.colCoverage, zh.contacts.colLanguages, zh.contacts.colVerified];
  await expect(page.getByRole('columnheader')).toHaveText(headers);
  await expect(page.getByRole('table', { name: zh.contacts.tableCaption })).toBeVisible();
  await expect(page.getByRole('cell', { name: codeLabel('topics', 'synthetic-drugs', 'zh-CN') }).first()).toBeVisible();
  await expect(mainNav(page, zh).getByRole('link', { name: zh.nav.contacts })).toBeVisible();
}
