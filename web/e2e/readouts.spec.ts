// A readout through the browser on the US node, from draft to the public page. The secretariat, reading in English,
// drafts a readout of a demo meeting with its Chinese translation beside it, and names a person of the directory by
// mistake; a supervisor, reading in Chinese, tries to clear it and is refused, the name shown under the original. The
// secretariat takes the name out, confirms the translation still matches, and sees the change in the version
// history; the supervisor clears and releases it; an anonymous reader finds it on the public page in both languages.
import type { Browser, Page } from '@playwright/test';
import { Api, catalogs, codeLabel, expect, fill, signIn, templatePattern, test } from './fixtures';
import { US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { choose } from './requests-flow';

const en = catalogs.en;
const zh = catalogs['zh-CN'];

type Meeting = { id: string; reference: string; status: string; parties: string[]; handling: string };

/** A demo meeting of the US node that is not withdrawn and is TLP:CLEAR (only such a meeting's readout goes public). */
async function demoMeeting(api: Api): Promise<Meeting> {
  const { items } = await api.get<{ items: Meeting[] }>('/api/v1/meetings?pageSize=200');
  const meeting = items.find((m) => m.status !== 'withdrawn' && m.parties.includes('US') && m.handling === 'TLP:CLEAR');
  if (!meeting) throw new Error('no demo meeting on the US node');
  return meeting;
}

const texts = (token: string) => ({
  title: `Readout of the working group meeting ${token}`,
  bodyNamed: `The two sides discussed synthetic drugs and precursor chemicals. Morgan Supervisor briefed the delegations.\n\nThey agreed to share information on shipments. ${token}`,
  body: `The two sides discussed synthetic drugs and precursor chemicals.\n\nThey agreed to share information on shipments. ${token}`,
  zhTitle: `禁毒合作工作组会议纪要 ${token}`,
  zhBody: `双方讨论了合成毒品和易制毒化学品问题。\n\n双方同意就货运信息开展共享。${token}`,
});

/** The editor's side of a language, by its field labels in English. */
function editorField(page: Page, key: 'originalTitle' | 'originalBody' | 'translationTitle' | 'translationBody', lang: 'en' | 'zh') {
  return page.getByRole('textbox', { name: fill(en.readouts.editor[key], { language: codeLabel('languages', lang, 'en') }), exact: true });
}

async function draftInEnglish(page: Page, meeting: Meeting, t: ReturnType<typeof texts>): Promise<string> {
  await page.goto(`/readouts/new?meetingId=${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: en.readouts.editor.createTitle })).toBeVisible();
  await editorField(page, 'originalTitle', 'en').fill(t.title);
  await editorField(page, 'originalBody', 'en').fill(t.bodyNamed);
  await editorField(page, 'translationTitle', 'zh').fill(t.zhTitle);
  await editorField(page, 'translationBody', 'zh').fill(t.zhBody);
  await page.getByRole('button', { name: en.readouts.editor.saveNew, exact: true }).click();
  await expect(page).toHaveURL(/\/readouts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('readout-original')).toContainText(t.title);
  await expect(page.getByTestId('readout-translation')).toContainText(t.zhTitle);
  await shot(page, 'readout-draft-en');
  return page.url();
}

async function supervisorPage(browser: Browser, url: string): Promise<Page> {
  const page = await openPage(browser, { baseURL: US_URL, locale: 'zh-CN', username: 'supervisor.us' });
  await page.goto(url);
  return page;
}

async function clearAs(page: Page, version: number): Promise<void> {
  await page.getByRole('button', { name: fill(zh.readouts.action.clear, { version }), exact: true }).click();
}

test('the secretariat drafts a readout in English, a supervisor clears it in Chinese, and it is public once released', async ({ page, browser, playwright }) => {
  test.setTimeout(180_000);
  const http = await playwright.request.newContext({ baseURL: US_URL });
  const meeting = await demoMeeting(await Api.signIn(http, 'secretariat.us'));
  const token = `${Date.now().toString(36)}`;
  const t = texts(token);
  await signIn(page, 'secretariat.us', { locale: 'en' });
  const url = await draftInEnglish(page, meeting, t);

  // The supervisor's clearance is refused: the readout names a person who is not a principal, shown under the original.
  const supervisor = await supervisorPage(browser, url);
  await clearAs(supervisor, 2);
  await expect(supervisor.getByRole('alert')).toContainText(zh.readouts.problem['readout-names-person']);
  await expect(supervisor.getByTestId('readout-original')).toContainText(fill(zh.readouts.issue['readout-names-person'], { name: 'Morgan Supervisor' }));
  await shot(supervisor, 'readout-refused-zh');

  // The secretariat takes the name out and says the translation still matches; the history shows what went.
  await page.getByRole('link', { name: en.readouts.action.edit, exact: true }).click();
  await editorField(page, 'originalBody', 'en').fill(t.body);
  await page.getByRole('checkbox', { name: en.readouts.editor.confirmTranslation }).check();
  await page.getByRole('button', { name: en.readouts.editor.saveEdit, exact: true }).click();
  await expect(page.getByText(fill(en.readouts.page.version, { version: 4 }), { exact: true })).toBeVisible();
  await expect(page.getByText(en.readouts.texts.stale, { exact: true })).toHaveCount(0);
  await choose(page, en.readouts.history.from, fill(en.readouts.history.versionOption, { version: 2, name: 'Riley Secretariat' }));
  await expect(page.getByTestId('readout-diff').locator('del')).toContainText(['Morgan Supervisor']);
  await shot(page, 'readout-edited-en');

  // Cleared and released by the supervisor; the clearance steps say by whom.
  await supervisor.reload();
  await clearAs(supervisor, 4);
  await expect(supervisor.getByText(zh.readouts.status.cleared, { exact: true }).first()).toBeVisible();
  await supervisor.getByRole('button', { name: zh.readouts.action.release, exact: true }).click();
  await expect(supervisor.getByText(zh.readouts.status.released, { exact: true }).first()).toBeVisible();
  const publicLink = supervisor.getByTestId('public-link');
  await expect(publicLink).toHaveAttribute('href', /^\/public\/readouts\/.+/);
  await expect(supervisor.getByText(templatePattern(zh.readouts.page.publicCurrent))).toBeVisible();
  await shot(supervisor, 'readout-released-zh');
  const href = (await publicLink.getAttribute('href')) ?? '';
  await closePage(supervisor);

  // Anyone, signed in or not, finds it on the public page in either language, and reads the original and the translation.
  const reader = await browser.newContext({ baseURL: US_URL });
  const anonymous = await reader.newPage();
  for (const [lang, title] of [['en', t.title], ['zh-CN', t.zhTitle]] as const) {
    await anonymous.goto(`/public/readouts?lang=${lang}`);
    await expect(anonymous.getByRole('link', { name: title, exact: true })).toBeVisible();
    await shot(anonymous, `public-list-${lang}`);
    await anonymous.goto(`${href}?lang=${lang}`);
    await expect(anonymous.getByText(t.title).first()).toBeVisible();
    await expect(anonymous.getByText(t.zhTitle).first()).toBeVisible();
    await expect(anonymous.getByText('Morgan Supervisor')).toHaveCount(0);
    await shot(anonymous, `public-readout-${lang}`);
  }
  await reader.close();
  await http.dispose();
});
