import { ValidationFailed } from '../kernel/errors';
import { actionBodySchemas, parseRequestAction, requestActionSchema } from './request-actions';

const issuePaths = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.issues.map((i) => i.path);
    throw error;
  }
  throw new Error('did not throw');
};

describe('parseRequestAction (the HTTP route)', () => {
  it('joins the route verb and the body', () => {
    expect(parseRequestAction('decline', { reason: ' No budget. ' })).toEqual({
      action: 'decline',
      reason: 'No budget.',
    });
    expect(parseRequestAction('acknowledge', undefined)).toEqual({ action: 'acknowledge' });
  });

  it('names the field of every problem', () => {
    expect(issuePaths(() => parseRequestAction('approve', {}))).toEqual(['action']);
    expect(issuePaths(() => parseRequestAction('close', { action: 'reopen' }))).toEqual(['action']);
    expect(issuePaths(() => parseRequestAction('close', 'please'))).toEqual(['']);
    expect(issuePaths(() => parseRequestAction('close', { extra: 1 }))).toEqual(['']);
    expect(issuePaths(() => parseRequestAction('reassign', { comment: 'x' }))).toEqual([
      'toDepartmentId',
    ]);
  });
});

describe('action body schemas', () => {
  it('drop a blank optional comment', () => {
    expect(actionBodySchemas.resolve.parse({ comment: '  ' })).toEqual({});
    expect(actionBodySchemas.cancel.parse({ comment: ' Sorry ' })).toEqual({ comment: 'Sorry' });
  });

  it('cap every text at 4000 characters', () => {
    expect(actionBodySchemas.comment.safeParse({ text: 'x'.repeat(4000) }).success).toBe(true);
    expect(actionBodySchemas.comment.safeParse({ text: 'x'.repeat(4001) }).success).toBe(false);
    expect(actionBodySchemas.close.safeParse({ comment: 'x'.repeat(4001) }).success).toBe(false);
  });

  it('keep unknown keys out of the tagged union too', () => {
    expect(requestActionSchema.safeParse({ action: 'close', by: 'me' }).success).toBe(false);
  });
});
