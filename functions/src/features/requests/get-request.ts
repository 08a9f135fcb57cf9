/** One request with its history, its SLA figures as of now and what the caller may do next. */
import {
  type ActionName,
  type Person,
  type RequestId,
  type SlaResult,
  allowedActions,
  requestIdSchema,
  ValidationFailed,
} from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { assertCanView } from './request-access';
import { requestVersion } from './request-version';
import { type SlaDto, toSlaDto } from '../../kernel/sla-view';
import type { RequestStoreCapability, StoredRequest } from './request-store';
import { evaluateSla } from './request-sla';

type Deps = Pick<Capabilities, 'clock' | 'directory'> & RequestStoreCapability;

export interface RequestView {
  readonly stored: StoredRequest;
  /** The ETag people see: changes with every event, not with the sweep's bookkeeping. */
  readonly version: string;
  readonly sla: SlaDto;
  readonly allowedActions: readonly ActionName[];
}

export function parseRequestId(raw: string | undefined): RequestId {
  const parsed = requestIdSchema.safeParse(raw);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The request id is not valid.');
  return parsed.data;
}

export async function getRequest(deps: Deps, caller: Person, id: RequestId): Promise<RequestView> {
  const stored = await deps.requestStore.get(caller.tenantId, id);
  assertCanView(stored.value, caller);
  const setup = await deps.directory.setup(caller.tenantId);
  return toRequestView(stored, setup, caller, deps.clock.now());
}

export function toRequestView(
  stored: StoredRequest,
  setup: TenantSetup,
  viewer: Person,
  now: number,
  /** The SLA already evaluated for this request at `now` (the write that just stored it). */
  evaluated?: SlaResult,
): RequestView {
  const sla = evaluated ?? evaluateSla(stored.value, setup, now).sla;
  return {
    stored,
    version: requestVersion(stored.value),
    sla: toSlaDto(sla),
    allowedActions: allowedActions(stored.value, viewer),
  };
}
