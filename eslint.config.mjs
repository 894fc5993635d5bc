import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', 'jest.config.js', '**/generated/**', 'packages/testing/src/graphql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.tests.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Configuration is parsed once, in the process entry file.' }],
    },
  },
  {
    // Entry files and the test environment are where a process reads its environment.
    files: ['**/src/main.ts', '**/src/tracing.ts', '**/src/setup-main.ts', '**/src/token-cli.ts', 'packages/testing/src/test-environment.ts', 'gateway/src/compose/main.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
