// Bulk screening as an officer uses it, in both languages: a manifest file is uploaded, its progress followed to the
// end, the lines per verdict read and the results downloaded as CSV in the UI language (and JSON); the column
// explanation is in the UI language; a file without a column for the chemical fails with an explanation; the
// recent screenings list the upload; a file refused at once says why; and axe finds no serious accessibility problem on the upload tab.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { catalogs, expect, fill, LOCALES, mainNav, signIn, test, uniqueName, type Api, type Catalog, type Locale } from './fixtures';
import { seriousViolations } from './axe';

/** The first cells of the results header the node writes (server/src/modules/substances/result-format.ts). */
const RESULT_HEADER: Record<Locale, string> = { en: 'line,ref,name,cas,smiles,hs,quantity,verdict', 'zh-CN': '行号,编号,名称,CAS号,结构,HS编码,数量,结论' };
const MANIFEST_HEADER: Record<Locale, string> = { en: 'name,cas,quantity,ref', 'zh-CN': '名称,CAS号,数量,编号' };

/** NPP by CAS and fentanyl misspelt (controlled), ethanol (clear), a trade name (insufficient identity). */
function manifest(locale: Locale, ref: string): string {
  return [MANIFEST_HEADER[locale], `,39742-60-4,5 kg,${ref}`, 'fentanil,,1 kg,', 'ethanol,64-17-5,20 l,', 'Product XJ-400,,3 drums,', ''].join('\r\n');
}

async function freshOfficer(adminApi: Api) {
  return adminApi.createUser(uniqueName('e2e.bulk').replace(' ', '.'), ['officer']);
}

async function openUpload(page: Page, t: Catalog): Promise<void> {
  await mainNav(page, t).getByRole('link', { name: t.nav.screening }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.screening.title })).toBeVisible();
  await page.getByRole('tab', { name: t.bulkScreening.tabUpload }).click();
  await expect(page).toHaveURL(/\/screening\?tab=upload$/);
}

async function upload(page: Page, t: Catalog, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t.bulkScreening.file }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await expect(page.getByRole('button', { name: t.bulkScreening.file })).toContainText(name);
  const created = page.waitForResponse((r) => r.url().includes('/api/v1/screenings?') && r.request().method() === 'POST');
  await page.getByRole('button', { name: t.bulkScreening.submit, exact: true }).click();
  expect((await created).status()).toBe(202);
}

async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await link.click();
  return readFile(await (await download).path(), 'utf8');
}

