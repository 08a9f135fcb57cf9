/** HTTP handlers of /api/approvals: thin adapters from HTTP to the use cases. */
import { z } from 'zod';
import { type AuthDeps, authed } from '../../platform/http/authed';
import { readJson } from '../../platform/http/read-input';
import { parseApprovalId } from './approval-access';
import { approvalResponse, toApprovalDto } from './approval-dto';
import { toApprovalView } from './approval-view';
import { type CreateApprovalDeps, createApproval } from './create-approval';
import { decideApproval } from './decide-approval';
import { getApproval, listApprovals } from './read-approvals';

export type ApprovalHandlerDeps = AuthDeps & CreateApprovalDeps;

const MAX_BODY_BYTES = 64 * 1024;

export function makeCreateApprovalHandler(deps: ApprovalHandlerDeps) {
  return authed(deps, async (req, caller) => {
    const body = await readJson(req, z.unknown(), MAX_BODY_BYTES);
    const key = req.headers.get('idempotency-key') ?? undefined;
    const { stored, created, setup } = await createApproval(deps, caller, body, key);
    const view = toApprovalView(stored, setup, caller, deps.clock.now());
    return approvalResponse(view, created ? 201 : 200, {
      Location: `/api/approvals/${encodeURIComponent(stored.value.id)}`,
      ...(created ? {} : { 'Idempotent-Replayed': 'true' }),
    });
  });
}

export function makeListApprovalsHandler(deps: ApprovalHandlerDeps) {
  return authed(deps, async (req, caller) => {
    const page = await listApprovals(deps, caller, Object.fromEntries(req.query.entries()));
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      jsonBody: { items: page.items.map(toApprovalDto), continuation: page.continuation },
    };
  });
}

export function makeGetApprovalHandler(deps: ApprovalHandlerDeps) {
  return authed(deps, async (req, caller) =>
    approvalResponse(await getApproval(deps, caller, parseApprovalId(req.params.id))),
  );
}

export function makeApprovalActionHandler(deps: ApprovalHandlerDeps) {
  return authed(deps, async (req, caller) => {
    // Approve and cancel need no input, so they may come without a body.
    const body = req.body === null ? {} : await readJson(req, z.unknown(), MAX_BODY_BYTES);
    const view = await decideApproval(
      deps,
      caller,
      parseApprovalId(req.params.id),
      req.params.action ?? '',
      body,
      req.headers.get('if-match') ?? undefined,
    );
    return approvalResponse(view);
  });
}
