// Pre-export notifications between two real nodes (issue: "an exporter officer files a notification in English, the
// importer officer answers it in Chinese on the other node"): regulator.us drafts through the wizard with live
// screening and sends; regulator.cn finds it in the CN node's inbox, acknowledges it and prepares its clearance —
// ANPP is controlled in CN, so chief.cn, a supervisor who did not prepare it, signs it; the US node shows it cleared
// and hands out the signed clearance (JSON and PDF), which the public /verify page accepts. A line that screening
// flags waits for the review of a supervisor of the exporting agency (four eyes); and axe finds no serious problem
// on the new pages.
//
// The two nodes are peered here through their administrators' API (peering.ts).
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { Api, catalogs, expect, fill, languageSwitch, literal, LOCALES, mainNav, signIn, templatePattern, test, uniqueName, type Catalog } from './fixtures';
import { draftToCn, sentToCn, shipmentDate } from './drafts';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';

type Screening = { results: { verdict: string; summary: { en: string; zh: string } }[] };
type Bundle = { format: string; jws: string; qr: string; document: { reference: string; decision: string; importingParty: string; reason: string | null }; issuer: { party: string } };

const ANPP = { name: 'ANPP', cas: '21409-26-7' };
/** 1-acetyl-4-anilinopiperidine: an amide of 4-anilinopiperidine, controlled by the US derivative rule. */
const ACETYL_4AP = 'CC(=O)N1CCC(Nc2ccccc2)CC1';
const nodes = peerTheNodes();

/** A catalog template as a pattern found anywhere in a text. */
const unanchored = (template: string) => new RegExp(templatePattern(template).source.replace(/^\^|\$$/g, ''));
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const chemical = (page: Page, t: Catalog, n: number) => group(page, fill(t.notificationForm.lineLegend, { n }));
const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });
/** The status badge under the reference. */
const statusBadge = (page: Page, t: Catalog, status: keyof Catalog['notifications']['status']) => group(page, t.notification.summaryLabel).getByText(t.notifications.status[status], { exact: true });

async function trader(page: Page, t: Catalog, legend: string, name: string, address: string): Promise<void> {
  const fieldset = group(page, legend);
  await fieldset.getByRole('textbox', { name: t.notificationForm.traderName, exact: true }).fill(name);
  await fieldset.getByRole('textbox', { name: t.notificationForm.traderAddress, exact: true }).fill(address);
}

type Line = { name: string; cas?: string; smiles?: string; quantity: string };

