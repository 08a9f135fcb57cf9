/** What the API answers for a request: the aggregate, its SLA as of now and the caller's options. */
import type { HttpResponseInit } from '@azure/functions';
import type { ActionName, Request } from '@tandem/shared';
import { versionedResponse } from '../../platform/http/versioned-response';
import type { RequestView } from './get-request';
import type { SlaDto } from '../../kernel/sla-view';

export type RequestDto = Request & {
  readonly etag: string;
  readonly sla: SlaDto;
  readonly allowedActions: readonly ActionName[];
};

export function toRequestDto(view: RequestView): RequestDto {
  // The same object as `{ ...value, etag, sla, allowedActions }`, copied key by key: V8 builds
  // a spread followed by more fields about ten times slower, on every get and every list item.
  const value = view.stored.value as Readonly<Record<string, unknown>>;
  const dto: Record<string, unknown> = {};
  for (const key of Object.keys(value)) dto[key] = value[key];
  dto.etag = view.version;
  dto.sla = view.sla;
  dto.allowedActions = view.allowedActions;
  return dto as RequestDto;
}

export function requestResponse(
  view: RequestView,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return versionedResponse(view.version, toRequestDto(view), status, headers);
}
