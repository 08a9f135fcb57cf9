/**
 * When an approval's own SLA warns and is breached, and whom that reaches: whoever must decide
 * now and the requester, once each per level. Pure: the sweep records what it sent in the
 * approval's index (`alertsSent`) and the next instant anything becomes due (`nextAlertAt`), which
 * every write files in the SLA schedule, so the sweep finds exactly the approvals with something
 * to send.
 * A person who becomes the current approver after a level was reached (the sequence advanced)
 * still gets it; past the breach only the breach is sent.
 */
import {
  type Approval,
  type CalendarLookup,
  type EpochMs,
  type PersonId,
  APPROVAL_SLA_WARNINGS,
  approvalClock,
  awaitingApprovers,
  computeClock,
} from '@tandem/shared';

export type ApprovalAlertLevel = 'warning' | 'breach';

export interface ApprovalAlertInstants {
  /** When the first warning threshold of the approval's SLA is reached. */
  readonly warningAt: EpochMs;
  readonly warningPercent: number;
  /** The SLA's due instant. */
  readonly breachAt: EpochMs;
}

export interface DueApprovalAlert {
  /** `<level>:<person>`, as recorded in the index. */
  readonly key: string;
  readonly level: ApprovalAlertLevel;
  readonly personId: PersonId;
  readonly atPercent: number;
}

export const alertKey = (level: ApprovalAlertLevel, personId: string) => `${level}:${personId}`;

/** Nothing pauses an approval's clock, so both instants are fixed when it is asked for. */
export function approvalAlertInstants(
  approval: Approval,
  calendars: CalendarLookup,
): ApprovalAlertInstants {
  const warningPercent = Math.min(...APPROVAL_SLA_WARNINGS);
  const asked = Date.parse(approval.createdAt);
  // Evaluated as of the moment it was asked, before any stop: the marks ahead are then both the
  // warning threshold (the next change) and the due instant, exactly as the SLA state uses them.
  const { stoppedAt: _settled, ...running } = approvalClock(approval);
  const clock = computeClock(running, calendars, asked, [warningPercent]);
  return { warningAt: clock.nextChangeAt ?? clock.dueAt, warningPercent, breachAt: clock.dueAt };
}

function recipientsOf(approval: Approval): PersonId[] {
  if (approval.status !== 'pending') return [];
  return [...new Set([...awaitingApprovers(approval), approval.requesterId])];
}

/** The alerts to send now; the highest level reached, to each recipient not yet told of it. */
export function approvalAlertsDue(
  approval: Approval,
  at: ApprovalAlertInstants,
  sent: ReadonlySet<string>,
  now: EpochMs,
): DueApprovalAlert[] {
  const level: ApprovalAlertLevel | null =
    now >= at.breachAt ? 'breach' : now >= at.warningAt ? 'warning' : null;
  if (!level) return [];
  return recipientsOf(approval)
    .filter(
      (personId) => !sent.has(alertKey('breach', personId)) && !sent.has(alertKey(level, personId)),
    )
    .map((personId) => ({
      key: alertKey(level, personId),
      level,
      personId,
      atPercent: level === 'breach' ? 100 : at.warningPercent,
    }));
}

/** The earliest instant an alert not yet sent becomes due; null once nothing is left to send. */
export function nextApprovalAlertAt(
  approval: Approval,
  at: ApprovalAlertInstants,
  sent: ReadonlySet<string>,
): EpochMs | null {
  const pending = recipientsOf(approval).flatMap((personId) => {
    if (sent.has(alertKey('breach', personId))) return [];
    return [sent.has(alertKey('warning', personId)) ? at.breachAt : at.warningAt];
  });
  return pending.length === 0 ? null : Math.min(...pending);
}
