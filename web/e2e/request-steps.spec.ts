// Issue 16's other steps of a request, through the browser on both nodes: a US officer asks in English (the
// wizard), a CN officer reads it in Chinese. CN gives notice of a delay (a coded reason, a new expected day on
// Beijing's calendar), which the US officer reads in English on Washington's clock with Beijing's beside it; CN asks
// for a clarification, which stops the reply clock on both nodes until the US officer clarifies and CN's node
// restarts it. A second request is refused with a coded reason: the US side reads it in English; nobody can answer
// or clarify it any more, and the US officer closes it, which CN sees. A third, answered in part, is closed by the US
// officer, and CN sees it closed.
import type { Browser, Locator, Page } from '@playwright/test';
import zoneTable from '../../data/time-zones.json' with { type: 'json' };
import { catalogs, expect, fill, templatePattern, test, uniqueName, type Catalog } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';
import { askInEnglish, awaitInCnInbox, awaitStatus, choose, requestId, requestLabel, RESTRICTION } from './requests-flow';

const nodes = peerTheNodes();
const en = catalogs.en;
const zh = catalogs['zh-CN'];
const BEIJING = zoneTable.zones['Asia/Shanghai'];
const WASHINGTON = zoneTable.zones['America/New_York'];
type StepAction = 'delay' | 'clarification-requested' | 'refusal' | 'clarification' | 'closure';

/** The calendar day of `at` on Beijing's calendar, YYYY-MM-DD. */
const beijingDay = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
/** The calendar day `days` from now on Beijing's calendar, YYYY-MM-DD. */
const beijingDayAhead = (days: number): string => beijingDay(new Date(Date.now() + days * 86_400_000));
/** CN's reply period for a request of normal priority (the default of Directive 2023/977): 7 calendar days. */
const NORMAL_PERIOD_DAYS = 7;

/**
 * The whole days of the period left when CN's clock stopped (server clock-days.ts): the Beijing days after the day it
 * stopped, up to the period's last day — the 7th after the day the request arrived.
 */
function calendarDaysLeft(clock: { receivedAt: string; pausedAt: string }): number {
  const dayNumber = (iso: string) => Date.parse(`${beijingDay(new Date(iso))}T00:00:00Z`) / 86_400_000;
  return NORMAL_PERIOD_DAYS - (dayNumber(clock.pausedAt) - dayNumber(clock.receivedAt));
}

/** An instant as the UI writes it (web/src/app/time.ts): "22 Dec 2026" / "2026年12月22日", "22 Dec", "11:00". */
function written(at: Date, locale: 'en' | 'zh-CN', timeZone: string, part: 'date' | 'dayMonth' | 'time'): string {
  const options: Record<typeof part, Intl.DateTimeFormatOptions> = {
    date: { day: 'numeric', month: 'short', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'short' },
    time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  };
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { ...options[part], timeZone }).format(at).replace('Sept', 'Sep');
}

/**
 * A delay's expected day, picked on Beijing's calendar: the answer is due by the end of that day in Beijing. The US
 * reader sees it on Washington's clock with Beijing's beside it; the CN reader on Beijing's, Washington's beside it.
 */
function expectedDayTexts(day: string): { en: string; zh: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1, d + 1) - 8 * 3_600_000);
  const lastMinute = new Date(end.getTime() - 1);
  const inWashington = { date: written(end, 'en', 'America/New_York', 'date'), time: written(end, 'en', 'America/New_York', 'time') };
  const usMain = fill(en.time.dueBy, { time: inWashington.time, date: inWashington.date, zone: WASHINGTON.en });
  const usBeside = fill(en.time.dueReaderCity, { time: '24:00', date: written(lastMinute, 'en', 'Asia/Shanghai', 'dayMonth'), city: BEIJING.cityEn });
  const cnMain = fill(zh.time.dueByEndOf, { date: written(lastMinute, 'zh-CN', 'Asia/Shanghai', 'date'), zone: BEIJING.zh });
  const cnBeside = fill(zh.time.dueReaderCity, { time: written(end, 'zh-CN', 'America/New_York', 'time'), date: written(end, 'zh-CN', 'America/New_York', 'dayMonth'), city: WASHINGTON.cityZh });
  return { en: `${usMain} ${usBeside}`, zh: `${cnMain}${cnBeside}` };
}

const actionsOf = (page: Page, t: Catalog) => page.getByRole('group', { name: t.requests.detail.actions });
const summaryOf = (page: Page, t: Catalog) => page.getByRole('group', { name: t.requests.detail.summaryLabel });
const timelineOf = (page: Page, t: Catalog) => page.getByRole('list', { name: t.requests.detail.timeline });
const clockOf = (page: Page) => page.getByTestId('request-clock');

