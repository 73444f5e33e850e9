// A follow-up withdrawn by its author, in Chinese: a US officer has filed an incident and followed it up (through the
// API); on the incident's page the officer withdraws the follow-up with a note after confirming, and the page marks
// it withdrawn with the note, the withdraw button gone.
import { Api, catalogs, expect, fill, signIn, test, uniqueName } from './fixtures';
import { US_URL } from './nodes';
import { shot } from './pages';

const zh = catalogs['zh-CN'];

type Incident = { id: string; reference: string; followUps: { id: string; status: string }[] };

test('the author of a follow-up withdraws it, with a note, and the page marks it withdrawn', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  const http = await playwright.request.newContext({ baseURL: US_URL });
  const officer = await Api.signIn(http, 'officer.us');
  const agency = await officer.agency('HSI');
  const incident = await officer.post<Incident>('/api/v1/incidents', {
    kind: 'seizure',
    agencyId: agency.id,
    occurredOn: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10),
    place: { country: 'US', locality: 'Long Beach', port: 'Port of Long Beach' },
    title: uniqueName('Precursor drums under a false description'),
    narrative: 'CBP found 12 drums of a precursor declared as cleaning agent.',
    language: 'en',
    handling: 'TLP:GREEN',
    releasableTo: [],
  });
  const note = uniqueName('Searched the consignee; nothing further');
  const followedUp = await officer.post<Incident>(`/api/v1/incidents/${incident.id}/follow-ups`, { note, language: 'en', handling: 'TLP:GREEN' });
  expect(followedUp.followUps).toHaveLength(1);

  await signIn(page, 'officer.us', { locale: 'zh-CN' });
  await page.goto(`/incidents/${incident.id}`);
  const card = page.getByRole('article').filter({ hasText: note });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: new RegExp(`^${zh.incidents.followUp.withdraw}`) }).click();

  const dialog = page.getByRole('dialog', { name: zh.incidents.followUp.withdrawTitle });
  await expect(dialog.getByText(zh.incidents.followUp.withdrawMessage)).toBeVisible();
  await dialog.getByRole('textbox', { name: zh.incidents.followUp.withdrawNote }).fill('填错了案事件');
  const withdrawn = page.waitForResponse((r) => r.url().endsWith('/withdraw') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: zh.incidents.followUp.withdrawConfirm, exact: true }).click();
  expect((await withdrawn).status()).toBe(200);

  await expect(dialog).toBeHidden();
  await expect(card.getByText(zh.incidents.withdrawn, { exact: true })).toBeVisible();
  await expect(card.getByText(fill(zh.incidents.followUp.withdrawnNote, { note: '填错了案事件' }))).toBeVisible();
  await expect(card.getByRole('button', { name: new RegExp(`^${zh.incidents.followUp.withdraw}`) })).toHaveCount(0);
  await shot(page, 'follow-up-withdrawn-zh-CN');
  const after = await officer.get<Incident>(`/api/v1/incidents/${incident.id}`);
  expect(after.followUps).toMatchObject([{ status: 'withdrawn' }]);
  await http.dispose();
});
