// A joint readout between the two test nodes (issue 17: "the secretariat drafts a readout in English, a CN
// secretariat adds the Chinese text, both clear, and an anonymous reader opens the public page in both languages").
// The US secretariat, reading in English, starts a joint readout of a fresh TLP:CLEAR meeting with CN; the exchange
// takes it to the CN node, where the CN secretariat, reading in Chinese, joins it with CN's own text. A US supervisor
// clears the US text in English and a CN supervisor the CN text in Chinese; each node offers the release only once
// the other party's clearance has arrived, and each releases it on its own public page, where an anonymous reader
// finds both parties' texts, each original marked, in English and in Chinese.
//
// The two nodes are peered here through their administrators' API (peering.ts).
import type { Browser, Locator, Page } from '@playwright/test';
import { catalogs, codeLabel, expect, fill, signIn, test, type Catalog } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';
import { checkPublicPages, editorField, type TextSet } from './readouts-joint-flow';

const nodes = peerTheNodes();
const en = catalogs.en;
const zh = catalogs['zh-CN'];

type Meeting = { id: string; reference: string };
type Summary = { id: string; reference: string; originParty: string };
type Texts = { meeting: string; us: TextSet; cn: TextSet };

/** Unique texts; no person's name and no record reference in them, so both nodes' checks let them through. */
const texts = (token: string): Texts => ({
  meeting: `Working session on precursor controls ${token}`,
  us: {
    party: 'US',
    lang: 'en',
    title: `Joint readout of the working session ${token}`,
    body: `The two sides reviewed the control of precursor chemicals.\n\nThey agreed to keep sharing information on shipments. ${token}`,
    translationTitle: `工作会议联合纪要（美方文本）${token}`,
    translationBody: `双方回顾了易制毒化学品管控情况。\n\n双方同意继续就货运信息开展共享。${token}`,
  },
  cn: {
    party: 'CN',
    lang: 'zh',
    title: `工作会议联合纪要（中方文本）${token}`,
    body: `中方介绍了易制毒化学品列管进展。\n\n双方同意每季度交换一次列管清单。${token}`,
    translationTitle: `Joint readout of the working session, the Chinese side's text ${token}`,
    translationBody: `The Chinese side briefed on the scheduling of precursor chemicals.\n\nBoth sides agreed to exchange their lists every quarter. ${token}`,
  },
});

/** A held TLP:CLEAR meeting of the US node with CN (a demo meeting may already have readouts from other runs). */
async function freshMeeting(title: string): Promise<Meeting> {
  const api = await nodes.signIn(US_URL, 'secretariat.us');
  return api.post<Meeting>('/api/v1/meetings', {
    level: 'working-level', mode: 'virtual', title, language: 'en', startsAt: '2026-01-15T09:00:00-05:00', endsAt: '2026-01-15T11:00:00-05:00', timeZone: 'America/New_York',
    place: 'Virtual (Washington and Beijing)', parties: ['CN'], agenda: [{ id: null, topic: 'precursors', title: 'Precursor chemicals' }], handling: 'TLP:CLEAR', status: 'held',
  });
}

/** Polls the CN node (or the US one) through its administrator until `party`'s text of the meeting's readout is there. */
async function awaitText(node: 'US' | 'CN', meetingId: string, party: string): Promise<Summary> {
  const admin = node === 'US' ? nodes.usAdmin : nodes.cnAdmin;
  const find = async () => (await admin.get<{ items: Summary[] }>(`/api/v1/readouts?meetingId=${meetingId}`)).items.find((r) => r.originParty === party);
  await expect.poll(async () => {
    await nodes.sync();
    return (await find())?.reference ?? null;
  }, { timeout: 30_000 }).not.toBeNull();
  const found = await find();
  if (!found) throw new Error(`no text of ${party} on the ${node} node`);
  return found;
}

/** Reloads the page until `target` shows (the other node's step has arrived). */
async function reloadUntil(page: Page, target: Locator): Promise<void> {
  await expect(async () => {
    await nodes.sync();
    await page.reload();
    await expect(target).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** The section of the readout page with this party's own texts (the other parties' are in a section of their own). */
const ownTexts = (page: Page, t: Catalog) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: t.readouts.page.texts, exact: true }) });

/** The editor from the meeting's page: a joint readout's text with its translation, saved; returns the readout's URL. */
async function draftJointText(page: Page, t: Catalog, meetingId: string, text: TextSet, join: string | null): Promise<string> {
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole('link', { name: t.meetings.readouts.draft, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.readouts.editor.createTitle })).toBeVisible();
  await page.getByRole('radio', { name: t.readouts.kind.joint, exact: true }).check();
  const choice = page.getByRole('radio', { name: join ?? t.readouts.editor.jointNew, exact: true });
  await choice.check();
  await expect(choice).toBeChecked();
  const locale = t === zh ? 'zh-CN' : 'en';
  await page.getByRole('radio', { name: codeLabel('languages', text.lang, locale), exact: true }).check();
  await editorField(page, t, locale, 'originalTitle', text.lang).fill(text.title);
  await editorField(page, t, locale, 'originalBody', text.lang).fill(text.body);
  await editorField(page, t, locale, 'translationTitle', text.lang === 'en' ? 'zh' : 'en').fill(text.translationTitle);
  await editorField(page, t, locale, 'translationBody', text.lang === 'en' ? 'zh' : 'en').fill(text.translationBody);
  await page.getByRole('button', { name: t.readouts.editor.saveNew, exact: true }).click();
  await expect(page).toHaveURL(/\/readouts\/[0-9a-f-]{36}$/);
  const own = ownTexts(page, t);
  await expect(own.getByTestId('readout-original')).toContainText(text.title);
  await expect(own.getByTestId('readout-translation')).toContainText(text.translationTitle);
  await expect(page.getByRole('group', { name: t.readouts.page.summary })).toContainText(t.readouts.kind.joint);
  return page.url();
}

