import { HttpRequest, InvocationContext, type LogLevel } from '@azure/functions';
import { NotFound } from '@tandem/shared';
import { withErrors } from './with-errors';

function context(logs: [LogLevel, unknown[]][]) {
  return new InvocationContext({
    invocationId: 'inv-1',
    functionName: 'getRequest',
    logHandler: (level, ...args) => logs.push([level, args]),
  });
}

const req = new HttpRequest({ method: 'GET', url: 'http://localhost/api/requests/r-9?x=1' });

describe('withErrors', () => {
  it('passes a successful response through', async () => {
    const handler = withErrors(async () => ({ status: 200, jsonBody: { ok: true } }));
    await expect(handler(req, context([]))).resolves.toEqual({
      status: 200,
      jsonBody: { ok: true },
    });
  });

  it('answers a domain error with its problem and logs nothing as an error', async () => {
    const logs: [LogLevel, unknown[]][] = [];
    const handler = withErrors(async () => {
      throw new NotFound('Request', 'r-9');
    });
    const res = await handler(req, context(logs));
    expect(res.status).toBe(404);
    expect(res.jsonBody).toMatchObject({
      detail: 'Request r-9 was not found.',
      instance: '/api/requests/r-9',
    });
    expect(logs.filter(([level]) => level === 'error')).toEqual([]);
  });

  it('logs an unexpected error with context and answers a generic 500', async () => {
    const logs: [LogLevel, unknown[]][] = [];
    const boom = new TypeError("Cannot read properties of undefined (reading 'id')");
    const handler = withErrors(async () => {
      throw boom;
    });
    const res = await handler(req, context(logs));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.jsonBody)).not.toContain('reading');
    // The caller can quote the id the log line carries.
    expect(res.jsonBody).toMatchObject({ correlationId: 'inv-1' });
    expect(res.headers).toMatchObject({ 'x-correlation-id': 'inv-1' });
    expect(logs).toEqual([
      [
        'error',
        ['Unhandled error in getRequest (GET /api/requests/r-9) [correlation id inv-1]', boom],
      ],
    ]);
  });

  it('logs thrown non-errors as errors too', async () => {
    const logs: [LogLevel, unknown[]][] = [];
    const thrown: unknown = 'plain string';
    const handler = withErrors(async () => {
      throw thrown;
    });
    expect((await handler(req, context(logs))).status).toBe(500);
    expect((logs[0]?.[1][1] as Error).message).toBe('Non-error value thrown: plain string');
  });
});
