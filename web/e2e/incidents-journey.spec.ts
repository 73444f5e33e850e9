// Issue 15's journey across the two nodes: a US officer has filed a seizure naming a consignee company, releasable
// to CN; a CN officer files a wildlife seizure through the wizard in Chinese — the species looked up by its Chinese
// name, the specimen by its trade term in Chinese — naming the same company as shipper, releasable to US. Once the
// exchange has delivered it, a US analyst reading in English opens the US incident, finds the link to the CN
// record, and follows it.
import type { Browser, Page } from '@playwright/test';
import { catalogs, expect, signIn, test, uniqueName, type Api } from './fixtures';
import { CN_URL, US_URL } from './nodes';
import { peerTheNodes } from './peering';

const nodes = peerTheNodes();
const zh = catalogs['zh-CN'].incidentForm;

type Incident = { id: string; reference: string; title: string; links: { records: { recordId: string; reference: string; originParty: string }[] }[] };

/** A calendar day `days` before today, YYYY-MM-DD (UTC: early enough to be past on either node). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function browse(browser: Browser, baseURL: string, locale: 'en' | 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: locale === 'en' ? 'en-US' : 'zh-CN' });
  return context.newPage();
}

/** Picks an option of a Mantine Select, typing first to search where `search` is given. */
async function choose(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.click();
  if (search !== undefined) await input.fill(search);
  await page.getByRole('option', { name: option, ...(typeof option === 'string' ? { exact: true } : {}) }).click();
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: zh.next, exact: true }).click();
}

async function fileUsSeizure(api: Api, company: string): Promise<Incident> {
  const agency = await api.agency('HSI');
  return api.post<Incident>('/api/v1/incidents', {
    kind: 'seizure',
    agencyId: agency.id,
    occurredOn: daysAgo(20),
    place: { country: 'US', locality: 'Long Beach', port: 'Port of Long Beach' },
    title: 'Pangolin scales declared as plastic flakes',
    narrative: 'CBP found 80 kg of pangolin scales in a container declared as plastic flakes.',
    language: 'en',
    entities: [{ kind: 'company', value: company, role: 'consignee' }],
    handling: 'TLP:AMBER',
    releasableTo: ['CN'],
  });
}

/** The CN officer, in Chinese, through every step of the wizard; returns the filed incident's id and reference. */
async function fileCnWildlifeSeizure(page: Page, company: string, title: string): Promise<{ id: string; reference: string }> {
  await signIn(page, 'officer.cn', { locale: 'zh-CN' });
  await page.goto('/incidents/new');
  await expect(page.getByRole('heading', { level: 1, name: zh.createTitle })).toBeVisible();

  await choose(page, zh.kindLabel, zh.kind['wildlife-seizure']);
  await page.getByLabel(zh.occurredOn).fill(daysAgo(3));
  await page.getByRole('textbox', { name: zh.title, exact: true }).fill(title);
  await page.getByRole('textbox', { name: zh.narrative, exact: true }).fill('深圳海关在一个申报为塑料碎片的集装箱内查获穿山甲鳞片。');
  await next(page);

  await page.getByRole('textbox', { name: zh.locality, exact: true }).fill('深圳');
  await page.getByRole('textbox', { name: zh.port, exact: true }).fill('盐田港');
  await next(page);

  await page.getByRole('button', { name: zh.addItem.wildlife, exact: true }).click();
  await choose(page, zh.species, /Manis pentadactyla/, '穿山甲');
  await expect(page.getByRole('group', { name: zh.itemLegend.wildlife.replace('{{n}}', '1') }).getByText('Chinese pangolin', { exact: true })).toBeVisible();
  await choose(page, zh.tradeTerm, '鳞片（SCA）', '鳞片');
  await page.getByRole('textbox', { name: zh.quantity, exact: true }).fill('120');
  await choose(page, zh.unitLabel, zh.unit.kg);
  await page.getByRole('radio', { name: zh.live.dead, exact: true }).check();
  await next(page);

  await choose(page, zh.modeLabel, zh.mode.sea);
  await next(page);

  await page.getByRole('button', { name: zh.addEntity, exact: true }).click();
  await page.getByRole('textbox', { name: zh.entityValue, exact: true }).fill(company);
  await choose(page, zh.entityRoleLabel, zh.entityRole.shipper);
  await next(page);
  await next(page);

  await page.getByRole('checkbox', { name: /\(US\)$/ }).check();
  await next(page);

  await expect(page.getByText(title)).toBeVisible();
  const filed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/incidents' && r.request().method() === 'POST');
  await page.getByRole('button', { name: zh.file, exact: true }).click();
  const response = await filed;
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as Incident;
  await expect(page).toHaveURL(new RegExp(`/incidents/${body.id}$`));
  return { id: body.id, reference: body.reference };
}

test('a CN officer files a wildlife seizure in Chinese, a US analyst finds its link to a US incident in English', async ({ browser }) => {
  test.setTimeout(180_000);
  const company = uniqueName('Harbour Bright Trading Co Ltd');
  const usOfficer = await nodes.signIn(US_URL, 'officer.us');
  const usIncident = await fileUsSeizure(usOfficer, company);

  const cnPage = await browse(browser, CN_URL, 'zh-CN');
  const cn = await fileCnWildlifeSeizure(cnPage, company, uniqueName('盐田港集装箱查获穿山甲鳞片'));

  // Delivered to the US node and correlated there with the US seizure through the company.
  const analyst = await nodes.signIn(US_URL, 'viewer.us');
  await expect(async () => {
    await nodes.sync();
    const seen = await analyst.get<Incident>(`/api/v1/incidents/${usIncident.id}`);
    expect(seen.links.flatMap((l) => l.records).some((r) => r.recordId === cn.id && r.originParty === 'CN')).toBe(true);
  }).toPass({ timeout: 60_000 });

  const usPage = await browse(browser, US_URL, 'en');
  await signIn(usPage, 'viewer.us', { locale: 'en' });
  await usPage.goto(`/incidents/${usIncident.id}`);
  await expect(usPage.getByText(usIncident.reference).first()).toBeVisible();
  const link = usPage.locator(`a[href="/incidents/${cn.id}"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(usPage).toHaveURL(new RegExp(`/incidents/${cn.id}$`));
  await expect(usPage.getByText(cn.reference).first()).toBeVisible();
  await expect(usPage.locator('html')).toHaveAttribute('lang', 'en');
});
