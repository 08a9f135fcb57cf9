/** HTTP handlers of /api/meetings: thin adapters from HTTP to the use cases. */
import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Person } from '@tandem/shared';
import { z } from 'zod';
import type { StoredMeeting } from './meeting-store';
import { type AuthDeps, authed } from '../../platform/http/authed';
import { readJson } from '../../platform/http/read-input';
import { versionedResponse } from '../../platform/http/versioned-response';
import { cancelMeeting, changeMeeting } from './change-meeting';
import { decideAgendaItem, proposeAgendaItem, reorderAgenda } from './curate-agenda';
import { parseMeetingId } from './meeting-access';
import { getMeetingInvite, suggestMeetingTimes } from './meeting-extras';
import type { MeetingCapabilities } from './meeting-ports';
import type { MeetingView } from './meeting-view';
import { getMeeting, listMeetings, viewMeeting } from './read-meetings';
import { recordMeetingMinutes } from './record-minutes';
import { scheduleMeeting } from './schedule-meeting';

export type MeetingHandlerDeps = AuthDeps & MeetingCapabilities;

const MAX_BODY_BYTES = 256 * 1024;

const body = (req: HttpRequest) => readJson(req, z.unknown(), MAX_BODY_BYTES);
/** Bodies that may be left out altogether (cancel without a comment). */
const optionalBody = async (req: HttpRequest): Promise<unknown> =>
  req.body === null ? {} : body(req);
const ifMatch = (req: HttpRequest) => req.headers.get('if-match') ?? undefined;
const id = (req: HttpRequest) => parseMeetingId(req.params.id);

export function meetingResponse(
  view: MeetingView,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return versionedResponse(view.etag, view, status, headers);
}

export function makeListMeetingsHandler(deps: MeetingHandlerDeps) {
  return authed(deps, async (_req, caller) => ({
    status: 200,
    headers: { 'Cache-Control': 'no-store' },
    jsonBody: { items: await listMeetings(deps, caller) },
  }));
}

export function makeGetMeetingHandler(deps: MeetingHandlerDeps) {
  return authed(deps, async (req, caller) =>
    meetingResponse(await getMeeting(deps, caller, id(req))),
  );
}

export function makeScheduleMeetingHandler(deps: MeetingHandlerDeps) {
  return authed(deps, async (req, caller) => {
    const key = req.headers.get('idempotency-key') ?? undefined;
    const { stored, created } = await scheduleMeeting(deps, caller, await body(req), key);
    return meetingResponse(await viewMeeting(deps, caller, stored), created ? 201 : 200, {
      Location: `/api/meetings/${encodeURIComponent(stored.value.id)}`,
      ...(created ? {} : { 'Idempotent-Replayed': 'true' }),
    });
  });
}

export function makeSuggestTimesHandler(deps: MeetingHandlerDeps) {
  return authed(deps, async (req, caller) => ({
    status: 200,
    headers: { 'Cache-Control': 'no-store' },
    jsonBody: await suggestMeetingTimes(deps, caller, await body(req)),
  }));
}

export function makeMeetingInviteHandler(deps: MeetingHandlerDeps) {
  return authed(deps, async (req, caller) => {
    const invite = await getMeetingInvite(deps, caller, id(req));
    return {
      status: 200,
      headers: {
        'Content-Type': invite.contentType,
        'Content-Disposition': attachment(invite.fileName),
        'Cache-Control': 'no-store',
        ETag: invite.version,
      },
      body: invite.body,
    };
  });
}

/**
 * RFC 6266: header values are Latin-1, so a Cyrillic title goes in `filename*` (UTF-8,
 * percent-encoded) with an ASCII `filename` for old clients.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

type Write = (req: HttpRequest, caller: Person) => Promise<StoredMeeting>;

/** A write answered with the meeting as it is now. */
function writeHandler(deps: MeetingHandlerDeps, write: Write, status = 200) {
  return authed(deps, async (req, caller) =>
    meetingResponse(await viewMeeting(deps, caller, await write(req, caller)), status),
  );
}

export const makeChangeMeetingHandler = (deps: MeetingHandlerDeps) =>
  writeHandler(deps, async (req, caller) =>
    changeMeeting(deps, caller, id(req), await body(req), ifMatch(req)),
  );

export const makeCancelMeetingHandler = (deps: MeetingHandlerDeps) =>
  writeHandler(deps, async (req, caller) =>
    cancelMeeting(deps, caller, id(req), await optionalBody(req), ifMatch(req)),
  );

export const makeProposeItemHandler = (deps: MeetingHandlerDeps) =>
  writeHandler(
    deps,
    async (req, caller) => proposeAgendaItem(deps, caller, id(req), await body(req), ifMatch(req)),
    201,
  );

export const makeDecideItemHandler = (deps: MeetingHandlerDeps, decision: 'accept' | 'dismiss') =>
  writeHandler(deps, async (req, caller) =>
    decideAgendaItem(deps, caller, id(req), req.params.itemId, decision, ifMatch(req)),
  );

export const makeReorderAgendaHandler = (deps: MeetingHandlerDeps) =>
  writeHandler(deps, async (req, caller) =>
    reorderAgenda(deps, caller, id(req), await body(req), ifMatch(req)),
  );

export const makeRecordMinutesHandler = (deps: MeetingHandlerDeps) =>
  writeHandler(deps, async (req, caller) =>
    recordMeetingMinutes(deps, caller, id(req), await body(req), ifMatch(req)),
  );
