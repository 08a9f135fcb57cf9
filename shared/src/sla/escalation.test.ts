import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { at, moscow } from '../calendar/test-calendars';
import { escalationsDue } from './escalation';
import type { SlaEscalationStep } from './policy';
import { computeSla } from './sla-status';
import type { SlaResult } from './sla-status';

const policy: { escalation: SlaEscalationStep[] } = {
  escalation: [
    { atPercent: 200, notify: 'requester-head' },
    { atPercent: 100, notify: 'responder-head' },
    { atPercent: 75, notify: 'assignee' },
    { atPercent: 100, notify: 'executive' },
  ],
};
const created = at('2025-11-17T06:00:00Z'); // Mon 09:00 Moscow
const slaAt = (now: string, firstResponseStoppedAt?: string): SlaResult =>
  computeSla(
    {
      firstResponse: {
        segments: [{ from: created, calendarId: 'moscow', running: true }],
        targetMinutes: 120,
        ...(firstResponseStoppedAt ? { stoppedAt: at(firstResponseStoppedAt) } : {}),
      },
      resolution: {
        segments: [{ from: created, calendarId: 'moscow', running: true }],
        targetMinutes: 480,
      },
    },
    (): CompiledCalendar => moscow,
    at(now),
    [50, 75, 90],
  );
const keys = (sla: SlaResult, sent: string[] = []): string[] =>
  escalationsDue(policy, sla, new Set(sent)).map((e) => e.key);

describe('escalationsDue', () => {
  it('returns nothing before the first step', () => {
    expect(keys(slaAt('2025-11-17T07:29:59Z'))).toEqual([]);
  });

  it('returns a step the moment its percent is reached', () => {
    expect(keys(slaAt('2025-11-17T07:30:00Z'))).toEqual(['firstResponse:75:assignee']); // 10:30
  });

  it('returns every audience at the breach, first-response steps first, by percent', () => {
    // 12:00 Moscow: first response 3 h of 2 h (150 %), resolution 3 h of 8 h (37.5 %).
    expect(escalationsDue(policy, slaAt('2025-11-17T09:00:00Z'), new Set())).toEqual([
      {
        key: 'firstResponse:75:assignee',
        clock: 'firstResponse',
        atPercent: 75,
        notify: 'assignee',
      },
      {
        key: 'firstResponse:100:responder-head',
        clock: 'firstResponse',
        atPercent: 100,
        notify: 'responder-head',
      },
      {
        key: 'firstResponse:100:executive',
        clock: 'firstResponse',
        atPercent: 100,
        notify: 'executive',
      },
    ]);
  });

  it('leaves out what was already sent', () => {
    const sent = ['firstResponse:75:assignee', 'firstResponse:100:responder-head'];
    expect(keys(slaAt('2025-11-17T09:00:00Z'), sent)).toEqual(['firstResponse:100:executive']);
  });

  it('escalates both clocks independently, up to 200 %', () => {
    // Tue 13:00 Moscow: first response 12 h of 2 h, resolution 12 h of 8 h.
    expect(keys(slaAt('2025-11-18T10:00:00Z'))).toEqual([
      'firstResponse:75:assignee',
      'firstResponse:100:responder-head',
      'firstResponse:100:executive',
      'firstResponse:200:requester-head',
      'resolution:75:assignee',
      'resolution:100:responder-head',
      'resolution:100:executive',
    ]);
  });

  it('never escalates a clock that was met, but still reports one that stopped late', () => {
    expect(keys(slaAt('2025-11-17T09:00:00Z', '2025-11-17T07:45:00Z'))).toEqual([]);
    expect(keys(slaAt('2025-11-17T09:00:00Z', '2025-11-17T08:30:00Z'))).toEqual([
      'firstResponse:75:assignee',
      'firstResponse:100:responder-head',
      'firstResponse:100:executive',
    ]);
  });
});
