// Two projects run the same server tests: on embedded PGlite always, and on PostgreSQL when TEST_DATABASE_URL
// is set (CI sets it). Pure unit tests (*.unit.test.ts), tests of whole processes on the embedded database
// (*.process.test.ts) and web tests run once, in the PGlite project. Test files share their worker's module cache
// (isolate: false): importing the node's whole app once per worker, not once per file, halves the suite's time. So a
// test file must not mock modules (vi.mock would leak into the files after it) nor leave global state changed; each
// file builds its own nodes and databases.
import { defineConfig } from 'vitest/config';

const shared = { testTimeout: 30_000, hookTimeout: 120_000, isolate: false, globalSetup: ['server/test/global-setup.ts'] };

export default defineConfig({
  test: {
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      { test: { ...shared, name: 'pglite', include: ['server/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'], env: { TEST_DB_KIND: 'pglite' } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ test: { ...shared, name: 'postgres', include: ['server/**/*.test.ts'], exclude: ['**/*.unit.test.ts', '**/*.process.test.ts', '**/node_modules/**'], env: { TEST_DB_KIND: 'postgres' } } }]
        : []),
    ],
  },
});
