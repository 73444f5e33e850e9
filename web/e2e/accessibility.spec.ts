// Accessibility: every page passes axe's WCAG 2 A/AA rules without serious or critical findings, in both
// languages, and signing in works with the keyboard alone.
import type { Page } from '@playwright/test';
import { catalogs, DEMO_PASSWORD, expect, fill, languageSwitch, loginForm, signIn, test, uniqueName, type Api, type Catalog, type Locale, LOCALES } from './fixtures';
import { seriousViolations } from './axe';
import { US_URL } from './nodes';
import { closePage, openPage } from './pages';
import { choose, requestBody, requestLabel } from './requests-flow';


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

type Filed = { id: string; reference: string };
type Records = { kase: Filed; request: Filed };

/** A case of HSI shared with CN and a request in it, sent (TLP:GREEN without restrictions: no approval needed). */
async function caseWithRequest(api: Api, locale: Locale): Promise<Records> {
  const language = locale === 'en' ? 'en' : 'zh';
  const kase = await api.post<Filed>('/api/v1/cases', {
    title: uniqueName(locale === 'en' ? 'E2E Axe case' : 'E2E 无障碍 案件'),
    summary: locale === 'en' ? 'Precursors shipped from Ningbo to Newark.' : '从宁波运往纽瓦克的易制毒化学品。',
    language,
    topic: 'precursors',
    parties: ['CN'],
    handling: 'TLP:GREEN',
    useRestrictions: [],
  });
  const request = await api.post<Filed>(
    '/api/v1/requests',
    requestBody({
      caseId: kase.id,
      toParty: 'CN',
      priority: 'high',
      subject: locale === 'en' ? 'E2E Axe request' : 'E2E 无障碍 请求',
      details: locale === 'en' ? 'Who are the officers of the shipper?' : '发货公司的负责人是谁？',
      language,
      entities: [{ kind: 'company', value: uniqueName('E2E Axe Chemicals'), role: 'shipper' }],
    }),
  );
  await api.post(`/api/v1/requests/${request.id}/submit`, {});
  return { kase, request };
}

/** The request wizard at its last step, handling, where the linked records are entered. */
async function wizardAtHandling(p: Page, t: Catalog, locale: Locale): Promise<void> {
  await choose(p, t.requests.form.toParty, /\(CN\)$/);
  await p.getByRole('button', { name: t.requests.form.next, exact: true }).click();
  await choose(p, t.requests.form.legalBasis, requestLabel('legalBases', 'police-cooperation', locale));
  await p.getByRole('textbox', { name: t.requests.form.subject, exact: true }).fill(locale === 'en' ? 'E2E Axe wizard' : 'E2E 无障碍 向导');
  await p.getByRole('button', { name: t.requests.form.next, exact: true }).click();
  await expect(p.getByRole('button', { name: t.incidentForm.addEntity, exact: true })).toBeVisible();
  await p.getByRole('button', { name: t.requests.form.next, exact: true }).click();
  await expect(p.getByRole('textbox', { name: t.incidentForm.handlingLabel, exact: true })).toBeVisible();
  await expect(p.getByRole('textbox', { name: t.requests.links.incidents, exact: true })).toBeVisible();
  await expect(p.getByRole('button', { name: t.requests.form.submit, exact: true })).toBeVisible();
}

/** The case form with an entity added and a record linked (a pill with its remove button). */
async function caseFormFilled(p: Page, t: Catalog): Promise<void> {
  await h1(p, t.cases.form.createTitle);
  await p.getByRole('button', { name: t.incidentForm.addEntity, exact: true }).click();
  await expect(p.getByRole('textbox', { name: t.incidentForm.entityValue })).toBeVisible();
  const incidents = p.getByRole('textbox', { name: t.requests.links.incidents, exact: true });
  // A comma ends a reference (the field's split characters): it becomes a pill without submitting the form.
  await incidents.pressSequentially('US-INC-2026-000001,');
  await expect(p.getByText('US-INC-2026-000001', { exact: true })).toBeVisible();
  await incidents.press('Escape');
}

