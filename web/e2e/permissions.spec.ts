// What the UI offers follows the user's roles (the server enforces the same rules; here we check that the UI does
// not offer what would be refused, and does offer what is allowed).
import type { Page } from '@playwright/test';
import { catalogs, expect, fill, mainNav, signIn, templatePattern, test, uniqueName } from './fixtures';
import { US_URL } from './nodes';
import { closePage, openPage } from './pages';
import { peerTheNodes, type PeeredNodes } from './peering';
import { requestBody, requestLabel } from './requests-flow';

const en = catalogs.en;

/** The maintenance actions of a contact page. "Edit" is a link styled as a button. */
function contactActions(page: Page) {
  return {
    verify: page.getByRole('button', { name: en.contact.verifyNow }),
    edit: page.getByRole('link', { name: en.contact.edit, exact: true }).or(page.getByRole('button', { name: en.contact.edit, exact: true })),
    deactivate: page.getByRole('button', { name: en.contact.deactivate }),
  };
}

async function openContact(page: Page, name: string): Promise<void> {
  await page.goto(`/contacts?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a viewer reads contacts but is offered no changes and no administration', async ({ page, browser, adminApi }) => {
  const name = uniqueName('E2E Read-only desk');
  await adminApi.createContact({ name });

  // Control: a supervisor of the contact's agency is offered every action on the same page.
  const supervisorContext = await browser.newContext({ locale: 'en-US' });
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, 'supervisor.us');
  await openContact(supervisor, name);
  for (const action of Object.values(contactActions(supervisor))) await expect(action).toBeVisible();
  await supervisorContext.close();

  await signIn(page, 'viewer.us');
  await expect(page.getByRole('heading', { level: 1, name: en.contacts.title })).toBeVisible();
  await expect(page.getByRole('table', { name: en.contacts.tableCaption }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: en.contacts.create })).toHaveCount(0);

  await openContact(page, name);
  await expect(page.getByRole('heading', { level: 2, name: en.contact.sectionVerification })).toBeVisible();
  for (const action of Object.values(contactActions(page))) await expect(action).toHaveCount(0);

  const nav = mainNav(page, en);
  for (const allowed of [en.nav.contacts, en.nav.agencies, en.nav.account]) await expect(nav.getByRole('link', { name: allowed })).toBeVisible();
  for (const hidden of [en.nav.users, en.nav.tokens, en.nav.peers, en.nav.audit]) await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);

  // Typing the address of an admin page shows "not allowed" instead of the page.
  for (const path of ['/users', '/tokens', '/peers', '/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: en.forbidden.title })).toBeVisible();
    await expect(page.getByText(en.forbidden.message)).toBeVisible();
  }
  await page.goto('/agencies');
  await expect(page.getByRole('heading', { level: 1, name: en.agencies.title })).toBeVisible();
  await expect(page.getByRole('button', { name: en.agencies.create })).toHaveCount(0);
});

test('an auditor opens the audit log and the chain verifies as intact', async ({ page }) => {
  await signIn(page, 'auditor.us');
  const nav = mainNav(page, en);
  await expect(nav.getByRole('link', { name: en.nav.users })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: en.nav.tokens })).toHaveCount(0);
  await expect(page.getByRole('link', { name: en.contacts.create })).toHaveCount(0);

  await nav.getByRole('link', { name: en.nav.audit }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.audit.title })).toBeVisible();
  // The auditor's own sign-in is among the newest entries (a language switch at sign-in may follow it).
  const entries = page.getByRole('table', { name: en.audit.tableCaption }).getByRole('row');
  await expect(entries.filter({ hasText: en.audit.actions.session.created }).first()).toContainText('auditor.us');

  await page.getByRole('button', { name: en.audit.verifyChain }).click();
  const verdict = page.getByText(en.audit.chainOk, { exact: true });
  await expect(verdict).toBeVisible();
  await expect(page.getByText(en.audit.chainBroken)).toHaveCount(0);
  const checked = await page.getByText(templatePattern(en.audit.chainChecked)).textContent();
  expect(Number(templatePattern(en.audit.chainChecked).exec(checked ?? '')?.[1])).toBeGreaterThan(0);
  await expect(page.getByText(en.audit.headHash)).toContainText(/[0-9a-f]{64}/);
});

type Filed = { id: string; reference: string; status: string; steps: { id: string; kind: string; state: string }[] };
type RequestRecords = { kase: Filed; held: Filed; asked: Filed };

/**
 * A case of HSI, a request in it awaiting a supervisor's approval (AMBER), and a request CN asked of the US node,
 * received there with its clock running.
 */
async function requestRecords(nodes: PeeredNodes): Promise<RequestRecords> {
  const officer = await nodes.signIn(US_URL, 'officer.us');
  const kase = await officer.post<Filed>('/api/v1/cases', { title: uniqueName('E2E Roles case'), language: 'en', topic: 'precursors', parties: ['CN'], handling: 'TLP:GREEN', useRestrictions: [] });
  const held = await officer.post<Filed>('/api/v1/requests', requestBody({ toParty: 'CN', caseId: kase.id, handling: 'TLP:AMBER', subject: 'E2E Roles held request' }));
  await officer.post(`/api/v1/requests/${held.id}/submit`, {});
  const asked = await nodes.cnAdmin.post<Filed>('/api/v1/requests', requestBody({ toParty: 'US', handling: 'TLP:GREEN', subject: 'E2E Roles request from CN' }));
  await nodes.cnAdmin.post(`/api/v1/requests/${asked.id}/submit`, {});
  await expect(async () => {
    await nodes.sync();
    expect((await nodes.usAdmin.get<Filed>(`/api/v1/requests/${asked.id}`)).status).toBe('received');
  }).toPass({ timeout: 30_000 });
  return { kase, held, asked };
}

const RECEIVER_ACTIONS = [en.requests.action.answer, en.requests.action['partial-answer'], en.requests.action.delay, en.requests.action['clarification-requested'], en.requests.action.refusal];

async function openRequest(page: Page, r: Filed): Promise<ReturnType<Page['getByRole']>> {
  await page.goto(`/requests/${r.id}`);
  await expect(page.getByRole('heading', { level: 1, name: r.reference })).toBeVisible();
  return page.getByRole('group', { name: en.requests.detail.actions });
}

/** The creation links of the request and case lists, and the case's actions. */
async function listsAndCase(page: Page, kase: Filed, isOffered: boolean): Promise<void> {
  const count = isOffered ? 1 : 0;
  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 1, name: en.requests.list.title })).toBeVisible();
  await expect(page.getByRole('tab', { name: new RegExp(en.requests.boxes.inbox) })).toBeVisible();
  await expect(page.getByRole('link', { name: en.requests.list.create, exact: true })).toHaveCount(count);
  await expect(page.getByRole('link', { name: en.requests.list.settings, exact: true })).toBeVisible();
  await page.goto('/cases');
  await expect(page.getByRole('table', { name: en.cases.list.caption }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('link', { name: en.cases.list.create, exact: true })).toHaveCount(count);
  await page.goto(`/cases/${kase.id}`);
  await expect(page.getByRole('heading', { level: 1, name: kase.reference })).toBeVisible();
  await expect(page.getByRole('link', { name: en.cases.action.request })).toHaveCount(count);
  await expect(page.getByRole('button', { name: en.cases.action.close })).toHaveCount(count);
  await expect(page.getByRole('button', { name: en.cases.action.withdraw })).toHaveCount(count);
}

/** The request settings page: an administrator may change the agreement profile; everyone else reads it. */
async function settings(page: Page, isEditable: boolean): Promise<void> {
  const count = isEditable ? 1 : 0;
  const amount = fill(en.requests.settings.amountOf, { type: requestLabel('requestTypes', 'information', 'en'), priority: requestLabel('priorities', 'urgent', 'en') });
  await page.goto('/requests/settings');
  await expect(page.getByRole('heading', { level: 1, name: en.requests.settings.title })).toBeVisible();
  await expect(page.getByRole('table', { name: en.requests.settings.periodsCaption }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('textbox', { name: amount, exact: true })).toHaveCount(count);
  await expect(page.getByRole('button', { name: en.requests.settings.save })).toHaveCount(count);
  await expect(page.getByText(en.requests.settings.readOnly)).toHaveCount(1 - count);
}

test.describe('requests and cases', () => {
  const nodes = peerTheNodes();

  test('a viewer reads requests and cases but is offered no step, no approval and no case action', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const { kase, held, asked } = await requestRecords(nodes);
    // Control: a supervisor of HSI (an officer too) is offered each action on the same pages.
    const supervisor = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'supervisor.us' });
    await listsAndCase(supervisor, kase, true);
    const heldActions = await openRequest(supervisor, held);
    for (const name of [en.requests.action.approve, en.requests.action.return]) await expect(heldActions.getByRole('button', { name, exact: true })).toBeVisible();
    const askedActions = await openRequest(supervisor, asked);
    for (const name of RECEIVER_ACTIONS) await expect(askedActions.getByRole('button', { name, exact: true })).toBeVisible();
    // An AMBER answer by officer.us waits for a supervisor who did not write it.
    const officer = await nodes.signIn(US_URL, 'officer.us');
    await officer.post(`/api/v1/requests/${asked.id}/steps`, { kind: 'answer', note: 'The account belongs to a Newark importer.', language: 'en', handling: 'TLP:AMBER', useRestrictions: [] });
    await supervisor.reload();
    const answer = supervisor.getByRole('list', { name: en.requests.detail.timeline }).locator('[data-step="answer"]');
    await expect(answer).toContainText(en.requests.step.pendingApproval);
    for (const name of [en.requests.action.approveStep, en.requests.action.returnStep]) await expect(answer.getByRole('button', { name, exact: true })).toBeVisible();
    await settings(supervisor, false);
    await closePage(supervisor);
    const admin = await openPage(browser, { baseURL: US_URL, locale: 'en', username: 'admin.us' });
    await settings(admin, true);
    await closePage(admin);

    await signIn(page, 'viewer.us');
    await listsAndCase(page, kase, false);
    for (const path of ['/requests/new', '/cases/new']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: en.forbidden.title })).toBeVisible();
    }
    await expect((await openRequest(page, held)).getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('group', { name: en.requests.detail.summaryLabel })).toContainText(en.requests.status['awaiting-approval']);
    await expect((await openRequest(page, asked)).getByRole('button')).toHaveCount(0);
    const pending = page.getByRole('list', { name: en.requests.detail.timeline }).locator('[data-step="answer"]');
    await expect(pending).toContainText(en.requests.step.pendingApproval);
    await expect(pending.getByRole('button')).toHaveCount(0);
    await settings(page, false);
  });
});
