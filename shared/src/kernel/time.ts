/** Instants and zones as they appear in documents: ISO-8601 UTC strings beside an IANA zone. */
import { z } from 'zod';
import { ValidationFailed } from './errors';
import type { EpochMs } from '../sla/types';
import { formatIsoInstant } from './iso-instant';

/** Only the "Z" form: an offset would make equal instants compare unequal as strings. */
export const isoInstantSchema = z.iso.datetime({ offset: false });
export type IsoInstant = z.infer<typeof isoInstantSchema>;

const zoneValidity = new Map<string, boolean>();

/** True when the runtime's Intl knows the zone (IANA names and aliases such as "UTC"). */
function isKnownTimeZone(timeZone: string): boolean {
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(timeZone, valid);
  }
  return valid;
}

export const timeZoneSchema = z
  .string()
  .refine(isKnownTimeZone, { message: 'Unknown IANA time zone.' });

export function toIsoInstant(instant: EpochMs): IsoInstant {
  // Date's range is ±8.64e15 ms; outside it toISOString would throw a bare RangeError.
  if (!Number.isFinite(instant) || Math.abs(instant) > 8.64e15) {
    throw new ValidationFailed('The time is not valid.', [
      { path: 'now', message: 'Not a representable instant.' },
    ]);
  }
  return formatIsoInstant(instant);
}

export function fromIsoInstant(iso: IsoInstant): EpochMs {
  return Date.parse(iso);
}

/** Throws ValidationFailed for an unknown zone, naming the offending field. */
export function assertTimeZone(timeZone: string, path = 'timeZone'): void {
  if (!isKnownTimeZone(timeZone)) {
    throw new ValidationFailed('The time zone is not valid.', [
      { path, message: `Unknown IANA time zone "${timeZone}".` },
    ]);
  }
}
