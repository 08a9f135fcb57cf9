import type { Figure } from './bench-types';

function formatValue(value: number): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 1 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A plain aligned table for the terminal; a missed goal is flagged so it is not overlooked. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const flag = f.name.endsWith('.goal_met') ? (f.value === 1 ? '  ok' : '  MISSED') : '';
    return [f.name, formatValue(f.value), f.unit + flag] as const;
  });
  const nameWidth = Math.max(6, ...rows.map((r) => r[0].length));
  const valueWidth = Math.max(5, ...rows.map((r) => r[1].length));
  const line = (a: string, b: string, c: string): string =>
    `${a.padEnd(nameWidth)}  ${b.padStart(valueWidth)}  ${c}`.trimEnd();
  return [line('figure', 'value', 'unit'), ...rows.map((r) => line(...r))].join('\n');
}
