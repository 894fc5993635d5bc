/**
 * One jest run over every workspace: unit and integration tests of each part, end-to-end tests in test/.
 * test/deployment runs as ES modules (the Kubernetes schemas it validates against ship only as such),
 * which is why `pnpm test` starts jest under `node --experimental-vm-modules`.
 */
const tsJest = (options) => ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] }, ...options }];

// Tests import the workspace's TypeScript sources, so that jest needs no build of what it tests.
const SERVICES = 'membership|governance|regional-offices';
const WORKSPACE_SOURCES = {
  // The local stack's entry is a process the tests spawn, not a module they load.
  '^@wego/local-stack$': '<rootDir>/packages/local-stack/dist/main.js',
  '^@wego/gateway$': '<rootDir>/gateway/src/server',
  '^@wego/gateway/(?:dist|src)/(.*)$': '<rootDir>/gateway/src/$1',
  [`^@wego/(${SERVICES})$`]: '<rootDir>/services/$1/src/server',
  [`^@wego/(${SERVICES})/(?:dist|src)/(.*)$`]: '<rootDir>/services/$1/src/$2',
  '^@wego/([^/]+)$': '<rootDir>/packages/$1/src',
  '^@wego/([^/]+)/(?:dist|src)/(.*)$': '<rootDir>/packages/$1/src/$2',
};

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
      moduleNameMapper: WORKSPACE_SOURCES,
      globalSetup: '<rootDir>/packages/testing/src/jest-global-setup.ts',
      globalTeardown: '<rootDir>/packages/testing/src/jest-global-teardown.ts',
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
