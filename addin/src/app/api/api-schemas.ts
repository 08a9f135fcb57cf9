/**
 * What the tab expects from the API, built from the shared domain schemas so that the tab and
 * the functions cannot drift apart silently: a changed field fails loudly at the edge.
 */
import {
  actionNameSchema,
  branchSchema,
  departmentSchema,
  isoInstantSchema,
  personRoleSchema,
  personSchema,
  requestSchema,
  requestTypeSchema,
  slaStateSchema,
} from '@tandem/shared/browser';
import { z } from 'zod';

const clockSchema = z.object({
  state: slaStateSchema,
  dueAt: isoInstantSchema,
  targetMinutes: z.number(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number(),
  percentUsed: z.number(),
});

export const slaDtoSchema = z.object({
  state: slaStateSchema,
  percentUsed: z.number(),
  firstResponseDueAt: isoInstantSchema,
  resolutionDueAt: isoInstantSchema,
  nextChangeAt: isoInstantSchema.nullable(),
  firstResponse: clockSchema,
  resolution: clockSchema,
});
export type SlaDto = z.infer<typeof slaDtoSchema>;

export const requestDtoSchema = requestSchema.safeExtend({
  etag: z.string().min(1),
  sla: slaDtoSchema,
  allowedActions: z.array(actionNameSchema),
});
export type RequestDto = z.infer<typeof requestDtoSchema>;

export const requestPageSchema = z.object({
  items: z.array(requestDtoSchema),
  continuation: z.string().nullable(),
});
export type RequestPage = z.infer<typeof requestPageSchema>;

export const meSchema = z.object({
  person: personSchema,
  department: departmentSchema.nullable(),
  branch: branchSchema.nullable(),
  timeZone: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const directorySchema = z.object({
  departments: z.array(departmentSchema.pick({ id: true, name: true, nameRu: true })),
  branches: z.array(branchSchema.pick({ id: true, name: true, nameRu: true, city: true })),
  requestTypes: z.array(
    requestTypeSchema.pick({ id: true, name: true, nameRu: true, builtIn: true }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      departmentId: z.string(),
      branchId: z.string().nullable(),
      role: personRoleSchema,
    }),
  ),
});
export type DirectoryDto = z.infer<typeof directorySchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  // A request's notification names the request; an approval's SLA alert names the approval.
  requestId: z.string().optional(),
  approvalId: z.string().optional(),
  title: z.string(),
  body: z.string(),
  createdAt: isoInstantSchema,
});
export type NotificationDto = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({ items: z.array(notificationSchema) });

export const slaPreviewSchema = z.object({
  sla: slaDtoSchema,
  policyId: z.string(),
  firstResponseMinutes: z.number(),
  resolutionMinutes: z.number(),
  timeZone: z.string(),
});
export type SlaPreview = z.infer<typeof slaPreviewSchema>;

export const devUsersSchema = z.object({ users: z.array(personSchema) });
