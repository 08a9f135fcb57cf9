import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './bench-types';
import { formatResults, mergeResults, readResults, writeResults } from './results-file';

const figures = [
  { name: 'meta.cpu_count', value: 2, unit: 'count' },
  { name: 'sla.due.ours_per_sec', value: 1234567, unit: 'ops/s' },
  { name: 'sla.due.ratio_vs_moment_business_time', value: 312.5, unit: 'x' },
];

describe('results file', () => {
  // Prettier's API needs ESM dynamic import, which jest's CommonJS mode lacks: run its CLI.
  it('is already in the layout prettier gives it, so `npm run lint` accepts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    // Names of 48, 49 and 50 characters put the one-line entry at 99, 100 and 101 columns.
    const sized = (n: number): Figure => ({
      name: 'sla.'.padEnd(n, 'x'),
      value: 1,
      unit: 'bool (>= 5)',
    });
    const [a, b, c] = [sized(48), sized(49), sized(50)];
    const lists = [figures, [], [a, b], [b, a], [b, c], [c, b], [a, c]];
    const files = lists.map((list, i) => {
      const file = join(dir, `results-${i}.json`);
      writeFileSync(file, formatResults(list));
      return file;
    });
    const root = join(__dirname, '..', '..');
    const cli = require.resolve('prettier/bin/prettier.cjs');
    const config = join(root, '.prettierrc.json');
    expect(() =>
      execFileSync(process.execPath, [cli, '--check', '--config', config, ...files], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('round-trips through the file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-')), 'results.json');
    writeResults(path, figures);
    expect(readResults(path)).toEqual(figures);
  });

  it('reads a missing or corrupt file as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    expect(readResults(join(dir, 'none.json'))).toEqual([]);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readResults(join(dir, 'bad.json'))).toEqual([]);
  });

  it('a filtered run replaces only the benchmarks it ran and the meta entries', () => {
    const previous = [
      { name: 'api.p95_ms', value: 40, unit: 'ms' },
      { name: 'meta.timestamp', value: 1, unit: 'epoch_ms' },
      { name: 'sla.due.ours_per_sec', value: 1, unit: 'ops/s' },
      { name: 'sla.due.old_figure', value: 1, unit: 'count' },
    ];
    const fresh = [
      { name: 'meta.timestamp', value: 2, unit: 'epoch_ms' },
      { name: 'sla.due.ours_per_sec', value: 9, unit: 'ops/s' },
    ];
    expect(mergeResults(previous, fresh, ['sla.due'])).toEqual([
      { name: 'api.p95_ms', value: 40, unit: 'ms' },
      { name: 'meta.timestamp', value: 2, unit: 'epoch_ms' },
      { name: 'sla.due.ours_per_sec', value: 9, unit: 'ops/s' },
    ]);
  });
});
