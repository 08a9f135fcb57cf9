/** What the API answers for a request: the aggregate, its SLA as of now and the caller's options. */
import type { HttpResponseInit } from '@azure/functions';
import { versionedResponse } from '../http/versioned-response';
import type { RequestView } from '../use-cases/get-request';

export function toRequestDto(view: RequestView) {
  return {
    ...view.stored.value,
    etag: view.version,
    sla: view.sla,
    allowedActions: view.allowedActions,
  };
}
export type RequestDto = ReturnType<typeof toRequestDto>;

export function requestResponse(
  view: RequestView,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return versionedResponse(view.version, toRequestDto(view), status, headers);
}
