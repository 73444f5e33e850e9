// Documents filed with a notification and notifications imported from CSV, on the US node, in both languages:
// regulator.us files a PDF with a draft, sees a text file named .png and a PDF named .png refused with the reason in
// the UI language, downloads the PDF back byte for byte, and removes it; then imports a CSV holding one good
// notification (two rows) and one with a bad unit — the check reports the line and column, the import creates the
// draft and links to it. axe finds no serious problem on either.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page, PlaywrightWorkerArgs } from '@playwright/test';
import { seriousViolations } from './axe';
import { Api, catalogs, expect, fill, LOCALES, mainNav, signIn, test, uniqueName, type Catalog } from './fixtures';
import { draftToCn, shipmentDate, type Draft } from './drafts';
import { US_URL } from './nodes';
import { shot } from './pages';

/** The smallest file the node takes for a PDF: it checks the signature at the start. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Chooses `file` through the documents section's upload button (a file chooser, as a person would). */
async function upload(page: Page, t: Catalog, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t.notification.documents.upload }).click();
  await (await chooser).setFiles(file);
}

/** A draft of regulator.us to CN, made through the API. */
async function draftOf(playwright: PlaywrightWorkerArgs['playwright']): Promise<Draft> {
  const http = await playwright.request.newContext({ baseURL: US_URL });
  const officer = await Api.signIn(http, 'regulator.us');
  const draft = await draftToCn(officer, {
    exporter: 'E2E Documents Chemicals',
    lines: [{ declaredName: 'Acetone', cas: '67-64-1', quantity: '200', unit: 'L' }],
    intendedUse: 'Solvent for a forensic laboratory',
  });
  await http.dispose();
  return draft;
}

