// Lint: typescript-eslint's strict rules plus the module-boundary rule from STYLE.md:
// modules import other modules only via index.ts; platform/ imports no module; web/ never imports server/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const otherModuleInternals = {
  // From server/src/modules/<m>/… (any depth): `../<other>/<file>` or `../../<other>/<file>` etc., unless index.
  regex: '^(\\.\\./)+(?!platform/|test/)[a-z-]+/(?!index\\.js$).+$',
  message: 'import another module only through its index.ts',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', '.build/', '.counterpart*/', 'test-results/', 'playwright-report/', '.test-results/', 'web/src/app/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [otherModuleInternals],
        },
      ],
    },
  },
  {
    files: ['server/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/', message: 'platform/ must not import modules' }] }],
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)server/', message: 'web/ must not import server/' }] }],
    },
  },
  {
    // Test files share their worker's module cache (vitest.config.ts isolate: false): nothing may change it for the files after.
    files: ['**/*.test.ts', 'server/test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|resetModules|stubEnv|stubGlobal|hoisted|useFakeTimers|setSystemTime)$/]",
          message: 'test files share one module cache (isolate: false): read the output instead of mocking modules or globals',
        },
      ],
    },
  },
);