for (const locale of LOCALES) {
  const t = catalogs[locale];

  test(`an officer uploads a manifest, follows it to the end and downloads the results (${locale})`, async ({ page, adminApi }) => {
    const officer = await freshOfficer(adminApi);
    await signIn(page, officer.username, { locale, password: officer.password });
    await openUpload(page, t);
    // The columns are explained in the UI language.
    const columns = page.getByRole('table', { name: t.bulkScreening.columnsIntro });
    for (const c of ['name', 'cas', 'smiles', 'hs', 'quantity', 'ref'] as const) {
      await expect(columns.getByRole('cell', { name: t.bulkScreening.column[c].header, exact: true })).toBeVisible();
    }
    await expect(columns.getByRole('cell', { name: t.bulkScreening.column.name.meaning, exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: catalogs[locale === 'en' ? 'zh-CN' : 'en'].bulkScreening.columnsIntro })).toHaveCount(0);

    const file = `${uniqueName('e2e-manifest').replace(' ', '-')}.csv`;
    const ref = uniqueName('REF').replace(' ', '-');
    await upload(page, t, file, manifest(locale, ref));
    const card = page.getByRole('region', { name: file });
    const progress = card.getByRole('progressbar', { name: t.bulkScreening.progressLabel });
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(card.getByText(fill(t.bulkScreening.linesOf, { done: 4, total: 4 }))).toBeVisible();
    await expect(card.getByText(t.bulkScreening.status.done, { exact: true })).toBeVisible();
    const counts = card.getByRole('listitem');
    await expect(counts).toHaveText([`${t.screening.verdict.controlled}2`, `${t.screening.verdict.clear}1`, `${t.screening.verdict['insufficient-identity']}1`]);

    const csv = await downloaded(page, card.getByRole('link', { name: fill(t.bulkScreening.downloadCsvOf, { file }) }));
    const rows = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.startsWith(RESULT_HEADER[locale])).toBe(true);
    // The Chinese CSV names the verdict in Chinese (管制), as the server's own catalogue of verdict words does.
    expect(rows[1]).toContain(`2,${ref},,39742-60-4,,,5 kg,${locale === 'zh-CN' ? '管制' : 'controlled'}`);
    const json = JSON.parse(await downloaded(page, card.getByRole('link', { name: fill(t.bulkScreening.downloadJsonOf, { file }) }))) as { line: number; verdict: string }[];
    expect(json.map((r) => [r.line, r.verdict])).toEqual([
      [2, 'controlled'],
      [3, 'controlled'],
      [4, 'clear'],
      [5, 'insufficient-identity'],
    ]);

    // The recent screenings list it, with its results to download again.
    const recent = page.getByRole('table', { name: t.bulkScreening.recentCaption });
    const row = recent.getByRole('row').filter({ hasText: file });
    await expect(row).toContainText(t.bulkScreening.status.done);
    await expect(row.getByRole('link', { name: fill(t.bulkScreening.downloadCsvOf, { file }) })).toBeVisible();
  });

  test(`a manifest without a column for the chemical fails with an explanation (${locale})`, async ({ page, adminApi }) => {
    const officer = await freshOfficer(adminApi);
    await signIn(page, officer.username, { locale, password: officer.password });
    await openUpload(page, t);
    const file = `${uniqueName('e2e-nocolumn').replace(' ', '-')}.csv`;
    await upload(page, t, file, 'goods,weight\nacetone,200 kg\n');
    const card = page.getByRole('region', { name: file });
    const alert = card.getByRole('alert');
    await expect(alert).toContainText(t.bulkScreening.failedTitle);
    await expect(alert.getByText(t.problem['manifest-columns'], { exact: true })).toBeVisible();
    await expect(alert.getByText(t.bulkScreening.columnsHint, { exact: true })).toBeVisible();
    await expect(card.getByRole('link')).toHaveCount(0);
    const row = page.getByRole('table', { name: t.bulkScreening.recentCaption }).getByRole('row').filter({ hasText: file });
    await expect(row).toContainText(t.bulkScreening.status.failed);
    await expect(row).toContainText(t.problem['manifest-columns']);
  });
}

test('a file that is not a manifest is refused before it is screened', async ({ page, adminApi }) => {
  const t = catalogs.en;
  const officer = await freshOfficer(adminApi);
  await signIn(page, officer.username, { password: officer.password });
  await openUpload(page, t);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t.bulkScreening.file }).click();
  await (await chooser).setFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await page.getByRole('button', { name: t.bulkScreening.submit, exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(t.problem['manifest-empty']);
  await expect(page.getByText(t.bulkScreening.recentEmpty)).toBeVisible();
});


for (const locale of LOCALES) {
  test(`the upload tab has no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page, adminApi }) => {
    test.setTimeout(120_000);
    const t = catalogs[locale];
    const officer = await freshOfficer(adminApi);
    await signIn(page, officer.username, { locale, password: officer.password });
    await openUpload(page, t);
    await expect(page.getByText(t.bulkScreening.recentEmpty)).toBeVisible();
    expect.soft(await seriousViolations(page), `upload tab (${locale})`).toEqual([]);
    const file = `${uniqueName('e2e-axe').replace(' ', '-')}.csv`;
    await upload(page, t, file, manifest(locale, 'AXE-1'));
    await expect(page.getByRole('region', { name: file }).getByText(t.bulkScreening.status.done, { exact: true })).toBeVisible();
    await upload(page, t, `bad-${file}`, 'goods\nacetone\n');
    await expect(page.getByRole('region', { name: `bad-${file}` }).getByRole('alert')).toBeVisible();
    await expect(page.getByRole('table', { name: t.bulkScreening.recentCaption }).getByRole('row')).toHaveCount(3);
    expect.soft(await seriousViolations(page), `upload tab with results (${locale})`).toEqual([]);
  });
}
