/**
 * `npm start`: Tandem on this machine with no Azure account — the embedded Cosmos DB server, the
 * API, the SLA sweep every minute, the calendar outbox every 5 seconds and the demo tenant. Local
 * data lives in .data/ (restored at start, snapshotted while running and on exit), so a demo
 * survives a restart.
 */
import { ensureErrorType } from '../http/problem';
import { loadConfig } from '../../config';
import { DEMO } from './demo-tenant';
import { startLocalStack } from './local-stack';
import { installShutdownHooks } from './shutdown-hooks';
import { startSnapshotting } from './start-snapshotting';

const SWEEP_EVERY_MS = 60_000;
/** Each meeting write kicks its own run; this pass catches retries after a backoff. */
const CALENDAR_OUTBOX_EVERY_MS = 5_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.mode !== 'local')
    throw new Error('npm start runs local mode only (TANDEM_MODE=local).');
  const stack = await startLocalStack({ config, restore: true, seed: true, quiet: true });
  const snapshots = startSnapshotting({
    client: stack.client,
    databaseId: config.cosmos.databaseId,
    dataDir: config.local.dataDir,
    everyMs: 10_000,
  });
  const sweep = async () => {
    try {
      const r = await stack.app.sweep();
      if (r.examined > 0) console.log(`SLA sweep: ${JSON.stringify(r)}`);
    } catch (err) {
      console.error('SLA sweep failed:', ensureErrorType(err));
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  let outboxRun: Promise<void> | undefined;
  const processOutbox = async () => {
    try {
      const r = await stack.app.processCalendarOutbox();
      if (r.sent + r.retrying + r.failed > 0) console.log(`Calendar outbox: ${JSON.stringify(r)}`);
    } catch (err) {
      console.error('Calendar outbox failed:', ensureErrorType(err));
    }
  };
  const outbox = setInterval(() => {
    // A pass still running (a slow calendar) is not joined by a second one.
    outboxRun ??= processOutbox().finally(() => (outboxRun = undefined));
  }, CALENDAR_OUTBOX_EVERY_MS);
  installShutdownHooks(async () => {
    clearInterval(timer);
    clearInterval(outbox);
    await outboxRun;
    await snapshots.stop();
    await stack.close();
  });

  const api = `${stack.url}/api`;
  console.log(
    [
      '',
      'Tandem is running (local mode).',
      `  Tab:            ${stack.url}/   (sections: #/approvals, #/meetings, #/cards = chat cards)`,
      `  Bot:            ${api}/messages (local mode: activities without a Bot Framework token)`,
      `  API:            ${api}   (health: ${api}/health, OpenAPI: ${api}/openapi.json)`,
      `  Demo people:    ${api}/dev/users`,
      `  Dev sign-in:    curl -s -X POST ${api}/dev/token -H 'content-type: application/json' -d '{"userId":"${DEMO.murmanskRep}"}'`,
      `  Cosmos DB:      ${stack.cosmosEndpoint} (embedded; data in ${config.local.dataDir})`,
      stack.restored !== null
        ? `  Restored ${stack.restored} documents from the last run.`
        : `  Seeded the demo tenant (${stack.seeded} requests).`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(ensureErrorType(err).message);
  process.exit(1);
});
