/**
 * Which escalation steps are due: pure, so the sweep can call it on every evaluation and record
 * the keys it returns once the notifications are sent (the request keeps them, e.g. in
 * `escalationsSent`). A step is keyed by clock, percent and audience —
 * "resolution:100:responder-head" — so two audiences at the same percent are tracked apart.
 */
import { MS_PER_MINUTE } from '../calendar/local-date';
import type { SlaEscalationStep, SlaNotifyTarget } from './policy';
import type { SlaResult } from './sla-status';
import type { ClockStatus } from './types';

export type SlaClockName = 'firstResponse' | 'resolution';

export interface DueEscalation {
  readonly key: string;
  readonly clock: SlaClockName;
  readonly atPercent: number;
  readonly notify: SlaNotifyTarget;
}

export function escalationKey(clock: SlaClockName, step: SlaEscalationStep): string {
  return `${clock}:${step.atPercent}:${step.notify}`;
}

/**
 * Steps whose clock has used at least `atPercent` of its target and whose key is not in
 * `alreadySent`, first-response steps first, then by percent. A clock that was met never
 * escalates (a late sweep must not warn about work already done in time); a clock stopped
 * after its due instant still reports its breach once.
 */
export function escalationsDue(
  policy: { readonly escalation: readonly SlaEscalationStep[] },
  status: Pick<SlaResult, SlaClockName>,
  alreadySent: ReadonlySet<string>,
): DueEscalation[] {
  const due: DueEscalation[] = [];
  for (const clock of ['firstResponse', 'resolution'] as const) {
    const clockStatus = status[clock];
    if (clockStatus.state === 'met') continue;
    const steps = [...policy.escalation].sort((a, b) => a.atPercent - b.atPercent);
    for (const step of steps) {
      const key = escalationKey(clock, step);
      if (hasUsed(clockStatus, step.atPercent) && !alreadySent.has(key)) {
        due.push({ key, clock, atPercent: step.atPercent, notify: step.notify });
      }
    }
  }
  return due;
}

// Whole milliseconds, so that 100 % is reached exactly when the clock is breached, not at a
// rounded 99.996 %.
function hasUsed(clock: ClockStatus, percent: number): boolean {
  const elapsedMs = Math.round(clock.elapsedMinutes * MS_PER_MINUTE);
  const targetMs = Math.max(1, Math.round(clock.targetMinutes * MS_PER_MINUTE));
  return elapsedMs * 100 >= targetMs * percent;
}
