import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BrowserDeps, detectBrowserDeps, planBrowserDeps } from './browser-deps.mjs';

const nowhere = '/nonexistent/counterpart-test';
const complete: BrowserDeps = { chromiumPathEnv: undefined, chromium: '/usr/bin/chromium', cjkFont: true, openssl: true, isRoot: false, aptGet: true };

describe('detectBrowserDeps', () => {
  it('finds nothing when CHROMIUM_PATH and PATH point nowhere', () => {
    const found = detectBrowserDeps({ env: { CHROMIUM_PATH: `${nowhere}/chromium`, PATH: nowhere }, debianChromium: `${nowhere}/chromium` });
    expect(found).toMatchObject({ chromiumPathEnv: `${nowhere}/chromium`, chromium: null, cjkFont: false, openssl: false, aptGet: false });
  });

  it('falls back to chromium on PATH when Debian’s is absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-deps-'));
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n', { mode: 0o755 });
    try {
      expect(detectBrowserDeps({ env: { PATH: `${nowhere}:${dir}` }, debianChromium: `${nowhere}/chromium` }).chromium).toBe(join(dir, 'chromium'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes an executable CHROMIUM_PATH as it is', () => {
    expect(detectBrowserDeps({ env: { CHROMIUM_PATH: process.execPath, PATH: nowhere } }).chromium).toBe(process.execPath);
  });
});

describe('planBrowserDeps', () => {
  it('does nothing when everything is there', () => {
    expect(planBrowserDeps(complete)).toEqual({ action: 'ready' });
  });

  it('installs exactly the missing Debian packages as root with apt-get', () => {
    expect(planBrowserDeps({ ...complete, chromium: null, cjkFont: false, isRoot: true })).toEqual({ action: 'install', packages: ['chromium', 'fonts-wqy-microhei'] });
    expect(planBrowserDeps({ ...complete, openssl: false, isRoot: true })).toEqual({ action: 'install', packages: ['openssl'] });
  });

  it('stops with the sudo command when not root', () => {
    const plan = planBrowserDeps({ ...complete, chromium: null, cjkFont: false });
    expect(plan).toEqual({
      action: 'stop',
      reason: 'npm test needs Chromium and a Chinese font; run: sudo apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH instead of installing chromium)',
    });
  });

  it('stops as root without apt-get, naming the Debian packages', () => {
    const plan = planBrowserDeps({ ...complete, cjkFont: false, openssl: false, isRoot: true, aptGet: false });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.reason).toBe(
      'npm test needs a Chinese font and openssl; run: apt-get install -y fonts-wqy-microhei openssl (Debian package names: install the same with your package manager)',
    );
  });

  it('stops on a CHROMIUM_PATH that points nowhere, even as root: Playwright would still use it', () => {
    const found = detectBrowserDeps({ env: { CHROMIUM_PATH: `${nowhere}/chromium`, PATH: nowhere } });
    const plan = planBrowserDeps({ ...found, isRoot: true, aptGet: true });
    expect(plan).toEqual({ action: 'stop', reason: `CHROMIUM_PATH=${nowhere}/chromium is not an executable file: point it at Chromium, or unset it to use Debian's chromium` });
  });

  it('asks for every package when detection points at paths that do not exist', () => {
    const found = detectBrowserDeps({ env: { PATH: nowhere }, debianChromium: `${nowhere}/chromium` });
    const plan = planBrowserDeps({ ...found, isRoot: false, aptGet: true });
    expect(plan.action === 'stop' && plan.reason).toBe(
      'npm test needs Chromium, a Chinese font and openssl; run: sudo apt-get install -y chromium fonts-wqy-microhei openssl (or set CHROMIUM_PATH instead of installing chromium)',
    );
  });
});
