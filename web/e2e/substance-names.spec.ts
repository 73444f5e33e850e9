// What the registry knows is said in the reader's language (issue 14, item 1), on two real nodes: a US notification
// of 4-piperidone, declared in English, reaches the CN node; a Chinese-only officer sees 4-哌啶酮 beside the declared
// name in the inbox and on the line, and the legal basis of each control in Chinese with its source marked official;
// an English reader on the US node sees the English name first. The registry page lists the PRC's export licence.
import { sentToCn } from './drafts';
import { catalogs, expect, fill, test, uniqueName } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';

const nodes = peerTheNodes();

test('a Chinese-only officer sees 4-哌啶酮 beside a US line declared as 4-Piperidone, with its legal basis in Chinese', async ({ browser }) => {
  test.setTimeout(120_000);
  // Declared in English: the Chinese name beside it is the registry's.
  const n = await sentToCn(nodes, {
    exporter: 'E2E Piperidone Chemicals',
    lines: [{ declaredName: '4-Piperidone', cas: '41661-47-6', quantity: '50', unit: 'kg' }],
    intendedUse: 'Pharmaceutical intermediate for a licensed manufacturer',
  });
  const zh = catalogs['zh-CN'];

  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'regulator.cn' });
  await cn.goto('/notifications?box=inbox');
  const row = cn.getByRole('table', { name: zh.notifications.tableCaption }).getByRole('row').filter({ hasText: n.reference });
  await expect(row).toContainText('4-Piperidone');
  await expect(row.getByText('4-哌啶酮', { exact: true })).toBeVisible();
  await expect(row).toContainText(`${zh.screening.identifiedAs} 4-哌啶酮 · 4-Piperidone`);
  await shot(cn, 'names-inbox-zh-CN');

  await row.getByRole('link', { name: n.reference }).click();
  const lines = cn.getByRole('table', { name: zh.notification.linesCaption });
  const line = lines.getByRole('row').nth(1);
  await expect(line).toContainText('4-Piperidone');
  await expect(line.getByText('4-哌啶酮', { exact: true })).toHaveAttribute('lang', 'zh-CN');
  // Why: the controls that make it controlled, each with its act in Chinese and its source marked official.
  await line.getByRole('button', { name: fill(zh.screening.showDetailsOf, { line: 1 }) }).click();
  const reasons = cn.locator('#line-reasons-1');
  await expect(reasons).toContainText('《联合国禁止非法贩运麻醉药品和精神药物公约》（1988年）表一');
  await expect(reasons).toContainText('《美国联邦公报》第88卷第21902页');
  await expect(reasons.getByText(zh.substance.sourceOfficial, { exact: true }).first()).toBeVisible();
  await shot(cn, 'names-detail-zh-CN');
  await closePage(cn);

  // On the US node, in English, the English name comes first.
  const en = catalogs.en;
  const us = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'regulator.us' });
  await us.goto(`/notifications/${n.id}`);
  const usLine = us.getByRole('table', { name: en.notification.linesCaption }).getByRole('row').nth(1);
  await expect(usLine).toContainText(`${en.screening.identifiedAs} 4-Piperidone · 4-哌啶酮`);
  await shot(us, 'names-detail-en');
  await closePage(us);
});

test('the drafting wizard names the substance a line is, in the reader’s language first, as it is typed', async ({ browser }) => {
  const zh = catalogs['zh-CN'];
  const page = await openPage(browser, { baseURL: US_URL, locale: 'zh-CN', username: 'regulator.us' });
  await page.goto('/notifications');
  await page.getByRole('link', { name: zh.notifications.create }).click();
  for (const [legend, name] of [[zh.notificationForm.exporter, uniqueName('E2E Names Chemicals')], [zh.notificationForm.importer, 'Shanghai Huaxin Fine Chemicals Co.']] as const) {
    const fieldset = page.getByRole('group', { name: legend, exact: true });
    await fieldset.getByRole('textbox', { name: zh.notificationForm.traderName, exact: true }).fill(name);
    await fieldset.getByRole('textbox', { name: zh.notificationForm.traderAddress, exact: true }).fill('1 Main Street');
  }
  await page.getByRole('button', { name: zh.notificationForm.next }).click();
  const line = page.getByRole('group', { name: fill(zh.notificationForm.lineLegend, { n: 1 }), exact: true });
  await line.getByRole('textbox', { name: zh.notificationForm.declaredName, exact: true }).fill('EAPA');
  await line.getByRole('textbox', { name: zh.notificationForm.smiles, exact: true }).fill('CCOC(=O)C(C(C)=O)c1ccccc1');
  await expect(line).toContainText(`${zh.screening.identifiedAs} 3-氧代-2-苯基丁酸的酯 · ester of 3-Oxo-2-phenylbutanoic acid`);
  await expect(line.getByText(zh.screening.verdict['controlled-by-rule'], { exact: true })).toBeVisible();
  await shot(page, 'names-wizard-zh-CN');
  await closePage(page);
});

test('the registry shows the PRC export licence for the US, Mexico and Canada, its substances unconfirmed', async ({ browser }) => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const t = catalogs[locale];
    const page = await openPage(browser, { baseURL: CN_URL, locale, username: 'regulator.cn' });
    await page.goto('/substances');
    const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: t.exportLicences.title }) });
    await expect(section).toContainText(locale === 'en' ? 'United States, Mexico, Canada' : '美国、墨西哥、加拿大');
    await expect(section).toContainText(t.exportLicences.entriesUnconfirmed);
    await expect(section.getByText(t.substance.sourceUnofficial, { exact: true }).first()).toBeVisible();
    await shot(page, `export-licences-${locale}`);
    await closePage(page);
  }
});
