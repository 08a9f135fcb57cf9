/**
 * Raising a request. With an Idempotency-Key the request id is derived from the tenant, the
 * caller and the key, so a retry collides with the first write in Cosmos (one atomic create)
 * and gets the first result back instead of a duplicate.
 */
import {
  type EpochMs,
  type NewRequestInput,
  type Person,
  type Request,
  type SlaResult,
  ValidationFailed,
  createRequest as buildRequest,
  newRequestInputSchema,
  resolvePolicy,
  toPolicySnapshot,
} from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { createOnce, fingerprintOf, idempotentId } from '../../kernel/idempotency';
import type { RequestStoreCapability, StoredRequest } from './request-store';
import { evaluateSla, toRequestIndex } from './request-sla';

type Deps = Pick<Capabilities, 'clock' | 'directory' | 'ids'> & RequestStoreCapability;

export interface CreateRequestResult {
  readonly stored: StoredRequest;
  /** False when an Idempotency-Key replay returned the request created earlier. */
  readonly created: boolean;
  /** The SLA evaluated for filing the new request, so its first answer need not evaluate it again. */
  readonly evaluated?: { readonly at: EpochMs; readonly sla: SlaResult };
}

export async function createRequest(
  deps: Deps,
  caller: Person,
  body: unknown,
  idempotencyKey?: string,
  /** Whose key it is when not the caller's own (see idempotentId). */
  keyOwner?: string,
): Promise<CreateRequestResult> {
  const parsed = newRequestInputSchema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The request is not valid.');
  const input = parsed.data;
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  const fingerprint = idempotencyKey ? fingerprintOf(input) : undefined;
  const owner = { tenantId: caller.tenantId, id: keyOwner ?? caller.id };
  const requestId = idempotencyKey ? idempotentId(owner, idempotencyKey) : deps.ids.newId();
  const request = draftRequest(input, caller, setup, now, {
    requestId,
    eventId: deps.ids.newId(),
  });
  const evaluation = evaluateSla(request, setup, now);
  const result = await createOnce(
    'request',
    { key: idempotencyKey, fingerprint },
    () => deps.requestStore.create(request, toRequestIndex(evaluation), fingerprint),
    () => deps.requestStore.get(caller.tenantId, request.id),
  );
  return result.created ? { ...result, evaluated: { at: now, sla: evaluation.sla } } : result;
}

/** The request as it would be created now: checked against the tenant's setup, policy resolved. */
export function draftRequest(
  input: NewRequestInput,
  caller: Person,
  setup: TenantSetup,
  now: number,
  ids: { requestId: string; eventId: string },
): Request {
  assertKnown(setup.departments, input.toDepartmentId, 'toDepartmentId', 'No such department.');
  assertKnown(setup.requestTypes, input.typeId, 'typeId', 'No such request type.');
  const policy = resolvePolicy(setup.slaPolicies, {
    requestTypeId: input.typeId,
    priority: input.priority,
    departmentId: input.toDepartmentId,
  });
  if (!policy) {
    throw new ValidationFailed('No SLA policy covers this request; ask a Tandem admin.', [
      { path: 'typeId', message: 'No SLA policy for this type, priority and department.' },
    ]);
  }
  return buildRequest(input, caller, toPolicySnapshot(policy), now, timeZoneOf(caller, setup), ids);
}

function assertKnown(
  items: readonly { id: string }[],
  id: string,
  path: string,
  message: string,
): void {
  if (!items.some((i) => i.id === id)) {
    throw new ValidationFailed('The request is not valid.', [{ path, message }]);
  }
}
