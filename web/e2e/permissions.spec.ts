// What the UI offers follows the user's roles (the server enforces the same rules; here we check that the UI does
// not offer what would be refused, and does offer what is allowed).
import type { Page } from '@playwright/test';
import { catalogs, expect, mainNav, signIn, templatePattern, test, uniqueName } from './fixtures';

const en = catalogs.en;

/** The maintenance actions of a contact page. "Edit" is a link styled as a button. */
function contactActions(page: Page) {
  return {
    verify: page.getByRole('button', { name: en.contact.verifyNow }),
    edit: page.getByRole('link', { name: en.contact.edit, exact: true }).or(page.getByRole('button', { name: en.contact.edit, exact: true })),
    deactivate: page.getByRole('button', { name: en.contact.deactivate }),
  };
}

async function openContact(page: Page, name: string): Promise<void> {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a viewer reads contacts but is offered no changes and no administration', async ({ page, browser, adminApi }) => {
  const name = uniqueName('E2E Read-only desk');
  await adminApi.createContact({ name });

  // Control: a supervisor of the contact's agency is offered every action on the same page.
  const supervisorContext = await browser.newContext({ locale: 'en-US' });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, 'supervisor.us');
  await openContact(supervisor, name);
  for (const action of Object.values(contactActions(supervisor))) await expect(action).toBeVisible();
  await supervisorContext.close();

  await signIn(page, 'viewer.us');
  await expect(page.getByRole('heading', { level: 1, name: en.contacts.title })).toBeVisible();
  await expect(page.getByRole('table', { name: en.contacts.tableCaption }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: en.contacts.create })).toHaveCount(0);

  await openContact(page, name);
  await expect(page.getByRole('heading', { level: 2, name: en.contact.sectionVerification })).toBeVisible();
  for (const action of Object.values(contactActions(page))) await expect(action).toHaveCount(0);

  const nav = mainNav(page, en);
  for (const allowed of [en.nav.contacts, en.nav.agencies, en.nav.account]) await expect(nav.getByRole('link', { name: allowed })).toBeVisible();
  for (const hidden of [en.nav.users, en.nav.tokens, en.nav.peers, en.nav.audit]) await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);

  // Typing the address of an admin page shows "not allowed" instead of the page.
  for (const path of ['/users', '/tokens', '/peers', '/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: en.forbidden.title })).toBeVisible();
    await expect(page.getByText(en.forbidden.message)).toBeVisible();
  }
  await page.goto('/agencies');
  await expect(page.getByRole('heading', { level: 1, name: en.agencies.title })).toBeVisible();
  await expect(page.getByRole('button', { name: en.agencies.create })).toHaveCount(0);
});

test('an auditor opens the audit log and the chain verifies as intact', async ({ page }) => {
  await signIn(page, 'auditor.us');
  const nav = mainNav(page, en);
  await expect(nav.getByRole('link', { name: en.nav.users })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: en.nav.tokens })).toHaveCount(0);
  await expect(page.getByRole('link', { name: en.contacts.create })).toHaveCount(0);

  await nav.getByRole('link', { name: en.nav.audit }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.audit.title })).toBeVisible();
  // The auditor's own sign-in is among the newest entries (a language switch at sign-in may follow it).
  const entries = page.getByRole('table', { name: en.audit.tableCaption }).getByRole('row');
  await expect(entries.filter({ hasText: en.audit.actions.session.created }).first()).toContainText('auditor.us');

  await page.getByRole('button', { name: en.audit.verifyChain }).click();
  const verdict = page.getByText(en.audit.chainOk, { exact: true });
  await expect(verdict).toBeVisible();
  await expect(page.getByText(en.audit.chainBroken)).toHaveCount(0);
  const checked = await page.getByText(templatePattern(en.audit.chainChecked)).textContent();
  expect(Number(templatePattern(en.audit.chainChecked).exec(checked ?? '')?.[1])).toBeGreaterThan(0);
  await expect(page.getByText(en.audit.headHash)).toContainText(/[0-9a-f]{64}/);
});
