/**
 * Debian's headless Chromium driven by playwright-core. A missing browser fails the suite with
 * the command that fixes it: a browser test that silently skips would pass on a machine that
 * never ran it.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Each launch gets a fresh temporary profile, removed by playwright on close. */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing at ${executablePath}: the browser tests need Debian's package ` +
        '(`apt-get update && apt-get install -y chromium`; .ci/run installs it).',
    );
  }
  return chromium.launch({ executablePath, args: ARGS });
}