/** The wizard from the list page to the saved draft's page; `onLines` runs while the lines step is open. */
async function fileThroughWizard(page: Page, t: Catalog, opts: { exporter: string; line: Line; onLines?: () => Promise<void> }): Promise<string> {
  await mainNav(page, t).getByRole('link', { name: t.nav.notifications }).click();
  await expect(heading(page, t.notifications.title)).toBeVisible();
  await page.getByRole('link', { name: t.notifications.create }).click();
  await expect(heading(page, t.notificationForm.createTitle)).toBeVisible();
  // CN is the only other party: it is chosen already.
  await expect(page.getByRole('textbox', { name: t.notificationForm.importingParty })).toHaveValue("People's Republic of China");
  await trader(page, t, t.notificationForm.exporter, opts.exporter, '1200 Industrial Way, Newark, NJ 07114');
  await trader(page, t, t.notificationForm.importer, 'Shanghai Huaxin Fine Chemicals Co.', '88 Zhangjiang Road, Pudong, Shanghai');
  await page.getByRole('button', { name: t.notificationForm.next }).click();

  const line = chemical(page, t, 1);
  await line.getByRole('textbox', { name: t.notificationForm.declaredName, exact: true }).fill(opts.line.name);
  if (opts.line.cas) await line.getByRole('textbox', { name: t.notificationForm.cas, exact: true }).fill(opts.line.cas);
  if (opts.line.smiles) await line.getByRole('textbox', { name: t.notificationForm.smiles, exact: true }).fill(opts.line.smiles);
  await line.getByRole('textbox', { name: t.notificationForm.quantity, exact: true }).fill(opts.line.quantity);
  await opts.onLines?.();
  await page.getByRole('button', { name: t.notificationForm.next }).click();

  await page.getByRole('textbox', { name: t.notificationForm.intendedUse }).fill('Reference standards for a forensic laboratory');
  await page.getByLabel(t.notificationForm.shipmentDate).fill(shipmentDate());
  await page.getByRole('textbox', { name: t.notificationForm.portOfExit }).fill('Newark');
  await page.getByRole('textbox', { name: t.notificationForm.portOfEntry }).fill('Shanghai');
  await page.getByRole('button', { name: t.notificationForm.next }).click();
  await expect(page.getByRole('table', { name: t.notificationForm.reviewLinesCaption })).toContainText(opts.line.name);
  const create = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/notifications');
  await page.getByRole('button', { name: t.notificationForm.saveDraft }).click();
  // One key for the life of the wizard, so a repeated save makes one draft.
  expect((await create).headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page).toHaveURL(/\/notifications\/[0-9a-f-]{36}$/);
  await expect(statusBadge(page, t, 'draft')).toBeVisible();
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** Runs an action of the detail page through its dialog. */
async function act(page: Page, t: Catalog, action: keyof Catalog['notification']['action'] & keyof Catalog['notification']['dialog'], reference: string, note?: string): Promise<void> {
  await page.getByRole('button', { name: t.notification.action[action], exact: true }).click();
  const box = dialog(page, fill(t.notification.dialog[action].title, { reference }));
  if (note !== undefined) await box.getByRole('textbox', { name: t.notification.dialog[action].note }).fill(note);
  await box.getByRole('button', { name: t.notification.action[action], exact: true }).click();
  await expect(box).toBeHidden();
}

/** Reloads until the notification shows `status` (the other node's answer arrives on the exchange's own timer). */
async function waitForStatus(page: Page, t: Catalog, status: keyof Catalog['notifications']['status']): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(statusBadge(page, t, status)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

async function screen(api: Api, line: { name?: string; cas?: string; smiles?: string }): Promise<Screening['results'][number]> {
  const { results } = await api.post<Screening>('/api/v1/screening-checks', { lines: [line] });
  const [result] = results;
  if (!result) throw new Error('no screening result');
  return result;
}

test('an exporter officer files a notification in English; the importer officer answers it in Chinese on the other node', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const en = catalogs.en;
  const zh = catalogs['zh-CN'];
  const anpp = await screen(nodes.usAdmin, { name: ANPP.name, cas: ANPP.cas });
  expect(anpp.verdict).toBe('controlled');

  // US, in English: the wizard shows the live verdict of the ANPP line.
  await signIn(page, 'regulator.us', { locale: 'en' });
  const reference = await fileThroughWizard(page, en, {
    exporter: uniqueName('E2E Acme Chemicals'),
    line: { name: ANPP.name, cas: ANPP.cas, quantity: '25' },
    onLines: async () => {
      const line = chemical(page, en, 1);
      await expect(line.getByText(anpp.summary.en, { exact: true })).toBeVisible();
      await expect(line.getByText(en.screening.verdict.controlled, { exact: true })).toBeVisible();
    },
  });
  expect(reference).toMatch(/^US-PEN-\d{4}-\d{6}$/);
  await act(page, en, 'send', reference);
  await expect(statusBadge(page, en, 'sent').or(statusBadge(page, en, 'delivered'))).toBeVisible();
  await waitForStatus(page, en, 'delivered');

  // CN, in Chinese: the inbox holds it; acknowledge, then clear with a note.
  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN' });
  await signIn(cn, 'regulator.cn', { locale: 'zh-CN' });
  await mainNav(cn, zh).getByRole('link', { name: zh.nav.notifications }).click();
  await expect(heading(cn, zh.notifications.title)).toBeVisible();
  await cn.getByRole('tab', { name: zh.notifications.box.inbox }).click();
  await expect(cn).toHaveURL(/box=inbox/);
  const row = cn.getByRole('table', { name: zh.notifications.tableCaption }).getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText(zh.notifications.direction.incoming);
  await expect(row).toContainText(unanchored(zh.notifications.timeLeft));
  await shot(cn, 'list-inbox-zh-CN');
  await row.getByRole('link', { name: reference }).click();
  await expect(heading(cn, reference)).toBeVisible();
  await expect(statusBadge(cn, zh, 'delivered')).toBeVisible();
  // The importer screened the line with its own registry on receipt.
  const lines = cn.getByRole('table', { name: zh.notification.linesCaption });
  await expect(lines.getByRole('row').nth(1).getByText(zh.screening.verdict.controlled, { exact: true })).toHaveCount(2);
  await act(cn, zh, 'acknowledge', reference);
  await expect(statusBadge(cn, zh, 'acknowledged')).toBeVisible();
  // A line controlled in CN: the officer's clearance is prepared, not signed or sent, and waits for a supervisor.
  await expect(cn.getByText(zh.notification.signature.requiredTitle, { exact: true })).toBeVisible();
  await act(cn, zh, 'clear', reference, '同意进口，限按申报数量一次性进口。');
  await expect(cn.getByText(zh.notification.signature.awaitingTitle, { exact: true })).toBeVisible();
  await expect(statusBadge(cn, zh, 'acknowledged')).toBeVisible();
  await expect(cn.getByRole('button', { name: zh.notification.action.sign, exact: true })).toHaveCount(0);
  await expect(cn.getByRole('list', { name: zh.notification.timelineLabel })).toContainText(zh.notification.event.kind['clearance-prepared']);
  await shot(cn, 'detail-importer-prepared-zh-CN');
  const detailUrl = cn.url();
  await closePage(cn);

  const chief = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN' });
  await signIn(chief, 'chief.cn', { locale: 'zh-CN' });
  await chief.goto(detailUrl);
  await expect(heading(chief, reference)).toBeVisible();
  await expect(chief.getByText(zh.notification.signature.youMaySign)).toBeVisible();
  await act(chief, zh, 'sign', reference);
  await expect(statusBadge(chief, zh, 'cleared')).toBeVisible();
  await expect(chief.getByRole('heading', { level: 2, name: zh.notification.sectionClearance })).toBeVisible();
  // The officer's note shows twice on the timeline: where the clearance was prepared and where it was signed.
  await expect(chief.getByRole('list', { name: zh.notification.timelineLabel }).getByText('同意进口，限按申报数量一次性进口。')).toHaveCount(2);
  await shot(chief, 'detail-importer-zh-CN');
  await closePage(chief);

  // US again: cleared, with the signed clearance to download.
  await waitForStatus(page, en, 'cleared');
  await expect(page.getByRole('heading', { level: 2, name: en.notification.sectionClearance })).toBeVisible();
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: en.notification.downloadJson }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe(`clearance-${reference}.json`);
  const bundlePath = await json.path();
  const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle;
  expect(bundle).toMatchObject({ format: 'counterpart-clearance/1', issuer: { party: 'CN' }, document: { reference, decision: 'cleared', importingParty: 'CN', reason: '同意进口，限按申报数量一次性进口。' } });
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: en.notification.downloadPdf }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`clearance-${reference}.pdf`);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The notification itself, printable (labels in both languages), named by its reference.
  const printDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: en.notification.printPdf }).click();
  const printed = await printDownload;
  expect(printed.suggestedFilename()).toBe(`${reference}.pdf`);
  expect((await readFile(await printed.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await shot(page, 'detail-exporter-en');

  // /verify, signed out: the downloaded file is valid and signed by CN; its QR text too; then in Chinese.
  const verifier = await openPage(browser, { baseURL: US_URL, locale: 'en' });
  await verifier.goto('/verify');
  await expect(heading(verifier, en.verify.title)).toBeVisible();
  await verifier.locator('input[type="file"]').setInputFiles(bundlePath);
  await verifier.getByRole('button', { name: en.verify.submit, exact: true }).click();
  const valid = verifier.getByRole('heading', { level: 2, name: templatePattern(en.verify.valid) });
  // The signer named as every page names the party (the code stands in a badge beside the issuer).
  await expect(valid).toHaveText(fill(en.verify.valid, { party: "People's Republic of China" }));
  await expect(verifier.getByText(reference, { exact: true })).toBeVisible();
  await expect(verifier.getByText(fill(en.verify.current, { reference, status: en.notifications.status.cleared }))).toBeVisible();
  await shot(verifier, 'verify-valid-en');
  await verifier.getByRole('button', { name: en.verify.clearFile }).click();
  await verifier.getByRole('textbox', { name: en.verify.text }).fill(bundle.qr);
  await verifier.getByRole('button', { name: en.verify.submit, exact: true }).click();
  await expect(valid).toHaveText(fill(en.verify.valid, { party: "People's Republic of China" }));
  await expect(verifier.getByText(en.verify.kindQr)).toBeVisible();
  await languageSwitch(verifier, 'zh-CN').click();
  await expect(heading(verifier, zh.verify.title)).toBeVisible();
  await verifier.getByRole('textbox', { name: zh.verify.text }).fill(`${bundle.jws.slice(0, -4)}AAAA`);
  await verifier.getByRole('button', { name: zh.verify.submit, exact: true }).click();
  await expect(verifier.getByRole('heading', { level: 2, name: zh.verify.invalid })).toBeVisible();
  await expect(verifier.getByText(zh.verify.reason.signature)).toBeVisible();
  await closePage(verifier);
});

type SignedLine = { position: number; quantity: string; unit: string; original: { quantity: string; unit: string } | null; netMass: string | null; listings: { en: string; zh: string }[] };
type FullBundle = Omit<Bundle, 'document'> & { document: Bundle['document'] & { lines: SignedLine[] } };

/** A notification of 50 lb of 98 % ANPP and 200 kg of acetone, sent to CN and cleared there (signed by a supervisor where CN requires one). */
async function clearedByCn(): Promise<{ id: string; bundle: FullBundle }> {
  const lines = [
    { declaredName: ANPP.name, cas: ANPP.cas, quantity: '50', unit: 'lb', concentration: 98 },
    { declaredName: 'Acetone', cas: '67-64-1', quantity: '200', unit: 'kg' },
  ];
  const { id } = await sentToCn(nodes, { exporter: 'E2E Verify Chemicals', lines, intendedUse: 'Reference standards for a forensic laboratory' });
  const officer = await nodes.signIn(CN_URL, 'regulator.cn');
  await officer.post(`/api/v1/notifications/${id}/replies`, { action: 'acknowledge' });
  const answered = await officer.post<{ status: string }>(`/api/v1/notifications/${id}/replies`, { action: 'clear', note: '限按申报数量进口。' });
  if (answered.status !== 'cleared') await (await nodes.signIn(CN_URL, 'chief.cn')).post(`/api/v1/notifications/${id}/sign`, {});
  return { id, bundle: await officer.get<FullBundle>(`/api/v1/notifications/${id}/clearance`) };
}

const asFile = (bundle: unknown, name: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });

