/** One approval, and the caller's boxes: what they asked for, and what waits for their decision. */
import {
  type ApprovalId,
  type Person,
  ValidationFailed,
  approvalListQuerySchema,
} from '@tandem/shared';
import type { Capabilities } from '../../kernel/ports';
import { assertCanViewApproval } from './approval-access';
import type { ApprovalStore } from './approval-store';
import { type ApprovalView, toApprovalView } from './approval-view';

export type ReadApprovalDeps = Pick<Capabilities, 'clock' | 'directory'> & {
  readonly approvalStore: ApprovalStore;
};

export async function getApproval(
  deps: ReadApprovalDeps,
  caller: Person,
  id: ApprovalId,
): Promise<ApprovalView> {
  const stored = await deps.approvalStore.get(caller.tenantId, id);
  assertCanViewApproval(stored.value, caller);
  const setup = await deps.directory.setup(caller.tenantId);
  return toApprovalView(stored, setup, caller, deps.clock.now());
}

export interface ApprovalListPage {
  readonly items: readonly ApprovalView[];
  readonly continuation: string | null;
}

export async function listApprovals(
  deps: ReadApprovalDeps,
  caller: Person,
  rawQuery: Record<string, string>,
): Promise<ApprovalListPage> {
  const parsed = approvalListQuerySchema.safeParse(rawQuery);
  if (!parsed.success) throw ValidationFailed.fromZod(parsed.error, 'The query is not valid.');
  const q = parsed.data;
  const page = await deps.approvalStore.list({
    tenantId: caller.tenantId,
    box: q.box,
    personId: caller.id,
    ...(q.status ? { statuses: q.status } : {}),
    limit: q.limit,
    ...(q.continuation ? { continuation: q.continuation } : {}),
  });
  const setup = await deps.directory.setup(caller.tenantId);
  const now = deps.clock.now();
  return {
    items: page.items.map((stored) => toApprovalView(stored, setup, caller, now)),
    continuation: page.continuation,
  };
}
