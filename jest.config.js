/** One jest run over every workspace: unit and integration tests of each part, end-to-end tests in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts', '**/test/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tests.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  globalSetup: '<rootDir>/packages/testing/dist/jest-global-setup.js',
  globalTeardown: '<rootDir>/packages/testing/dist/jest-global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
};
