// The audit log as an auditor reads it, in both languages: actions and actors named in the reader's language, a
// filter chosen from a list, an entry as a labelled table, and the CSV download in the chosen language.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { catalogs, expect, LOCALES, signIn, test } from './fixtures';

const SHOTS = process.env.E2E_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

for (const locale of LOCALES) {
  const t = catalogs[locale];
  const signedInLabel = t.audit.actions.session.created;

  test(`an auditor filters the log by an action from the list, reads an entry and downloads the CSV (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'auditor.us', { locale });
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: t.audit.title })).toBeVisible();
    const table = page.getByRole('table', { name: t.audit.tableCaption });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expect(table).not.toContainText('session.created');
    await shot(page, `audit-${locale}`);

    await page.getByRole('textbox', { name: t.audit.action, exact: true }).click();
    await page.getByRole('option', { name: signedInLabel, exact: true }).click();
    await page.getByRole('button', { name: t.audit.applyFilters }).click();
    const rows = table.getByRole('row');
    await expect(rows.filter({ hasText: 'auditor.us' }).first()).toBeVisible();
    // Every row but the header is a sign-in.
    await expect(rows.filter({ hasNotText: signedInLabel })).toHaveCount(1);

    await rows.filter({ hasText: 'auditor.us' }).first().getByRole('button', { name: t.audit.showChange }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('columnheader', { name: t.audit.field })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: t.audit.fields.ip, exact: true })).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: t.audit.fields.method, exact: true })).toBeVisible();
    await shot(page, `audit-entry-${locale}`);
    await dialog.getByRole('button', { name: t.common.close }).click();

    // The CSV in the other language than the page's, to show the choice is the reader's.
    const other = locale === 'en' ? 'zh-CN' : 'en';
    await page.getByRole('radiogroup', { name: t.audit.csvLanguage }).getByText(other === 'zh-CN' ? t.locale.zhCN : t.locale.en, { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: t.audit.downloadCsv }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toContain(other === 'zh-CN' ? '操作人' : 'Actor');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain(catalogs[other].audit.actions.session.created);
  });
}