test('the Verify page shows every line a clearance binds, and names where an edited readable copy differs from the signature', async ({ browser }) => {
  test.setTimeout(120_000);
  const en = catalogs.en;
  const zh = catalogs['zh-CN'];
  const { bundle } = await clearedByCn();
  const [anpp, acetone] = bundle.document.lines;
  if (!anpp || !acetone) throw new Error('the clearance signs two lines');
  expect(anpp).toMatchObject({ unit: 'kg', original: { quantity: '50', unit: 'lb' } });
  expect(anpp.listings.length).toBeGreaterThan(0);
  // The readable copy edited after signing: objected instead of cleared, ten times the acetone.
  const edited = { ...bundle, document: { ...bundle.document, decision: 'objected', lines: [anpp, { ...acetone, quantity: '2000' }] } };

  const verifier = await openPage(browser, { baseURL: CN_URL, locale: 'en' });
  await verifier.goto('/verify');
  const load = async (t: Catalog, file: unknown) => {
    await verifier.locator('input[type="file"]').setInputFiles(asFile(file, 'clearance.json'));
    await verifier.getByRole('button', { name: t.verify.submit, exact: true }).click();
  };
  const linesTable = (t: Catalog) => verifier.getByRole('table', { name: t.verify.linesCaption });
  await load(en, bundle);
  await expect(verifier.getByRole('heading', { level: 2, name: fill(en.verify.valid, { party: "People's Republic of China" }) })).toBeVisible();
  const anppRow = linesTable(en).getByRole('row').filter({ hasText: ANPP.cas });
  await expect(anppRow).toContainText(`${anpp.quantity} ${en.notificationForm.unit.kg}`);
  await expect(anppRow).toContainText(fill(en.notification.declaredAs, { quantity: '50', unit: en.notification.declaredUnit.lb }));
  await expect(anppRow).toContainText(fill(en.notification.netMassValue, { quantity: anpp.netMass ?? '', unit: en.notificationForm.unit.kg }));
  for (const listing of anpp.listings) await expect(anppRow).toContainText(listing.en);
  await expect(linesTable(en).getByRole('row').filter({ hasText: '67-64-1' })).toContainText(`200 ${en.notificationForm.unit.kg}`);
  await shot(verifier, 'verify-lines-en');
  await load(en, edited);
  await expect(verifier.getByRole('heading', { level: 2, name: en.verify.invalid })).toBeVisible();
  await shot(verifier, 'verify-copy-differs-en');

  // In Chinese: the edited copy does not verify, and both differences are named, signed value beside the copy's.
  await languageSwitch(verifier, 'zh-CN').click();
  await expect(heading(verifier, zh.verify.title)).toBeVisible();
  await load(zh, edited);
  await expect(verifier.getByRole('heading', { level: 2, name: zh.verify.invalid })).toBeVisible();
  await expect(verifier.getByText(zh.verify.reason['copy-differs'])).toBeVisible();
  const differences = verifier.getByRole('table', { name: zh.verify.differencesCaption }).getByRole('row');
  await expect(differences).toHaveCount(3);
  const cells = (name: string) => differences.filter({ hasText: name }).getByRole('cell');
  await expect(cells(zh.verify.field.decision)).toHaveText([zh.verify.field.decision, zh.verify.decisionValue.cleared, zh.verify.decisionValue.objected]);
  await expect(cells(fill(zh.verify.lineField.quantity, { line: acetone.position }))).toHaveText([fill(zh.verify.lineField.quantity, { line: acetone.position }), '200', '2000']);
  // The content shown is the signed one: cleared, 200 kg.
  await expect(linesTable(zh).getByRole('row').filter({ hasText: '67-64-1' })).toContainText(`200 ${zh.notificationForm.unit.kg}`);
  expect.soft(await seriousViolations(verifier), 'verify, copy differs (zh-CN)').toEqual([]);
  await shot(verifier, 'verify-copy-differs-zh-CN');
  await load(zh, bundle);
  await expect(verifier.getByRole('heading', { level: 2, name: fill(zh.verify.valid, { party: '中国' }) })).toBeVisible();
  for (const listing of anpp.listings) await expect(linesTable(zh).getByRole('row').filter({ hasText: ANPP.cas })).toContainText(listing.zh);
  await shot(verifier, 'verify-lines-zh-CN');
  // The QR code alone, without signing in: the lines it names; the node's signed copy is for its own readers.
  await verifier.getByRole('button', { name: zh.verify.clearFile }).click();
  await verifier.getByRole('textbox', { name: zh.verify.text }).fill(bundle.qr);
  await verifier.getByRole('button', { name: zh.verify.submit, exact: true }).click();
  await expect(verifier.getByText(fill(zh.verify.qrLinesAll, { count: 2 }))).toBeVisible();
  await expect(verifier.getByText(zh.verify.noNodeCopy)).toBeVisible();
  await expect(verifier.getByText(zh.verify.nodeCopyNote)).toHaveCount(0);
  expect.soft(await seriousViolations(verifier), 'verify, QR code (zh-CN)').toEqual([]);
  await shot(verifier, 'verify-qr-zh-CN');
  await closePage(verifier);
});

