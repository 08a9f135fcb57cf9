/**
 * One local stack per browser-test file, serving the built tab at `/`: the API stack of the
 * integration tests (embedded Cosmos DB, demo tenant, a clock the test moves) plus a check that
 * the tab was built, so a missing build fails with the fix instead of a 404 page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type ApiStack, startApiStack } from '../fixtures/api-stack';
import { type RequestsClient, makeRequestsClient } from '../fixtures/api-requests';

export const TAB_DIST = path.resolve(__dirname, '../../addin/dist');

/** A Tuesday, 10:00 in Moscow (14:00 in Krasnoyarsk and Barnaul): business hours everywhere. */
export const E2E_START = '2026-03-03T07:00:00.000Z';

export interface TabStack extends ApiStack {
  readonly requests: RequestsClient;
}

export async function startTabStack(startAt: string = E2E_START): Promise<TabStack> {
  if (!existsSync(path.join(TAB_DIST, 'index.html'))) {
    throw new Error(
      `The tab is not built (${TAB_DIST}/index.html is missing): run \`npm run build\`.`,
    );
  }
  const stack = await startApiStack(startAt);
  return { ...stack, requests: makeRequestsClient(stack) };
}
