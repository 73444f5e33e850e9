// Issue 16's journey across the two nodes: a US officer, reading in English on Washington's clock, asks CN through
// the request wizard who is behind a company, for crime prevention only (a use restriction: a supervisor approves
// it before it leaves); the CN node acknowledges it on receipt and starts its reply clock, whose deadline both sides
// read on their own clock with the other's beside it. A CN officer, reading in Chinese on Beijing's clock, finds it
// in the inbox with the time left, and answers in Chinese with a PDF, the answer keeping the request's restriction
// (a CN supervisor approves it). Back on the US node the officer sees the request answered, the answer in the
// timeline with its restriction, and the document, which downloads byte for byte.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import requestLists from '../../data/requests.json' with { type: 'json' };
import { catalogs, expect, fill, test, uniqueName } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';

const nodes = peerTheNodes();
const en = catalogs.en;
const zh = catalogs['zh-CN'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const label = (list: 'legalBases' | 'askedItems', code: string, locale: 'en' | 'zh-CN') => requestLists[list].find((e) => e.code === code)?.[locale] ?? code;
const RESTRICTION = 'crime-prevention-only';
const requestId = (page: Page): string => /\/requests\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.getByRole('textbox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, ...(typeof option === 'string' ? { exact: true } : {}) }).click();
}

/** The US officer files the request through the four steps of the wizard and submits it; returns its reference. */
async function askInEnglish(page: Page, subject: string, company: string): Promise<string> {
  const f = en.requests.form;
  await page.getByRole('link', { name: en.nav.requests, exact: true }).click();
  await page.getByRole('link', { name: en.requests.list.create, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: f.createTitle })).toBeVisible();
  await choose(page, f.toParty, "People's Republic of China (CN)");
  await page.getByRole('button', { name: f.next, exact: true }).click();

  await choose(page, f.legalBasis, label('legalBases', 'mlaa-2000', 'en'));
  await page.getByRole('textbox', { name: f.subject, exact: true }).fill(subject);
  await page.getByRole('textbox', { name: f.details, exact: true }).fill(`HSI seized 40 kg of fentanyl precursors consigned by ${company}. Who are its officers and shareholders?`);
  await page.getByRole('button', { name: f.addItem, exact: true }).click();
  await choose(page, f.itemCode, label('askedItems', 'company-registration', 'en'));
  await page.getByRole('button', { name: f.next, exact: true }).click();

  await page.getByRole('button', { name: en.incidentForm.addEntity, exact: true }).click();
  await page.getByRole('textbox', { name: en.incidentForm.entityValue, exact: true }).fill(company);
  await page.getByRole('button', { name: f.next, exact: true }).click();
  // TLP:GREEN, but a use restriction: the request waits for a supervisor of HSI other than its drafter.
  await choose(page, en.incidentForm.handlingLabel, /^TLP:GREEN/);
  await page.getByRole('checkbox', { name: en.incidentForm.restriction[RESTRICTION].label }).check();
  await shot(page, 'requests-wizard-handling-en');
  await page.getByRole('button', { name: f.submit, exact: true }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  const summary = page.getByRole('group', { name: en.requests.detail.summaryLabel });
  await expect(summary).toContainText(en.requests.status['awaiting-approval']);
  await nodes.usAdmin.post(`/api/v1/requests/${requestId(page)}/approve`, {});
  await page.reload();
  // Peered nodes deliver at once: the CN node may have acknowledged it already.
  await expect(summary).toContainText(new RegExp(`${en.requests.status.sent}|${en.requests.status.received}`));
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(reference).toMatch(/^US-REQ-\d{4}-\d{6}$/);
  return reference;
}

/** The CN officer finds the request in the inbox and answers it in Chinese with a PDF. */
async function answerInChinese(page: Page, reference: string, fileName: string): Promise<void> {
  const r = zh.requests;
  await page.getByRole('link', { name: zh.nav.requests, exact: true }).click();
  const inbox = page.getByRole('table', { name: r.list.caption.inbox });
  const row = inbox.getByRole('row').filter({ hasText: reference });
  await expect(row.getByText(r.status.received, { exact: true })).toBeVisible();
  await expect(row).toContainText(/剩余/);
  await shot(page, 'requests-inbox-zh-CN');
  await row.getByRole('link', { name: reference, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  const clock = page.getByTestId('request-clock');
  await expect(clock).toContainText(/剩余/);
  await expect(clock).toContainText('北京时间');
  const timeline = page.getByRole('list', { name: r.detail.timeline });
  await expect(timeline.getByText(r.step.acknowledged, { exact: true })).toBeVisible();
  // The reply deadline on Beijing's clock, Washington's beside it.
  const due = timeline.getByTestId('step-due');
  await expect(due).toContainText('北京时间');
  await expect(due).toContainText('华盛顿');
  await shot(page, 'requests-received-zh-CN');

  await page.getByRole('group', { name: r.detail.actions }).getByRole('button', { name: r.action.answer, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: fill(r.dialog.answer.title, { reference }) });
  await dialog.getByRole('textbox', { name: r.dialog.answer.note }).fill('上海华欣精细化工有限公司法定代表人为王某，股东两名，登记材料见附件。');
  // The request's use restriction stays with the answer: ticked, and it cannot be unticked.
  const kept = dialog.getByRole('checkbox', { name: zh.incidentForm.restriction[RESTRICTION].label });
  await expect(kept).toBeChecked();
  await expect(kept).toBeDisabled();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: r.dialog.documentsAdd }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
  await expect(dialog.getByText(fileName, { exact: true })).toBeVisible();
  await shot(page, 'requests-answer-dialog-zh-CN');
  await dialog.getByRole('button', { name: r.action.answer, exact: true }).click();
  await expect(dialog).toBeHidden();
  // Restricted: the answer waits for a supervisor of MPS-NCB who did not write it (admin.cn).
  const answer = page.getByRole('list', { name: r.detail.timeline }).locator('[data-step="answer"]');
  await expect(answer).toContainText(r.step.pendingApproval);
  const held = await nodes.cnAdmin.get<{ steps: { id: string; kind: string; state: string }[] }>(`/api/v1/requests/${requestId(page)}`);
  const step = held.steps.find((s) => s.kind === 'answer' && s.state === 'pending-approval');
  await nodes.cnAdmin.post(`/api/v1/requests/${requestId(page)}/steps/${step?.id ?? ''}/approve`, {});
  await page.reload();
  await expect(page.getByRole('group', { name: r.detail.summaryLabel }).getByText(r.status.answered, { exact: true })).toBeVisible();
}

/** Before the answer, the US officer reads the deadline CN acknowledged on Washington's clock, Beijing's beside it. */
async function readDeadlineInEnglish(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId('step-due').count();
    }, { timeout: 30_000 })
    .toBe(1);
  const due = page.getByTestId('step-due');
  await expect(due).toContainText(/Eastern/);
  await expect(due).toContainText('Beijing');
  await expect(page.getByTestId('request-clock')).toContainText(/left/);
}

