// Browser tests in Debian's Chromium against real nodes started as `npm start` starts them, each on a fresh
// embedded database with demo data: party US (the default base URL) and party CN, for the tests of what crosses
// between two nodes (pre-export notifications). The CN node starts after the US one has built the app.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CN_PORT, US_PORT } from './nodes';

const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    baseURL: `http://localhost:${US_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // Started one after the other: the first start builds the web app and the server bundle, the second finds them built.
  webServer: [
    {
      command: 'rm -rf .test-results/e2e-data && node scripts/start.mjs',
      cwd: '../..',
      url: `http://localhost:${US_PORT}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(US_PORT), COUNTERPART_DATA_DIR: '.test-results/e2e-data', LOG_LEVEL: 'warn' },
    },
    {
      command: 'rm -rf .test-results/e2e-data-cn && node scripts/start.mjs',
      cwd: '../..',
      url: `http://localhost:${CN_PORT}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(CN_PORT), COUNTERPART_PARTY: 'CN', COUNTERPART_DATA_DIR: '.test-results/e2e-data-cn', LOG_LEVEL: 'warn' },
    },
  ],
});
