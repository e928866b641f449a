/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    // Type checking is `npm run typecheck`'s job; per-file transpiling (isolatedModules in
    // tsconfig.json) keeps the suite fast.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
};
