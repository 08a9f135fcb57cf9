/**
 * Rebuilds the two SLA clocks of a request from its history, in the shape the SLA engine
 * measures (`ClockTimeline`). The history is the only source: nothing about the clocks is
 * stored, so a fixed rule applies to old requests too.
 *
 * - Both clocks start at creation, running, in the responding department's calendar.
 * - First response stops for good at the first acknowledge, answer, resolve, decline or cancel.
 * - Resolution stops at answer, resolve, decline or cancel; a reopen resumes it, the time in
 *   between being a non-running segment. While stopped, `stoppedAt` is the last stop.
 * - Waiting on the requester pauses both clocks (a non-running segment) until resumed.
 * - A reassignment starts a new segment in the new department's calendar and leaves the clock
 *   running (or stopped) as it was: the new department inherits the elapsed time.
 */
import type { ClockSegment, ClockTimeline, EpochMs } from '../sla/types';
import type { DepartmentId } from '../kernel/ids';
import type { Request } from './request';
import { fromIsoInstant } from '../kernel/time';

export interface SlaClocks {
  readonly firstResponse: ClockTimeline;
  readonly resolution: ClockTimeline;
}

class ClockBuilder {
  private readonly segments: ClockSegment[] = [];
  private stoppedAt: EpochMs | undefined;

  constructor(private readonly targetMinutes: number) {}

  get isStopped(): boolean {
    return this.stoppedAt !== undefined;
  }

  /** Starts a segment unless it would change nothing; same-instant segments replace each other. */
  segment(from: EpochMs, calendarId: string, running: boolean): void {
    if (this.isStopped) return;
    const last = this.segments.at(-1);
    if (last && last.from === from) {
      this.segments.pop();
      this.segment(from, calendarId, running);
      return;
    }
    if (last && last.calendarId === calendarId && last.running === running) return;
    this.segments.push({ from, calendarId, running });
  }

  /** Moves to another calendar, keeping the clock running or paused as it is. */
  switchCalendar(at: EpochMs, calendarId: string): void {
    this.segment(at, calendarId, this.segments.at(-1)?.running ?? true);
  }

  stop(at: EpochMs): void {
    this.stoppedAt ??= at;
  }

  /** Resumes a stopped clock; the time it stood still becomes a non-running segment. */
  restart(at: EpochMs, calendarId: string): void {
    if (this.stoppedAt === undefined) return;
    const stoppedAt = this.stoppedAt;
    this.stoppedAt = undefined;
    this.segment(stoppedAt, calendarId, false);
    this.segment(at, calendarId, true);
  }

  build(): ClockTimeline {
    return {
      segments: [...this.segments],
      targetMinutes: this.targetMinutes,
      ...(this.stoppedAt === undefined ? {} : { stoppedAt: this.stoppedAt }),
    };
  }
}

export function toSlaClocks(
  request: Request,
  calendarIdOfDepartment: (departmentId: DepartmentId) => string,
): SlaClocks {
  const firstResponse = new ClockBuilder(request.slaPolicy.firstResponseMinutes);
  const resolution = new ClockBuilder(request.slaPolicy.resolutionMinutes);
  const both = [firstResponse, resolution];
  let calendarId = calendarIdOfDepartment(firstRespondingDepartment(request));

  for (const event of request.history) {
    const at = fromIsoInstant(event.at);
    switch (event.type) {
      case 'created':
      case 'resumed':
        both.forEach((clock) => clock.segment(at, calendarId, true));
        break;
      case 'asked_requester':
        both.forEach((clock) => clock.segment(at, calendarId, false));
        break;
      case 'acknowledged':
        firstResponse.stop(at);
        break;
      case 'answered':
      case 'resolved':
      case 'declined':
      case 'cancelled':
        both.forEach((clock) => clock.stop(at));
        break;
      case 'reopened':
        resolution.restart(at, calendarId);
        break;
      case 'reassigned':
        if (event.toDepartmentId) calendarId = calendarIdOfDepartment(event.toDepartmentId);
        both.forEach((clock) => clock.switchCalendar(at, calendarId));
        break;
      case 'commented':
      case 'closed':
        break;
    }
  }
  return { firstResponse: firstResponse.build(), resolution: resolution.build() };
}

/** The department that received the request at creation, before any reassignment. */
function firstRespondingDepartment(request: Request): DepartmentId {
  const created = request.history[0];
  if (created?.toDepartmentId) return created.toDepartmentId;
  const firstReassign = request.history.find((e) => e.type === 'reassigned');
  return firstReassign?.fromDepartmentId ?? request.toDepartmentId;
}
