// Types for browser-deps.mjs, which stays plain JavaScript because it runs before anything is installed.
export type BrowserDeps = {
  chromiumPathEnv: string | undefined;
  chromium: string | null;
  cjkFont: boolean;
  openssl: boolean;
  isRoot: boolean;
  aptGet: boolean;
};
export type BrowserDepsPlan = { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; reason: string };

export function detectBrowserDeps(opts?: { env?: NodeJS.ProcessEnv; debianChromium?: string }): BrowserDeps;
export function planBrowserDeps(found: BrowserDeps): BrowserDepsPlan;
export function ensureBrowserDeps(): void;
