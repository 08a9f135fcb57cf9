/**
 * The /api/meetings operations for the OpenAPI document, from the shared meeting contract. Every
 * write to an existing meeting needs If-Match (428 without it) and answers the meeting as it is.
 */
import {
  agendaItemIdSchema,
  agendaOrderInputSchema,
  cancelMeetingInputSchema,
  meetingListSchema,
  meetingSeriesChangesSchema,
  meetingSeriesIdSchema,
  meetingViewSchema,
  minutesInputSchema,
  newAgendaItemInputSchema,
  newMeetingSeriesInputSchema,
  suggestTimesInputSchema,
  timeSlotsSchema,
} from '@tandem/shared';
import {
  type NamedSchema,
  type OpenApiOperation,
  type OpenApiPiece,
  idempotencyKeyHeader,
  ifMatchHeader,
  jsonBody,
  named,
} from '../../platform/http/openapi-operation';

const meeting = named('Meeting', meetingViewSchema);
const id = { id: meetingSeriesIdSchema };
const writeErrors = [400, 401, 403, 404, 409, 412, 428];

type Write = Pick<OpenApiOperation, 'name' | 'method' | 'route' | 'summary'> & {
  readonly body?: OpenApiOperation['body'];
  readonly status?: 200 | 201;
};

/** A write to an existing meeting: If-Match required, the meeting answered. */
const write = ({ status = 200, ...op }: Write): OpenApiOperation => ({
  ...op,
  // The ids its route has of these (every write names the meeting; a decision, the item too).
  params: { ...id, itemId: agendaItemIdSchema },
  headers: [ifMatchHeader],
  responses: {
    [status]: { description: 'The meeting after the change', body: meeting, etag: true },
  },
  errors: writeErrors,
});
const optional = (schema: NamedSchema) => ({ oneOf: [schema], required: false });

export const meetingOpenApi: OpenApiPiece = {
  name: 'meetings',
  operations: [
    {
      name: 'listMeetings',
      method: 'GET',
      route: 'meetings',
      summary: 'Joint planning meetings the caller may see, active first',
      responses: {
        200: { description: 'The meetings', body: named('MeetingList', meetingListSchema) },
      },
      errors: [401, 403],
    },
    {
      name: 'scheduleMeeting',
      method: 'POST',
      route: 'meetings',
      summary: 'Schedule a joint planning meeting (heads, executives, admins)',
      headers: [idempotencyKeyHeader],
      body: jsonBody(named('NewMeetingSeries', newMeetingSeriesInputSchema)),
      responses: {
        201: { description: 'The meeting', body: meeting, etag: true },
        200: {
          description: 'Replay of an Idempotency-Key: the meeting it created',
          body: meeting,
          etag: true,
        },
      },
      errors: [400, 401, 403, 409],
    },
    {
      name: 'suggestMeetingTimes',
      method: 'POST',
      route: 'meetings/suggest-times',
      summary:
        'Slots inside every department’s working hours where the organiser and required attendees are free',
      body: jsonBody(named('SuggestMeetingTimes', suggestTimesInputSchema)),
      responses: {
        200: {
          description: 'Free slots, earliest first',
          body: named('TimeSlots', timeSlotsSchema),
        },
      },
      errors: [400, 401, 403, 502, 503],
    },
    {
      name: 'getMeeting',
      method: 'GET',
      route: 'meetings/{id}',
      summary: 'One meeting: series, agenda with suggestions, calendar state, minutes',
      params: id,
      responses: { 200: { description: 'The meeting', body: meeting, etag: true } },
      errors: [400, 401, 403, 404],
    },
    write({
      name: 'changeMeeting',
      method: 'PATCH',
      route: 'meetings/{id}',
      summary: 'Change time, people or title; queues one calendar update',
      body: jsonBody(named('MeetingSeriesChanges', meetingSeriesChangesSchema)),
    }),
    write({
      name: 'cancelMeeting',
      method: 'POST',
      route: 'meetings/{id}/cancel',
      summary: 'Cancel the series; queues the calendar cancel',
      body: optional(named('CancelMeeting', cancelMeetingInputSchema)),
    }),
    write({
      name: 'proposeAgendaItem',
      method: 'POST',
      route: 'meetings/{id}/items',
      summary: 'Propose an agenda item (anyone who may see it)',
      body: jsonBody(named('NewAgendaItem', newAgendaItemInputSchema)),
      status: 201,
    }),
    write({
      name: 'acceptAgendaItem',
      method: 'POST',
      route: 'meetings/{id}/items/{itemId}/accept',
      summary: 'Accept a proposed item or a suggestion shown in the view',
    }),
    write({
      name: 'dismissAgendaItem',
      method: 'POST',
      route: 'meetings/{id}/items/{itemId}/dismiss',
      summary: 'Dismiss a proposed item or a suggestion shown in the view',
    }),
    write({
      name: 'reorderAgenda',
      method: 'PUT',
      route: 'meetings/{id}/order',
      summary: 'Order the agenda (every item not dismissed, once)',
      body: jsonBody(named('AgendaOrder', agendaOrderInputSchema)),
    }),
    write({
      name: 'recordMinutes',
      method: 'POST',
      route: 'meetings/{id}/minutes',
      summary: 'Record the minutes: action items become requests, unfinished items carry over',
      body: jsonBody(named('MeetingMinutes', minutesInputSchema)),
    }),
    {
      name: 'meetingInvite',
      method: 'GET',
      route: 'meetings/{id}/invite.ics',
      summary: 'The invitation as iCalendar (METHOD:REQUEST, or CANCEL once cancelled)',
      params: id,
      responses: {
        200: {
          description: 'An iCalendar file (RFC 5545), with the meeting’s version in ETag',
          content: { mediaType: 'text/calendar', schema: { type: 'string' } },
          etag: true,
        },
      },
      errors: [400, 401, 403, 404],
    },
  ],
};