test('a line that screening flags cannot be sent until a supervisor of the exporting agency other than the drafter reviews it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const en = catalogs.en;
  const flagged = await screen(nodes.usAdmin, { smiles: ACETYL_4AP });
  expect(flagged.verdict).toBe('controlled-by-rule');

  await signIn(page, 'regulator.us', { locale: 'en' });
  const reference = await fileThroughWizard(page, en, {
    exporter: uniqueName('E2E Flagged Chemicals'),
    line: { name: '1-Acetyl-N-phenylpiperidin-4-amine', smiles: ACETYL_4AP, quantity: '5' },
    onLines: async () => {
      const line = chemical(page, en, 1);
      await expect(line.getByText(en.screening.verdict['controlled-by-rule'], { exact: true })).toBeVisible();
      await expect(line.getByText(en.notificationForm.needsReview)).toBeVisible();
    },
  });
  const url = page.url();
  // A draft is edited through the same wizard (PUT), screened again.
  await page.getByRole('link', { name: en.notification.action.edit, exact: true }).click();
  await expect(heading(page, fill(en.notificationForm.editTitle, { reference }))).toBeVisible();
  await page.getByRole('button', { name: en.notificationForm.next }).click();
  await chemical(page, en, 1).getByRole('textbox', { name: en.notificationForm.quantity, exact: true }).fill('7.5');
  await expect(chemical(page, en, 1).getByText(en.notificationForm.needsReview)).toBeVisible();
  for (const step of [en.notificationForm.next, en.notificationForm.next]) await page.getByRole('button', { name: step }).click();
  await page.getByRole('button', { name: en.notificationForm.saveDraft }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('table', { name: en.notification.linesCaption })).toContainText('7.5 kg');
  await expect(page.getByRole('list', { name: en.notification.timelineLabel })).toContainText(en.notification.event.kind.edited);
  // The drafter is offered neither sending nor reviewing, and the node refuses a send all the same.
  await expect(page.getByText(en.notification.reviewNeededTitle, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: en.notification.action.send, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: en.notification.action.review, exact: true })).toHaveCount(0);
  const { csrfToken } = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const refused = await page.request.post(`${url.replace(/^.*(\/notifications\/)/, '/api/v1$1')}/send`, { data: {}, headers: { 'x-csrf-token': csrfToken } });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { type: string }).type).toMatch(/\/review-required$/);

  // A supervisor of another agency (HSI) is offered nothing on DEA's draft; DEA's own supervisor reviews it.
  const outsider = await openPage(browser, { baseURL: US_URL, locale: 'en' });
  await signIn(outsider, 'supervisor.us', { locale: 'en' });
  await outsider.goto(url);
  await expect(heading(outsider, reference)).toBeVisible();
  await expect(outsider.getByText(en.notification.reviewNeeded, { exact: true })).toBeVisible();
  await expect(outsider.getByRole('button', { name: en.notification.action.review, exact: true })).toHaveCount(0);
  await closePage(outsider);

  const supervisor = await openPage(browser, { baseURL: US_URL, locale: 'en' });
  await signIn(supervisor, 'chief.us', { locale: 'en' });
  await supervisor.goto(url);
  await expect(heading(supervisor, reference)).toBeVisible();
  await expect(supervisor.getByText(en.notification.reviewNeededYou)).toBeVisible();
  await act(supervisor, en, 'review', reference, 'Checked with the licence holder: acetyl-4-AP for a reference laboratory.');
  await expect(supervisor.getByText(en.notification.reviewedTitle, { exact: true })).toBeVisible();
  await closePage(supervisor);

  await page.reload();
  await expect(page.getByText(en.notification.reviewedTitle, { exact: true })).toBeVisible();
  await act(page, en, 'send', reference);
  await expect(statusBadge(page, en, 'sent').or(statusBadge(page, en, 'delivered'))).toBeVisible();
  const timeline = page.getByRole('list', { name: en.notification.timelineLabel });
  await expect(timeline).toContainText(en.notification.event.kind.reviewed);
  await expect(timeline).toContainText(en.notification.event.kind.sent);
});

