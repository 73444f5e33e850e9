// Two-step sign-in: a new user enrols an authenticator app on the Account page, keeps the recovery codes, and from
// then on the login page asks for the current code after the password.
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { catalogs, expect, loginForm, mainNav, signIn, test, uniqueName } from './fixtures';

const en = catalogs.en;
const PERIOD_MS = 30_000;

const stepAt = (ms: number): number => Math.floor(ms / PERIOD_MS);

/** Waits until the authenticator shows a code of a later 30-second step than `step` (a code works only once). */
async function waitForStepAfter(page: Page, step: number): Promise<void> {
  const wait = (step + 1) * PERIOD_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait + 250);
}

test('a user enrols an authenticator app and then signs in with its code', async ({ page, adminApi }) => {
  test.setTimeout(120_000);
  const user = await adminApi.createUser(uniqueName('e2e.totp').replace(' ', '.'), ['officer']);
  await signIn(page, user.username, { password: user.password });

  await mainNav(page, en).getByRole('link', { name: en.nav.account }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.account.title })).toBeVisible();
  const status = page.getByText(en.totp.status).locator('xpath=following-sibling::*[1]');
  await expect(status).toHaveText(en.totp.off);
  await page.getByRole('button', { name: en.totp.setUp }).click();
  await expect(page.getByRole('img', { name: en.totp.qrAlt })).toBeVisible();
  const secret = await page.getByRole('textbox', { name: en.totp.secret, exact: true }).inputValue();
  expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });

  const enrolledAt = Date.now();
  await page.getByRole('textbox', { name: en.totp.code, exact: true }).fill(totp.generate({ timestamp: enrolledAt }));
  await page.getByRole('button', { name: en.totp.confirm }).click();

  // The recovery codes are shown once; the user confirms having stored them.
  await expect(page.getByText(en.totp.recoveryTitle)).toBeVisible();
  const codes = page.getByRole('list', { name: en.totp.recoveryListLabel }).getByRole('listitem');
  await expect(codes.first()).toBeVisible();
  expect(await codes.count()).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: en.totp.storedCodes }).click();
  await expect(page.getByText(en.totp.recoveryTitle)).toHaveCount(0);
  await expect(status).toHaveText(en.totp.on);

  await page.getByRole('button', { name: en.shell.signOut }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The password alone is not enough any more: the code step appears.
  const form = loginForm(page, en);
  await form.username.fill(user.username);
  await form.password.fill(user.password);
  await form.submit.click();
  await expect(form.totpCode).toBeVisible();
  await expect(form.totpCode).toBeFocused();
  await expect(page.getByText(en.login.totpHelp)).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  // The code already used to enrol is refused (no replay)…
  await form.totpCode.fill(totp.generate({ timestamp: enrolledAt }));
  await form.verify.click();
  await expect(form.alert).toContainText(en.problem['invalid-second-factor']);
  await expect(page).toHaveURL(/\/login$/);

  // …and the code the app shows once it has moved on gets in.
  await waitForStepAfter(page, stepAt(enrolledAt));
  await form.totpCode.fill(totp.generate());
  await form.verify.click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(mainNav(page, en)).toBeVisible();
  await mainNav(page, en).getByRole('link', { name: en.nav.account }).click();
  await expect(status).toHaveText(en.totp.on);
});
