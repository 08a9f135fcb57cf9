/**
 * Wall-clock times in a named zone, for the due instant of a new approval: the person types a
 * local date and time in their own zone (from /api/me), not in the browser's, and the API wants
 * a UTC instant. Intl knows the zone rules, so no time-zone library is needed.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: number, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const n = (type: string) => Number(parts[type]);
  return {
    year: n('year'),
    month: n('month'),
    day: n('day'),
    hour: n('hour'),
    minute: n('minute'),
  };
}

/** Minutes the zone is ahead of UTC at an instant (Moscow: 180). */
function offsetMinutes(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-03-05T18:00" in the zone → "2026-03-05T15:00:00.000Z"; null when not a date-time.
 * A time skipped by a clock change resolves with the offset before the change.
 */
export function localToInstant(local: string, timeZone: string): string | null {
  const m = localPattern.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  // Twice: the offset at the first guess may differ from the offset at the answer (DST).
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const at = wall - offsetMinutes(first, timeZone) * 60_000;
  return new Date(at).toISOString();
}

/** The instant as an `<input type="datetime-local">` value in the zone. */
export function instantToLocal(at: number, timeZone: string): string {
  const w = wallClock(at, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}
