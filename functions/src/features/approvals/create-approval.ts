/**
 * Asking for an approval. The approvers must be people of the caller's tenant, a linked request
 * one the caller can see; the SLA runs in the first approver's department calendar. With an
 * Idempotency-Key the id is derived from the tenant, the caller and the key, so a retry collides
 * with the first write in Cosmos and gets the first result back instead of a duplicate.
 */
import {
  type NewApprovalInput,
  type Person,
  ValidationFailed,
  createApproval as buildApproval,
  isDomainError,
  newApprovalInputSchema,
} from '@tandem/shared';
import type { Capabilities, TenantSetup } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { canView } from '../requests';
import { departmentCalendarId } from '../../kernel/sla-view';
import type { ApprovalStore, StoredApproval } from './approval-store';
import { approvalIndexOf } from './approval-view';
import { createOnce, fingerprintOf, idempotentId } from '../../kernel/idempotency';
import type { RequestStoreCapability } from '../requests';

export type CreateApprovalDeps = Pick<Capabilities, 'clock' | 'ids' | 'directory'> &
  RequestStoreCapability & {
    readonly approvalStore: ApprovalStore;
  };

export interface CreateApprovalResult {
  readonly stored: StoredApproval;
  /** False when an Idempotency-Key replay returned the approval created earlier. */
  readonly created: boolean;
  readonly setup: TenantSetup;
}

export async function createApproval(
  deps: CreateApprovalDeps,
  caller: Person,
  body: unknown,
  idempotencyKey?: string,
): Promise<CreateApprovalResult> {
  const parsed = newApprovalInputSchema.safeParse(body);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The approval is not valid.');
  const input = parsed.data;
  const approvers = await findApprovers(deps, caller, input);
  await assertLinkVisible(deps, caller, input);
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  const approval = buildApproval(input, caller, {
    now,
    timeZone: timeZoneOf(caller, setup),
    calendarId: departmentCalendarId(setup)(approvers[0]!.departmentId),
    approvalId: idempotencyKey
      ? idempotentId(caller, idempotencyKey, 'approval')
      : deps.ids.newId(),
    eventId: deps.ids.newId(),
  });
  const fingerprint = idempotencyKey ? fingerprintOf(input) : undefined;
  const index = approvalIndexOf(approval, setup, now);
  const result = await createOnce(
    'approval',
    { key: idempotencyKey, fingerprint },
    () => deps.approvalStore.create(approval, index, fingerprint),
    () => deps.approvalStore.get(caller.tenantId, approval.id),
  );
  return { ...result, setup };
}

async function findApprovers(
  deps: Pick<Capabilities, 'directory'>,
  caller: Person,
  input: NewApprovalInput,
): Promise<Person[]> {
  const found = await Promise.all(
    input.approvers.map((a) => deps.directory.findPerson(caller.tenantId, a.personId)),
  );
  const issues = found.flatMap((person, i) =>
    person ? [] : [{ path: `approvers.${i}.personId`, message: 'Not in the directory.' }],
  );
  if (issues.length > 0) throw new ValidationFailed('The approval is not valid.', issues);
  return found as Person[];
}

/** A request the caller cannot see is answered as missing, so ids cannot be probed. */
async function assertLinkVisible(
  deps: RequestStoreCapability,
  caller: Person,
  input: NewApprovalInput,
): Promise<void> {
  if (!input.link || !('requestId' in input.link)) return;
  const missing = new ValidationFailed('The approval is not valid.', [
    { path: 'link.requestId', message: 'No such request.' },
  ]);
  try {
    const stored = await deps.requestStore.get(caller.tenantId, input.link.requestId);
    if (!canView(stored.value, caller)) throw missing;
  } catch (err) {
    if (isDomainError(err) && err._tag === 'NotFound') throw missing;
    throw err;
  }
}
