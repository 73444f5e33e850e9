// Accessibility: every page passes axe's WCAG 2 A/AA rules without serious or critical findings, in both
// languages, and signing in works with the keyboard alone.
import type { Page } from '@playwright/test';
import { catalogs, DEMO_PASSWORD, expect, fill, languageSwitch, loginForm, signIn, test, uniqueName, type Catalog, LOCALES } from './fixtures';
import { seriousViolations } from './axe';


type Visit = { name: string; path: string; ready: (page: Page, t: Catalog) => Promise<void> };

const h1 = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
const firstRow = (page: Page, caption: string) => expect(page.getByRole('table', { name: caption }).getByRole('row').nth(1)).toBeVisible();

function visits(contactId: string, contactName: string): Visit[] {
  return [
    { name: 'contacts list', path: '/contacts', ready: async (p, t) => { await h1(p, t.contacts.title); await firstRow(p, t.contacts.tableCaption); } },
    { name: 'contact detail', path: `/contacts/${contactId}`, ready: async (p, t) => { await h1(p, contactName); await expect(p.getByText(t.contact.sectionRecord)).toBeVisible(); } },
    { name: 'contact form', path: '/contacts/new', ready: async (p, t) => { await h1(p, t.contactForm.createTitle); await expect(p.getByRole('button', { name: t.contactForm.create })).toBeVisible(); } },
    {
      name: 'contact form with errors',
      path: '/contacts/new',
      ready: async (p, t) => {
        await p.getByRole('button', { name: t.contactForm.create }).click();
        await expect(p.getByText(t.contactForm.missing.name)).toBeVisible();
      },
    },
    { name: 'contact edit form', path: `/contacts/${contactId}/edit`, ready: async (p, t) => { await h1(p, fill(t.contactForm.editTitle, { name: contactName })); } },
    { name: 'agencies', path: '/agencies', ready: async (p, t) => { await h1(p, t.agencies.title); await firstRow(p, t.agencies.tableCaption); } },
    { name: 'account', path: '/account', ready: async (p, t) => { await h1(p, t.account.title); await expect(p.getByRole('button', { name: t.totp.setUp })).toBeVisible(); } },
    { name: 'users', path: '/users', ready: async (p, t) => { await h1(p, t.users.title); await firstRow(p, t.users.tableCaption); } },
    { name: 'tokens', path: '/tokens', ready: async (p, t) => { await h1(p, t.tokens.title); await firstRow(p, t.tokens.tableCaption); } },
    { name: 'audit log', path: '/audit', ready: async (p, t) => { await h1(p, t.audit.title); await firstRow(p, t.audit.tableCaption); } },
  ];
}

for (const locale of LOCALES) {
  test(`pages have no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page, adminApi }) => {
    // Twelve pages, each loaded and scanned (a scan takes seconds on a busy machine).
    test.setTimeout(240_000);
    const t = catalogs[locale];
    const name = uniqueName(locale === 'en' ? 'E2E Axe desk' : 'E2E 无障碍 值班台');
    const contact = await adminApi.createContact({
      name,
      kind: 'person',
      title: locale === 'en' ? 'Liaison officer' : '联络官',
      coverage: 'hours',
      hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' },
      channels: [{ kind: 'phone', value: '+1 202 555 0142', label: 'desk' }, { kind: 'email', value: 'axe@hsi.example' }],
      languages: ['en', 'zh'],
      language: locale === 'en' ? 'en' : 'zh',
      notes: locale === 'en' ? 'Call before 17:00.' : '请在 17:00 前来电。',
    });

    // So that the tokens page shows a table, not just "no tokens yet".
    await adminApi.post('/api/v1/tokens', { name: uniqueName('e2e axe token'), role: 'viewer' });

    // The login page, before and after a failed attempt.
    await page.goto('/login');
    if (locale === 'zh-CN') await languageSwitch(page, 'zh-CN').click();
    const form = loginForm(page, t);
    await expect(form.heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    expect.soft(await seriousViolations(page), `login page (${locale})`).toEqual([]);
    // An unknown name, so that no real account collects a failed sign-in.
    await form.username.fill(uniqueName('nobody').replace(' ', '.'));
    await form.password.fill('not-the-password');
    await form.submit.click();
    await expect(form.alert).toContainText(t.problem['invalid-credentials']);
    expect.soft(await seriousViolations(page), `login page with an error (${locale})`).toEqual([]);

    await signIn(page, 'admin.us', { locale });
    for (const visit of visits(contact.id, name)) {
      await page.goto(visit.path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await visit.ready(page, t);
      expect.soft(await seriousViolations(page), `${visit.name} (${locale})`).toEqual([]);
    }
  });
}

test('signing in works with the keyboard alone, and the first Tab stop skips to the content', async ({ page }) => {
  const t = catalogs.en;
  await page.goto('/login');
  const form = loginForm(page, t);
  await expect(form.heading).toBeVisible();
  // The username field has focus on arrival.
  await expect(form.username).toBeFocused();
  await page.keyboard.type('viewer.us');
  await page.keyboard.press('Tab');
  await expect(form.password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('heading', { level: 1, name: t.contacts.title })).toBeVisible();

  // The skip link is the first stop, is visible once focused, and moves focus past the header and navigation.
  const skip = page.getByRole('link', { name: t.shell.skipToContent });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t.contacts.exportCsv })).toBeFocused();

  // The same holds on a fresh load of the page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t.contacts.title })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
});

test('keyboard users can open a contact and come back with Enter alone', async ({ page, adminApi }) => {
  const t = catalogs.en;
  const name = uniqueName('E2E Keyboard desk');
  await adminApi.createContact({ name });
  await signIn(page, 'viewer.us');
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  // Tab through the page until the contact's link has focus (bounded so a trap fails instead of hanging).
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // After client-side navigation focus moves to the main area, so the next Tab starts in the content.
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t.contact.backToList })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t.contacts.title })).toBeVisible();
});
