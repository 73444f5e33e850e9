// The substance registry and screening as officers and administrators use them, in both languages: a search by
// Chinese name, a substance's structure and controls, pasted lines screened with the server's explanations in the
// UI language, a filter by verdict and the exports; an administrator adds a local entry and a national control and
// ends it; and axe finds no serious accessibility problem on the new pages.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import controlLists from '../../data/substances/lists.json' with { type: 'json' };
import { catalogs, expect, fill, LOCALES, mainNav, signIn, test, uniqueName, type Api, type Catalog, type Locale } from './fixtures';
import { seriousViolations } from './axe';

type Text = { en: string; zh: string };
type ScreeningAnswer = { results: { verdict: string; hits: { explanation: Text }[]; problems: { message: Text }[] }[] };

const inUi = (text: Text, locale: Locale) => (locale === 'en' ? text.en : text.zh);

function listLabel(code: string, locale: Locale): string {
  const list = controlLists.lists.find((l) => l.code === code);
  if (!list) throw new Error(`no control list ${code}`);
  return locale === 'en' ? list.en : list.zh;
}

/** The four lines of the brief: NPP by CAS, fentanyl misspelt, a Boc-protected fluoro 4-AP by structure, a trade name. */
const LINES = ['; 39742-60-4; ;', 'fentanil;;;', ';;CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1;', 'Product XJ-400;;;'];
const EXPECTED = ['controlled', 'controlled', 'controlled-by-rule', 'insufficient-identity'] as const;

async function screenThroughApi(api: Api): Promise<ScreeningAnswer> {
  return api.post<ScreeningAnswer>('/api/v1/screening-checks', { lines: [{ cas: '39742-60-4' }, { name: 'fentanil' }, { smiles: 'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1' }, { name: 'Product XJ-400' }] });
}

const resultsTable = (page: Page, t: Catalog) => page.getByRole('table', { name: t.screening.tableCaption });

/** Data rows of the results table (the header row and opened detail rows left out). */
const resultRows = (page: Page, t: Catalog) => resultsTable(page, t).locator('tbody > tr').filter({ has: page.getByRole('button') });

async function screen(page: Page, t: Catalog, lines: string[]): Promise<void> {
  await mainNav(page, t).getByRole('link', { name: t.nav.screening }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.screening.title })).toBeVisible();
  await page.getByRole('textbox', { name: t.screening.lines }).fill(lines.join('\n'));
  await expect(page.getByText(fill(t.screening.lineCount, { count: lines.length, max: 200 }))).toBeVisible();
  await page.getByRole('button', { name: t.screening.submit, exact: true }).click();
  await expect(resultRows(page, t)).toHaveCount(lines.length);
}

for (const locale of LOCALES) {
  const t = catalogs[locale];

  test(`an officer finds acetone by its Chinese name and reads its structure and controls (${locale})`, async ({ page }) => {
    await signIn(page, 'viewer.us', { locale });
    await mainNav(page, t).getByRole('link', { name: t.nav.substances }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.substances.title })).toBeVisible();
    await page.getByRole('searchbox', { name: t.substances.search }).fill('丙酮');
    await page.getByRole('button', { name: t.substances.searchSubmit, exact: true }).click();
    await expect(page).toHaveURL(/\/substances\?q=/);
    const name = locale === 'en' ? 'Acetone' : '丙酮';
    const first = page.getByRole('table', { name: t.substances.tableCaption }).getByRole('row').nth(1);
    await expect(first.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(first).toContainText('67-64-1');
    await expect(first).toContainText('2914.11');
    await expect(first).toContainText(t.substances.jurisdiction.CN);

    await first.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    const drawing = page.getByRole('img', { name: fill(t.substance.structureAlt, { name }) });
    await expect(drawing).toBeVisible();
    await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    for (const j of ['UN', 'US', 'CN'] as const) await expect(page.getByRole('heading', { level: 3, name: t.substances.jurisdictionName[j], exact: true })).toBeVisible();
    for (const list of ['un-table-2', 'us-list-2', 'cn-category-3']) await expect(page.getByText(listLabel(list, locale), { exact: true })).toBeVisible();
    await expect(page.getByText(t.substance.inForce, { exact: true })).toHaveCount(3);
    // A viewer is offered no change to the registry.
    await expect(page.getByRole('button', { name: t.substance.addControl })).toHaveCount(0);
  });

  test(`an officer screens pasted lines and reads why, in the UI language (${locale})`, async ({ page, adminApi }) => {
    const answer = await screenThroughApi(adminApi);
    expect(answer.results.map((r) => r.verdict)).toEqual([...EXPECTED]);
    await signIn(page, 'regulator.us', { locale });
    await screen(page, t, LINES);
    const rows = resultRows(page, t);
    for (const [i, verdict] of EXPECTED.entries()) await expect(rows.nth(i)).toContainText(t.screening.verdict[verdict]);

    // Line 3 opens to the derivative rule's explanation, in the UI language only.
    await page.getByRole('button', { name: fill(t.screening.showDetailsOf, { line: 3 }) }).click();
    const derivative = answer.results[2]?.hits[0]?.explanation;
    if (!derivative) throw new Error('no explanation for line 3');
    await expect(page.getByText(inUi(derivative, locale), { exact: true })).toBeVisible();
    await expect(page.getByText(inUi(derivative, locale === 'en' ? 'zh-CN' : 'en'), { exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: fill(t.screening.showDetailsOf, { line: 4 }) }).click();
    const unknown = answer.results[3]?.problems[0]?.message;
    if (!unknown) throw new Error('no problem for line 4');
    await expect(page.getByText(inUi(unknown, locale), { exact: true })).toBeVisible();

    // Only the controlled lines, then exported as they are shown.
    await page.getByRole('textbox', { name: t.screening.filterVerdict }).click();
    await page.getByRole('option', { name: fill(t.screening.verdictCount, { verdict: t.screening.verdict.controlled, count: 2 }), exact: true }).click();
    await expect(rows).toHaveCount(2);
    await expect(page.getByText(fill(t.screening.shown, { shown: 2, total: 4 }))).toBeVisible();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: t.screening.exportCsv }).click();
    const csv = (await readFile(await (await csvDownload).path(), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]?.startsWith(t.screening.colLine)).toBe(true);
    expect(csv[1]).toContain('39742-60-4');
    expect(csv[2]).toContain('fentanil');
    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: t.screening.exportJson }).click();
    const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as { results: { line: number; verdict: string }[] };
    expect(json.results.map((r) => [r.line, r.verdict])).toEqual([
      [1, 'controlled'],
      [2, 'controlled'],
    ]);
  });
}

