/** Asking for an approval: the first state of the aggregate and its 'created' event. */
import type { z } from 'zod';
import { ValidationFailed } from '../kernel/errors';
import type { Person } from '../kernel/directory';
import { calendarIdSchema } from '../kernel/ids';
import { assertTimeZone, toIsoInstant } from '../kernel/time';
import type { EpochMs } from '../sla/types';
import type { Approval } from './approval';
import { approvalEventIdSchema, approvalIdSchema } from './approval-ids';
import { newApprovalInputSchema } from './approval-input';

export interface NewApprovalContext {
  readonly now: EpochMs;
  /** The requester's IANA zone. */
  readonly timeZone: string;
  /** Calendar of the first approver's department: the approval's SLA runs in it. */
  readonly calendarId: string;
  readonly approvalId: string;
  /** Id of the 'created' event. */
  readonly eventId: string;
}

/**
 * Builds a new approval from the requester's input. The caller checks beforehand that the
 * approvers exist in the requester's tenant and that a linked request does.
 */
export function createApproval(
  input: z.input<typeof newApprovalInputSchema>,
  requester: Person,
  context: NewApprovalContext,
): Approval {
  const body = parseOrThrow(newApprovalInputSchema, input, 'The approval is not valid.');
  const own = body.approvers.findIndex((a) => a.personId === requester.id);
  if (own >= 0) {
    throw new ValidationFailed('The approval is not valid.', [
      { path: `approvers.${own}.personId`, message: 'You cannot approve what you ask for.' },
    ]);
  }
  if (Date.parse(body.dueAt) <= context.now) {
    throw new ValidationFailed('The approval is not valid.', [
      { path: 'dueAt', message: 'Must lie in the future.' },
    ]);
  }
  const id = parseOrThrow(approvalIdSchema, context.approvalId, 'The approval id is not valid.');
  const eventId = parseOrThrow(
    approvalEventIdSchema,
    context.eventId,
    'The event id is not valid.',
  );
  const calendarId = parseOrThrow(calendarIdSchema, context.calendarId, 'Bad calendar id.');
  assertTimeZone(context.timeZone);
  const at = toIsoInstant(context.now);

  return {
    id,
    tenantId: requester.tenantId,
    kind: body.kind,
    title: body.title,
    description: body.description,
    ...(body.amount ? { amount: body.amount } : {}),
    ...(body.link ? { link: body.link } : {}),
    requesterId: requester.id,
    mode: body.mode,
    approvers: body.approvers,
    dueAt: toIsoInstant(Date.parse(body.dueAt)),
    sla: { targetMinutes: body.slaMinutes, calendarId },
    status: 'pending',
    decisions: [],
    history: [
      {
        id: eventId,
        type: 'created',
        at,
        timeZone: context.timeZone,
        actorId: requester.id,
        from: null,
        to: 'pending',
      },
    ],
    createdAt: at,
    timeZone: context.timeZone,
    updatedAt: at,
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
