/** A JSON answer about one aggregate, with the version a later If-Match must present. */
import type { HttpResponseInit } from '@azure/functions';

export function versionedResponse(
  version: string,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return {
    status,
    headers: { ETag: version, 'Cache-Control': 'no-store', ...headers },
    jsonBody: body,
  };
}
