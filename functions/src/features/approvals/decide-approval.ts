/**
 * A person approves, rejects or cancels. The caller must present the version they saw: a stale
 * one is refused before anything is computed (412), and the write itself is conditional on the
 * store's ETag, so of two approvers deciding at once exactly one wins and the other gets 412.
 * The alert sweep writes only its own fields of the document; a write that loses the store's race
 * to it is retried on a fresh copy (kernel/aggregate-write.ts), so it never costs a person a 412.
 */
import {
  type ApprovalId,
  type Person,
  applyApprovalAction,
  parseApprovalAction,
} from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { timeZoneOf } from '../../kernel/caller';
import { assertCanViewApproval } from './approval-access';
import type { ApprovalStore } from './approval-store';
import { requireIfMatch } from '../../kernel/version';
import { writeOnVersion } from '../../kernel/aggregate-write';
import {
  type ApprovalView,
  approvalIndexOf,
  approvalVersion,
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
  requireIfMatch(ifMatch);
  const action = parseApprovalAction(actionName, body);
  const setup = await deps.directory.setup(caller.tenantId);
  return writeOnVersion({
    ifMatch,
    read: async () => {
      const current = await deps.approvalStore.get(caller.tenantId, id);
      assertCanViewApproval(current.value, caller);
      return current;
    },
    versionOf: (current) => approvalVersion(current.value),
    write: async (current) => {
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
    },
  });
}