/** The request and case pages: lists, a request (and a step's dialog), a case and its form, the request settings, the request wizard. */
function requestVisits({ kase, request }: Records, locale: Locale): Visit[] {
  return [
    { name: 'requests list', path: '/requests?box=outbox', ready: async (p, t) => { await h1(p, t.requests.list.title); await firstRow(p, t.requests.list.caption.outbox); } },
    { name: 'request detail', path: `/requests/${request.id}`, ready: async (p, t) => { await h1(p, request.reference); await expect(p.getByRole('heading', { level: 2, name: t.requests.clock.title })).toBeVisible(); } },
    {
      name: 'request step dialog',
      path: `/requests/${request.id}`,
      ready: async (p, t) => {
        await p.getByRole('group', { name: t.requests.detail.actions }).getByRole('button', { name: t.requests.action.closure, exact: true }).click();
        await expect(p.getByRole('dialog', { name: fill(t.requests.dialog.closure.title, { reference: request.reference }) })).toBeVisible();
      },
    },
    { name: 'cases list', path: '/cases', ready: async (p, t) => { await h1(p, t.cases.list.title); await firstRow(p, t.cases.list.caption); } },
    { name: 'case detail', path: `/cases/${kase.id}`, ready: async (p, t) => { await h1(p, kase.reference); await firstRow(p, t.cases.detail.requestsCaption); } },
    { name: 'case form with an entity and a link', path: '/cases/new', ready: caseFormFilled },
    { name: 'request settings', path: '/requests/settings', ready: async (p, t) => { await h1(p, t.requests.settings.title); await firstRow(p, t.requests.settings.periodsCaption); } },
    { name: 'request wizard', path: '/requests/new', ready: async (p, t) => { await h1(p, t.requests.form.createTitle); await expect(p.getByRole('textbox', { name: t.requests.form.toParty, exact: true })).toBeVisible(); } },
    {
      name: 'request wizard with errors',
      path: '/requests/new',
      ready: async (p, t) => {
        await p.getByRole('button', { name: t.requests.form.next, exact: true }).click();
        await expect(p.getByText(t.requests.form.check.toParty)).toBeVisible();
      },
    },
    { name: 'request wizard, handling step', path: '/requests/new', ready: (p, t) => wizardAtHandling(p, t, locale) },
  ];
}

/** The request settings as an officer reads them: no inputs, only an administrator changes them. */
const readOnlySettings: Visit = {
  name: 'request settings, read-only (officer)',
  path: '/requests/settings',
  ready: async (p, t) => {
    await h1(p, t.requests.settings.title);
    await firstRow(p, t.requests.settings.periodsCaption);
    await expect(p.getByText(t.requests.settings.readOnly)).toBeVisible();
    await expect(p.getByRole('button', { name: t.requests.settings.save })).toHaveCount(0);
  },
};

/** Loads the visit's page, waits until it is ready and scans it. */
async function scan(page: Page, visit: Visit, locale: Locale): Promise<void> {
  await page.goto(visit.path);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await visit.ready(page, catalogs[locale]);
  expect.soft(await seriousViolations(page), `${visit.name} (${locale})`).toEqual([]);
}

for (const locale of LOCALES) {
  test(`pages have no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page, browser, adminApi }) => {
    // Twenty-three pages, each loaded and scanned (a scan takes seconds on a busy machine).
    test.setTimeout(420_000);
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
    const records = await caseWithRequest(adminApi, locale);
    for (const visit of [...visits(contact.id, name), ...requestVisits(records, locale)]) await scan(page, visit, locale);
    const officer = await openPage(browser, { baseURL: US_URL, locale, username: 'officer.us' });
    await scan(officer, readOnlySettings, locale);
    await closePage(officer);
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
