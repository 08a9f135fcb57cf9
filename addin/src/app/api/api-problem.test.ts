import { ApiProblem } from './api-problem';

describe('ApiProblem.fromBody', () => {
  it('reads a problem+json body with field errors', () => {
    const p = ApiProblem.fromBody(400, 'Bad Input', {
      type: 'urn:tandem:problem:validation-failed',
      title: 'The input is not valid',
      status: 400,
      detail: 'The input is not valid.',
      errors: [{ path: 'title', message: 'Too big' }, { nonsense: true }],
    });
    expect([p.status, p.type, p.detail, p.message]).toEqual([
      400,
      'urn:tandem:problem:validation-failed',
      'The input is not valid.',
      'The input is not valid.',
    ]);
    expect(p.errors).toEqual([{ path: 'title', message: 'Too big' }]);
    expect(p.isConflict).toBe(false);
  });

  it('keeps the status of a body that is not a problem', () => {
    const p = ApiProblem.fromBody(412, 'Precondition Failed', 'oops');
    expect([p.status, p.title, p.detail, p.errors.length, p.isConflict]).toEqual([
      412,
      'Precondition Failed',
      '',
      0,
      true,
    ]);
    expect(p.message).toBe('Precondition Failed');
  });
});
