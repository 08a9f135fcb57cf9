/**
 * The browser tests: one Chromium and one local stack per file, run after `npm run build` (they
 * load the built tab). Kept out of the root config so `npx jest` stays a fast unit run.
 */
const path = require('node:path');
const base = require('../../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '../..'),
  roots: ['<rootDir>/test/e2e'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 90_000,
  maxWorkers: 2,
};
