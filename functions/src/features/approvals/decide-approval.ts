/**
 * A person approves, rejects or cancels. The caller must present the version they saw: a stale
 * one is refused before anything is computed (412), and the write itself is conditional on the
 * store's ETag, so of two approvers deciding at once exactly one wins and the other gets 412.
 * Nothing but people changes an approval, so a lost write race is a stale version, not a retry.
 */
import {
  type ApprovalId,
  type Person,
  PreconditionFailed,
  ValidationFailed,
  applyApprovalAction,
  parseApprovalAction,
} from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { assertCanViewApproval } from './approval-access';
import type { ApprovalStore } from './approval-store';
import {
  type ApprovalView,
  approvalIndexOf,
  sameApprovalVersion,
  toApprovalView,
} from './approval-view';

export type DecideApprovalDeps = Pick<Capabilities, 'clock' | 'ids' | 'directory'> & {
  readonly approvalStore: ApprovalStore;
};

export async function decideApproval(
  deps: DecideApprovalDeps,
  caller: Person,
  id: ApprovalId,
  actionName: string,
  body: unknown,
  ifMatch: string | undefined,
): Promise<ApprovalView> {
  if (!ifMatch) {
    throw new ValidationFailed('Send the ETag you last saw in an If-Match header.', [
      { path: 'If-Match', message: 'Required.' },
    ]);
  }
  const action = parseApprovalAction(actionName, body);
  const current = await deps.approvalStore.get(caller.tenantId, id);
  assertCanViewApproval(current.value, caller);
  if (!sameApprovalVersion(current.value, ifMatch)) throw new PreconditionFailed();
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  const next = applyApprovalAction(
    current.value,
    action,
    caller,
    now,
    timeZoneOf(caller, setup),
    deps.ids.newId(),
  );
  const stored = await deps.approvalStore.replace(
    next,
    approvalIndexOf(next, setup, now, current.index.alertsSent),
    current.etag,
  );
  return toApprovalView(stored, setup, caller, now);
}