test('a US officer asks in English; a CN officer answers in Chinese with a document; the US side reads both', async ({ browser }) => {
  test.setTimeout(180_000);
  const subject = uniqueName('Officers of Shanghai Huaxin');
  const company = uniqueName('Shanghai Huaxin Fine Chemicals Co.');
  const fileName = '公司登记.pdf';
  const us = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'officer.us' });
  const reference = await askInEnglish(us, subject, company);
  await shot(us, 'requests-sent-en');

  await nodes.sync();
  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'officer.cn' });
  await expect.poll(async () => (await nodes.cnAdmin.get<{ total: number }>(`/api/v1/requests?box=inbox&q=${encodeURIComponent(reference)}`)).total, { timeout: 30_000 }).toBe(1);
  await nodes.sync();
  await readDeadlineInEnglish(us);
  await answerInChinese(cn, reference, fileName);
  await shot(cn, 'requests-answered-zh-CN');

  await nodes.sync();
  await expect
    .poll(async () => {
      await us.reload();
      // The summary shows once the request has loaded; only then does its status say anything.
      const summary = us.getByRole('group', { name: en.requests.detail.summaryLabel });
      await summary.waitFor();
      return summary.getByText(en.requests.status.answered, { exact: true }).isVisible();
    }, { timeout: 30_000 })
    .toBe(true);
  const timeline = us.getByRole('list', { name: en.requests.detail.timeline });
  await expect(timeline.getByText(en.requests.step.acknowledged, { exact: true })).toBeVisible();
  const answer = timeline.locator('[data-step="answer"]');
  await expect(answer).toContainText('上海华欣精细化工有限公司');
  await expect(answer).toContainText(fill(en.requests.step.restrictions, { list: en.incidentForm.restriction[RESTRICTION].label }));
  await expect(answer.getByText(fileName, { exact: true })).toBeVisible();
  await shot(us, 'requests-answered-en');

  const download = us.waitForEvent('download');
  await answer.getByRole('button', { name: fill(en.requests.documents.downloadOf, { file: fileName }) }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe(fileName);
  const bytes = await readFile(await saved.path());
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(PDF).digest('hex'));

  await us.getByRole('link', { name: en.requests.detail.backToList }).click();
  await us.getByRole('tab', { name: new RegExp(en.requests.boxes.outbox) }).click();
  await expect(us.getByRole('table', { name: en.requests.list.caption.outbox }).getByRole('row').filter({ hasText: reference })).toContainText(en.requests.status.answered);
  await shot(us, 'requests-outbox-en');
  await closePage(cn);
  await closePage(us);
});
