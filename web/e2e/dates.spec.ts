// Dates and times as both parties read them (issue 14, item 7), on two real nodes: a reply deadline counted in
// Beijing reads as the end of its last day in Beijing time, with the reader's own clock beside it in Washington, and
// names the calendar it was counted in; a contact's verification date is the same day on the US and the CN screens;
// no raw IANA zone or GMT offset shows. In English and in Chinese.
import type { Browser } from '@playwright/test';
import { sentToCn } from './drafts';
import { catalogs, expect, fill, signIn, test, uniqueName, type Locale } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';
import { peerTheNodes } from './peering';

type Contact = { id: string; verifiedAt: string | null };

const RAW_ZONE = /Asia\/Shanghai|America\/New_York|GMT[+-]/;
const nodes = peerTheNodes();

/** "2026-12-22" as the UI writes a date: "22 Dec 2026" / "2026年12月22日". */
function dayText(ymd: string, locale: Locale): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD. */
const dayIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** A page signed in as `username`, its browser in UTC: what it shows in a zone is the UI's doing. */
const pageIn = (browser: Browser, baseURL: string, username: string, locale: Locale) => openPage(browser, { baseURL, locale, username, timezoneId: 'UTC' });

test('a reply deadline reads as the end of its last day in Beijing time, with the reader’s own clock, in both languages', async ({ browser }) => {
  test.setTimeout(120_000);
  const n = await sentToCn(nodes, { exporter: 'E2E Dates Chemicals', lines: [{ declaredName: 'ANPP', cas: '21409-26-7', quantity: '25', unit: 'kg' }], intendedUse: 'Reference standards' });
  const dueAt = n.dueAt ?? '';
  const dueDate = n.dueDate ?? '';
  // The period ends at midnight in Beijing: the instant is the start of the next day there, never the day shown.
  expect(dayIn(dueAt, 'Asia/Shanghai')).not.toBe(dueDate);
  const washington = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(dueAt));
  const washingtonDay = dayIn(dueAt, 'America/New_York');

  for (const locale of ['en', 'zh-CN'] as const) {
    const t = catalogs[locale];
    const us = await pageIn(browser, US_URL, 'regulator.us', locale);
    await us.goto(`/notifications/${n.id}`);
    const box = us.getByRole('region', { name: t.notification.deadlineTitle });
    const due = box.getByTestId('due-text');
    await expect(due).toContainText(fill(t.time.dueByEndOf, { date: dayText(dueDate, locale), zone: locale === 'en' ? 'Beijing time' : '北京时间' }));
    const day = dayText(washingtonDay, locale).replace(/,? ?\d{4}年?$/, '').replace(/^\d{4}年/, '');
    await expect(due).toContainText(fill(t.time.dueReaderCity, { time: washington, date: day, city: locale === 'en' ? 'Washington' : '华盛顿' }));
    await expect(box.getByTestId('reply-period')).toHaveText(fill(t.notification.periodCalendar, { days: 15 }));
    await expect(box).not.toContainText(RAW_ZONE);
    await shot(us, `deadline-us-${locale}`);
    await closePage(us);

    const cn = await pageIn(browser, CN_URL, 'regulator.cn', locale);
    await cn.goto(`/notifications/${n.id}`);
    const cnBox = cn.getByRole('region', { name: t.notification.deadlineTitle });
    // A reader in Beijing sees one clock: the deadline's own.
    await expect(cnBox.getByTestId('due-text')).toHaveText(fill(t.time.dueByEndOf, { date: dayText(dueDate, locale), zone: locale === 'en' ? 'Beijing time' : '北京时间' }));
    await expect(cnBox).not.toContainText(RAW_ZONE);
    await shot(cn, `deadline-cn-${locale}`);
    await closePage(cn);
  }
});

test('a contact’s verification date is the same day on the US and the CN screens, in both languages', async ({ browser }) => {
  test.setTimeout(120_000);
  const name = uniqueName('E2E Dates Desk');
  const contact = await nodes.usAdmin.createContact({ name, releasableTo: ['CN'] });
  // 01:00 UTC yesterday: the evening before in Washington, the morning after in Beijing.
  const yesterday = new Date(Date.now() - 86_400_000);
  const verifiedAt = new Date(Date.UTC(yesterday.getUTCFullYear(), yesterday.getUTCMonth(), yesterday.getUTCDate(), 1)).toISOString();
  await nodes.usAdmin.post<Contact>(`/api/v1/contacts/${contact.id}/verifications`, { verifiedAt });
  const day = dayIn(verifiedAt, 'America/New_York');
  expect(dayIn(verifiedAt, 'Asia/Shanghai')).not.toBe(day);
  await expect(async () => {
    await nodes.sync();
    const there = await nodes.cnAdmin.get<Contact>(`/api/v1/contacts/${contact.id}`);
    expect(there.verifiedAt).not.toBeNull();
  }).toPass({ timeout: 30_000 });

  for (const locale of ['en', 'zh-CN'] as const) {
    const t = catalogs[locale];
    const expected = fill(t.contact.verifiedOn, { date: dayText(day, locale), zone: locale === 'en' ? 'US Eastern Time' : '美国东部时间' });
    for (const [node, user] of [[US_URL, 'admin.us'], [CN_URL, 'admin.cn']] as const) {
      const page = await pageIn(browser, node, user, locale);
      await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
      const row = page.getByRole('row').filter({ hasText: name });
      await expect(row).toContainText(dayText(day, locale));
      await page.goto(`/contacts/${contact.id}`);
      await expect(page.getByTestId('verified-on')).toHaveText(expected);
      await expect(page.getByRole('main')).not.toContainText(RAW_ZONE);
      await shot(page, `contact-verified-${node === US_URL ? 'us' : 'cn'}-${locale}`);
      await closePage(page);
    }
  }
});

test('date fields speak the UI language, not the browser’s', async ({ browser }) => {
  // The browser speaks the other language: the audit log's date filter follows the user's choice, typed either way.
  const cases = [
    { locale: 'zh-CN', browser: 'en-US', typed: '22 Dec 2026', shown: '2026年12月22日', month: '2026年12月' },
    { locale: 'en', browser: 'zh-CN', typed: '2026年12月22日', shown: '22 Dec 2026', month: 'December 2026' },
  ] as const;
  for (const c of cases) {
    const context = await browser.newContext({ baseURL: US_URL, locale: c.browser, timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await signIn(page, 'admin.us', { locale: c.locale });
    await page.goto('/audit');
    const from = page.getByRole('textbox', { name: catalogs[c.locale].audit.from, exact: true });
    await from.fill(c.typed);
    await from.blur();
    await expect(from).toHaveValue(c.shown);
    await from.click();
    await expect(page.getByRole('button', { name: c.month, exact: true })).toBeVisible();
    await shot(page, `date-field-${c.locale}`);
    await context.close();
  }
});
