// The incident pages as a viewer reads them, in English and in Chinese: the list (filtered by words), an incident
// whose consignee's phone and shipper appear in other incidents — the links in words, the graph, the entity page
// listing every record naming the phone — and the map of the listed incidents' places, drawn from the outlines
// shipped with the app. Officers file the incidents through the API; nothing on the pages leaks the other language.
import type { Page } from '@playwright/test';
import { Api, catalogs, expect, fill, LOCALES, test, type Catalog, type Locale } from './fixtures';
import { findLeaks } from './leaks';
import { US_URL } from './nodes';
import { closePage, openPage, shot } from './pages';

type Created = { id: string; reference: string };
type Me = { user: { displayName: string; agency: { id: string; acronym: string } | null } };

/** The references, the viewer's name, agency acronyms and party codes: identifiers, the same in either language. */
let identifiers: string[] = [];

async function file(api: Api, agencyId: string, body: Record<string, unknown>): Promise<Created> {
  return api.post<Created>('/api/v1/incidents', { agencyId, handling: 'TLP:GREEN', source: { reliability: 'B', credibility: '2' }, ...body });
}

async function noLeaks(page: Page, locale: Locale, what: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await findLeaks(page, locale, identifiers), `language leaks on ${what}`).toEqual([]);
}

const section = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

