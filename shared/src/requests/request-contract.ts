/**
 * The wire contract of /api/requests: every body the tab sends and every body the API answers,
 * as the zod schemas the tab, the API handlers and the OpenAPI document share. Bodies the domain
 * defines beside its rules (a new request, the actions) are re-exported, so this file is the one
 * list of the feature's wire shapes. Browser-safe: zod, ids and instants only.
 */
import { z } from 'zod';
import { isoInstantSchema, timeZoneSchema } from '../kernel/time';
import { newRequestInputSchema, requestSchema } from './request';
import { actionNameSchema } from './request-actions';
import { slaStateSchema } from './request-list-query';

export { newRequestInputSchema, type NewRequestInput } from './request';
export {
  type ActionBody,
  type ActionName,
  actionBodySchemas,
  actionNameSchema,
  actionNames,
} from './request-actions';
export { type RequestListQuery, requestListQuerySchema } from './request-list-query';

/** Body of `POST /api/requests/preview`: what decides the SLA of a request not yet sent. */
export const slaPreviewInputSchema = newRequestInputSchema.pick({
  toDepartmentId: true,
  typeId: true,
  priority: true,
});
export type SlaPreviewInput = z.input<typeof slaPreviewInputSchema>;

/** One SLA clock as of the answer: minutes rounded to hundredths. */
export const slaClockDtoSchema = z.object({
  state: slaStateSchema,
  dueAt: isoInstantSchema,
  targetMinutes: z.number(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number(),
  percentUsed: z.number(),
});
export type SlaClockDto = z.infer<typeof slaClockDtoSchema>;

export const slaDtoSchema = z.object({
  state: slaStateSchema,
  percentUsed: z.number(),
  firstResponseDueAt: isoInstantSchema,
  resolutionDueAt: isoInstantSchema,
  /** When the state changes next without anyone acting (null once both clocks stopped). */
  nextChangeAt: isoInstantSchema.nullable(),
  firstResponse: slaClockDtoSchema,
  resolution: slaClockDtoSchema,
});
export type SlaDto = z.infer<typeof slaDtoSchema>;

/** A request as the API answers it: the aggregate, its SLA now and what the caller may do. */
export const requestDtoSchema = requestSchema.safeExtend({
  /** The version to send back in If-Match (also the response's ETag header). */
  etag: z.string().min(1),
  sla: slaDtoSchema,
  allowedActions: z.array(actionNameSchema),
});
export type RequestDto = z.infer<typeof requestDtoSchema>;

export const requestPageSchema = z.object({
  items: z.array(requestDtoSchema),
  /** Pass back as `continuation` for the next page; null on the last one. */
  continuation: z.string().nullable(),
});
export type RequestPage = z.infer<typeof requestPageSchema>;

export const slaPreviewSchema = z.object({
  sla: slaDtoSchema,
  policyId: z.string(),
  firstResponseMinutes: z.number(),
  resolutionMinutes: z.number(),
  /** Zone of the responding department's calendar, in which the targets count. */
  timeZone: timeZoneSchema,
});
export type SlaPreview = z.infer<typeof slaPreviewSchema>;
