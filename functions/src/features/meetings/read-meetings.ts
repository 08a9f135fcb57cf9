/** The meetings a person may see, each as a MeetingView with its current suggestions. */
import type { Person, RequestWithSla } from '@tandem/shared';
import type { StoredMeeting } from './meeting-store';
import { canReadMeeting } from './meeting-access';
import type { MeetingCapabilities } from './meeting-ports';
import {
  audienceOf,
  loadSuggestions,
  openRequestsBetween,
  suggestionsFor,
} from './meeting-suggestions';
import { type MeetingView, toMeetingView } from './meeting-view';
import { readMeeting } from './read-meeting';

export type ReadMeetingsDeps = Pick<
  MeetingCapabilities,
  'meetings' | 'catalog' | 'minutes' | 'directory' | 'requestStore' | 'clock'
>;

export async function getMeeting(
  deps: ReadMeetingsDeps,
  caller: Person,
  id: string,
): Promise<MeetingView> {
  return viewMeeting(deps, caller, await readMeeting(deps, caller, id));
}

/** The view of a meeting just read or written, as of now. */
export async function viewMeeting(
  deps: Omit<ReadMeetingsDeps, 'catalog'>,
  caller: Person,
  stored: StoredMeeting,
): Promise<MeetingView> {
  const now = deps.clock.now();
  const { series } = stored.value;
  const [suggestions, minutes] = await Promise.all([
    loadSuggestions(deps, series, caller, now),
    deps.minutes.list(series.tenantId, series.id),
  ]);
  return toMeetingView({ doc: stored.value, suggestions, minutes, viewer: caller, now });
}

/** Active meetings first, then by the next occurrence, then by title. */
export async function listMeetings(deps: ReadMeetingsDeps, caller: Person): Promise<MeetingView[]> {
  const now = deps.clock.now();
  const readable = (await deps.catalog.list(caller.tenantId)).filter((m) =>
    canReadMeeting(m.value.series, caller),
  );
  const active = readable.filter((m) => m.value.series.status === 'active');
  // One read of the open requests serves the suggestions of every meeting in the list.
  const departments = [...new Set(active.flatMap((m) => m.value.series.departmentIds))];
  let requests: readonly RequestWithSla[] = [];
  let people: readonly Person[] = [];
  if (departments.length > 0) {
    const setup = await deps.directory.setup(caller.tenantId);
    people = await deps.directory.listPeople(caller.tenantId);
    requests = await openRequestsBetween(deps, caller.tenantId, departments, setup, now);
  }
  const views = await Promise.all(
    readable.map(async (m) => {
      const { series } = m.value;
      const minutes = await deps.minutes.list(series.tenantId, series.id);
      const suggestions = suggestionsFor(series, requests, now, audienceOf(series, caller, people));
      return toMeetingView({ doc: m.value, suggestions, minutes, viewer: caller, now });
    }),
  );
  return views.sort(byListOrder);
}

function byListOrder(a: MeetingView, b: MeetingView): number {
  const status = (v: MeetingView) => (v.series.status === 'active' ? 0 : 1);
  const start = (v: MeetingView) => v.nextOccurrence?.start ?? '9999';
  return (
    status(a) - status(b) ||
    start(a).localeCompare(start(b)) ||
    a.series.title.localeCompare(b.series.title)
  );
}
