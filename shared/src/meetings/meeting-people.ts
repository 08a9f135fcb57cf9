/** The people of a series as the directory knows them (names and addresses for invitations). */
import { ValidationFailed } from '../kernel/errors';
import type { Person } from '../kernel/directory';
import type { MeetingSeries } from './meeting-series';

export interface MeetingPeople {
  readonly organiser: Person;
  readonly required: readonly Person[];
  readonly optional: readonly Person[];
}

type SeriesPeople = Pick<
  MeetingSeries,
  'tenantId' | 'organiserId' | 'requiredAttendeeIds' | 'optionalAttendeeIds'
>;

/**
 * Looks every person of the series up in `people` (same tenant only). The organiser is left out
 * of the attendee lists: calendars add the organiser themselves.
 */
export function resolveMeetingPeople(
  series: SeriesPeople,
  people: readonly Person[],
): MeetingPeople {
  const byId = new Map(people.filter((p) => p.tenantId === series.tenantId).map((p) => [p.id, p]));
  const missing: string[] = [];
  const find = (id: string): Person[] => {
    const person = byId.get(id as Person['id']);
    if (!person) missing.push(id);
    return person ? [person] : [];
  };
  const [organiser] = find(series.organiserId);
  const attendees = (ids: readonly string[]) =>
    ids.filter((id) => id !== series.organiserId).flatMap(find);
  const required = attendees(series.requiredAttendeeIds);
  const optional = attendees(series.optionalAttendeeIds);
  if (!organiser || missing.length > 0) {
    throw new ValidationFailed('Some people of the meeting are not in the directory.', [
      { path: 'attendees', message: `Unknown: ${missing.join(', ')}.` },
    ]);
  }
  return { organiser, required, optional };
}
