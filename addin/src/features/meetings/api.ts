/**
 * The meetings API as typed functions. Every write to an existing meeting sends the ETag the
 * caller last saw (If-Match), so a change made from a stale view fails with 412 instead of
 * overwriting someone else's. Loaded with the meetings page, never in the first bundle.
 */
import {
  type MeetingSeriesChanges,
  type MinutesInput,
  type NewAgendaItemInput,
  type NewMeetingSeriesInput,
  type SuggestTimesInput,
  meetingListSchema,
  meetingViewSchema,
  timeSlotsSchema,
} from '@tandem/shared/meetings';
import type { ApiClient, CallOptions } from '../../app/api/api-client';

// The meetings page imports the shared meetings entry anyway, so its schemas are at hand.
const view = () => Promise.resolve(meetingViewSchema);
const list = () => Promise.resolve(meetingListSchema);
const slots = () => Promise.resolve(timeSlotsSchema);

export type AgendaItemVerb = 'accept' | 'dismiss';

export function makeMeetingsApi(client: ApiClient) {
  const path = (meetingId: string, rest = '') =>
    `/meetings/${encodeURIComponent(meetingId)}${rest}`;
  const write = (method: CallOptions['method'], body: unknown, etag: string): CallOptions => ({
    method,
    body,
    headers: { 'if-match': etag },
  });
  return {
    list: () => client.call('/meetings', list),
    get: (meetingId: string) => client.call(path(meetingId), view),
    /** The key makes a double-clicked "Schedule" create one series. */
    schedule: (body: NewMeetingSeriesInput, idempotencyKey: string) =>
      client.call('/meetings', view, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    suggestTimes: (body: SuggestTimesInput) =>
      client.call('/meetings/suggest-times', slots, { method: 'POST', body }),
    propose: (meetingId: string, body: NewAgendaItemInput, etag: string) =>
      client.call(path(meetingId, '/items'), view, write('POST', body, etag)),
    curate: (meetingId: string, itemId: string, verb: AgendaItemVerb, etag: string) =>
      client.call(
        path(meetingId, `/items/${encodeURIComponent(itemId)}/${verb}`),
        view,
        write('POST', {}, etag),
      ),
    reorder: (meetingId: string, itemIds: readonly string[], etag: string) =>
      client.call(path(meetingId, '/order'), view, write('PUT', { itemIds }, etag)),
    recordMinutes: (meetingId: string, body: MinutesInput, etag: string) =>
      client.call(path(meetingId, '/minutes'), view, write('POST', body, etag)),
    /** Only the fields that changed: absent means unchanged. */
    change: (meetingId: string, changes: MeetingSeriesChanges, etag: string) =>
      client.call(path(meetingId), view, write('PATCH', changes, etag)),
    cancel: (meetingId: string, comment: string, etag: string) =>
      client.call(
        path(meetingId, '/cancel'),
        view,
        write('POST', comment === '' ? {} : { comment }, etag),
      ),
    /** Path of the invitation file (fetched with the token by download-invite). */
    invitePath: (meetingId: string) => path(meetingId, '/invite.ics'),
  };
}
export type MeetingsApi = ReturnType<typeof makeMeetingsApi>;
