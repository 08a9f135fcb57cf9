/**
 * Every calendar write goes through the outbox: a write made anywhere else would skip the
 * retries, the Retry-After waits and the exactly-once bookkeeping, and a crash after it would
 * leave Outlook and Tandem disagreeing. Only the outbox's sender may call the gateway's write
 * methods; the gateway's implementations (the adapters) and test fakes define them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const writeCall = /\.\s*(createEvent|updateEvent|cancelEvent)\s*\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) &&
      !/\.test\.ts$|test-fakes\.ts$|-calendar-gateway\.ts$/.test(entry.name)
      ? [full]
      : [];
  });
}

it('lets only the outbox sender write to the calendar', () => {
  const callers = sourceFiles(root).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(writeCall)].map(
      (m) => `${path.relative(root, file)}: ${m[1]}`,
    ),
  );
  expect(callers.sort()).toEqual([
    'features/meetings/outbox/outbox-send.ts: cancelEvent',
    'features/meetings/outbox/outbox-send.ts: createEvent',
    'features/meetings/outbox/outbox-send.ts: updateEvent',
  ]);
});
