/** One meeting of the caller's tenant, or NotFound: for ids of other documents and other tenants too. */
import { NotFound, type Person } from '@tandem/shared';
import { ZodError } from 'zod';
import type { MeetingStore, StoredMeeting } from './meeting-store';
import { assertCanReadMeeting } from './meeting-access';

export async function readMeeting(
  deps: { readonly meetings: MeetingStore },
  caller: Person,
  id: string,
): Promise<StoredMeeting> {
  let stored: StoredMeeting;
  try {
    stored = await deps.meetings.get(caller.tenantId, id);
  } catch (err) {
    // The container also holds minutes and local calendar events; their ids are not meetings.
    if (err instanceof ZodError) throw new NotFound('Meeting', id);
    throw err;
  }
  assertCanReadMeeting(stored.value.series, caller);
  return stored;
}
