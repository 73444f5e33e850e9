// Failed sign-ins: the reason is shown in the reader's language, the visitor stays on the login page, and the
// same form still lets the right password in. Each test signs in as a user of its own, so the failures it counts
// cannot lock out an account another test needs. Mind the node's per-address budget as well: 20 failed sign-ins in
// 15 minutes from one address, and every test of a run comes from localhost (the suite spends about 12).
import { catalogs, expect, languageSwitch, loginForm, mainNav, test, uniqueName, type Catalog } from './fixtures';
import type { Page } from '@playwright/test';

const en = catalogs.en;
const zh = catalogs['zh-CN'];

/** Fills and submits the login form; resolves with the HTTP status the server answered. */
async function submitLogin(page: Page, t: Catalog, username: string, password: string): Promise<number> {
  const form = loginForm(page, t);
  await form.username.fill(username);
  await form.password.fill(password);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
  await form.submit.click();
  return (await answered).status();
}

async function expectStillOnLogin(page: Page, t: Catalog): Promise<void> {
  await expect(page).toHaveURL(/\/login$/);
  await expect(loginForm(page, t).heading).toBeVisible();
  await expect(loginForm(page, t).submit).toBeEnabled();
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

test('a wrong password is refused with a translated message, in English and in Chinese', async ({ page, adminApi }) => {
  const user = await adminApi.createUser(uniqueName('e2e.wrongpw').replace(' ', '.'), ['viewer']);
  await page.goto('/login');

  expect(await submitLogin(page, en, user.username, 'not-the-password')).toBe(401);
  await expect(loginForm(page, en).alert).toContainText(en.problem['invalid-credentials']);
  await expectStillOnLogin(page, en);

  await languageSwitch(page, 'zh-CN').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The alert already shown is re-rendered in Chinese…
  await expect(loginForm(page, zh).alert).toContainText(zh.problem['invalid-credentials']);
  // …and a new failure says it in Chinese too, never in the server's English.
  expect(await submitLogin(page, zh, user.username, 'still-not-the-password')).toBe(401);
  await expect(loginForm(page, zh).alert).toContainText(zh.problem['invalid-credentials']);
  await expect(loginForm(page, zh).alert).not.toContainText(/[A-Za-z]{4,}/);
  await expectStillOnLogin(page, zh);

  // The right password gets in, and the language picked on the login page is kept for the account.
  await loginForm(page, zh).password.fill(user.password);
  await loginForm(page, zh).submit.click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(mainNav(page, zh)).toBeVisible();
});

test('an unknown username gets the same message as a wrong password', async ({ page }) => {
  await page.goto('/login');
  expect(await submitLogin(page, en, uniqueName('nobody').replace(' ', '.'), 'whatever-password')).toBe(401);
  await expect(loginForm(page, en).alert).toContainText(en.problem['invalid-credentials']);
  await expectStillOnLogin(page, en);
});

test('empty fields are flagged without asking the server', async ({ page }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/session') && r.method() === 'POST') calls.push(r.url());
  });
  await page.goto('/login');
  await loginForm(page, en).submit.click();
  await expect(page.getByText(en.login.usernameRequired)).toBeVisible();
  await expect(page.getByText(en.login.passwordRequired)).toBeVisible();
  await expectStillOnLogin(page, en);
  expect(calls).toEqual([]);
});

test('repeated wrong passwords lock the account, and the right one is then refused too', async ({ page, adminApi }) => {
  const user = await adminApi.createUser(uniqueName('e2e.locked').replace(' ', '.'), ['viewer']);
  await page.goto('/login');
  // COUNTERPART_LOGIN_MAX_FAILURES defaults to 5.
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect(await submitLogin(page, en, user.username, `wrong-password-${attempt}`)).toBe(401);
    await expect(loginForm(page, en).alert).toContainText(en.problem['invalid-credentials']);
  }
  expect(await submitLogin(page, en, user.username, user.password)).toBe(429);
  await expect(loginForm(page, en).alert).toContainText(en.problem['account-locked']);
  await expectStillOnLogin(page, en);
});
