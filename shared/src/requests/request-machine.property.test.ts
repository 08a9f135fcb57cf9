import fc from 'fast-check';
import { isDomainError } from '../kernel/errors';
import type { Person } from '../kernel/directory';
import { type Request, requestSchema } from './request';
import { type ActionName, type RequestActionInput, actionNames } from './request-actions';
import { allowedActions, applyAction } from './request-machine';
import { toSlaClocks } from './sla-clocks';
import {
  deepFreeze,
  logistics,
  marketing,
  newRequest,
  people,
  personKeys,
  sales,
  stranger,
  validInput,
} from './test-fixtures';

const actors: Person[] = [...personKeys.map((k) => people[k]), stranger];
const reassignTargets = [marketing, logistics, sales];

/**
 * A step is drawn as raw choices and turned into an action against the current request, so
 * most steps are ones the person is offered (reaching deep states such as reopen after close)
 * while the rest are arbitrary, including wrong sides, wrong states and bad bodies.
 */
const stepArb = fc.record({
  actor: fc.nat({ max: actors.length - 1 }),
  pick: fc.nat({ max: 1000 }),
  offeredOnly: fc.boolean(),
  badBody: fc.constantFrom(false, false, false, false, false, 'unknown-key', 'blank-text'),
  target: fc.nat({ max: reassignTargets.length - 1 }),
  // Mostly forward in time, sometimes at the same instant or slightly back (clock skew).
  dt: fc.integer({ min: -5_000, max: 3 * 86_400_000 }),
  zone: fc.constantFrom('Europe/Moscow', 'Asia/Krasnoyarsk', 'America/New_York', 'UTC'),
});
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

function toAction(request: Request, actor: Person, step: Step): RequestActionInput {
  const offered = allowedActions(request, actor);
  const names = step.offeredOnly && offered.length > 0 ? offered : actionNames;
  const action = names[step.pick % names.length] as ActionName;
  if (step.badBody === 'unknown-key') return { action, unexpected: true } as never;
  if (step.badBody === 'blank-text') return { action, text: '', reason: ' ', comment: '' } as never;
  if (action === 'reassign') {
    return { ...validInput.reassign, toDepartmentId: reassignTargets[step.target] ?? logistics };
  }
  return validInput[action];
}

function assertConsistent(request: Request): void {
  const { history } = request;
  expect(history[0]).toMatchObject({ type: 'created', from: null, to: 'new' });
  for (let i = 1; i < history.length; i++) {
    expect(history[i]?.from).toBe(history[i - 1]?.to);
    expect(Date.parse(history[i]!.at)).toBeGreaterThanOrEqual(Date.parse(history[i - 1]!.at));
  }
  expect(request.status).toBe(history.at(-1)?.to);
  expect(requestSchema.safeParse(JSON.parse(JSON.stringify(request))).success).toBe(true);
  const clocks = toSlaClocks(request, (d) => `cal-${d}`);
  for (const clock of [clocks.firstResponse, clocks.resolution]) {
    const starts = clock.segments.map((s) => s.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  }
}

describe('any sequence of actions by anyone', () => {
  it('throws a domain error or keeps the history consistent, as allowedActions predicts', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        let request = deepFreeze(newRequest());
        let now = Date.parse(request.createdAt);
        for (const [i, step] of steps.entries()) {
          const actor = actors[step.actor] as Person;
          const body = toAction(request, actor, step);
          now += step.dt;
          const offered = allowedActions(request, actor).includes(body.action);
          try {
            const next = applyAction(request, body, actor, now, step.zone, `ev-${i + 1}`);
            expect(offered).toBe(true);
            expect(next.history).toHaveLength(request.history.length + 1);
            request = deepFreeze(next);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            // Only a bad body may fail for an offered action; a refused one is never offered.
            if (offered) expect(error._tag).toBe('ValidationFailed');
            if (error._tag === 'Forbidden' || error._tag === 'InvalidTransition') {
              expect(offered).toBe(false);
            }
          }
          assertConsistent(request);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
