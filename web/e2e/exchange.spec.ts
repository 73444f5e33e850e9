// The exchange as administrators, auditors and officers see it: the Peer nodes page with this node's identity, the
// peer for CN added and managed, and a contact's deliveries, evidence and withdrawal. The e2e node is a single US
// node: the CN peer's address points at nothing, so deliveries stay queued or fail — which the UI must show as such.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { catalogs, expect, fill, literal, LOCALES, mainNav, signIn, templatePattern, test, uniqueName, type Api, type Catalog, type Locale } from './fixtures';

/** The discard port on loopback: nothing listens there, so every connection is refused at once. */
const CN_URL = 'http://127.0.0.1:9';

type Peer = { partyCode: string; baseUrl: string; isEnabled: boolean };
type NodeIdentity = { current: { fingerprint: string; publicKey: string } };
type Party = { code: string; nameEn: string; nameZh: string };

function newPublicKey(): string {
  const { x } = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
  if (!x) throw new Error('an Ed25519 JWK without x');
  return `ed25519:${x}`;
}

/** As the node computes it: SHA-256 of the raw key, in hex, shown in groups of four. */
function fingerprintOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey.slice('ed25519:'.length), 'base64url')).digest('hex');
  return grouped(hex);
}

const grouped = (hex: string) => hex.match(/.{1,4}/g)?.join(' ') ?? hex;

/** The CN peer can be added once per server run: add it through the API unless it exists; enabled, at CN_URL. */
async function ensureCnPeer(api: Api): Promise<void> {
  const { items } = await api.get<{ items: Peer[] }>('/api/v1/peers');
  const cn = items.find((p) => p.partyCode === 'CN');
  if (!cn) await api.post('/api/v1/peers', { partyCode: 'CN', baseUrl: CN_URL, publicKey: newPublicKey() });
  else if (!cn.isEnabled || cn.baseUrl !== CN_URL) await api.patch('/api/v1/peers/CN', { isEnabled: true, baseUrl: CN_URL });
}

async function partyName(api: Api, code: string, locale: Locale): Promise<string> {
  const party = (await api.get<{ items: Party[] }>('/api/v1/parties')).items.find((p) => p.code === code);
  if (!party) throw new Error(`no party ${code}`);
  return locale === 'en' ? party.nameEn : party.nameZh;
}

async function openPeers(page: Page, t: Catalog): Promise<void> {
  await mainNav(page, t).getByRole('link', { name: t.nav.peers }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.peers.title })).toBeVisible();
}

const peerRow = (page: Page, t: Catalog, party: string) => page.getByRole('table', { name: t.peers.tableCaption }).getByRole('row').filter({ hasText: party });

/** The value shown beside a label in a detail list (<dt>label</dt><dd>value</dd>). */
const detail = (page: Page, label: string) => page.locator('dt', { hasText: new RegExp(`^${literal(label).source}$`) }).locator('xpath=following-sibling::dd[1]');

