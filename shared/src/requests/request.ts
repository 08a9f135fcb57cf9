/** The request aggregate: one Cosmos document holding its state and its whole history. */
import { z } from 'zod';
import {
  branchIdSchema,
  departmentIdSchema,
  personIdSchema,
  requestIdSchema,
  requestTypeIdSchema,
  tenantIdSchema,
} from '../kernel/ids';
import { requestEventSchema } from './request-events';
import { requestStatusSchema } from './request-status';
import { prioritySchema } from './request-type';
import { slaPolicySnapshotSchema } from './sla-policy-snapshot';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';

export const titleSchema = z.string().trim().min(1).max(200);
export const descriptionSchema = z.string().trim().max(4000);

/** Body of `POST /api/requests`. Unknown keys are rejected so typos do not pass silently. */
export const newRequestInputSchema = z.strictObject({
  toDepartmentId: departmentIdSchema,
  typeId: requestTypeIdSchema,
  priority: prioritySchema,
  title: titleSchema,
  description: descriptionSchema.default(''),
});
export type NewRequestInput = z.infer<typeof newRequestInputSchema>;

export const requestSchema = z
  .object({
    id: requestIdSchema,
    tenantId: tenantIdSchema,
    typeId: requestTypeIdSchema,
    priority: prioritySchema,
    title: titleSchema,
    description: descriptionSchema,
    requesterId: personIdSchema,
    fromDepartmentId: departmentIdSchema,
    fromBranchId: branchIdSchema.nullable(),
    /** The department currently responsible (changes on reassignment). */
    toDepartmentId: departmentIdSchema,
    status: requestStatusSchema,
    createdAt: isoInstantSchema,
    /** The requester's IANA zone when the request was created. */
    timeZone: timeZoneSchema,
    updatedAt: isoInstantSchema,
    slaPolicy: slaPolicySnapshotSchema,
    history: z.array(requestEventSchema).min(1),
    /** Keys of escalation steps already notified, e.g. "resolution:100". */
    escalationsSent: z.array(z.string()),
  })
  .superRefine((request, ctx) => {
    // A document whose history does not explain its status is corrupt; refuse it on read.
    const { history } = request;
    if (history[0]?.type !== 'created' || history[0].from !== null) {
      ctx.addIssue({ code: 'custom', path: ['history', 0], message: "Must be 'created'." });
    }
    for (let i = 1; i < history.length; i++) {
      const prev = history[i - 1];
      const event = history[i];
      if (prev && event && (event.from !== prev.to || Date.parse(event.at) < Date.parse(prev.at))) {
        ctx.addIssue({ code: 'custom', path: ['history', i], message: 'Out of sequence.' });
      }
    }
    if (history.at(-1)?.to !== request.status) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'Differs from the history.' });
    }
  });
export type Request = z.infer<typeof requestSchema>;
