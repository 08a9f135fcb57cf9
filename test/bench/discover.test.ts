import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './bench-types';
import { findBenchFiles, loadBenchmarks, selectBenchmarks } from './discover';

const bench = (name: string): Benchmark => ({
  name,
  description: name,
  goals: [],
  run: async () => ({ figures: [], failures: [] }),
});
const all = [bench('api.requests'), bench('sla.due'), bench('sla.sweep')];

describe('selectBenchmarks', () => {
  it('selects everything without a filter', () => {
    expect(selectBenchmarks(all, []).map((b) => b.name)).toEqual([
      'api.requests',
      'sla.due',
      'sla.sweep',
    ]);
  });

  it('selects benchmarks whose name contains any filter', () => {
    expect(selectBenchmarks(all, ['sla']).map((b) => b.name)).toEqual(['sla.due', 'sla.sweep']);
    expect(selectBenchmarks(all, ['due', 'api']).map((b) => b.name)).toEqual([
      'api.requests',
      'sla.due',
    ]);
  });

  it('rejects a filter that matches nothing, naming the known benchmarks', () => {
    expect(() => selectBenchmarks(all, ['sal'])).toThrow(
      'no benchmark matches sal (known: api.requests, sla.due, sla.sweep)',
    );
  });
});

describe('finding and loading benchmark modules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  mkdirSync(join(dir, 'front'));
  const valid =
    'exports.benchmark = { name: "x.y", description: "d", goals: [], run: async () => ({}) };';
  writeFileSync(join(dir, 'b.bench.js'), valid);
  writeFileSync(join(dir, 'front', 'a.bench.js'), valid);
  writeFileSync(join(dir, 'helper.js'), 'exports.benchmark = 1;');
  writeFileSync(join(dir, 'broken.bench.js.map'), '{}');

  it('finds *.bench.js files in sub-folders too, in sorted order', () => {
    expect(findBenchFiles(dir)).toEqual([
      join(dir, 'b.bench.js'),
      join(dir, 'front', 'a.bench.js'),
    ]);
  });

  it('loads their benchmark export and refuses a module without one', () => {
    expect(loadBenchmarks([join(dir, 'b.bench.js')]).map((b) => b.name)).toEqual(['x.y']);
    expect(() => loadBenchmarks([join(dir, 'helper.js')])).toThrow(
      'does not export a valid `benchmark`',
    );
  });
});
