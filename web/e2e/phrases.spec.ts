// Standard phrases between the two nodes: a CN officer reading in Chinese asks for information by ticking phrases
// in Chinese, and the US officer reads the same request in English; the US officer withdraws the notification with
// a reason ticked in English, and the CN officer reads it in Chinese — each node labelling the codes from its own
// list, no code shown, and the free note beside them as written. Answering, the US officer reads the question in the
// dialog. Reading in Chinese, a US officer answers a request with a PDF chosen in the same dialog, and the CN officer
// finds it beside its question, in the timeline and in the documents section, and downloads it.
import type { Page } from '@playwright/test';
import phrases from '../../data/notification-phrases.json' with { type: 'json' };
import { sentToCn } from './drafts';
import { catalogs, expect, fill, templatePattern, test, type Catalog } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';

const en = catalogs.en;
const zh = catalogs['zh-CN'];
const phrase = (list: 'informationRequests' | 'withdrawalReasons', code: string) => {
  const found = phrases[list].find((p) => p.code === code);
  if (!found) throw new Error(`no phrase ${code}`);
  return found;
};
const ASKED = [phrase('informationRequests', 'end-user-certificate'), phrase('informationRequests', 'quantity-justification')];
const REASON = phrase('withdrawalReasons', 'replaced-by-new');

const nodes = peerTheNodes();

const statusBadge = (page: Page, t: Catalog, status: keyof Catalog['notifications']['status']) => page.getByRole('group', { name: t.notification.summaryLabel, exact: true }).getByText(t.notifications.status[status], { exact: true });
const timeline = (page: Page, t: Catalog) => page.getByRole('list', { name: t.notification.timelineLabel });

/** Reloads until the notification shows `status` (the other node's record arrives on the exchange's own timer). */
async function waitForStatus(page: Page, t: Catalog, status: keyof Catalog['notifications']['status']): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(statusBadge(page, t, status)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Opens an action's dialog, ticks `labels`, writes `note`, screenshots it as `name` and confirms. */
async function answer(page: Page, t: Catalog, o: { action: 'request-info' | 'withdraw'; reference: string; labels: string[]; note?: string; name: string }): Promise<void> {
  await page.getByRole('button', { name: t.notification.action[o.action], exact: true }).click();
  const box = page.getByRole('dialog', { name: fill(t.notification.dialog[o.action].title, { reference: o.reference }) });
  const group = box.getByRole('group', { name: t.notification.phrases.of[o.action] });
  for (const label of o.labels) await group.getByRole('checkbox', { name: label, exact: true }).check();
  if (o.note) await box.getByRole('textbox', { name: t.notification.dialog[o.action].note }).fill(o.note);
  await shot(page, o.name);
  await box.getByRole('button', { name: t.notification.action[o.action], exact: true }).click();
  await expect(box).toBeHidden();
}

test('a phrase chosen on one node is read in the other node’s reader’s language', async ({ browser }) => {
  test.setTimeout(180_000);
  const draft = await sentToCn(nodes, {
    exporter: 'E2E Phrase Chemicals',
    importer: { name: '上海华信精细化工有限公司', address: '上海市浦东新区张江路88号' },
    lines: [{ declaredName: 'ANPP', cas: '21409-26-7', quantity: '25', unit: 'kg' }],
    intendedUse: 'Reference standards',
  });
  const { id, reference } = draft;

  // CN, in Chinese: ask for information by ticking two phrases, offered in Chinese.
  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'regulator.cn' });
  await cn.goto(`/notifications/${id}`);
  await waitForStatus(cn, zh, 'delivered');
  await answer(cn, zh, { action: 'request-info', reference, labels: ASKED.map((p) => p['zh-CN']), name: 'phrases-request-dialog-zh-CN' });
  for (const p of ASKED) await expect(timeline(cn, zh).getByText(p['zh-CN'], { exact: true })).toBeVisible();

  // US, in English: the same request, read from the US node's own list in English; no code on the page.
  const us = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'regulator.us' });
  await us.goto(`/notifications/${id}`);
  await waitForStatus(us, en, 'info-requested');
  for (const p of ASKED) await expect(timeline(us, en).getByText(p.en, { exact: true })).toBeVisible();
  await expect(us.getByText(ASKED[0]?.['zh-CN'] ?? '')).toHaveCount(0);
  await expect(us.getByText('end-user-certificate')).toHaveCount(0);
  await shot(us, 'phrases-request-detail-en');
  // Answering it, the US officer reads the question in the dialog itself, in English.
  await us.getByRole('button', { name: en.notification.action['provide-info'], exact: true }).click();
  const question = us.getByRole('dialog').getByRole('group', { name: en.notification.dialog['provide-info'].question });
  for (const p of ASKED) await expect(question.getByText(p.en, { exact: true })).toBeVisible();
  await shot(us, 'phrases-provide-info-dialog-en');
  await us.keyboard.press('Escape');
  await expect(us.getByRole('dialog')).toBeHidden();

  // US, in English: withdraw, giving the reason by a phrase and the new reference in the note.
  await answer(us, en, { action: 'withdraw', reference, labels: [REASON.en], note: 'US-PEN-2026-000999', name: 'phrases-withdraw-dialog-en' });
  await expect(statusBadge(us, en, 'withdrawn')).toBeVisible();
  await expect(us.getByText(REASON.en, { exact: true }).first()).toBeVisible();

  // CN, in Chinese: the US officer's reason in Chinese, beside the note as written.
  await waitForStatus(cn, zh, 'withdrawn');
  const alert = cn.getByText(REASON['zh-CN'], { exact: true });
  await expect(alert.first()).toBeVisible();
  await expect(alert).toHaveCount(2); // the withdrawal notice and the timeline
  await expect(cn.getByText(REASON.en)).toHaveCount(0);
  await expect(cn.getByText('replaced-by-new')).toHaveCount(0);
  await expect(cn.getByText('US-PEN-2026-000999').first()).toBeVisible();
  await shot(cn, 'phrases-withdrawn-detail-zh-CN');
  await closePage(cn);
  await closePage(us);
});