for (const locale of LOCALES) {
  const t = catalogs[locale];

  test(`the notification pages have no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const officer = await nodes.signIn(US_URL, 'regulator.us');
    const draft = await draftToCn(officer, {
      exporter: 'E2E Axe Chemicals',
      importer: { name: '上海华信精细化工有限公司', address: '上海市浦东新区张江路88号' },
      lines: [
        { declaredName: ANPP.name, cas: ANPP.cas, quantity: '25', unit: 'kg', concentration: 99.5, packaging: 'fibre drums', packages: 2 },
        { declaredName: 'Product XJ-400', quantity: '1', unit: 'L' },
      ],
      intendedUse: 'Reference standards',
    });

    await signIn(page, 'regulator.us', { locale });
    await mainNav(page, t).getByRole('link', { name: t.nav.notifications }).click();
    // The list opens where work waits: the inbox when CN's notifications await this node's reply (the demo's do once
    // the nodes are peered), the outbox otherwise; the draft is in the outbox either way.
    await expect(page.getByRole('tab', { selected: true })).toBeVisible();
    await page.getByRole('tab', { name: t.notifications.box.outbox }).click();
    await expect(page.getByRole('table', { name: t.notifications.tableCaption })).toContainText(draft.reference);
    expect.soft(await seriousViolations(page), `list (${locale})`).toEqual([]);
    await shot(page, `list-${locale}`);

    await page.getByRole('link', { name: t.notifications.create }).click();
    await expect(heading(page, t.notificationForm.createTitle)).toBeVisible();
    expect.soft(await seriousViolations(page), `wizard, parties (${locale})`).toEqual([]);
    await shot(page, `wizard-parties-${locale}`);
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    // Leaving the step with its required fields empty marks them.
    await expect(page.getByText(catalogs[locale].form.fixHighlighted)).toBeVisible();
    await trader(page, t, t.notificationForm.exporter, 'Acme', 'Newark');
    await trader(page, t, t.notificationForm.importer, 'Huaxin', 'Shanghai');
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    const line = chemical(page, t, 1);
    await line.getByRole('textbox', { name: t.notificationForm.declaredName, exact: true }).fill('Product XJ-400');
    await expect(line.getByText(t.notificationForm.needsIdentity)).toBeVisible();
    await line.getByRole('textbox', { name: t.notificationForm.cas, exact: true }).fill(ANPP.cas);
    await expect(line.getByText(t.screening.verdict.controlled, { exact: true })).toBeVisible();
    // 50 lb of 99.5 % ANPP: kept as 22.679619 kg (50 × 0.45359237 = 22.6796185, rounded half up), 22.566221 kg pure.
    await line.getByRole('textbox', { name: t.notificationForm.quantity, exact: true }).fill('50');
    await line.getByRole('textbox', { name: t.notificationForm.unitLabel, exact: true }).click();
    await page.getByRole('option', { name: t.notificationForm.unit.lb, exact: true }).click();
    await line.getByRole('textbox', { name: t.notificationForm.concentration, exact: true }).fill('99.5');
    await expect(line.getByText(fill(t.notificationForm.keptAs, { quantity: '22.679619', unit: t.notificationForm.unit.kg }), { exact: true })).toBeVisible();
    await expect(line.getByText(fill(t.notificationForm.netMassHint, { quantity: '22.566221', unit: t.notificationForm.unit.kg }), { exact: true })).toBeVisible();
    // The hints describe the quantity field (read with it), not a live region announced on every keystroke.
    await expect(line.getByRole('textbox', { name: t.notificationForm.quantity, exact: true })).toHaveAccessibleDescription(literal(fill(t.notificationForm.keptAs, { quantity: '22.679619', unit: t.notificationForm.unit.kg })));
    await line.getByRole('button', { name: t.notificationForm.whyVerdict }).click();
    expect.soft(await seriousViolations(page), `wizard, chemicals (${locale})`).toEqual([]);
    await shot(page, `wizard-lines-${locale}`);
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    await shot(page, `wizard-shipment-${locale}`);
    await page.getByRole('textbox', { name: t.notificationForm.intendedUse }).fill('Reference standards');
    await page.getByRole('textbox', { name: t.notificationForm.permitNumber, exact: true }).fill('EA-2026-0042');
    await page.getByRole('textbox', { name: t.notificationForm.importPermitNumber, exact: true }).fill('IP-2026-0077');
    // A date in the past passes the wizard's own checks; the node refuses it, and the wizard shows why at the field.
    await page.getByLabel(t.notificationForm.shipmentDate).fill('2020-01-31');
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    await expect(page.getByRole('table', { name: t.notificationForm.reviewLinesCaption })).toBeVisible();
    expect.soft(await seriousViolations(page), `wizard, review (${locale})`).toEqual([]);
    await shot(page, `wizard-review-${locale}`);
    await page.getByRole('button', { name: t.notificationForm.saveDraft }).click();
    const date = page.getByLabel(t.notificationForm.shipmentDate);
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(locale === 'en' ? 'the shipment date is in the past' : t.validation['date-in-past'], { exact: true })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: t.problem.unprocessable })).toBeVisible();
    await shot(page, `wizard-server-error-${locale}`);
    await date.fill(shipmentDate());
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    await page.getByRole('button', { name: t.notificationForm.saveDraft }).click();
    await expect(page).toHaveURL(/\/notifications\/[0-9a-f-]{36}$/);
    // The line as the node keeps it, what was declared beside it, its net mass and the lists it is on (UN first).
    const anpp = page.getByRole('table', { name: t.notification.linesCaption }).getByRole('row').filter({ hasText: ANPP.cas });
    await expect(anpp.getByText(`22.679619 ${t.notificationForm.unit.kg}`, { exact: true })).toBeVisible();
    await expect(anpp.getByText(fill(t.notification.declaredAs, { quantity: '50', unit: t.notification.declaredUnit.lb }), { exact: true })).toBeVisible();
    await expect(anpp.getByText(fill(t.notification.netMassValue, { quantity: '22.566221', unit: t.notificationForm.unit.kg }), { exact: true })).toBeVisible();
    await expect(anpp.getByRole('list', { name: t.notification.listingsLabel }).getByRole('listitem').first()).toHaveText(locale === 'en' ? '1988 Convention, Table I' : '1988年公约表一');
    for (const number of ['EA-2026-0042', 'IP-2026-0077']) await expect(page.getByText(number, { exact: true })).toBeVisible();
    await shot(page, `detail-lines-${locale}`);
    // Edited, the line reads as declared (50 lb), so saving it unchanged keeps the declaration.
    await page.getByRole('link', { name: t.notification.action.edit, exact: true }).click();
    await page.getByRole('button', { name: t.notificationForm.next }).click();
    await expect(chemical(page, t, 1).getByRole('textbox', { name: t.notificationForm.quantity, exact: true })).toHaveValue('50');
    await expect(chemical(page, t, 1).getByRole('textbox', { name: t.notificationForm.unitLabel, exact: true })).toHaveValue(t.notificationForm.unit.lb);

    await page.goto(`/notifications/${draft.id}`);
    await expect(heading(page, draft.reference)).toBeVisible();
    await expect(page.getByText(fill(t.notification.unidentified, { lines: 2 }))).toBeVisible();
    await page.getByRole('button', { name: fill(t.screening.showDetailsOf, { line: 1 }) }).click();
    expect.soft(await seriousViolations(page), `detail (${locale})`).toEqual([]);
    await shot(page, `detail-draft-${locale}`);
    // Product XJ-400 is a name alone: the node will not send it, so Send is not offered (the server refuses it too).
    await expect(page.getByRole('link', { name: t.notification.action.edit, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: t.notification.action.send, exact: true })).toHaveCount(0);

    const visitor = await openPage(browser, { baseURL: US_URL, locale });
    await visitor.goto('/verify');
    // A browser that prefers Chinese gets the page in Chinese before anyone signs in.
    await expect(heading(visitor, t.verify.title)).toBeVisible();
    expect.soft(await seriousViolations(visitor), `verify (${locale})`).toEqual([]);
    await visitor.getByRole('textbox', { name: t.verify.text }).fill('not.a.clearance');
    await visitor.getByRole('button', { name: t.verify.submit, exact: true }).click();
    await expect(visitor.getByRole('heading', { level: 2, name: t.verify.invalid })).toBeVisible();
    expect.soft(await seriousViolations(visitor), `verify, invalid (${locale})`).toEqual([]);
    await shot(visitor, `verify-invalid-${locale}`);
    await closePage(visitor);
  });
}
