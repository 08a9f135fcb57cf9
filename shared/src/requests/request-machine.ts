/**
 * Applies actions to a request. Every call is checked against the transition table; the result
 * is a new request object (the input is never mutated), ready to be written with its ETag.
 *
 * Order of checks, and so which error wins:
 *  1. the body is malformed                          → ValidationFailed (400)
 *  2. the person is of another tenant                → NotFound (404, the request's existence
 *                                                      is not disclosed across tenants)
 *  3. the person is on no side that may ever take
 *     this action on this request (wrong side)       → Forbidden (403)
 *  4. they may, but not from the current status      → InvalidTransition (409)
 *  5. the reassignment target is not acceptable      → ValidationFailed (400)
 *  6. the caller's zone or event id is malformed     → ValidationFailed (400)
 *  7. the event id is already in the history         → Conflict (409, a replayed write)
 * Sides never depend on the status, so a 403 means "never", a 409 means "not now".
 */
import type { EpochMs } from '../sla/types';
import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  ValidationFailed,
} from '../kernel/errors';
import type { Person } from '../kernel/directory';
import { requestEventIdSchema } from '../kernel/ids';
import type { Request } from './request';
import {
  type ActionName,
  type RequestAction,
  type RequestActionInput,
  actionNames,
  requestActionSchema,
} from './request-actions';
import type { RequestEvent } from './request-events';
import { describeSides, sidesOf } from './request-sides';
import { transitions } from './request-transitions';
import { assertTimeZone, fromIsoInstant, toIsoInstant } from '../kernel/time';

export function applyAction(
  request: Request,
  action: RequestActionInput,
  actor: Person,
  now: EpochMs,
  timeZone: string,
  newEventId: string,
): Request {
  const parsed = requestActionSchema.safeParse(action);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error);
  const act = parsed.data;
  if (actor.tenantId !== request.tenantId) throw new NotFound('Request', request.id);

  const rule = transitions[act.action];
  const sides = sidesOf(request, actor);
  if (!rule.who.some((side) => sides.has(side))) {
    throw new Forbidden(`Only ${describeSides(rule.who)} can ${act.action} this request.`);
  }
  if (!rule.from.includes(request.status)) throw new InvalidTransition(act.action, request.status);
  if (act.action === 'reassign') assertReassignTarget(request, act.toDepartmentId);

  assertTimeZone(timeZone);
  const id = requestEventIdSchema.safeParse(newEventId);
  if (!id.success) throw ValidationFailed.fromZod(id.error, 'The event id is not valid.');
  if (request.history.some((e) => e.id === id.data)) {
    throw new Conflict(`Event ${id.data} is already recorded on request ${request.id}.`);
  }

  // Function instances' clocks can disagree by a few ms; the history must stay ordered because
  // the SLA clocks are rebuilt from it, so an instant before the last event is moved up to it.
  const last = request.history.at(-1);
  const at = toIsoInstant(last ? Math.max(now, fromIsoInstant(last.at)) : now);
  const to = rule.to === 'same' ? request.status : rule.to;
  const comment = commentOf(act);
  const event: RequestEvent = {
    id: id.data,
    type: rule.event,
    at,
    timeZone,
    actorId: actor.id,
    from: request.status,
    to,
    ...(comment === undefined ? {} : { comment }),
    ...(act.action === 'reassign'
      ? { fromDepartmentId: request.toDepartmentId, toDepartmentId: act.toDepartmentId }
      : {}),
  };
  return {
    ...request,
    status: to,
    toDepartmentId: act.action === 'reassign' ? act.toDepartmentId : request.toDepartmentId,
    updatedAt: at,
    history: [...request.history, event],
    escalationsSent: [...request.escalationsSent],
  };
}

/** Exactly the actions this person may take on the request now (for buttons in tab and cards). */
export function allowedActions(request: Request, viewer: Person): ActionName[] {
  const sides = sidesOf(request, viewer);
  return actionNames.filter((name) => {
    const rule = transitions[name];
    return rule.from.includes(request.status) && rule.who.some((side) => sides.has(side));
  });
}

/**
 * A reassignment must move the request somewhere else, and not back to the requesting
 * department, which would then answer its own request. Whether the target department exists
 * in the tenant is for the caller to check against the directory (NotFound).
 */
function assertReassignTarget(request: Request, target: string): void {
  const message =
    target === request.toDepartmentId
      ? 'The request is already with this department.'
      : target === request.fromDepartmentId
        ? 'A request cannot be reassigned to the department that raised it.'
        : undefined;
  if (message) {
    throw new ValidationFailed('The request cannot be reassigned there.', [
      { path: 'toDepartmentId', message },
    ]);
  }
}

function commentOf(act: RequestAction): string | undefined {
  switch (act.action) {
    case 'answer':
    case 'comment':
      return act.text;
    case 'decline':
      return act.reason;
    default:
      return act.comment;
  }
}
