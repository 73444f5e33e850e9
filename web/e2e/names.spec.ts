// People's names across the two languages (issue 14, item 5): an English reader sees a Chinese name with its pinyin
// (surname first, in capitals), a Chinese reader an English name after the Chinese rendering a person gave it.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { Api, catalogs, expect, fill, languageSwitch, test, uniqueName, type Locale } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';

async function switchTo(page: Page, locale: Locale): Promise<void> {
  // Settled first: a session read still under way when the language changes would put the old language back.
  await page.waitForLoadState('networkidle');
  await languageSwitch(page, locale).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test('an English reader sees a Chinese name with its pinyin; in Chinese it is as written', async ({ browser, playwright }) => {
  const http = await playwright.request.newContext({ baseURL: CN_URL });
  const cnAdmin = await Api.signIn(http, 'admin.cn');
  const username = `names.${randomBytes(3).toString('hex')}`;
  const password = `e2e-${randomBytes(12).toString('hex')}`;
  const agencyId = (await cnAdmin.agency('MPS-NCB')).id;
  await cnAdmin.post('/api/v1/users', { username, displayName: '测试员 何伟', agencyId, roles: ['viewer'], locale: 'en', timeZone: 'Asia/Shanghai', password });
  await http.dispose();

  const page = await openPage(browser, { baseURL: CN_URL, locale: 'en', username, password, timezoneId: 'UTC' });
  await expect(page.getByText(fill(catalogs.en.shell.signedInAs, { name: '测试员 何伟 (Cèshìyuán HÉ Wěi)', agency: 'MPS-NCB' }))).toBeVisible();
  await page.goto('/contacts');
  const link = page.getByRole('link', { name: '李明远 (LǏ Míngyuǎn)', exact: true });
  await expect(link).toBeVisible();
  // A desk is not a person: its name gets no personal-name pinyin.
  await expect(page.getByRole('link', { name: '公安部禁毒局国际合作值班室', exact: true })).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('李明远 (LǏ Míngyuǎn)');
  await shot(page, 'names-cn-contact-en');

  await switchTo(page, 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('李明远');
  await shot(page, 'names-cn-contact-zh');
  await closePage(page);
});

test('a Chinese reader sees an English name after its Chinese rendering; in English it is as written', async ({ browser, adminApi }) => {
  const name = uniqueName('Dana Whitfield');
  const agencyId = (await adminApi.agency('HSI')).id;
  const contact = await adminApi.post<{ id: string }>('/api/v1/contacts', {
    agencyId, kind: 'person', name, nameZh: '达娜·惠特菲尔德', title: 'Attaché, Beijing', topics: ['synthetic-drugs'], coverage: '24x7',
    channels: [{ kind: 'email', value: 'd.whitfield@hsi.example' }], languages: ['en', 'zh'], language: 'en',
  });
  // A supervisor of HSI: may edit the contact, so its form shows the rendering as entered.
  const user = await adminApi.createUser(`names.${randomBytes(3).toString('hex')}`, ['supervisor']);

  const page = await openPage(browser, { baseURL: US_URL, locale: 'zh-CN', username: user.username, password: user.password, timezoneId: 'UTC' });
  await page.goto(`/contacts/${contact.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`达娜·惠特菲尔德 (${name})`);
  await shot(page, 'names-us-contact-zh');
  await page.goto(`/contacts/${contact.id}/edit`);
  await expect(page.getByRole('textbox', { name: catalogs['zh-CN'].contactForm.nameZh })).toHaveValue('达娜·惠特菲尔德');
  await shot(page, 'names-us-contact-form-zh');
  await page.goto(`/contacts/${contact.id}`);

  await switchTo(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await shot(page, 'names-us-contact-en');
  await closePage(page);
});
