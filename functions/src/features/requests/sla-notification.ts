/** What the sweep tells a person when an escalation step of a request's SLA is reached. */
import {
  type DueEscalation,
  type EpochMs,
  type Person,
  type Request,
  toIsoInstant,
} from '@tandem/shared';
import type { RequestNotification as Notification } from '@tandem/shared';

/** The id is deterministic (request, step, person), so telling the same thing twice stores it once. */
export function toSlaNotification(
  request: Request,
  due: DueEscalation,
  person: Person,
  now: EpochMs,
): Notification {
  const breach = due.atPercent >= 100;
  const what = due.clock === 'firstResponse' ? 'first response' : 'resolution';
  return {
    id: `${request.id}:${due.key}:${person.id}`,
    tenantId: request.tenantId,
    personId: person.id,
    kind: breach ? 'sla-breach' : 'sla-warning',
    requestId: request.id,
    title: breach
      ? `SLA breached (${what}): ${request.title}`
      : `SLA ${due.atPercent}% used (${what}): ${request.title}`,
    body: breach
      ? `The ${what} target of "${request.title}" has passed.`
      : `${due.atPercent}% of the ${what} target of "${request.title}" is used.`,
    createdAt: toIsoInstant(now),
  };
}