for (const locale of LOCALES) {
  const t = catalogs[locale];

  test(`an administrator adds the peer for CN after checking its key's fingerprint (${locale})`, async ({ page, adminApi }) => {
    const cn = await partyName(adminApi, 'CN', locale);
    const exists = (await adminApi.get<{ items: Peer[] }>('/api/v1/peers')).items.some((p) => p.partyCode === 'CN');
    await signIn(page, 'admin.us', { locale });
    await openPeers(page, t);
    const add = page.getByRole('button', { name: t.peers.addPeer, exact: true });
    if (!exists) {
      await add.click();
      const form = page.getByRole('dialog', { name: t.peers.addTitle });
      // CN is the only other party, so it is already chosen.
      await expect(form.getByRole('textbox', { name: t.peers.party })).toHaveValue(fill(t.peers.partyWithCode, { name: cn, code: 'CN' }));
      await form.getByRole('textbox', { name: t.peers.baseUrl }).fill(CN_URL);
      const key = form.getByRole('textbox', { name: t.peers.publicKey });
      await key.fill('ed25519:not-a-key');
      await form.getByRole('button', { name: t.peers.add, exact: true }).click();
      // The node refuses the key; the reason is shown at the field, in the UI language (by its issue code).
      await expect(form.getByText(locale === 'en' ? /43 base64url characters/ : t.validation['public-key-format'])).toBeVisible();
      const publicKey = newPublicKey();
      await key.fill(publicKey);
      await form.getByRole('button', { name: t.peers.add, exact: true }).click();
      const added = page.getByRole('dialog', { name: t.peers.addedTitle });
      await expect(added.getByText(fill(t.peers.confirmByPhone, { party: cn }))).toBeVisible();
      await expect(added.getByText(fingerprintOf(publicKey), { exact: true })).toBeVisible();
      await added.getByRole('button', { name: t.peers.done }).click();
    } else {
      // Added by an earlier test of this run: the form has no party left to offer.
      await ensureCnPeer(adminApi);
      await page.reload();
    }
    await expect(peerRow(page, t, CN_URL)).toContainText(cn);
    await expect(add).toBeDisabled();
    await expect(page.getByText(t.peers.allPeered)).toBeVisible();
  });

  test(`the Peer nodes page shows this node's fingerprint and public key (${locale})`, async ({ page, adminApi }) => {
    const node = await adminApi.get<NodeIdentity>('/api/v1/exchange/node');
    await signIn(page, 'admin.us', { locale });
    await openPeers(page, t);
    await expect(page.getByText(grouped(node.current.fingerprint), { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: t.peers.nodePublicKey })).toHaveValue(node.current.publicKey);
  });

  test(`an administrator switches, moves, adds a key to, syncs and verifies the CN peer (${locale})`, async ({ page, adminApi }) => {
    await ensureCnPeer(adminApi);
    const cn = await partyName(adminApi, 'CN', locale);
    await signIn(page, 'admin.us', { locale });
    await openPeers(page, t);
    const row = peerRow(page, t, cn);

    const enabled = row.getByRole('switch', { name: fill(t.peers.enabledFor, { party: cn }) });
    await expect(enabled).toBeChecked();
    // The switch follows the node's answer, not the click: it changes once the change is saved.
    await enabled.click({ force: true });
    await expect(enabled).not.toBeChecked();
    expect((await adminApi.get<Peer>('/api/v1/peers/CN')).isEnabled).toBe(false);
    await enabled.click({ force: true });
    await expect(enabled).toBeChecked();

    const moved = `${CN_URL}/counterpart`;
    await row.getByRole('button', { name: fill(t.peers.editAddressNamed, { party: cn }) }).click();
    const address = page.getByRole('dialog', { name: fill(t.peers.editAddressTitle, { party: cn }) });
    await address.getByRole('textbox', { name: t.peers.baseUrl }).fill(moved);
    await address.getByRole('button', { name: t.common.save }).click();
    await expect(address).toBeHidden();
    await expect(row).toContainText(moved);
    await adminApi.patch('/api/v1/peers/CN', { baseUrl: CN_URL });

    const publicKey = newPublicKey();
    await page.getByRole('button', { name: fill(t.peers.addKeyNamed, { party: cn }) }).click();
    const keyForm = page.getByRole('dialog', { name: fill(t.peers.addKeyTitle, { party: cn }) });
    await keyForm.getByRole('textbox', { name: t.peers.publicKey }).fill(publicKey);
    await keyForm.getByRole('button', { name: t.peers.addKey, exact: true }).click();
    await expect(keyForm.getByText(fingerprintOf(publicKey), { exact: true })).toBeVisible();
    await keyForm.getByRole('button', { name: t.peers.done }).click();
    const keys = page.getByRole('table', { name: fill(t.peers.keysCaption, { party: cn }) });
    await expect(keys.getByRole('row').filter({ hasText: fingerprintOf(publicKey) })).toContainText(t.peers.source.admin);

    // Something for CN to wait for, whatever other specs delivered before: a contact released to it.
    await adminApi.createContact({ name: `Desk queued for CN (${locale})`, releasableTo: ['CN'] });
    // Nothing listens at the peer's address: a sync answers at once, with the queue still there, and says so.
    await row.getByRole('button', { name: fill(t.peers.syncNamed, { party: cn }) }).click();
    const outcome = new RegExp([t.peers.syncFailed, t.peers.synced, t.peers.syncRunning].map((m) => templatePattern(m).source).join('|'));
    await expect(page.getByRole('alert').filter({ hasText: outcome })).toBeVisible();
    // What is released to CN waits for it: the row says by how many envelopes CN is behind, not "in step".
    await expect(row.getByText(new RegExp(`${templatePattern(t.peers.behindBy).source}|^${literal(t.peers.behindByOne).source}$`))).toBeVisible();
    await expect(row.getByText(t.peers.inStep, { exact: true })).toHaveCount(0);

    await row.getByRole('button', { name: fill(t.peers.verifyNamed, { party: cn }) }).click();
    const report = page.getByRole('dialog', { name: fill(t.peers.verifyTitle, { party: cn }) });
    await expect(report.getByText(t.peers.verifyUnreachable)).toBeVisible();
    await expect(report.getByText(new RegExp(`${templatePattern(t.peers.peerBehindBy).source}|${templatePattern(t.peers.peerBehindByOne).source}`))).toBeVisible();
    await expect(report.getByText(t.peers.problem.unreachable)).toBeVisible();
    await expect(report.getByRole('table', { name: t.peers.chainsCaption })).toContainText(t.peers.unknownHead);
  });

  test(`a contact released to CN shows its delivery, its evidence and its withdrawal (${locale})`, async ({ page, adminApi }) => {
    await ensureCnPeer(adminApi);
    const cn = await partyName(adminApi, 'CN', locale);
    const name = uniqueName(locale === 'en' ? 'E2E Exchange desk' : 'E2E 交换 值班台');
    const contact = await adminApi.createContact({ name });
    await signIn(page, 'admin.us', { locale });

    // Released to CN through the form.
    await page.goto(`/contacts/${contact.id}/edit`);
    await expect(page.getByText(t.contactForm.releasableToHelp)).toBeVisible();
    await page.getByRole('textbox', { name: t.contactForm.releasableTo, exact: true }).click({ force: true });
    await page.getByRole('option', { name: cn, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: t.contactForm.save }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.contactExchange.section })).toBeVisible();
    await expect(detail(page, t.contactExchange.releasableTo)).toHaveText(cn);

    // One delivery to CN, not confirmed: queued, or failed once the node has tried the address.
    const deliveries = page.getByRole('table', { name: t.contactExchange.deliveriesCaption });
    await expect(deliveries.getByRole('row')).toHaveCount(2);
    const cnRow = deliveries.getByRole('row').nth(1);
    await expect(cnRow.getByText('CN', { exact: true })).toBeVisible();
    await expect(cnRow).toContainText(t.contactExchange.op.upsert);
    await expect(cnRow.getByText(new RegExp(`^(${t.contactExchange.state.queued}|${t.contactExchange.state.failed})$`))).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t.contactExchange.downloadEvidence }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`evidence-contact-${contact.id}.json`);
    const bundle = JSON.parse(await readFile(await file.path(), 'utf8')) as { format: string; recordId: string; items: { to: string }[] };
    expect(bundle).toMatchObject({ format: 'counterpart-evidence/1', recordId: contact.id });
    expect(bundle.items.map((i) => i.to)).toContain('CN');

    await page.getByRole('button', { name: t.contactExchange.withdraw, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: t.contactExchange.withdrawTitle });
    await confirm.getByRole('textbox', { name: t.contactExchange.withdrawNote }).fill('E2E: desk closed');
    await confirm.getByRole('button', { name: t.contactExchange.withdraw, exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(cnRow).toContainText(t.contactExchange.op.withdraw);
    await expect(detail(page, t.contactExchange.releasableTo)).toHaveText(t.contactExchange.notReleased);
    await expect(page.getByRole('button', { name: t.contactExchange.withdraw, exact: true })).toHaveCount(0);
  });

  test(`an administrator rotates this node's key and the old one stays listed (${locale})`, async ({ page, adminApi }) => {
    const before = await adminApi.get<NodeIdentity>('/api/v1/exchange/node');
    await signIn(page, 'admin.us', { locale });
    await openPeers(page, t);
    await page.getByRole('button', { name: t.peers.rotateKey, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: t.peers.rotateTitle });
    await expect(confirm.getByText(t.peers.rotateMessage)).toBeVisible();
    await confirm.getByRole('button', { name: t.peers.rotateKey, exact: true }).click();
    await expect(page.getByText(t.peers.rotated)).toBeVisible();
    const after = await adminApi.get<NodeIdentity>('/api/v1/exchange/node');
    expect(after.current.fingerprint).not.toBe(before.current.fingerprint);
    await expect(page.getByText(grouped(after.current.fingerprint), { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: t.peers.olderKeysCaption })).toContainText(grouped(before.current.fingerprint));
  });

  test(`the Peer nodes page has no serious or critical WCAG 2 A/AA violations (${locale})`, async ({ page, adminApi }) => {
    await ensureCnPeer(adminApi);
    const cn = await partyName(adminApi, 'CN', locale);
    await signIn(page, 'admin.us', { locale });
    await openPeers(page, t);
    await expect(peerRow(page, t, cn)).toBeVisible();
    expect.soft(await seriousViolations(page), `peer nodes (${locale})`).toEqual([]);
    await peerRow(page, t, cn).getByRole('button', { name: fill(t.peers.verifyNamed, { party: cn }) }).click();
    await expect(page.getByRole('dialog').getByText(t.peers.problem.unreachable)).toBeVisible();
    expect.soft(await seriousViolations(page), `peer verification (${locale})`).toEqual([]);

    const contact = await adminApi.createContact({ name: uniqueName('E2E Axe exchange desk'), releasableTo: ['CN'] });
    await page.goto(`/contacts/${contact.id}`);
    await expect(page.getByRole('table', { name: t.contactExchange.deliveriesCaption })).toBeVisible();
    expect.soft(await seriousViolations(page), `contact exchange section (${locale})`).toEqual([]);
  });
}

test('an auditor reads and verifies the peers but is offered no changes; a viewer is not shown the page', async ({ page, browser, adminApi }) => {
  const t = catalogs.en;
  await ensureCnPeer(adminApi);
  const cn = await partyName(adminApi, 'CN', 'en');
  await signIn(page, 'auditor.us');
  await openPeers(page, t);
  const row = peerRow(page, t, cn);
  await expect(row.getByRole('button', { name: fill(t.peers.verifyNamed, { party: cn }) })).toBeVisible();
  await expect(row.getByText(t.peers.enabled, { exact: true })).toBeVisible();
  for (const name of [t.peers.addPeer, t.peers.rotateKey, t.peers.sync, t.peers.editAddress, t.peers.addKey]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);

  const viewerContext = await browser.newContext({ locale: 'en-US' });
  const viewer = await viewerContext.newPage();
  await signIn(viewer, 'viewer.us');
  await expect(mainNav(viewer, t).getByRole('link', { name: t.nav.peers })).toHaveCount(0);
  await viewer.goto('/peers');
  await expect(viewer.getByRole('heading', { level: 1, name: t.forbidden.title })).toBeVisible();
  await viewerContext.close();
});

/** Serious and critical WCAG 2 A/AA findings on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}
