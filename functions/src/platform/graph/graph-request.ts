/**
 * One Graph call through the SDK, without retries: the raw Response for any HTTP answer
 * (ResponseType.RAW, so the fetcher sees status and Retry-After), a tagged error when no answer
 * came (no token, connection lost).
 */
import { type Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { CalendarRejected, CalendarUnavailable } from './calendar-errors';

export interface GraphCall {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** A path under the version root ("/users/x/events") or a full @odata.nextLink URL. */
  readonly path: string;
  readonly body?: unknown;
  readonly select?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** Errors @azure/identity throws for a credential that cannot work; retrying does not help. */
const credentialErrors = new Set([
  'AuthenticationError',
  'CredentialUnavailableError',
  'AuthenticationRequiredError',
]);

export async function sendOnce(
  client: Client,
  call: GraphCall,
  timeoutMs: number,
): Promise<Response> {
  // Without a deadline a stalled connection would hold the outbox claim until the host kills us.
  let request = client
    .api(call.path)
    .responseType(ResponseType.RAW)
    .option('signal', AbortSignal.timeout(timeoutMs));
  if (call.select?.length) request = request.select([...call.select]);
  if (call.headers) request = request.headers({ ...call.headers });
  try {
    const response: unknown =
      call.method === 'GET'
        ? await request.get()
        : call.method === 'PATCH'
          ? await request.patch(call.body)
          : await request.post(call.body);
    return response as Response;
  } catch (err) {
    // With ResponseType.RAW the SDK returns every HTTP answer; what it throws never got one.
    const code = (err as { code?: unknown }).code;
    const reason = err instanceof Error ? err.message : String(err);
    if (typeof code === 'string' && credentialErrors.has(code)) {
      throw new CalendarRejected(`No Graph token: ${reason}`, 401, code);
    }
    throw new CalendarUnavailable(`${label(call)} got no answer: ${reason}`, undefined, undefined, {
      cause: err,
    });
  }
}

/** "POST /users/x/events" without host or query, for messages. */
export function label(call: Pick<GraphCall, 'method' | 'path'>): string {
  return `${call.method} ${call.path.replace(/^https?:\/\/[^/]+/, '').split('?')[0]}`;
}
