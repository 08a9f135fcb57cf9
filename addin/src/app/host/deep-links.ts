/** Where a deep link points: a request, or an approval (a page of its own). */
const APPROVAL_SUB_PAGE = 'approval:';

/** Cards link requests by a bare id and approvals by `approval:<id>` in Teams' subPageId. */
export function deepLinks(
  request: string | null,
  approval: string | null,
  subPageId: string | null,
): { openRequestId: string | null; openApprovalId: string | null } {
  const isApproval = subPageId?.startsWith(APPROVAL_SUB_PAGE) ?? false;
  const subApproval = isApproval ? subPageId?.slice(APPROVAL_SUB_PAGE.length) || null : null;
  return {
    openRequestId: request ?? (!isApproval && subPageId ? subPageId : null),
    openApprovalId: approval ?? subApproval,
  };
}
