import { z } from 'zod';
import { InvalidTransition, ValidationFailed, isDomainError, NotFound } from './errors';

describe('domain errors', () => {
  it('turns a zod error into field issues with dotted paths', () => {
    const schema = z.object({
      title: z.string().min(1),
      items: z.array(z.object({ n: z.number() })),
    });
    const parsed = schema.safeParse({ title: '', items: [{ n: 'x' }] });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const err = ValidationFailed.fromZod(parsed.error);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['items.0.n', 'title']);
    expect(err._tag).toBe('ValidationFailed');
  });

  it('describes an invalid transition in words a person can read', () => {
    expect(new InvalidTransition('acknowledge', 'waiting_on_requester').message).toBe(
      'Cannot acknowledge a request that is waiting on requester.',
    );
  });

  it('recognises domain errors and nothing else', () => {
    expect(isDomainError(new NotFound('Request', 'r1'))).toBe(true);
    expect(isDomainError(new Error('boom'))).toBe(false);
    expect(isDomainError({ _tag: 'NotFound' })).toBe(false);
  });
});
