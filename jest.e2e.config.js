/**
 * Browser tests: report.html opened in headless Debian Chromium (apt-get install -y chromium)
 * through playwright-core. Run with `npx jest -c jest.e2e.config.js`; skipped when
 * /usr/bin/chromium is missing.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
};