/** Opens the dialog of a step from the request's actions. */
async function openStep(page: Page, t: Catalog, action: StepAction, reference: string): Promise<Locator> {
  await actionsOf(page, t).getByRole('button', { name: t.requests.action[action], exact: true }).click();
  const dialog = page.getByRole('dialog', { name: fill(t.requests.dialog[action].title, { reference }) });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Files the step of the open dialog; the dialog closes once the node took it. */
async function fileStep(dialog: Locator, t: Catalog, action: StepAction): Promise<void> {
  // The dialog's own ✕ button is named too: the step's button is the one whose visible text says so.
  await dialog.getByRole('button', { name: t.requests.action[action], exact: true }).filter({ hasText: t.requests.action[action] }).click();
  await expect(dialog).toBeHidden();
}

/** Reloads the request page until `target` shows: a step of the other node has arrived. */
async function reloadUntilShown(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await page.reload();
      await clockOf(page).waitFor();
      return target.isVisible();
    }, { timeout: 30_000 })
    .toBe(true);
}

/** The US officer asks CN (wizard, in English); the CN officer opens it (in Chinese). Both pages show the request. */
async function askedOfCn(browser: Browser, what: string): Promise<{ us: Page; cn: Page; reference: string }> {
  const us = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'officer.us' });
  const reference = await askInEnglish(us, nodes, uniqueName(`${what} of Ningbo Yongxin`), uniqueName('Ningbo Yongxin Chemical Co.'));
  const cn = await openPage(browser, { baseURL: CN_URL, locale: 'zh-CN', username: 'officer.cn' });
  await awaitInCnInbox(nodes, reference);
  await cn.goto(`/requests/${requestId(us)}`);
  await expect(cn.getByRole('heading', { level: 1, name: reference })).toBeVisible();
  await expect(summaryOf(cn, zh).getByText(zh.requests.status.received, { exact: true })).toBeVisible();
  return { us, cn, reference };
}

/** CN's officer gives notice of a delay in Chinese: a coded reason and the day the answer is now expected. */
async function delayInChinese(cn: Page, reference: string, day: string): Promise<void> {
  const dialog = await openStep(cn, zh, 'delay', reference);
  await choose(cn, zh.requests.dialog.reason, requestLabel('delayReasons', 'judicial-authorisation', 'zh-CN'));
  const expected = dialog.getByRole('textbox', { name: zh.requests.dialog.expectedAt });
  await expected.fill(day);
  await expected.blur();
  await expect(expected).toHaveValue(written(new Date(`${day}T12:00:00Z`), 'zh-CN', 'UTC', 'date'));
  await dialog.getByRole('textbox', { name: zh.requests.dialog.delay.note }).fill('股东登记材料须经法院批准后方可提供。');
  await shot(cn, 'request-delay-dialog-zh-CN');
  await fileStep(dialog, zh, 'delay');
}

