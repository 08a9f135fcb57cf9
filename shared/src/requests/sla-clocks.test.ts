import type { ActionName } from './request-actions';
import type { Request } from './request';
import { applyAction } from './request-machine';
import { toSlaClocks } from './sla-clocks';
import {
  type PersonKey,
  logistics,
  marketing,
  newRequest,
  people,
  t0,
  validInput,
} from './test-fixtures';

const calendars: Record<string, string> = { [marketing]: 'cal-msk', [logistics]: 'cal-krsk' };
const clocksOf = (request: Request) => toSlaClocks(request, (d) => calendars[d] ?? 'unknown');
const m = (minutes: number) => t0 + minutes * 60_000;

/** Steps as [minutes after creation, person, action]. */
function history(...steps: [number, PersonKey, ActionName][]): Request {
  return steps.reduce(
    (r, [minutes, who, action]) =>
      applyAction(r, validInput[action], people[who], m(minutes), 'UTC', `e${r.history.length}`),
    newRequest(),
  );
}
const run = (minutes: number, calendarId = 'cal-msk') => ({
  from: m(minutes),
  calendarId,
  running: true,
});
const pause = (minutes: number, calendarId = 'cal-msk') => ({
  from: m(minutes),
  calendarId,
  running: false,
});

describe('toSlaClocks', () => {
  it('starts both clocks at creation in the responding department calendar', () => {
    expect(clocksOf(newRequest())).toEqual({
      firstResponse: { segments: [run(0)], targetMinutes: 240 },
      resolution: { segments: [run(0)], targetMinutes: 960 },
    });
  });

  it('stops the first response at the acknowledgement, not the resolution', () => {
    const clocks = clocksOf(history([10, 'mark', 'acknowledge'], [20, 'rita', 'comment']));
    expect(clocks.firstResponse).toEqual({
      segments: [run(0)],
      stoppedAt: m(10),
      targetMinutes: 240,
    });
    expect(clocks.resolution).toEqual({ segments: [run(0)], targetMinutes: 960 });
  });

  it.each([
    ['answer', 'mark'],
    ['decline', 'mona'],
    ['cancel', 'rita'],
  ] as const)('stops both clocks at %s', (action, who) => {
    const clocks = clocksOf(history([30, who, action]));
    expect(clocks.firstResponse.stoppedAt).toBe(m(30));
    expect(clocks.resolution.stoppedAt).toBe(m(30));
  });

  it('keeps the first stop of the first response when resolved later', () => {
    const clocks = clocksOf(history([5, 'mark', 'acknowledge'], [50, 'mark', 'resolve']));
    expect(clocks.firstResponse.stoppedAt).toBe(m(5));
    expect(clocks.resolution).toEqual({ segments: [run(0)], stoppedAt: m(50), targetMinutes: 960 });
  });

  it('pauses the resolution while waiting on the requester', () => {
    const request = history(
      [5, 'mark', 'acknowledge'],
      [10, 'mark', 'wait'],
      [70, 'rita', 'resume'],
      [80, 'mark', 'wait'],
    );
    expect(clocksOf(request).resolution).toEqual({
      segments: [run(0), pause(10), run(70), pause(80)],
      targetMinutes: 960,
    });
  });

  it('resumes the resolution on reopen, the resolved time not running', () => {
    const reopened = history([5, 'mark', 'answer'], [60, 'rita', 'reopen']);
    expect(clocksOf(reopened).resolution).toEqual({
      segments: [run(0), pause(5), run(60)],
      targetMinutes: 960,
    });
    const resolvedAgain = history(
      [5, 'mark', 'answer'],
      [60, 'rita', 'reopen'],
      [90, 'mark', 'resolve'],
    );
    expect(clocksOf(resolvedAgain).resolution.stoppedAt).toBe(m(90));
    expect(clocksOf(resolvedAgain).firstResponse.stoppedAt).toBe(m(5));
  });

  it('keeps the resolve instant as the stop while closed, and counts from it on reopen', () => {
    const closed = history([5, 'mark', 'answer'], [30, 'rita', 'close']);
    expect(clocksOf(closed).resolution.stoppedAt).toBe(m(5));
    const reopened = history([5, 'mark', 'answer'], [30, 'rita', 'close'], [400, 'sam', 'reopen']);
    expect(clocksOf(reopened).resolution.segments).toEqual([run(0), pause(5), run(400)]);
  });

  it('switches both running clocks to the new department calendar on reassignment', () => {
    const clocks = clocksOf(history([15, 'mona', 'reassign']));
    expect(clocks.firstResponse).toEqual({
      segments: [run(0), run(15, 'cal-krsk')],
      targetMinutes: 240,
    });
    expect(clocks.resolution.segments).toEqual([run(0), run(15, 'cal-krsk')]);
  });

  it('uses the new calendar for pauses and stops after a reassignment', () => {
    const request = history(
      [5, 'mark', 'acknowledge'],
      [15, 'eve', 'reassign'],
      [20, 'leo', 'acknowledge'],
      [25, 'leo', 'wait'],
      [40, 'rita', 'resume'],
      [60, 'leo', 'answer'],
    );
    const clocks = clocksOf(request);
    expect(clocks.firstResponse).toEqual({
      segments: [run(0)],
      stoppedAt: m(5),
      targetMinutes: 240,
    });
    expect(clocks.resolution).toEqual({
      segments: [run(0), run(15, 'cal-krsk'), pause(25, 'cal-krsk'), run(40, 'cal-krsk')],
      stoppedAt: m(60),
      targetMinutes: 960,
    });
  });

  it('lets a segment at the same instant replace the one before it', () => {
    const clocks = clocksOf(
      history([5, 'mark', 'acknowledge'], [10, 'mark', 'wait'], [10, 'mark', 'resume']),
    );
    expect(clocks.resolution.segments).toEqual([run(0)]);
  });

  it('finds the first department of a document whose created event lacks it', () => {
    const request = history([15, 'mona', 'reassign']);
    const [created, ...rest] = request.history;
    const legacy = { ...request, history: [{ ...created!, toDepartmentId: undefined }, ...rest] };
    expect(clocksOf(legacy).resolution.segments).toEqual([run(0), run(15, 'cal-krsk')]);
  });
});