/** The other party's text as the readout page shows it: its original marked, and whether its party cleared it. */
async function expectPartner(page: Page, t: Catalog, text: TextSet, cleared: boolean): Promise<void> {
  const partner = page.getByTestId('readout-partner');
  await expect(partner.getByTestId('readout-original')).toContainText(text.title);
  await expect(partner.getByTestId('readout-original')).toContainText(t.readouts.texts.originalMark);
  await expect(partner.getByText(cleared ? t.readouts.partner.cleared : t.readouts.partner.notCleared, { exact: true })).toBeVisible();
}

/** A supervisor clears the readout's second version (the draft, then its translation). */
async function clear(page: Page, t: Catalog): Promise<void> {
  await page.getByRole('button', { name: fill(t.readouts.action.clear, { version: 2 }), exact: true }).click();
  await expect(page.getByRole('group', { name: t.readouts.page.summary }).getByText(t.readouts.status.cleared, { exact: true })).toBeVisible();
}

/** Once the other party's clearance is here the release is offered; released, the page links the public page. */
async function release(page: Page, t: Catalog, partner: TextSet): Promise<string> {
  const button = page.getByRole('button', { name: t.readouts.action.release, exact: true });
  await reloadUntil(page, button);
  await expectPartner(page, t, partner, true);
  await button.click();
  await expect(page.getByRole('group', { name: t.readouts.page.summary }).getByText(t.readouts.status.released, { exact: true })).toBeVisible();
  const link = page.getByTestId('public-link');
  await expect(link).toHaveAttribute('href', /^\/public\/readouts\/[a-z]{2}-ro-\d{4}-\d{6,}$/);
  return (await link.getAttribute('href')) ?? '';
}

async function supervisor(browser: Browser, who: 'us' | 'cn', url: string): Promise<Page> {
  const page = await openPage(browser, { baseURL: who === 'us' ? US_URL : CN_URL, locale: who === 'us' ? 'en' : 'zh-CN', username: `supervisor.${who}` });
  await page.goto(url);
  return page;
}

test('a joint readout: drafted in English on the US node, joined in Chinese on the CN node, cleared and released by both', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const t = texts(Date.now().toString(36));
  const meeting = await freshMeeting(t.meeting);
  await expect.poll(async () => {
    await nodes.sync();
    return (await nodes.cnAdmin.get<{ total: number }>(`/api/v1/meetings?q=${encodeURIComponent(meeting.reference)}`)).total;
  }, { timeout: 30_000 }).toBe(1);

  // US, in English: a new joint readout; the node waits for CN's text.
  await signIn(page, 'secretariat.us', { locale: 'en' });
  const usUrl = await draftJointText(page, en, meeting.id, t.us, null);
  await expect(page.getByText(fill(en.readouts.steps.note.noPartnerText, { party: 'CN' }), { exact: true })).toBeVisible();
  await expect(page.getByText(en.readouts.partner.none, { exact: true })).toBeVisible();
  await shot(page, 'joint-readout-us-draft-en');

  // The exchange takes the US text to CN; the CN secretariat, in Chinese, finds it on the meeting's page and joins it.
  const usText = await awaitText('CN', meeting.id, 'US');
  const cnSecretariat = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'secretariat.cn' });
  await cnSecretariat.goto(`/meetings/${meeting.id}`);
  await expect(cnSecretariat.getByRole('link', { name: usText.reference, exact: true })).toBeVisible();
  const join = fill(zh.readouts.editor.joinOther, { party: 'US', reference: usText.reference });
  const cnUrl = await draftJointText(cnSecretariat, zh, meeting.id, t.cn, join);
  await expectPartner(cnSecretariat, zh, t.us, false);
  await shot(cnSecretariat, 'joint-readout-cn-draft-zh');
  await closePage(cnSecretariat);

  // Each party's supervisor clears its own text, in its own language; neither node may release before the other's clearance.
  await awaitText('US', meeting.id, 'CN');
  const usSupervisor = await supervisor(browser, 'us', usUrl);
  await expectPartner(usSupervisor, en, t.cn, false);
  await clear(usSupervisor, en);
  await expect(usSupervisor.getByText(fill(en.readouts.steps.note.partnerNotCleared, { party: 'CN' }), { exact: true })).toBeVisible();
  await expect(usSupervisor.getByRole('button', { name: en.readouts.action.release, exact: true })).toHaveCount(0);
  const cnSupervisor = await supervisor(browser, 'cn', cnUrl);
  await clear(cnSupervisor, zh);

  // Each releases once the other's clearance has arrived.
  const usHref = await release(usSupervisor, en, t.cn);
  await shot(usSupervisor, 'joint-readout-us-released-en');
  const cnHref = await release(cnSupervisor, zh, t.us);
  await shot(cnSupervisor, 'joint-readout-cn-released-zh');
  await closePage(usSupervisor);
  await closePage(cnSupervisor);

  // An anonymous reader finds both parties' texts on either node's public page, in English and in Chinese.
  await checkPublicPages(browser, { baseURL: US_URL, href: usHref, first: t.us, other: t.cn });
  await checkPublicPages(browser, { baseURL: CN_URL, href: cnHref, first: t.cn, other: t.us });
});
