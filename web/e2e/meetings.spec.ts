// Meetings through the browser on the US node. The US secretariat, reading in Chinese, records a working-level
// meeting with CN — level, mode, days and times on Beijing's clock, the place, an agenda item — and then this party's
// part of it: one principal by title and agency, a note on the item, a decision. The meeting's page shows the time on
// the clock of the place, the note marked as this party's, the principal and the decision; the calendar shows the
// meeting on the days it spans on the reader's clock. The same pages are then read in English; axe finds nothing
// serious on the meeting's page, the calendar or the list.
import type { Page } from '@playwright/test';
import meetingLists from '../../data/meetings.json' with { type: 'json' };
import { catalogs, expect, fill, languageSwitch, signIn, templatePattern, test, type Locale } from './fixtures';
import { seriousViolations } from './axe';
import { shot } from './pages';
import { choose } from './requests-flow';

const en = catalogs.en;
const zh = catalogs['zh-CN'];

type ListName = 'levels' | 'modes' | 'topics';
const label = (list: ListName, code: string, locale: Locale): string => meetingLists[list].find((e) => e.code === code)?.[locale] ?? code;

type Texts = { title: string; place: string; item: string; note: string; decision: string; principal: string };

const texts = (token: string): Texts => ({
  title: `中美禁毒合作工作组工作层会议 ${token}`,
  place: '北京，公安部',
  item: `芬太尼前体化学品列管进展 ${token}`,
  note: `双方通报了一月以来列管的前体化学品。${token}`,
  decision: '每季度交换一次列管清单。',
  principal: '国际禁毒事务局助理国务卿帮办',
});

/** The meeting form in Chinese: what it is, when and where on Beijing's clock, with CN, one agenda item. */
async function recordInChinese(page: Page, t: Texts): Promise<void> {
  const f = zh.meetings.form;
  await page.getByRole('link', { name: zh.nav.meetings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh.meetings.list.title })).toBeVisible();
  await page.getByRole('link', { name: zh.meetings.list.create, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: f.createTitle })).toBeVisible();
  await page.getByRole('textbox', { name: f.title, exact: true }).fill(t.title);
  await page.getByRole('radio', { name: f.languageZh, exact: true }).check();
  await choose(page, f.level, label('levels', 'working-level', 'zh-CN'));
  await choose(page, f.mode, label('modes', 'in-person', 'zh-CN'));
  await choose(page, f.timeZone, /Asia\/Shanghai$/);
  await page.getByRole('textbox', { name: f.startDay, exact: true }).fill('2026-03-10');
  await page.getByRole('textbox', { name: f.startDay, exact: true }).press('Tab');
  await page.getByRole('textbox', { name: f.startTime, exact: true }).fill('10:00');
  await page.getByRole('textbox', { name: f.endTime, exact: true }).fill('12:30');
  await page.getByRole('textbox', { name: f.place, exact: true }).fill(t.place);
  await page.getByRole('checkbox', { name: /\(CN\)$/ }).check();
  await choose(page, f.agendaTopic, label('topics', 'precursors', 'zh-CN'));
  await page.getByRole('textbox', { name: f.agendaTitle, exact: true }).fill(t.item);
  await shot(page, 'meeting-form-zh');
  await page.getByRole('button', { name: f.create, exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
}

/** This party's part in Chinese: a principal of INL, a note on the one item, a decision on it. */
async function savePartInChinese(page: Page, t: Texts): Promise<void> {
  const p = zh.meetings.part;
  await page.getByRole('button', { name: zh.meetings.action.addPart, exact: true }).click();
  await page.getByRole('button', { name: p.addAttendee, exact: true }).click();
  await page.getByRole('textbox', { name: p.attendeeTitle, exact: true }).fill(t.principal);
  await choose(page, p.attendeeAgency, /^INL — /);
  await page.getByRole('checkbox', { name: p.principal, exact: true }).check();
  await page.getByRole('textbox', { name: `${label('topics', 'precursors', 'zh-CN')} — ${t.item}`, exact: true }).fill(t.note);
  await page.getByRole('button', { name: p.addDecision, exact: true }).click();
  await choose(page, p.decisionItem, t.item);
  await page.getByRole('textbox', { name: p.decisionText, exact: true }).fill(t.decision);
  await shot(page, 'meeting-part-form-zh');
  await page.getByRole('button', { name: p.save, exact: true }).click();
  await expect(page.getByRole('button', { name: zh.meetings.action.editPart, exact: true })).toBeVisible();
}

test('the secretariat records a meeting and its own part in Chinese, and reads both in English', async ({ page }) => {
  test.setTimeout(180_000);
  const t = texts(Date.now().toString(36));
  await signIn(page, 'secretariat.us', { locale: 'zh-CN' });
  await recordInChinese(page, t);

  // The page: the title, the time on the clock of the place (the secretariat reads on Washington's clock too).
  await expect(page.getByRole('heading', { level: 1, name: /^US-MTG-\d{4}-\d{6}$/ })).toBeVisible();
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expect(page.getByText(t.title, { exact: true })).toBeVisible();
  await expect(page.getByText(fill(zh.meetings.when.place, { time: '北京时间2026年3月10日 10:00至12:30' }), { exact: true })).toBeVisible();
  await expect(page.getByText(templatePattern(zh.meetings.participants.notYet))).toHaveCount(2);

  await savePartInChinese(page, t);
  await expect(page.getByText(t.note, { exact: true })).toBeVisible();
  await expect(page.getByText(zh.meetings.agenda.ownNote, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(t.principal, { exact: true })).toBeVisible();
  await expect(page.getByText(zh.meetings.participants.principal, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(t.decision, { exact: true })).toBeVisible();
  await expect(page.getByText(fill(zh.meetings.decisions.onItem, { item: t.item }), { exact: true })).toBeVisible();
  await shot(page, 'meeting-page-zh');
  expect(await seriousViolations(page)).toEqual([]);
  const meetingUrl = page.url();

  // The calendar of March 2026 shows it on the 10th, on the reader's clock (Washington: 9 March, 22:00).
  await page.goto('/meetings?view=calendar&month=2026-03');
  await expect(page.getByRole('table', { name: fill(zh.meetings.calendar.caption, { month: '2026年3月' }) })).toBeVisible();
  // 10:00–12:30 in Beijing is 22:00 on the 9th to 00:30 on the 10th in Washington: on both days, the second as continued.
  await expect(page.getByRole('link', { name: fill(zh.meetings.calendar.meetingLabel, { date: '2026年3月9日', time: '22:00', title: t.title, level: label('levels', 'working-level', 'zh-CN') }), exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: fill(zh.meetings.calendar.meetingLabel, { date: '2026年3月10日', time: zh.meetings.calendar.continued, title: t.title, level: label('levels', 'working-level', 'zh-CN') }), exact: true })).toBeVisible();
  await shot(page, 'meetings-calendar-zh');
  expect(await seriousViolations(page)).toEqual([]);

  // In English: the list finds it by its reference; the page says the same in English.
  await languageSwitch(page, 'en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/meetings?q=${encodeURIComponent(reference)}`);
  await expect(page.getByRole('link', { name: reference, exact: true })).toBeVisible();
  await shot(page, 'meetings-list-en');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(meetingUrl);
  await expect(page.getByText(fill(en.meetings.when.place, { time: '10 Mar 2026, 10:00–12:30 Beijing time' }), { exact: true })).toBeVisible();
  await expect(page.getByText(en.meetings.agenda.ownNote, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: en.meetings.detail.participants })).toBeVisible();
  await shot(page, 'meeting-page-en');
});
