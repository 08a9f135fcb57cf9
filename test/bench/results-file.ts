import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Figure } from './bench-types';

/**
 * One figure per line, in the layout prettier gives JSON, so that `prettier --check .` (part of
 * `npm run lint`) accepts the file as written and diffs between runs stay one line per figure.
 * A figure too long for prettier's 100 columns is written expanded, as prettier would.
 */
export function formatResults(figures: readonly Figure[]): string {
  const entries = figures.map((f, i) => {
    const fields = [
      `"name": ${JSON.stringify(f.name)}`,
      `"value": ${JSON.stringify(f.value)}`,
      `"unit": ${JSON.stringify(f.unit)}`,
    ];
    const oneLine = `  { ${fields.join(', ')} }`;
    // Prettier counts the comma that follows an element when deciding whether it fits.
    const width = oneLine.length + (i < figures.length - 1 ? 1 : 0);
    return width <= 100 ? oneLine : `  {\n    ${fields.join(',\n    ')}\n  }`;
  });
  return entries.length === 0 ? '[]\n' : `[\n${entries.join(',\n')}\n]\n`;
}

function isFigure(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f['name'] === 'string' && typeof f['value'] === 'number' && typeof f['unit'] === 'string'
  );
}

/** A missing or unreadable file is an empty history: the run then writes a fresh one. */
export function readResults(path: string): Figure[] {
  if (!existsSync(path)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter(isFigure) : [];
  } catch {
    console.warn(`bench: ignoring unreadable ${path}`);
    return [];
  }
}

/**
 * A filtered run (`npm run bench -- sla`) replaces only the figures of the benchmarks it ran and
 * the `meta.*` entries, keeping the last known figures of the others.
 */
export function mergeResults(
  previous: readonly Figure[],
  fresh: readonly Figure[],
  ranPrefixes: readonly string[],
): Figure[] {
  const replaced = (name: string): boolean =>
    name.startsWith('meta.') || ranPrefixes.some((p) => name.startsWith(`${p}.`));
  const kept = previous.filter((f) => !replaced(f.name));
  return [...kept, ...fresh].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function writeResults(path: string, figures: readonly Figure[]): void {
  writeFileSync(path, formatResults(figures));
}
