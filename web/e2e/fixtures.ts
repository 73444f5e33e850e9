// Shared helpers for the browser tests: the UI catalogs and code lists (so tests never hard-code text that could
// drift), sign-in through the UI in a chosen language, and an API client signed in as admin.us for creating the
// data each test needs. Every test makes its own data with unique names: one server serves the whole run.
import { randomBytes } from 'node:crypto';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import codeLists from '../../data/code-lists.json' with { type: 'json' };
import en from '../src/app/i18n/en.json' with { type: 'json' };
import zhCN from '../src/app/i18n/zh-CN.json' with { type: 'json' };

export { expect };

export type Locale = 'en' | 'zh-CN';
export type Catalog = typeof en;
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
export const DEMO_PASSWORD = 'counterpart-demo';

/** A catalog template with its {{placeholders}} filled, as i18next renders it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

type CodeListName = keyof typeof codeLists;

/** The label of a coded value (topic, kind, language…) as the UI shows it in `locale`. */
export function codeLabel(list: CodeListName, code: string, locale: Locale): string {
  const entry = codeLists[list].find((e) => e.code === code);
  if (!entry) throw new Error(`no code ${code} in the ${list} code list`);
  return entry[locale];
}

/** A name no other test (or earlier run against the same data) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** A regular expression matching `text` literally. */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** A catalog template as a whole-text pattern, each {{placeholder}} matching any text. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((part) => literal(part).source);
  return new RegExp(`^${parts.join('(.+)')}$`);
}

export function loginForm(page: Page, t: Catalog) {
  return {
    heading: page.getByRole('heading', { level: 1, name: t.login.heading }),
    username: page.getByRole('textbox', { name: t.login.username, exact: true }),
    password: page.getByRole('textbox', { name: t.login.password, exact: true }),
    submit: page.getByRole('button', { name: t.login.submit, exact: true }),
    totpCode: page.getByRole('textbox', { name: t.login.totpCode, exact: true }),
    verify: page.getByRole('button', { name: t.login.verify, exact: true }),
    alert: page.getByRole('alert'),
  };
}

/** The header's language switch: it names the other language, in that language. */
export function languageSwitch(page: Page, target: Locale) {
  return page.getByRole('button', { name: target === 'zh-CN' ? en.locale.zhCN : en.locale.en, exact: true });
}

/** The language the login page is shown in, once it has rendered. */
export async function loginPageLocale(page: Page): Promise<Locale> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(new RegExp(`^(${literal(en.login.heading).source}|${literal(zhCN.login.heading).source})$`));
  return (await heading.textContent()) === zhCN.login.heading ? 'zh-CN' : 'en';
}

/**
 * Signs in through the login page and leaves the UI in `locale`. The account's saved language wins after sign-in
 * (another test may have left it in Chinese), so switch when it differs.
 */
export async function signIn(page: Page, username: string, opts: { locale?: Locale; password?: string } = {}): Promise<void> {
  const locale = opts.locale ?? 'en';
  await page.goto('/login');
  // The login page speaks the language this browser chose last (English in a fresh en-US context).
  const t = catalogs[await loginPageLocale(page)];
  const form = loginForm(page, t);
  await form.username.fill(username);
  await form.password.fill(opts.password ?? DEMO_PASSWORD);
  const session = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
  await form.submit.click();
  const response = await session;
  expect(response.status(), `sign-in of ${username}`).toBe(200);
  const body: unknown = await response.json();
  const saved = (body as { user: { locale: Locale } }).user.locale;
  await expect(page.getByRole('navigation', { name: catalogs[saved].nav.label })).toBeVisible();
  if (saved !== locale) {
    const patched = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
    await languageSwitch(page, locale).click();
    expect((await patched).status()).toBe(200);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('navigation', { name: catalogs[locale].nav.label })).toBeVisible();
}

/** The main navigation of the signed-in shell. */
export function mainNav(page: Page, t: Catalog) {
  return page.getByRole('navigation', { name: t.nav.label });
}

type ContactBody = {
  agencyId: string;
  kind: 'person' | 'desk';
  name: string;
  topics: string[];
  coverage: '24x7' | 'hours';
  hours?: { days: number[]; start: string; end: string; timeZone: string };
  channels: { kind: 'phone' | 'email' | 'secure-messaging'; value: string; label?: string }[];
  languages: string[];
  language: 'en' | 'zh';
  title?: string;
  notes?: string;
  releasableTo?: string[];
};

export type Contact = ContactBody & { id: string; version: number; isStale: boolean; verifiedAt: string | null };
export type Agency = { id: string; acronym: string; partyCode: string; nameEn: string; nameZh: string };

/** The JSON API, signed in with a session cookie; writes carry the session's CSRF token. */
export class Api {
  private constructor(
    private readonly http: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async signIn(http: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<Api> {
    const res = await http.post('/api/v1/session', { data: { username, password } });
    expect(res.status(), `API sign-in of ${username}: ${await res.text()}`).toBe(200);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return new Api(http, csrfToken);
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.http.get(path);
    expect(res.ok(), `GET ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const res = await this.http.post(path, { data, headers: { 'x-csrf-token': this.csrfToken } });
    expect(res.ok(), `POST ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  async patch<T>(path: string, data: unknown): Promise<T> {
    const res = await this.http.patch(path, { data, headers: { 'x-csrf-token': this.csrfToken } });
    expect(res.ok(), `PATCH ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  async agency(acronym: string): Promise<Agency> {
    const { items } = await this.get<{ items: Agency[] }>('/api/v1/agencies');
    const found = items.find((a) => a.acronym === acronym);
    if (!found) throw new Error(`no agency ${acronym}`);
    return found;
  }

  /** A 24/7 desk of HSI unless `fields` say otherwise. */
  async createContact(fields: Partial<ContactBody> & { name: string }): Promise<Contact> {
    const agencyId = fields.agencyId ?? (await this.agency('HSI')).id;
    const body: ContactBody = {
      agencyId,
      kind: 'desk',
      topics: ['synthetic-drugs'],
      coverage: '24x7',
      channels: [{ kind: 'phone', value: '+1 202 555 0100' }],
      languages: ['en'],
      language: 'en',
      ...fields,
    };
    return this.post<Contact>('/api/v1/contacts', body);
  }

  /** A new active user of HSI with a fresh password; returns the password to sign in with. */
  async createUser(username: string, roles: string[]): Promise<{ id: string; username: string; password: string }> {
    const password = `e2e-${randomBytes(12).toString('hex')}`;
    const agencyId = (await this.agency('HSI')).id;
    const user = await this.post<{ id: string }>('/api/v1/users', {
      username,
      displayName: `E2E ${username}`,
      agencyId,
      roles,
      locale: 'en',
      timeZone: 'America/New_York',
      password,
    });
    return { id: user.id, username, password };
  }
}

type Fixtures = {
  /** The API signed in as admin.us (admin + supervisor of HSI), in its own cookie jar. */
  adminApi: Api;
  /** Uncaught errors in the page fail the test: a broken page must not pass because its text still shows. */
  failOnPageErrors: undefined;
};

export const test = base.extend<Fixtures>({
  locale: 'en-US',
  timezoneId: 'America/New_York',
  adminApi: async ({ playwright, baseURL }, use) => {
    const http = await playwright.request.newContext({ baseURL });
    await use(await Api.signIn(http, 'admin.us'));
    await http.dispose();
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
