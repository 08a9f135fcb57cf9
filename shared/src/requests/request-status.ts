/** Where a request stands in its life cycle. */
import { z } from 'zod';

export const requestStatuses = [
  'new',
  'acknowledged',
  'in_progress',
  'waiting_on_requester',
  'resolved',
  'closed',
  'declined',
  'cancelled',
] as const;
export const requestStatusSchema = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** Statuses from which nothing but a reopen (closed) or nothing at all can happen. */
export const finishedStatuses: readonly RequestStatus[] = ['closed', 'declined', 'cancelled'];

/** Statuses in which the responding department still owes work. */
export const openStatuses: readonly RequestStatus[] = [
  'new',
  'acknowledged',
  'in_progress',
  'waiting_on_requester',
];
