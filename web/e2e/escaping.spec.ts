// Text typed by one user is shown to others as text, never run as markup: a contact named like an HTML injection
// appears literally in the list, on its page, in the edit form and in the confirmation dialog, and nothing runs.
import type { Dialog } from '@playwright/test';
import { catalogs, expect, fill, signIn, test, uniqueName } from './fixtures';

const en = catalogs.en;
const PAYLOAD = '<img src=x onerror=alert(1)>';

test('a contact named like markup is shown literally and runs nothing', async ({ page, adminApi }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A unique suffix keeps the row findable; the markup comes first, as an attacker would type it.
  const name = `${PAYLOAD} ${uniqueName('e2e')}`;
  const title = '<script>alert("title")</script>';
  const notes = '<b onmouseover=alert(2)>bold?</b>\n<svg onload=alert(3)>';
  const contact = await adminApi.createContact({ name, title, notes, channels: [{ kind: 'email', value: 'x@hsi.example', label: '<i>label</i>' }] });
  expect(contact.name).toBe(name);

  await signIn(page, 'admin.us');
  await page.goto(`/contacts?q=${encodeURIComponent(uniqueSuffix(name))}`);
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toHaveText(name);
  const row = page.getByRole('row').filter({ has: link });
  await expect(row).toContainText(title);

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(`${name} · ${en.app.name}`);
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await expect(page.getByText(/^<b onmouseover=alert\(2\)>bold\?<\/b>\s+<svg onload=alert\(3\)>$/)).toBeVisible();
  await expect(page.getByText('<i>label</i>', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: en.contact.deactivate }).click();
  const confirm = page.getByRole('dialog', { name: en.contact.deactivateTitle });
  await expect(confirm).toContainText(fill(en.contact.deactivateMessage, { name }));
  await confirm.getByRole('button', { name: en.common.cancel }).click();
  await expect(confirm).toHaveCount(0);

  await page.getByRole('link', { name: en.contact.edit, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(en.contactForm.editTitle, { name }));
  await expect(page.getByRole('textbox', { name: en.contactForm.name, exact: true })).toHaveValue(name);

  // Nothing the payloads describe exists in the page, and no dialog opened at any point.
  await expect(page.locator('img[src="x"], [onerror], [onload], [onmouseover]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((els) => els.filter((el) => el.textContent?.includes('alert(')).length)).toBe(0);
  expect(dialogs).toEqual([]);
});

function uniqueSuffix(name: string): string {
  return name.slice(PAYLOAD.length + 1);
}
