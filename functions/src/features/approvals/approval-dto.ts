/** What the API answers for an approval: the aggregate, its SLA as of now and the caller's options. */
import type { HttpResponseInit } from '@azure/functions';
import { versionedResponse } from '../../platform/http/versioned-response';
import type { ApprovalView } from './approval-view';

export function toApprovalDto(view: ApprovalView) {
  return {
    ...view.stored.value,
    etag: view.version,
    sla: view.sla,
    overdue: view.overdue,
    awaiting: view.awaiting,
    allowedDecisions: view.allowedDecisions,
  };
}
export type ApprovalDto = ReturnType<typeof toApprovalDto>;

export function approvalResponse(
  view: ApprovalView,
  status = 200,
  headers: Record<string, string> = {},
): HttpResponseInit {
  return versionedResponse(view.version, toApprovalDto(view), status, headers);
}
