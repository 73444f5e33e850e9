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
import { catalogs, expect, fill, test, uniqueName } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';
import { askInEnglish, awaitInCnInbox, awaitStatus, requestId, RESTRICTION } from './requests-flow';

const nodes = peerTheNodes();
const en = catalogs.en;
const zh = catalogs['zh-CN'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

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
      // The request loads after the page does: count the steps' deadlines once it is there (its clock shows).
      await page.getByTestId('request-clock').waitFor();
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
  const reference = await askInEnglish(us, nodes, subject, company);
  await shot(us, 'requests-sent-en');

  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'officer.cn' });
  await awaitInCnInbox(nodes, reference);
  await readDeadlineInEnglish(us);
  await answerInChinese(cn, reference, fileName);
  await shot(cn, 'requests-answered-zh-CN');

  await nodes.sync();
  await awaitStatus(us, en, en.requests.status.answered);
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
