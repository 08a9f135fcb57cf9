/**
 * Graph's `dateTimeTimeZone` (a local wall time plus a Windows zone name) to and from instants.
 * Graph answers in the zone asked for with `Prefer: outlook.timezone`, else in UTC; a Windows
 * name maps back to the first IANA zone of the shared table with that name (zones sharing a
 * Windows name share their rules).
 */
import {
  type EpochMs,
  graphSupportedTimeZones,
  graphTimeZoneOf,
  localIsoOf,
  wallTimeToInstant,
  windowsTimeZoneOf,
} from '@tandem/shared';

export interface GraphDateTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

const ianaByWindows = new Map<string, string>();
for (const iana of graphSupportedTimeZones) {
  const windows = windowsTimeZoneOf(iana);
  if (windows !== undefined && !ianaByWindows.has(windows)) ianaByWindows.set(windows, iana);
}

/** The IANA zone for a Windows zone name (or an IANA name Graph echoed back); undefined if unknown. */
export function ianaOfGraphZone(name: string): string | undefined {
  if (name === 'UTC' || name === 'Etc/UTC') return 'UTC';
  if (windowsTimeZoneOf(name) !== undefined) return name;
  return ianaByWindows.get(name);
}

/** The instant `dt` names; throws for a zone outside the table rather than guessing. */
export function instantOfGraphDateTime(dt: GraphDateTime): EpochMs {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/.exec(
    dt.dateTime,
  );
  if (!m) throw new RangeError(`Not a Graph dateTime: "${dt.dateTime}".`);
  const [, y, mo, d, h, mi, s, frac] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Number((frac ?? '0').padEnd(3, '0')),
  );
  const zone = ianaOfGraphZone(dt.timeZone);
  if (zone === undefined) throw new RangeError(`Unknown Graph time zone "${dt.timeZone}".`);
  return zone === 'UTC' ? wall : wallTimeToInstant(zone, wall);
}

/** The `dateTimeTimeZone` of an instant in an IANA zone, with the zone's Windows name. */
export function graphDateTimeOf(instant: EpochMs, ianaZone: string): GraphDateTime {
  return { dateTime: localIsoOf(ianaZone, instant), timeZone: graphTimeZoneOf(ianaZone) };
}