/** The smallest file the node takes for a PDF: it checks the signature at the start. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

test('documents given with the information asked for are shown beside the question on both nodes (zh-CN)', async ({ browser }) => {
  test.setTimeout(180_000);
  const { id, reference } = await sentToCn(nodes, {
    exporter: 'E2E Answer Documents Chemicals',
    lines: [{ declaredName: 'Acetic anhydride', cas: '108-24-7', quantity: '500', unit: 'L' }],
    intendedUse: 'Acetylation in a pharmaceutical plant',
  });
  const asked = ASKED[0] ?? phrase('informationRequests', 'end-user-certificate');
  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'regulator.cn' });
  await cn.goto(`/notifications/${id}`);
  await waitForStatus(cn, zh, 'delivered');
  await answer(cn, zh, { action: 'request-info', reference, labels: [asked['zh-CN']], name: 'answer-documents-request-zh-CN' });

  // US, reading in Chinese: the question in the dialog, a text file refused by name, the PDF taken, the answer given.
  const us = await openPage(browser, { baseURL: US_URL, locale: 'zh-CN', username: 'regulator.us' });
  await us.goto(`/notifications/${id}`);
  await waitForStatus(us, zh, 'info-requested');
  await us.getByRole('button', { name: zh.notification.action['provide-info'], exact: true }).click();
  const box = us.getByRole('dialog', { name: fill(zh.notification.dialog['provide-info'].title, { reference }) });
  await expect(box.getByRole('group', { name: zh.notification.dialog['provide-info'].question }).getByText(asked['zh-CN'], { exact: true })).toBeVisible();
  const files = box.getByRole('group', { name: zh.notification.dialog['provide-info'].documents });
  const choose = async (chosen: { name: string; mimeType: string; buffer: Buffer }[]) => {
    const chooser = us.waitForEvent('filechooser');
    await files.getByRole('button', { name: zh.notification.dialog['provide-info'].addDocuments }).click();
    await (await chooser).setFiles(chosen);
  };
  await choose([
    { name: '最终用户证明.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a document') },
  ]);
  await expect(files.getByRole('alert').filter({ hasText: fill(zh.notification.documents.issue.type, { file: 'notes.txt' }) })).toBeVisible();
  await files.getByRole('button', { name: fill(zh.notification.documents.removeOf, { file: 'notes.txt' }) }).click();
  await expect(files.getByText('notes.txt')).toHaveCount(0);
  await box.getByRole('textbox', { name: zh.notification.dialog['provide-info'].note }).fill('最终用户证明见附件。');
  await shot(us, 'answer-documents-dialog-zh-CN');
  await box.getByRole('button', { name: zh.notification.action['provide-info'], exact: true }).click();
  await expect(box).toBeHidden();
  const usDocs = timeline(us, zh).getByRole('group', { name: zh.notification.documents.withAnswer });
  await expect(usDocs.getByText('最终用户证明.pdf', { exact: true })).toBeVisible();

  // CN, in Chinese: the PDF beside the answer in the timeline, and under its question in the documents section.
  await waitForStatus(cn, zh, 'info-provided');
  const cnDocs = timeline(cn, zh).getByRole('group', { name: zh.notification.documents.withAnswer });
  await expect(cnDocs.getByText('最终用户证明.pdf', { exact: true })).toBeVisible();
  const group = cn.getByRole('region', { name: templatePattern(zh.notification.documents.answerTitle) });
  const table = group.getByRole('table', { name: zh.notification.documents.withAnswer });
  await expect(table.getByRole('row').filter({ hasText: '最终用户证明.pdf' })).toContainText('PDF');
  await expect(group.getByRole('group', { name: zh.notification.dialog['provide-info'].question }).getByText(asked['zh-CN'], { exact: true })).toBeVisible();
  await expect(group.getByText('最终用户证明见附件。')).toBeVisible();
  const download = cn.waitForEvent('download');
  await cnDocs.getByRole('button', { name: fill(zh.notification.documents.downloadOf, { file: '最终用户证明.pdf' }) }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('最终用户证明.pdf');
  await shot(cn, 'answer-documents-detail-zh-CN');
  await closePage(cn);
  await closePage(us);
});
