/**
 * One jest run over every workspace: unit and integration tests of each part, end-to-end tests in test/.
 * test/deployment runs as ES modules (the Kubernetes schemas it validates against ship only as such),
 * which is why `pnpm test` starts jest under `node --experimental-vm-modules`.
 */
const tsJest = (options) => ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tests.json', diagnostics: { ignoreCodes: [151002] }, ...options }];

module.exports = {
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    {
      displayName: 'graph',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/test'],
      testMatch: ['**/test/**/*.test.ts', '**/test/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/deployment/'],
      transform: { '^.+\\.ts$': tsJest({}) },
      globalSetup: '<rootDir>/packages/testing/dist/jest-global-setup.js',
      globalTeardown: '<rootDir>/packages/testing/dist/jest-global-teardown.js',
      testTimeout: 60000,
    },
    {
      displayName: 'deployment',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/deployment'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      extensionsToTreatAsEsm: ['.ts'],
      // ES module imports name the compiled file (`./kit/compose-file.js`); jest resolves the source.
      moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
      // Compiled file by file (isolatedModules): `pnpm typecheck` checks the types of these files.
      transform: { '^.+\\.ts$': tsJest({ useESM: true, tsconfig: '<rootDir>/test/deployment/tsconfig.json' }) },
      testTimeout: 60000,
    },
  ],
};