test('CN gives notice of a delay and asks for a clarification in Chinese; the US officer reads both in English and clarifies; the clock stops and runs again on both nodes', async ({ browser }) => {
  test.setTimeout(240_000);
  const { us, cn, reference } = await askedOfCn(browser, 'Shareholders');
  const day = beijingDayAhead(20);
  const texts = expectedDayTexts(day);
  await delayInChinese(cn, reference, day);
  const expectedZh = fill(zh.requests.clock.expected, { count: 1, time: texts.zh });
  await expect(clockOf(cn).getByTestId('expected-both-zones')).toHaveText(expectedZh);

  // The US officer sees the delay at once: the expected day on the request and in the timeline, in English.
  await nodes.sync();
  const expectedEn = clockOf(us).getByTestId('expected-both-zones');
  await reloadUntilShown(us, expectedEn);
  await expect(expectedEn).toHaveText(fill(en.requests.clock.expected, { count: 1, time: texts.en }));
  const delay = timelineOf(us, en).locator('[data-step="delay"]');
  await expect(delay).toContainText(en.requests.step.delay);
  await expect(delay).toContainText(fill(en.requests.step.reason, { reason: requestLabel('delayReasons', 'judicial-authorisation', 'en') }));
  await expect(delay.getByTestId('step-expected')).toHaveText(fill(en.requests.step.expectedAt, { time: texts.en }));
  await expect(clockOf(us).getByText(templatePattern(en.requests.clock.left))).toBeVisible();
  await shot(us, 'request-delay-en');

  // CN asks for a clarification: its clock stops with what was left, whole days of the period on Beijing's calendar.
  const ask = await openStep(cn, zh, 'clarification-requested', reference);
  await ask.getByRole('textbox', { name: zh.requests.dialog['clarification-requested'].note }).fill('请说明该公司是收货人还是发货人，以及查获日期。');
  await fileStep(ask, zh, 'clarification-requested');
  await expect(summaryOf(cn, zh).getByText(zh.requests.status.clarification, { exact: true })).toBeVisible();
  const stopped = await nodes.cnAdmin.get<{ clock: { receivedAt: string; pausedAt: string } }>(`/api/v1/requests/${requestId(us)}`);
  const daysLeft = { count: calendarDaysLeft(stopped.clock) };
  const stoppedZh = clockOf(cn).getByText(fill(zh.requests.clock.pausedDays['calendar-days'], daysLeft), { exact: true });
  await expect(stoppedZh).toBeVisible();
  await expect(clockOf(cn).getByText(templatePattern(zh.requests.clock.left))).toHaveCount(0);
  await shot(cn, 'request-clock-stopped-zh-CN');

  await nodes.sync();
  const stoppedEn = clockOf(us).getByText(fill(en.requests.clock.pausedDays['calendar-days'], daysLeft), { exact: true });
  await reloadUntilShown(us, stoppedEn);
  await expect(summaryOf(us, en).getByText(en.requests.status.clarification, { exact: true })).toBeVisible();
  await expect(clockOf(us).getByText(templatePattern(en.requests.clock.left))).toHaveCount(0);
  await expect(timelineOf(us, en).locator('[data-step="clarification-requested"]')).toContainText('请说明该公司是收货人还是发货人');
  await shot(us, 'request-clock-stopped-en');

  // The US officer clarifies in English; CN's node restarts the clock, and both nodes show it running again.
  const clarify = await openStep(us, en, 'clarification', reference);
  await clarify.getByRole('textbox', { name: en.requests.dialog.clarification.note }).fill('The company is the consignor; CBP seized the shipment at Newark on 3 March.');
  await fileStep(clarify, en, 'clarification');
  await nodes.sync();
  const runningZh = clockOf(cn).getByText(templatePattern(zh.requests.clock.left));
  await reloadUntilShown(cn, runningZh);
  await expect(summaryOf(cn, zh).getByText(zh.requests.status.received, { exact: true })).toBeVisible();
  await expect(stoppedZh).toHaveCount(0);
  await expect(timelineOf(cn, zh).locator('[data-step="clarification"]')).toContainText('CBP seized the shipment');
  await expect(timelineOf(cn, zh).getByText(zh.requests.step['clock-restarted'], { exact: true })).toBeVisible();

  await nodes.sync();
  const runningEn = clockOf(us).getByText(templatePattern(en.requests.clock.left));
  await reloadUntilShown(us, runningEn);
  await expect(stoppedEn).toHaveCount(0);
  await expect(summaryOf(us, en).getByText(en.requests.status.received, { exact: true })).toBeVisible();
  await expect(timelineOf(us, en).getByText(en.requests.step['clock-restarted'], { exact: true })).toBeVisible();
  await shot(us, 'request-clock-restarted-en');
  await closePage(cn);
  await closePage(us);
});