test('a viewer finds an incident, its links to other incidents, the entity behind them and the map, in both languages', async ({ browser, playwright }) => {
  test.setTimeout(180_000);
  const http = await playwright.request.newContext({ baseURL: US_URL });
  const officer = await Api.signIn(http, 'officer.us');
  const me = await officer.get<Me>('/api/v1/session');
  const agencyId = me.user.agency?.id ?? (await officer.agency('HSI')).id;
  // Digits: a word of every title that is neither language (a Latin word would leak into the Chinese title).
  const digits = String(Date.now()).slice(-8);
  const token = `${digits}${Math.floor(Math.random() * 90 + 10)}`;
  const phone = `+86 138 ${digits.slice(0, 4)} ${digits.slice(4)}`;
  const company = `Kestrel ${token} Trading Co., Ltd.`;
  const seizure = await file(officer, agencyId, {
    kind: 'seizure', occurredOn: '2026-02-14', title: `Seizure ${token} of 4-piperidone at Long Beach`, language: 'en',
    place: { country: 'US', locality: 'Long Beach, CA', latitude: 33.754, longitude: -118.216 },
    items: [{ type: 'chemical', declaredName: '4-piperidone', cas: '41661-47-6', quantity: '250', unit: 'kg' }],
    entities: [{ kind: 'phone', value: phone, role: 'consignee' }, { kind: 'company', value: company, role: 'shipper' }],
  });
  const parcel = await file(officer, agencyId, {
    kind: 'postal-interdiction', occurredOn: '2026-03-02', title: `Parcel ${token} stopped in Memphis`, language: 'en',
    place: { country: 'US', locality: 'Memphis, TN' },
    entities: [{ kind: 'phone', value: phone, role: 'buyer' }],
  });
  const wildlife = await file(officer, agencyId, {
    kind: 'wildlife-seizure', occurredOn: '2026-01-20', title: `穿山甲鳞片查获 第${token}号`, language: 'zh',
    place: { country: 'CN', locality: '深圳' },
    items: [{ type: 'wildlife', taxon: 'Manis javanica', tradeTerm: 'SCA', quantity: '120', unit: 'kg', live: false }],
    entities: [{ kind: 'company', value: company, role: 'shipper' }],
  });
  const viewer = await Api.signIn(http, 'viewer.us');
  const agencies = (await viewer.get<{ items: { acronym: string; partyCode: string }[] }>('/api/v1/agencies')).items;
  const names = [(await viewer.get<Me>('/api/v1/session')).user.displayName, ...agencies.flatMap((a) => [a.acronym, a.partyCode])];
  // Longest first: a reference (US-INC-2026-000042) goes whole before its party code.
  identifiers = [...new Set([seizure, parcel, wildlife].map((i) => i.reference).concat(names))].sort((a, b) => b.length - a.length);
  await http.dispose();

  for (const locale of LOCALES) {
    const t: Catalog = catalogs[locale];
    const page = await openPage(browser, { baseURL: US_URL, locale, username: 'viewer.us' });

    // The list, found by a word of the titles; a viewer files nothing.
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.incidents, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.incidents.list.title, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: t.incidents.list.create })).toHaveCount(0);
    await page.getByRole('searchbox', { name: t.incidents.list.filterWords }).fill(token);
    await page.getByRole('button', { name: t.incidents.list.search, exact: true }).click();
    const table = page.getByRole('table', { name: t.incidents.list.tableCaption });
    await expect(table.getByRole('row')).toHaveCount(4);
    for (const i of [seizure, parcel, wildlife]) await expect(table.getByRole('link', { name: i.reference, exact: true })).toBeVisible();
    await expect(table.getByText(`穿山甲鳞片查获 第${token}号`)).toHaveAttribute('lang', 'zh-CN');
    await noLeaks(page, locale, 'the incident list');
    await shot(page, `incidents-list-${locale}`);

    // The map of the same incidents: the seizure at its coordinates, the parcel at the centre of the United States.
    await page.getByRole('tab', { name: t.incidents.list.view.map, exact: true }).click();
    const map = page.getByRole('group', { name: t.incidents.map.label, exact: true });
    // The outlines (a file of their own) load on first use: allow for a busy machine.
    await expect(map.getByRole('button')).toHaveCount(3, { timeout: 30_000 });
    await expect(page.getByText(fill(t.incidents.map.legendExact, { count: 1 }))).toBeVisible();
    await expect(page.getByText(fill(t.incidents.map.legendCountry, { count: 2 }))).toBeVisible();
    await map.getByRole('button', { name: fill(t.incidents.map.markerExact, { count: 1, country: locale === 'en' ? 'United States' : '美国' }) }).click();
    await expect(page.getByRole('listitem').getByRole('link', { name: seizure.reference, exact: true })).toBeVisible();
    await noLeaks(page, locale, 'the map');
    await shot(page, `incidents-map-${locale}`);

    // The seizure: its links, in words and as a graph.
    await page.getByRole('link', { name: seizure.reference, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: seizure.reference, exact: true })).toBeVisible();
    const links = section(page, t.incidents.detail.sectionLinks);
    await expect(links.getByRole('link', { name: parcel.reference, exact: true })).toBeVisible();
    await expect(links.getByRole('link', { name: wildlife.reference, exact: true })).toBeVisible();
    const consignee = fill(t.incidents.links.sentence, { role: t.incidents.roles.consignee, kind: t.incidents.entityNouns.phone, value: phone, count: 1, parties: fill(t.incidents.links.fromParty, { party: locale === 'en' ? 'United States' : '美国', count: 1 }) });
    await expect(links.getByText(consignee, { exact: true })).toBeVisible();
    const graph = page.getByRole('group', { name: fill(t.incidents.graph.label, { reference: seizure.reference }), exact: true });
    await expect(graph.getByRole('link', { name: parcel.reference })).toBeVisible();
    await expect(graph.getByRole('link', { name: wildlife.reference })).toBeVisible();
    await noLeaks(page, locale, 'the incident');
    await shot(page, `incident-detail-${locale}`);

    // The phone's entity page: every record naming it, each a link.
    await section(page, t.incidents.detail.sectionEntities).getByRole('link', { name: phone }).click();
    await expect(page.getByRole('heading', { level: 1, name: fill(t.incidents.entity.titleOf, { kind: t.incidents.entityKinds.phone, value: phone }), exact: true })).toBeVisible();
    const records = page.getByRole('table', { name: t.incidents.entity.tableCaption });
    await expect(records.getByRole('link', { name: seizure.reference, exact: true })).toBeVisible();
    await expect(records.getByRole('link', { name: parcel.reference, exact: true })).toBeVisible();
    await noLeaks(page, locale, 'the entity page');
    await shot(page, `incident-entity-${locale}`);

    // The wildlife seizure: the species by its scientific name, its name in the reader's language and its appendix.
    await page.goto(`/incidents/${wildlife.id}`);
    const items = section(page, t.incidents.detail.sectionItems);
    await expect(items.getByText('Manis javanica', { exact: true })).toBeVisible();
    await expect(items.getByText(fill(t.incidents.detail.appendix, { appendix: 'I' }), { exact: true })).toBeVisible();
    await noLeaks(page, locale, 'the wildlife seizure');
    await closePage(page);
  }
});
