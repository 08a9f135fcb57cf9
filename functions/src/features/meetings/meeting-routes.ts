/** The /api/meetings route table (documented in handlers/openapi-document.ts). */
import type { Route } from '../../platform/http/route';
import {
  type MeetingHandlerDeps,
  makeCancelMeetingHandler,
  makeChangeMeetingHandler,
  makeDecideItemHandler,
  makeGetMeetingHandler,
  makeListMeetingsHandler,
  makeMeetingInviteHandler,
  makeProposeItemHandler,
  makeRecordMinutesHandler,
  makeReorderAgendaHandler,
  makeScheduleMeetingHandler,
  makeSuggestTimesHandler,
} from './meeting-handlers';

export function meetingRoutes(deps: MeetingHandlerDeps): Route[] {
  const route = (
    name: string,
    method: Route['methods'][number],
    path: string,
    handler: Route['handler'],
  ): Route => ({ name, methods: [method], route: path, handler });
  return [
    route('listMeetings', 'GET', 'meetings', makeListMeetingsHandler(deps)),
    route('scheduleMeeting', 'POST', 'meetings', makeScheduleMeetingHandler(deps)),
    route('suggestMeetingTimes', 'POST', 'meetings/suggest-times', makeSuggestTimesHandler(deps)),
    route('getMeeting', 'GET', 'meetings/{id}', makeGetMeetingHandler(deps)),
    route('changeMeeting', 'PATCH', 'meetings/{id}', makeChangeMeetingHandler(deps)),
    route('cancelMeeting', 'POST', 'meetings/{id}/cancel', makeCancelMeetingHandler(deps)),
    route('proposeAgendaItem', 'POST', 'meetings/{id}/items', makeProposeItemHandler(deps)),
    route(
      'acceptAgendaItem',
      'POST',
      'meetings/{id}/items/{itemId}/accept',
      makeDecideItemHandler(deps, 'accept'),
    ),
    route(
      'dismissAgendaItem',
      'POST',
      'meetings/{id}/items/{itemId}/dismiss',
      makeDecideItemHandler(deps, 'dismiss'),
    ),
    route('reorderAgenda', 'PUT', 'meetings/{id}/order', makeReorderAgendaHandler(deps)),
    route('recordMinutes', 'POST', 'meetings/{id}/minutes', makeRecordMinutesHandler(deps)),
    route('meetingInvite', 'GET', 'meetings/{id}/invite.ics', makeMeetingInviteHandler(deps)),
  ];
}
