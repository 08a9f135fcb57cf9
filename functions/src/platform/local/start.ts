/**
 * `npm start`: Tandem on this machine with no Azure account — the embedded Cosmos DB server, the
 * API, every feature's timers at their local intervals (the SLA sweep every minute, the calendar
 * outbox every 5 seconds) and the demo tenant. Local
 * data lives in .data/ (restored at start, snapshotted while running and on exit, and every
 * acknowledged write journaled before its answer), so a demo survives a restart, even kill -9.
 */
import { installCrashGuard } from '../crash-guard';
import { ensureErrorType } from '../http/problem';
import { loadConfig } from '../../config';
import { DEMO } from './demo-tenant';
import { startLocalStack } from './local-stack';
import { installShutdownHooks } from './shutdown-hooks';
import { startSnapshotting } from './start-snapshotting';

async function main(): Promise<void> {
  installCrashGuard();
  const config = loadConfig(process.env);
  if (config.mode !== 'local')
    throw new Error('npm start runs local mode only (TANDEM_MODE=local).');
  const stack = await startLocalStack({ config, restore: true, seed: true, quiet: true });
  const snapshots = startSnapshotting({
    client: stack.client,
    databaseId: config.cosmos.databaseId,
    dataDir: config.local.dataDir,
    everyMs: 10_000,
    ...(stack.journal ? { journal: stack.journal } : {}),
  });
  // Each timer at its local interval; a pass still running (a slow calendar) is not joined.
  const running = new Map<string, Promise<void>>();
  const intervals = stack.app.timers.map((timer) => {
    const pass = async () => {
      try {
        const reports = await timer.run();
        if (timer.worthLogging(reports)) console.log(`${timer.name}: ${JSON.stringify(reports)}`);
      } catch (err) {
        console.error(`${timer.name} failed:`, ensureErrorType(err));
      }
    };
    const tick = () => {
      if (running.has(timer.name)) return;
      running.set(
        timer.name,
        pass().finally(() => running.delete(timer.name)),
      );
    };
    tick();
    return setInterval(tick, timer.everyMs);
  });
  installShutdownHooks(async () => {
    for (const interval of intervals) clearInterval(interval);
    await Promise.all(running.values());
    await snapshots.stop();
    await stack.close();
  });

  const api = `${stack.url}/api`;
  console.log(
    [
      '',
      'Tandem is running (local mode).',
      `  Tab:            ${stack.url}/   (every section is in its navigation; #/cards shows the chat cards)`,
      `  Bot:            ${api}/messages (local mode: activities without a Bot Framework token)`,
      `  API:            ${api}   (health: ${api}/health, OpenAPI: ${api}/openapi.json)`,
      `  Demo people:    ${api}/dev/users`,
      `  Dev sign-in:    curl -s -X POST ${api}/dev/token -H 'content-type: application/json' -d '{"userId":"${DEMO.murmanskRep}"}'`,
      `  Cosmos DB:      ${stack.cosmosEndpoint} (embedded; data in ${config.local.dataDir})`,
      stack.restored !== null
        ? `  Restored ${stack.restored} documents and journaled writes from the last run.`
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