for (const locale of LOCALES) {
  const t = catalogs[locale];
  const d = t.notification.documents;

  test(`an officer files a PDF with a draft, downloads it and removes it; other files are refused (${locale})`, async ({ page, playwright }) => {
    test.setTimeout(90_000);
    const draft = await draftOf(playwright);
    await signIn(page, 'regulator.us', { locale });
    await page.goto(`/notifications/${draft.id}`);
    await expect(heading(page, draft.reference)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: d.title, exact: true })).toBeVisible();
    await expect(page.getByText(d.empty, { exact: true })).toBeVisible();
    await expect(page.getByText(d.helpDraft, { exact: true })).toBeVisible();

    // A text file and an oversized one are refused here, before anything is sent.
    await upload(page, t, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a document') });
    await expect(page.getByRole('alert').filter({ hasText: fill(d.issue.type, { file: 'notes.txt' }) })).toBeVisible();
    const huge = Buffer.alloc(5 * 1024 * 1024);
    PDF.copy(huge);
    await upload(page, t, { name: 'huge.pdf', mimeType: 'application/pdf', buffer: huge });
    await expect(page.getByRole('alert').filter({ hasText: fill(d.issue.size, { file: 'huge.pdf', size: '5 MB', max: '4 MB' }) })).toBeVisible();

    const name = locale === 'en' ? 'end-user-certificate.pdf' : '最终用户证明.pdf';
    await upload(page, t, { name, mimeType: 'application/pdf', buffer: PDF });
    const documents = page.getByRole('table', { name: d.caption });
    const row = documents.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('PDF');
    await expect(row).toContainText('KB');
    await expect(row).toContainText(draft.createdByName);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    await expect(row.getByText(`${sha256.slice(0, 12)}…`, { exact: true })).toHaveAttribute('title', fill(d.hashTitle, { hash: sha256 }));
    await expect(page.getByText(fill(d.uploaded, { file: name }), { exact: true })).toBeVisible();
    const timeline = page.getByRole('list', { name: t.notification.timelineLabel });
    await expect(timeline).toContainText(t.notification.event.kind['attachment-added']);
    await expect(timeline).toContainText(name);

    // The node reads the content: text named .png, and a PDF named .png, are refused with the reason translated.
    await upload(page, t, { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('this is plain text, not an image') });
    await expect(page.getByRole('alert').filter({ hasText: t.problem['attachment-type-unsupported'] })).toBeVisible();
    await upload(page, t, { name: 'permit.png', mimeType: 'image/png', buffer: PDF });
    await expect(page.getByRole('alert').filter({ hasText: t.problem['attachment-type-mismatch'] })).toBeVisible();
    await expect(documents.getByRole('row')).toHaveCount(2);
    expect.soft(await seriousViolations(page), `documents (${locale})`).toEqual([]);
    await shot(page, `documents-${locale}`);

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: fill(d.downloadOf, { file: name }) }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(name);
    const bytes = await readFile(await saved.path());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);

    await row.getByRole('button', { name: fill(d.removeOf, { file: name }) }).click();
    const confirm = page.getByRole('dialog', { name: fill(d.removeTitle, { file: name }) });
    expect.soft(await seriousViolations(page), `remove dialog (${locale})`).toEqual([]);
    await confirm.getByRole('button', { name: d.remove, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(d.empty, { exact: true })).toBeVisible();
    await expect(timeline).toContainText(t.notification.event.kind['attachment-removed']);
  });

  test(`an officer checks a CSV file, sees what is wrong where, and imports the rest as drafts (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const m = t.notificationImport;
    const good = `E2E-${Date.now().toString(36)}-A`;
    const bad = `E2E-${Date.now().toString(36)}-B`;
    const exporter = uniqueName('E2E Imported Chemicals');
    const csv = [
      'ref,importingParty,agency,exporterName,exporterAddress,importerName,importerAddress,intendedUse,shipmentDate,chemical,cas,quantity,unit',
      `${good},CN,DEA,${exporter},"1 Main Street, Newark",Shanghai Huaxin Fine Chemicals Co.,"88 Zhangjiang Road, Shanghai",Solvents for a laboratory,${shipmentDate()},Acetone,67-64-1,200,L`,
      `${good},,,,,,,,,Toluene,108-88-3,50,kg`,
      `${bad},CN,DEA,${exporter},"1 Main Street, Newark",Shanghai Huaxin Fine Chemicals Co.,"88 Zhangjiang Road, Shanghai",Solvents for a laboratory,${shipmentDate()},Acetone,67-64-1,10,lbs`,
    ].join('\n');

    await signIn(page, 'regulator.us', { locale });
    await mainNav(page, t).getByRole('link', { name: t.nav.notifications }).click();
    await expect(heading(page, t.notifications.title)).toBeVisible();
    await shot(page, `list-import-button-${locale}`);
    await page.getByRole('link', { name: t.notifications.importCsv }).click();
    await expect(heading(page, m.title)).toBeVisible();
    // The catalog marks the unit codes as <code>; on the page they are plain text inside the same item.
    await expect(page.getByText(m.columnsRequired.replace(/<\/?code>/g, ''), { exact: true })).toBeVisible();
    expect.soft(await seriousViolations(page), `import (${locale})`).toEqual([]);

    // The example file: a header in the UI language and two rows of one notification.
    const example = page.waitForEvent('download');
    await page.getByRole('button', { name: m.downloadExample }).click();
    const exampleFile = await example;
    expect(exampleFile.suggestedFilename()).toBe(m.exampleFileName);
    const exampleLines = (await readFile(await exampleFile.path(), 'utf8')).trimEnd().split('\r\n');
    expect(exampleLines).toHaveLength(3);
    expect(exampleLines[0]).toMatch(locale === 'en' ? /^\uFEFFref,importingParty,agency,/ : /^\uFEFF编号,进口国,出口主管机构,/);
    expect(exampleLines[1]).toContain(',CN,DEA,');

    await expect(page.getByRole('button', { name: m.import, exact: true })).toBeDisabled();
    await page.locator('input[type="file"]').setInputFiles({ name: 'march.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: m.check, exact: true }).click();
    const checked = page.getByRole('table', { name: m.dryRunCaption });
    const goodRow = checked.getByRole('row').filter({ hasText: good });
    const badRow = checked.getByRole('row').filter({ hasText: bad });
    await expect(goodRow).toContainText(locale === 'en' ? '2, 3' : '2、3');
    await expect(goodRow.getByText(m.outcome.willCreate, { exact: true })).toBeVisible();
    await expect(badRow.getByText(m.outcome.invalid, { exact: true })).toBeVisible();
    await expect(badRow.getByText(fill(m.problemAt, { line: 4, column: 'unit' }), { exact: true })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: m.summary.willCreate }).locator('+ dd')).toHaveText('1');
    await expect(page.getByRole('term').filter({ hasText: m.summary.invalid }).locator('+ dd')).toHaveText('1');
    await expect(page.getByText(m.invalidTitle, { exact: true })).toBeVisible();
    expect.soft(await seriousViolations(page), `import, checked (${locale})`).toEqual([]);
    await shot(page, `import-checked-${locale}`);

    await page.getByRole('button', { name: m.import, exact: true }).click();
    const imported = page.getByRole('table', { name: m.reportCaption });
    await expect(imported.getByRole('row').filter({ hasText: good }).getByText(m.outcome.created, { exact: true })).toBeVisible();
    await expect(imported.getByRole('row').filter({ hasText: bad }).getByText(m.outcome.invalid, { exact: true })).toBeVisible();
    await expect(page.getByText(m.importDone, { exact: true })).toBeVisible();
    expect.soft(await seriousViolations(page), `import, done (${locale})`).toEqual([]);
    await shot(page, `import-done-${locale}`);

    await imported.getByRole('link', { name: fill(m.openDraftOf, { ref: good }) }).click();
    await expect(page).toHaveURL(/\/notifications\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('group', { name: t.notification.summaryLabel }).getByText(t.notifications.status.draft, { exact: true })).toBeVisible();
    const lines = page.getByRole('table', { name: t.notification.linesCaption });
    await expect(lines).toContainText('Acetone');
    await expect(lines).toContainText('Toluene');
    await expect(page.getByText(exporter).first()).toBeVisible();
  });
}
