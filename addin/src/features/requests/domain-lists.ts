/**
 * The domain's value lists the first screen needs (filters), as plain arrays. Importing them
 * from shared would pull zod into the first load; the type checks below break the build
 * instead if shared gains a value that is missing here.
 */
import type { Priority, RequestStatus, SlaState } from '@tandem/shared/browser';

export const requestStatuses = [
  'new',
  'acknowledged',
  'in_progress',
  'waiting_on_requester',
  'resolved',
  'closed',
  'declined',
  'cancelled',
] as const satisfies readonly RequestStatus[];

export const slaStates = [
  'breached',
  'warning',
  'on_track',
  'paused',
  'met',
] as const satisfies readonly SlaState[];

export const priorities = [
  'low',
  'normal',
  'high',
  'urgent',
] as const satisfies readonly Priority[];

type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
type AssertTrue<T extends true> = T;
export type ListsAreComplete = [
  AssertTrue<Covers<RequestStatus, (typeof requestStatuses)[number]>>,
  AssertTrue<Covers<SlaState, (typeof slaStates)[number]>>,
  AssertTrue<Covers<Priority, (typeof priorities)[number]>>,
];
