// Incidents in and out in bulk, in both languages: an officer imports a spreadsheet with Chinese headers (saved in
// GBK, as Chinese spreadsheet software saves it) in the Chinese UI — checked first, a dry run that files nothing,
// then imported — and finds the incident in the list; then, in the English UI, exports the list and the incident as
// STIX 2.1 bundles, and checks the list's bundle on the import page (a dry run: the STIX report).
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { catalogs, expect, fill, templatePattern, test } from './fixtures';
import { findLeaks } from './leaks';
import { US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';

type Bundle = { type: string; id: string; objects: { type: string; id: string; name?: string }[] };

async function bundleOf(download: Download): Promise<Bundle> {
  return JSON.parse(await readFile(await download.path(), 'utf8')) as Bundle;
}

async function downloadBy(page: Page, name: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return download;
}

test('an officer imports a CSV with Chinese headers (zh-CN), then exports the incidents as STIX (en)', async ({ browser }) => {
  test.setTimeout(180_000);
  const token = `${String(Date.now()).slice(-8)}${Math.floor(Math.random() * 90 + 10)}`;
  const ref = `T-${token}`;
  const title = `化学品查获 第${token}号`;
  const csv = [
    '编号,类型,日期,国家,标题,地点,申报名称,CAS号,数量,单位,公司,角色',
    `${ref},查获,2026-02-10,CN,${title},深圳,丙酮,67-64-1,200,千克,示例化工${token}有限公司,发货人`,
    `${ref},查获,2026-02-10,CN,${title},深圳,甲苯,108-88-3,50,升,,`,
    // A unit no item is measured in: this incident is reported at its line and column, and the other one filed.
    `${ref}-B,查获,2026-02-11,CN,${title}（乙）,深圳,丙酮,67-64-1,10,箱,,`,
  ].join('\r\n');

  // zh-CN: the import page, its help in Chinese, a dry run, then the import.
  const zh = catalogs['zh-CN'];
  const page = await openPage(browser, { baseURL: US_URL, locale: 'zh-CN', username: 'officer.us' });
  await page.getByRole('navigation', { name: zh.nav.label }).getByRole('link', { name: zh.nav.incidents, exact: true }).click();
  await page.getByRole('link', { name: zh.incidents.list.import, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh.incidentImport.title, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: zh.incidentImport.csv.formatTitle, exact: true })).toBeVisible();
  await expect(page.locator('code', { hasText: /^统一社会信用代码$/ })).toBeVisible();
  // The signed-in officer's name and agency (in the header) are identifiers, the same in either language.
  const session = (await (await page.request.get('/api/v1/session')).json()) as { user: { displayName: string; agency: { acronym: string } | null } };
  const identifiers = [session.user.displayName, session.user.agency?.acronym ?? '', 'US', 'CN'].filter(Boolean);
  await page.waitForLoadState('networkidle');
  expect(await findLeaks(page, 'zh-CN', identifiers), 'language leaks on the import page').toEqual([]);
  await shot(page, 'incidents-import-zh-CN');

  await page.locator('input[type="file"]').setInputFiles({ name: '案事件.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await page.getByRole('button', { name: zh.incidentImport.check, exact: true }).click();
  await expect(page.getByText(zh.incidentImport.dryRunDone, { exact: true })).toBeVisible();
  const dryRun = page.getByRole('table', { name: zh.incidentImport.dryRunCaption });
  await expect(dryRun.getByRole('row')).toHaveCount(3);
  await expect(dryRun.getByRole('row', { name: new RegExp(`^${ref} `) }).getByText(zh.incidentImport.outcome.willCreate, { exact: true })).toBeVisible();
  const invalid = dryRun.getByRole('row', { name: new RegExp(`^${ref}-B `) });
  await expect(invalid.getByText(zh.incidentImport.outcome.invalid, { exact: true })).toBeVisible();
  await expect(invalid.getByText(fill(zh.incidentImport.problemAt, { line: 4, column: '单位' }), { exact: true })).toBeVisible();
  // Why, in Chinese: the problem's code said from the catalog, with the units the node names.
  await expect(invalid.getByText(templatePattern(zh.validation.invalid_value))).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText(zh.incidentImport.invalidTitle, { exact: true })).toBeVisible();
  await shot(page, 'incidents-import-dry-run-zh-CN');

  // Nothing was filed by the check.
  await page.goto(`/incidents?q=${encodeURIComponent(title)}`);
  await expect(page.getByText(zh.incidents.list.empty, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: zh.incidentImport.title, exact: true })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: '案事件.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await page.getByRole('button', { name: zh.incidentImport.check, exact: true }).click();
  await expect(page.getByText(zh.incidentImport.dryRunDone, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: zh.incidentImport.import, exact: true }).click();
  await expect(page.getByText(zh.incidentImport.importDone, { exact: true })).toBeVisible();
  const report = page.getByRole('table', { name: zh.incidentImport.reportCaption });
  await expect(report.getByText(zh.incidentImport.outcome.created, { exact: true })).toBeVisible();
  await shot(page, 'incidents-import-done-zh-CN');

  // The incident filed, in the list and on its page: two chemicals and the shipper.
  await report.getByRole('link', { name: fill(zh.incidentImport.openIncidentOf, { ref }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^US-INC-\d{4}-\d{6}$/ })).toBeVisible();
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expect(page.getByRole('link', { name: `示例化工${token}有限公司`, exact: true })).toBeVisible();
  await page.goto(`/incidents?q=${token}`);
  const list = page.getByRole('table', { name: zh.incidents.list.tableCaption });
  await expect(list.getByRole('link', { name: reference, exact: true })).toBeVisible();
  await expect(list.getByText(title, { exact: true })).toBeVisible();
  await closePage(page);

  // en: the list's bundle (its filters: the incident's words), the incident's own, and the bundle checked back in.
  const en = catalogs.en;
  const enPage = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'officer.us' });
  await enPage.goto(`/incidents?q=${token}`);
  await expect(enPage.getByRole('table', { name: en.incidents.list.tableCaption }).getByRole('link', { name: reference, exact: true })).toBeVisible();
  const listDownload = await downloadBy(enPage, en.incidents.list.exportStix);
  expect(listDownload.suggestedFilename()).toMatch(/^incidents-\d{4}-\d{2}-\d{2}\.stix\.json$/);
  const listBundle = await bundleOf(listDownload);
  expect(listBundle.type).toBe('bundle');
  expect(listBundle.objects.filter((o) => o.type === 'incident').map((o) => o.name)).toEqual([title]);

  await enPage.getByRole('link', { name: reference, exact: true }).click();
  await expect(enPage.getByRole('heading', { level: 1, name: reference, exact: true })).toBeVisible();
  const oneDownload = await downloadBy(enPage, en.incidents.detail.exportStix);
  expect(oneDownload.suggestedFilename()).toBe(`${reference}.stix.json`);
  const one = await bundleOf(oneDownload);
  expect(one.type).toBe('bundle');
  expect(one.objects.some((o) => o.type === 'incident' && o.name === title)).toBe(true);

  await enPage.goto('/incidents/import');
  await enPage.getByRole('radio', { name: en.incidentImport.formatStix, exact: true }).check();
  await expect(enPage.getByRole('heading', { level: 2, name: en.incidentImport.stix.formatTitle, exact: true })).toBeVisible();
  await enPage.locator('input[type="file"]').setInputFiles({ name: 'incidents.stix.json', mimeType: 'application/json', buffer: await readFile(await listDownload.path()) });
  await enPage.getByRole('button', { name: en.incidentImport.check, exact: true }).click();
  await expect(enPage.getByText(en.incidentImport.dryRunDone, { exact: true })).toBeVisible();
  const stixReport = enPage.getByRole('table', { name: en.incidentImport.dryRunCaption });
  const incidentId = listBundle.objects.find((o) => o.type === 'incident')?.id ?? '';
  await expect(stixReport.getByRole('row', { name: new RegExp(incidentId) })).toBeVisible();
  await shot(enPage, 'incidents-import-stix-dry-run-en');
  await enPage.getByRole('radio', { name: en.incidentImport.formatCsv, exact: true }).check();
  await shot(enPage, 'incidents-import-en');
  await closePage(enPage);
});
