/** Raising a request: the first state of the aggregate and its 'created' event. */
import type { z } from 'zod';
import { ValidationFailed } from '../kernel/errors';
import type { EpochMs } from '../sla/types';
import type { Person } from '../kernel/directory';
import { requestEventIdSchema, requestIdSchema } from '../kernel/ids';
import { type Request, newRequestInputSchema } from './request';
import { type SlaPolicySnapshot, slaPolicySnapshotSchema } from './sla-policy-snapshot';
import { assertTimeZone, toIsoInstant } from '../kernel/time';

export interface NewRequestIds {
  readonly requestId: string;
  /** Id of the 'created' event. */
  readonly eventId: string;
}

/**
 * Builds a new request from the requester's input. The caller checks beforehand that the
 * target department and the request type exist in the tenant, and resolves the SLA policy.
 */
export function createRequest(
  input: z.input<typeof newRequestInputSchema>,
  requester: Person,
  policySnapshot: SlaPolicySnapshot,
  now: EpochMs,
  timeZone: string,
  ids: NewRequestIds,
): Request {
  const body = parseOrThrow(newRequestInputSchema, input, 'The request is not valid.');
  if (body.toDepartmentId === requester.departmentId) {
    throw new ValidationFailed('The request is not valid.', [
      { path: 'toDepartmentId', message: 'Send the request to another department.' },
    ]);
  }
  const slaPolicy = parseOrThrow(slaPolicySnapshotSchema, policySnapshot, 'Bad SLA policy.');
  const id = parseOrThrow(requestIdSchema, ids.requestId, 'The request id is not valid.');
  const eventId = parseOrThrow(requestEventIdSchema, ids.eventId, 'The event id is not valid.');
  assertTimeZone(timeZone);
  const at = toIsoInstant(now);

  return {
    id,
    tenantId: requester.tenantId,
    typeId: body.typeId,
    priority: body.priority,
    title: body.title,
    description: body.description,
    requesterId: requester.id,
    fromDepartmentId: requester.departmentId,
    fromBranchId: requester.branchId,
    toDepartmentId: body.toDepartmentId,
    status: 'new',
    createdAt: at,
    timeZone,
    updatedAt: at,
    slaPolicy,
    history: [
      {
        id: eventId,
        type: 'created',
        at,
        timeZone,
        actorId: requester.id,
        from: null,
        to: 'new',
        toDepartmentId: body.toDepartmentId,
      },
    ],
    escalationsSent: [],
  };
}

function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  message: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationFailed.fromZod(result.error, message);
  return result.data;
}