test('more than 200 pasted lines are refused before anything is sent', async ({ page }) => {
  const t = catalogs.en;
  await signIn(page, 'viewer.us');
  await page.goto('/screening');
  await page.getByRole('textbox', { name: t.screening.lines }).fill(Array.from({ length: 201 }, (_, i) => `name ${i}`).join('\n'));
  await expect(page.getByText(fill(t.screening.tooMany, { count: 201, max: 200 }))).toBeVisible();
  await expect(page.getByRole('button', { name: t.screening.submit, exact: true })).toBeDisabled();
});

test('an administrator adds a local substance and a national control of their own party, then ends it', async ({ page }) => {
  const t = catalogs.en;
  const name = uniqueName('E2E Substance');
  await signIn(page, 'admin.us');
  await page.goto('/substances');
  await page.getByRole('button', { name: t.substances.add }).click();
  const form = page.getByRole('dialog', { name: t.substanceForm.title });
  await form.getByRole('textbox', { name: t.substanceForm.nameEn }).fill(name);
  await form.getByRole('textbox', { name: t.substanceForm.nameZh }).fill(`测试物质 ${name.slice(-8)}`);
  const cas = form.getByRole('textbox', { name: t.substanceForm.cas });
  await cas.fill('12-34-5');
  await form.getByRole('button', { name: t.substanceForm.submit }).click();
  // The node checks the CAS number; its reason shows at the field.
  await expect(form.getByText('the check digit is wrong')).toBeVisible();
  await cas.fill('');
  await form.getByRole('button', { name: t.substanceForm.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(page.getByText(t.substances.local, { exact: true }).first()).toBeVisible();

  // Only the US lists are offered to a US node's administrator.
  await page.getByRole('button', { name: t.substance.addControl }).click();
  const control = page.getByRole('dialog', { name: fill(t.controlForm.title, { party: t.substances.jurisdictionName.US }) });
  await control.getByRole('textbox', { name: t.controlForm.list }).click();
  await expect(page.getByRole('option', { name: listLabel('cn-category-1', 'en') })).toHaveCount(0);
  await page.getByRole('option', { name: listLabel('us-list-1', 'en'), exact: true }).click();
  await control.getByLabel(t.controlForm.since).fill('2024-01-01');
  await control.getByRole('textbox', { name: t.controlForm.basis }).fill('E2E interim rule');
  await control.getByRole('button', { name: t.controlForm.submit }).click();
  await expect(control).toHaveCount(0);
  const usGroup = page.getByRole('region', { name: t.substances.jurisdictionName.US });
  await expect(usGroup.getByText(listLabel('us-list-1', 'en'), { exact: true })).toBeVisible();
  await expect(usGroup.getByText(t.substance.inForce, { exact: true })).toBeVisible();

  await usGroup.getByRole('button', { name: fill(t.substance.amendNamed, { list: listLabel('us-list-1', 'en') }) }).click();
  const amend = page.getByRole('dialog', { name: t.controlForm.amendTitle });
  await amend.getByLabel(t.controlForm.until).fill('2025-01-01');
  await amend.getByRole('button', { name: t.common.save }).click();
  await expect(amend).toHaveCount(0);
  await expect(usGroup.getByText(t.substance.ended, { exact: true })).toBeVisible();
});


for (const locale of LOCALES) {
  test(`the substance and screening pages have no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = catalogs[locale];
    await signIn(page, 'admin.us', { locale });
    await page.goto('/substances');
    await expect(page.getByRole('table', { name: t.substances.tableCaption }).getByRole('row').nth(1)).toBeVisible();
    expect.soft(await seriousViolations(page), `substances (${locale})`).toEqual([]);
    await page.getByRole('button', { name: t.substances.add }).click();
    const form = page.getByRole('dialog', { name: t.substanceForm.title });
    await form.getByRole('textbox', { name: t.substanceForm.cas }).fill('12-34-5');
    await form.getByRole('button', { name: t.substanceForm.submit }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    expect.soft(await seriousViolations(page), `substance form with errors (${locale})`).toEqual([]);

    await page.goto('/substances/npp');
    await expect(page.getByRole('heading', { level: 3, name: t.substances.jurisdictionName.CN, exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: fill(t.substance.structureAlt, { name: locale === 'en' ? 'N-Phenethyl-4-piperidone' : 'N-苯乙基-4-哌啶酮' }) })).toBeVisible();
    expect.soft(await seriousViolations(page), `substance (${locale})`).toEqual([]);

    await screen(page, t, LINES);
    await page.getByRole('button', { name: fill(t.screening.showDetailsOf, { line: 3 }) }).click();
    await expect(page.getByText(t.screening.hits, { exact: true })).toBeVisible();
    expect.soft(await seriousViolations(page), `screening (${locale})`).toEqual([]);
  });
}