test('CN refuses a request in Chinese with a coded reason; the US officer reads the refusal in English and can only close it; CN sees it closed', async ({ browser }) => {
  test.setTimeout(180_000);
  const { us, cn, reference } = await askedOfCn(browser, 'Bank accounts');
  const answerZh = actionsOf(cn, zh).getByRole('button', { name: zh.requests.action.answer, exact: true });
  await expect(answerZh).toBeVisible();
  await expect(actionsOf(us, en).getByRole('button', { name: en.requests.action.closure, exact: true })).toBeVisible();

  const dialog = await openStep(cn, zh, 'refusal', reference);
  await choose(cn, zh.requests.dialog.reason, requestLabel('refusalReasons', 'ongoing-investigation', 'zh-CN'));
  await dialog.getByRole('textbox', { name: zh.requests.dialog.refusal.note }).fill('该公司正被立案侦查，现阶段提供信息将危及侦查。');
  await fileStep(dialog, zh, 'refusal');
  await expect(summaryOf(cn, zh).getByText(zh.requests.status.refused, { exact: true })).toBeVisible();
  await expect(clockOf(cn)).toContainText(zh.requests.clock.finished);
  await cn.reload();
  await expect(summaryOf(cn, zh).getByText(zh.requests.status.refused, { exact: true })).toBeVisible();
  await expect(answerZh).toHaveCount(0);
  await expect(actionsOf(cn, zh).getByRole('button')).toHaveCount(0);
  await shot(cn, 'request-refused-zh-CN');

  await nodes.sync();
  await awaitStatus(us, en, en.requests.status.refused);
  const refusal = timelineOf(us, en).locator('[data-step="refusal"]');
  await expect(refusal).toContainText(en.requests.step.refusal);
  await expect(refusal).toContainText(fill(en.requests.step.reason, { reason: requestLabel('refusalReasons', 'ongoing-investigation', 'en') }));
  await expect(refusal).toContainText('该公司正被立案侦查');
  await expect(clockOf(us)).toContainText(en.requests.clock.finished);
  // Nothing more is answered or clarified on it: the one step left to the US officer is to close it, saying it is done.
  const usActions = actionsOf(us, en).getByRole('button');
  await expect(usActions).toHaveCount(1);
  await expect(usActions).toHaveText(en.requests.action.closure);
  await expect(actionsOf(us, en).getByRole('button', { name: en.requests.action.clarification })).toHaveCount(0);
  await shot(us, 'request-refused-en');

  const closing = await openStep(us, en, 'closure', reference);
  await closing.getByRole('textbox', { name: en.requests.dialog.closure.note }).fill('Understood; we will ask again once the investigation allows.');
  await fileStep(closing, en, 'closure');
  await expect(summaryOf(us, en).getByText(en.requests.status.closed, { exact: true })).toBeVisible();
  await expect(actionsOf(us, en).getByRole('button')).toHaveCount(0);

  await nodes.sync();
  await awaitStatus(cn, zh, zh.requests.status.closed);
  await expect(timelineOf(cn, zh).locator('[data-step="refusal"]')).toContainText(zh.requests.step.refusal);
  await expect(timelineOf(cn, zh).locator('[data-step="closure"]')).toContainText('we will ask again once the investigation allows');
  await expect(actionsOf(cn, zh).getByRole('button')).toHaveCount(0);
  await shot(cn, 'request-refused-closed-zh-CN');
  await closePage(cn);
  await closePage(us);
});

test('the US officer closes a request CN answered in part; CN sees it closed, with nothing left to answer', async ({ browser }) => {
  test.setTimeout(180_000);
  const { us, cn, reference } = await askedOfCn(browser, 'Directors');
  // The partial answer through the API (the answer dialog is requests.spec.ts's): the request's use restriction
  // makes it wait for a supervisor of MPS-NCB who did not write it.
  const id = requestId(us);
  const officer = await nodes.signIn(CN_URL, 'officer.cn');
  type Held = { steps: { id: string; kind: string; state: string }[] };
  const held = await officer.post<Held>(`/api/v1/requests/${id}/steps`, { kind: 'partial-answer', note: '法定代表人为王某；股东情况仍在核查。', language: 'zh', handling: 'TLP:GREEN', useRestrictions: [RESTRICTION] });
  const step = held.steps.find((s) => s.kind === 'partial-answer' && s.state === 'pending-approval');
  await nodes.cnAdmin.post(`/api/v1/requests/${id}/steps/${step?.id ?? ''}/approve`, {});
  await nodes.sync();
  await awaitStatus(us, en, en.requests.status['partially-answered']);
  await expect(timelineOf(us, en).locator('[data-step="partial-answer"]')).toContainText('法定代表人为王某');

  const dialog = await openStep(us, en, 'closure', reference);
  await dialog.getByRole('textbox', { name: en.requests.dialog.closure.note }).fill('The legal representative is enough for our case; thank you.');
  await shot(us, 'request-close-dialog-en');
  await fileStep(dialog, en, 'closure');
  await expect(summaryOf(us, en).getByText(en.requests.status.closed, { exact: true })).toBeVisible();
  await expect(clockOf(us)).toContainText(en.requests.clock.finished);
  await expect(actionsOf(us, en).getByRole('button')).toHaveCount(0);
  await shot(us, 'request-closed-en');

  await nodes.sync();
  await awaitStatus(cn, zh, zh.requests.status.closed);
  const closure = timelineOf(cn, zh).locator('[data-step="closure"]');
  await expect(closure).toContainText(zh.requests.step.closure);
  await expect(closure).toContainText('The legal representative is enough for our case');
  await expect(clockOf(cn)).toContainText(zh.requests.clock.finished);
  await expect(actionsOf(cn, zh).getByRole('button')).toHaveCount(0);
  await shot(cn, 'request-closed-zh-CN');
  await closePage(cn);
  await closePage(us);
});
