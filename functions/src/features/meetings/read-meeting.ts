/** One meeting of the caller's tenant, or NotFound: for ids of other documents and other tenants too. */
import type { Person } from '@tandem/shared';
import type { MeetingStore, StoredMeeting } from './meeting-store';
import { assertCanReadMeeting } from './meeting-access';

export async function readMeeting(
  deps: { readonly meetings: MeetingStore },
  caller: Person,
  id: string,
): Promise<StoredMeeting> {
  const stored = await deps.meetings.get(caller.tenantId, id);
  assertCanReadMeeting(stored.value.series, caller);
  return stored;
}
