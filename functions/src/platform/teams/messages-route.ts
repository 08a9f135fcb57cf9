/**
 * POST /api/messages as an Azure Functions route: the only bot file that knows Functions types.
 * It reads the JSON body (size-limited) and the headers, and hands both to the bot, which checks
 * the activity and the Bot Framework token and answers `{ status, body }`. The SDK's own error
 * answers (`{ error }`) become problem+json like every other error of the API.
 */
import type { HttpResponseInit } from '@azure/functions';
import type { IHttpServerRequest, IHttpServerResponse } from '@microsoft/teams.apps';
import { Unauthorized } from '@tandem/shared';
import { z } from 'zod';
import { readJson } from '../http/read-input';
import type { Route } from '../http/route';
import { withErrors } from '../http/with-errors';

/** Activities are small; an adaptive card action with a 4000-character answer fits many times. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

export function makeMessagesRoute(
  handle: (request: IHttpServerRequest) => Promise<IHttpServerResponse>,
): Route {
  return {
    name: 'botMessages',
    methods: ['POST'],
    route: 'messages',
    handler: withErrors(async (req) => {
      const body = await readJson(req, z.record(z.string(), z.unknown()), MAX_ACTIVITY_BYTES);
      const headers = Object.fromEntries(req.headers.entries());
      const res = await handle({ body, headers });
      if (res.status === 401) throw new Unauthorized('The Bot Framework token is not valid.');
      if (res.status >= 400) throw new Error(`The Teams SDK answered ${res.status}.`);
      const out: HttpResponseInit = { status: res.status };
      return res.body === undefined ? out : { ...out, jsonBody: res.body };
    }),
  };
}
