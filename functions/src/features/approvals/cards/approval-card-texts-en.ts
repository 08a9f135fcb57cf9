/** The words of approval cards in English, the reference for the other languages. */
import type { Dictionary } from '@tandem/shared';

export const approvalCardEn = {
  'kind.campaign-budget': 'Campaign budget',
  'kind.campaign-launch': 'Campaign launch',
  'kind.spend-over-budget': 'Spend over budget',
  'kind.other': 'Approval',

  'mode.sequential': 'one after another',
  'mode.all-of': 'everyone must approve',
  'mode.any-of': 'any one approval is enough',

  'status.pending': 'Waiting for decisions',
  'status.approved': 'Approved',
  'status.rejected': 'Rejected',
  'status.cancelled': 'Cancelled',

  'event.created': 'Asked',
  'event.approved': 'Approved',
  'event.rejected': 'Rejected',
  'event.cancelled': 'Cancelled',

  'approver.approve': 'approved',
  'approver.reject': 'rejected',
  'approver.deciding': 'deciding now',
  'approver.queued': 'after the previous approver',
  'approver.notNeeded': 'no decision needed',

  'fact.askedBy': 'Asked by',
  'fact.amount': 'Amount',
  'fact.status': 'Status',
  'fact.mode': 'Rule',
  approvers: 'Approvers',
  trail: 'Trail',

  neededBy: 'Answer needed by {when}',
  overdueSince: 'Overdue: the answer was needed by {when}',
  'sla.line': '**SLA:** {state} · {percent}% of the time to decide used',
  'sla.due': 'Due {when} · {left} of business time left',
  'sla.passed': 'The time to decide passed {when}',
  'duration.hours': '{count} h',
  'duration.minutes': '{count} min',
  'duration.hoursMinutes': '{hours} {minutes}',

  'action.approve': 'Approve…',
  'action.reject': 'Reject…',
  'action.cancel': 'Cancel approval',
  'approve.label': 'Comment (optional)',
  'approve.placeholder': 'The requester will see it',
  'approve.submit': 'Approve',
  'reject.label': 'Why do you reject it?',
  'reject.placeholder': 'The requester will see this reason',
  'reject.errorMessage': 'Say why you reject it.',
  'reject.submit': 'Reject',

  staleCard: 'This approval changed before your click. Here is its current state.',
  'alert.warning': 'Approval SLA warning: {percent}% of the time to decide is used',
  'alert.breach': 'Approval SLA breached: the time to decide has passed',
} as const satisfies Dictionary;
