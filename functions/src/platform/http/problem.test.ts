import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  PreconditionFailed,
  Unauthorized,
  ValidationFailed,
} from '@tandem/shared';
import { ensureErrorType, toProblemJson } from './problem';

describe('toProblemJson', () => {
  it.each([
    [new ValidationFailed('bad'), 400, 'urn:tandem:problem:validation-failed'],
    [new Unauthorized('who?'), 401, 'urn:tandem:problem:unauthorized'],
    [new Forbidden('no'), 403, 'urn:tandem:problem:forbidden'],
    [new NotFound('Request', 'r-1'), 404, 'urn:tandem:problem:not-found'],
    [new InvalidTransition('close', 'new'), 409, 'urn:tandem:problem:invalid-transition'],
    [new Conflict('dup'), 409, 'urn:tandem:problem:conflict'],
    [new PreconditionFailed(), 412, 'urn:tandem:problem:precondition-failed'],
  ])('maps %p to %i', (err, status, type) => {
    const res = toProblemJson(err, '/api/requests/r-1');
    expect(res.status).toBe(status);
    expect(res.headers).toMatchObject({ 'content-type': 'application/problem+json' });
    expect(res.jsonBody).toMatchObject({
      type,
      status,
      detail: err.message,
      instance: '/api/requests/r-1',
    });
    expect(typeof res.jsonBody.title).toBe('string');
  });

  it('lists field errors of a validation failure', () => {
    const err = new ValidationFailed('The body is not valid.', [
      { path: 'title', message: 'Too long' },
      { path: 'priority', message: 'Invalid option' },
    ]);
    expect(toProblemJson(err).jsonBody).toEqual({
      type: 'urn:tandem:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: 'The body is not valid.',
      errors: [
        { path: 'title', message: 'Too long' },
        { path: 'priority', message: 'Invalid option' },
      ],
    });
  });

  it('asks for a bearer token on 401 only', () => {
    expect(toProblemJson(new Unauthorized('x')).headers).toMatchObject({
      'www-authenticate': 'Bearer',
    });
    expect(toProblemJson(new Forbidden('x')).headers).not.toHaveProperty('www-authenticate');
  });

  it('hides the details of unexpected errors', () => {
    const res = toProblemJson(new Error('connect ECONNREFUSED 10.0.0.4:443'), '/api/me');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.jsonBody)).not.toContain('ECONNREFUSED');
    expect(res.jsonBody).toMatchObject({
      type: 'urn:tandem:problem:internal',
      instance: '/api/me',
    });
  });
});

describe('ensureErrorType', () => {
  it('keeps errors and wraps anything else', () => {
    const err = new Error('x');
    expect(ensureErrorType(err)).toBe(err);
    expect(ensureErrorType('text').message).toBe('Non-error value thrown: text');
    expect(ensureErrorType({ code: 7 }).message).toBe('Non-error value thrown: {"code":7}');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(ensureErrorType(circular).message).toBe('Non-error value thrown: [object Object]');
  });
});
