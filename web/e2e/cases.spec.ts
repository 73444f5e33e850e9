// Cases and the request settings through the browser on the US node. A US officer, reading in Chinese, opens a case
// that names a company and links an incident the node already holds (filed through the API), picked from the
// suggestions by words of its title; the case's page shows the company and the incident. An administrator, reading
// in English, gives one type and priority of request asked of the US a reply period of its own, saves it, sees it
// marked as this party's, and puts it back to the default.
import type { Page } from '@playwright/test';
import { Api, catalogs, expect, fill, signIn, test } from './fixtures';
import { US_URL } from './nodes';
import { shot } from './pages';
import { choose, requestLabel } from './requests-flow';

const en = catalogs.en;
const zh = catalogs['zh-CN'];

type Incident = { id: string; reference: string };
type Settings = { periods: { type: string; priority: string; amount: number; unit: string; isDefault: boolean }[] };

/** A seizure filed by officer.us through the API, its title carrying `token` to find it by. */
async function fileIncident(officer: Api, token: string): Promise<Incident> {
  const agency = await officer.agency('HSI');
  return officer.post<Incident>('/api/v1/incidents', {
    kind: 'seizure',
    agencyId: agency.id,
    occurredOn: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
    place: { country: 'US', locality: 'Newark', port: 'Port Newark' },
    title: `纽瓦克港查获申报为清洁剂的易制毒化学品 ${token}`,
    narrative: '海关查获十二桶申报为清洁剂的易制毒化学品，发货人为宁波一家化工公司。',
    language: 'zh',
    handling: 'TLP:GREEN',
    releasableTo: [],
  });
}

/** The officer fills the case form in Chinese: what it is, with whom it is shared, the company it names, the incident it links. */
async function fillCaseInChinese(page: Page, o: { title: string; company: string; token: string; incident: string }): Promise<void> {
  const f = zh.cases.form;
  await page.getByRole('textbox', { name: f.title, exact: true }).fill(o.title);
  await page.getByRole('textbox', { name: f.summary, exact: true }).fill('宁波一家化工公司以清洁剂名义向美国发运易制毒化学品，请中方协查其股东和负责人。');
  await choose(page, f.topic, requestLabel('caseTopics', 'precursors', 'zh-CN'));
  await page.getByRole('checkbox', { name: /\(CN\)$/ }).check();

  await page.getByRole('button', { name: zh.incidentForm.addEntity, exact: true }).click();
  await page.getByRole('textbox', { name: zh.incidentForm.entityValue, exact: true }).fill(o.company);
  await choose(page, zh.incidentForm.entityRoleLabel, zh.incidentForm.entityRole.shipper);

  // The incident is offered while its title's words are typed; the officer picks it.
  await page.getByRole('textbox', { name: zh.requests.links.incidents, exact: true }).pressSequentially(o.token);
  await page.getByRole('option', { name: new RegExp(`^${o.incident}`) }).click();
  await expect(page.getByText(o.incident, { exact: true })).toBeVisible();
}

test('an officer opens a case in Chinese naming a company and linking an incident; the case page shows both', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  const http = await playwright.request.newContext({ baseURL: US_URL });
  const officer = await Api.signIn(http, 'officer.us');
  const token = `${Date.now().toString().slice(-8)}${Math.floor(Math.random() * 90 + 10)}`;
  const incident = await fileIncident(officer, token);
  const company = `宁波永鑫化工有限公司${token}`;
  const title = `宁波永鑫化工易制毒化学品走私案 ${token}`;

  await signIn(page, 'officer.us', { locale: 'zh-CN' });
  await page.getByRole('link', { name: zh.nav.cases, exact: true }).click();
  await page.getByRole('link', { name: zh.cases.list.create, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: zh.cases.form.createTitle })).toBeVisible();
  await fillCaseInChinese(page, { title, company, token, incident: incident.reference });
  await shot(page, 'case-form-zh-CN');
  const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/cases' && r.request().method() === 'POST');
  await page.getByRole('button', { name: zh.cases.form.create, exact: true }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const kase = (await response.json()) as { id: string; reference: string };

  await expect(page).toHaveURL(new RegExp(`/cases/${kase.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: kase.reference })).toBeVisible();
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  const entity = page.getByRole('table', { name: zh.cases.detail.entitiesCaption }).getByRole('row').filter({ hasText: company });
  await expect(entity).toContainText(zh.incidentForm.entityRole.shipper);
  const links = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: zh.cases.detail.links, exact: true }) });
  await expect(links).toContainText(incident.reference);
  await shot(page, 'case-detail-zh-CN');
  // What the page shows is what the node holds.
  const held = await officer.get<{ entities: { value: string; role: string }[]; links: { incidents: string[] } }>(`/api/v1/cases/${kase.id}`);
  expect(held.entities).toMatchObject([{ value: company, role: 'shipper' }]);
  expect(held.links.incidents).toEqual([incident.reference]);
  await http.dispose();
});

/** The row of the settings' periods table for information requests of normal priority, and its inputs. */
function informationNormal(page: Page) {
  const what = { type: requestLabel('requestTypes', 'information', 'en'), priority: requestLabel('priorities', 'normal', 'en') };
  const amount = page.getByRole('textbox', { name: fill(en.requests.settings.amountOf, what), exact: true });
  return {
    row: page.getByRole('row').filter({ has: amount }),
    amount,
    unit: fill(en.requests.settings.unitOf, what),
    backToDefault: page.getByRole('button', { name: fill(en.requests.settings.backToDefaultOf, what), exact: true }),
  };
}

async function periodOnNode(admin: Api): Promise<Settings['periods'][number] | undefined> {
  return (await admin.get<Settings>('/api/v1/requests/settings')).periods.find((p) => p.type === 'information' && p.priority === 'normal');
}

test("an administrator gives a request type a reply period of this party's own in English, then puts it back to the default", async ({ page, adminApi }) => {
  test.setTimeout(120_000);
  const s = en.requests.settings;
  expect(await periodOnNode(adminApi)).toMatchObject({ amount: 7, unit: 'calendar-days', isDefault: true });
  await signIn(page, 'admin.us');
  await page.goto('/requests');
  await page.getByRole('link', { name: en.requests.list.settings, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
  const period = informationNormal(page);
  await expect(period.amount).toHaveValue('7');
  await expect(period.row.getByText(s.isDefault, { exact: true })).toBeVisible();
  await expect(period.backToDefault).toHaveCount(0);

  await period.amount.fill('10');
  await choose(page, period.unit, s.unit['working-days']);
  await page.getByRole('button', { name: s.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: s.saved })).toBeVisible();
  await expect(period.row.getByText(s.isOwn, { exact: true })).toBeVisible();
  expect(await periodOnNode(adminApi)).toMatchObject({ amount: 10, unit: 'working-days', isDefault: false });
  await page.reload();
  await expect(period.amount).toHaveValue('10');
  await expect(period.row.getByText(s.isOwn, { exact: true })).toBeVisible();
  await shot(page, 'request-settings-own-en');

  await period.backToDefault.click();
  await expect(period.amount).toHaveValue('7');
  await page.getByRole('button', { name: s.save, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: s.saved })).toBeVisible();
  await expect(period.row.getByText(s.isDefault, { exact: true })).toBeVisible();
  await expect(period.backToDefault).toHaveCount(0);
  expect(await periodOnNode(adminApi)).toMatchObject({ amount: 7, unit: 'calendar-days', isDefault: true });
  await page.reload();
  await expect(period.row.getByText(s.isDefault, { exact: true })).toBeVisible();
});
