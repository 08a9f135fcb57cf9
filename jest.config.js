/** One jest setup for the whole repository: unit tests beside the code, integration suites under test/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/shared/src',
    '<rootDir>/functions/src',
    '<rootDir>/addin/src',
    '<rootDir>/test',
    '<rootDir>/manifest',
  ],
  testMatch: ['**/*.test.ts'],
  // Integration suites start a whole stack (Cosmos server, host, bot) in beforeAll; on a busy
  // 2-core machine that can take longer than jest's default 5 s.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/e2e/'],
  moduleNameMapper: {
    '^@tandem/shared$': '<rootDir>/shared/src/index.ts',
    '^@tandem/shared/browser$': '<rootDir>/shared/src/browser.ts',
    '^@tandem/shared/approvals$': '<rootDir>/shared/src/browser-approvals.ts',
    '^@tandem/shared/meetings$': '<rootDir>/shared/src/browser-meetings.ts',
    '^@tandem/shared/card-preview$': '<rootDir>/shared/src/browser-card-preview.ts',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // ESM-only packages are transformed; app-manifest nests its own ESM strip-bom.
  transformIgnorePatterns: [
    '/node_modules/(?!(jose|strip-bom|adaptivecards|@microsoft/app-manifest/node_modules/strip-bom)/)',
  ],
};
