// The steps of a request between the two test nodes that more than one spec takes through the browser: the US
// officer asks CN through the request wizard (a use restriction, so a supervisor approves it before it leaves), the
// CN node has it in its inbox, and a page is reloaded until the other node's step shows in it. Specs that only need
// a request to exist file it through the API with requestBody.
import type { Page } from '@playwright/test';
import requestLists from '../../data/requests.json' with { type: 'json' };
import { catalogs, expect, uniqueName, type Catalog, type Locale } from './fixtures';
import type { PeeredNodes } from './peering';
import { shot } from './pages';

const en = catalogs.en;
export const RESTRICTION = 'crime-prevention-only';

type RequestList = Exclude<keyof typeof requestLists, '$comment'>;

/** The label of a coded value of the requests' code lists (data/requests.json) as the UI shows it in `locale`. */
export const requestLabel = (list: RequestList, code: string, locale: Locale): string => requestLists[list].find((e) => e.code === code)?.[locale] ?? code;

type BodyOptions = {
  toParty: string;
  /** Made unique with uniqueName. */
  subject: string;
  caseId?: string;
  handling?: string;
  priority?: 'urgent' | 'high' | 'normal';
  language?: 'en' | 'zh';
  details?: string;
  entities?: { kind: string; value: string; role: string }[];
};

/** The body of POST /api/v1/requests: a request for a company's registration under police cooperation, no use restriction (TLP:GREEN unless said). */
export const requestBody = (o: BodyOptions) => ({
  caseId: o.caseId ?? null,
  toParty: o.toParty,
  type: 'information',
  legalBasis: 'police-cooperation',
  priority: o.priority ?? 'normal',
  items: [{ code: 'company-registration', note: null }],
  subject: uniqueName(o.subject),
  details: o.details ?? '',
  language: o.language ?? 'en',
  entities: o.entities ?? [],
  handling: o.handling ?? 'TLP:GREEN',
  useRestrictions: [],
});

/** The id of the request the page shows (the same on both nodes). */
export const requestId = (page: Page): string => /\/requests\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.getByRole('textbox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, ...(typeof option === 'string' ? { exact: true } : {}) }).click();
}

/** The US officer files the request through the four steps of the wizard and submits it; returns its reference. */
export async function askInEnglish(page: Page, nodes: PeeredNodes, subject: string, company: string): Promise<string> {
  const f = en.requests.form;
  await page.getByRole('link', { name: en.nav.requests, exact: true }).click();
  await page.getByRole('link', { name: en.requests.list.create, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: f.createTitle })).toBeVisible();
  await choose(page, f.toParty, "People's Republic of China (CN)");
  await page.getByRole('button', { name: f.next, exact: true }).click();

  await choose(page, f.legalBasis, requestLabel('legalBases', 'mlaa-2000', 'en'));
  await page.getByRole('textbox', { name: f.subject, exact: true }).fill(subject);
  await page.getByRole('textbox', { name: f.details, exact: true }).fill(`HSI seized 40 kg of fentanyl precursors consigned by ${company}. Who are its officers and shareholders?`);
  await page.getByRole('button', { name: f.addItem, exact: true }).click();
  await choose(page, f.itemCode, requestLabel('askedItems', 'company-registration', 'en'));
  await page.getByRole('button', { name: f.next, exact: true }).click();

  await page.getByRole('button', { name: en.incidentForm.addEntity, exact: true }).click();
  await page.getByRole('textbox', { name: en.incidentForm.entityValue, exact: true }).fill(company);
  await page.getByRole('button', { name: f.next, exact: true }).click();
  // TLP:GREEN, but a use restriction: the request waits for a supervisor of HSI other than its drafter.
  await choose(page, en.incidentForm.handlingLabel, /^TLP:GREEN/);
  await page.getByRole('checkbox', { name: en.incidentForm.restriction[RESTRICTION].label }).check();
  await shot(page, 'requests-wizard-handling-en');
  await page.getByRole('button', { name: f.submit, exact: true }).click();

  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  const summary = page.getByRole('group', { name: en.requests.detail.summaryLabel });
  await expect(summary).toContainText(en.requests.status['awaiting-approval']);
  await nodes.usAdmin.post(`/api/v1/requests/${requestId(page)}/approve`, {});
  await page.reload();
  // Peered nodes deliver at once: the CN node may have acknowledged it already.
  await expect(summary).toContainText(new RegExp(`${en.requests.status.sent}|${en.requests.status.received}`));
  const reference = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(reference).toMatch(/^US-REQ-\d{4}-\d{6}$/);
  return reference;
}

/** Waits until the CN node has the request in its inbox, and both nodes have pushed what followed (the acknowledgment). */
export async function awaitInCnInbox(nodes: PeeredNodes, reference: string): Promise<void> {
  await nodes.sync();
  await expect.poll(async () => (await nodes.cnAdmin.get<{ total: number }>(`/api/v1/requests?box=inbox&q=${encodeURIComponent(reference)}`)).total, { timeout: 30_000 }).toBe(1);
  await nodes.sync();
}

/** Reloads the request page until its summary shows `status` (a step of the other node has arrived). */
export async function awaitStatus(page: Page, t: Catalog, status: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.reload();
      // The summary shows once the request has loaded; only then does its status say anything.
      const summary = page.getByRole('group', { name: t.requests.detail.summaryLabel });
      await summary.waitFor();
      return summary.getByText(status, { exact: true }).isVisible();
    }, { timeout: 30_000 })
    .toBe(true);
}
