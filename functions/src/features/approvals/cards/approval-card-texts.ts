/**
 * The words on approval cards, in English and Russian, kept apart from the request cards' words
 * (card-texts.ts) so that the two kinds of card can grow independently. Only these strings are
 * not escaped.
 */
import type { ApprovalEventType, ApprovalKind, ApprovalMode, ApprovalStatus } from '@tandem/shared';
import { approvalRu } from './approval-card-texts-ru';
import type { CardLocale, InputTexts } from '../../../platform/cards/card-texts';

/** Where an approver stands: decided, deciding now, waiting for their turn, or not needed. */
export type ApproverState = 'approve' | 'reject' | 'deciding' | 'queued' | 'notNeeded';

export interface ApprovalCardTexts {
  readonly kind: Readonly<Record<ApprovalKind, string>>;
  readonly mode: Readonly<Record<ApprovalMode, string>>;
  readonly status: Readonly<Record<ApprovalStatus, string>>;
  readonly event: Readonly<Record<ApprovalEventType, string>>;
  readonly approverState: Readonly<Record<ApproverState, string>>;
  readonly fact: {
    readonly askedBy: string;
    readonly amount: string;
    readonly status: string;
    readonly mode: string;
  };
  readonly approvers: string;
  readonly trail: string;
  readonly neededBy: (when: string) => string;
  readonly overdueSince: (when: string) => string;
  readonly sla: (state: string, percent: number) => string;
  readonly slaDue: (when: string, left: string) => string;
  readonly slaPassed: (when: string) => string;
  readonly duration: (hours: number, minutes: number) => string;
  readonly action: { readonly approve: string; readonly reject: string; readonly cancel: string };
  /** The approval's comment is optional, so its input has no error message. */
  readonly approve: Omit<InputTexts, 'errorMessage'>;
  readonly reject: InputTexts;
  readonly staleCard: string;
  readonly alertWarning: (percent: number) => string;
  readonly alertBreach: string;
}

const en: ApprovalCardTexts = {
  kind: {
    'campaign-budget': 'Campaign budget',
    'campaign-launch': 'Campaign launch',
    'spend-over-budget': 'Spend over budget',
    other: 'Approval',
  },
  mode: {
    sequential: 'one after another',
    'all-of': 'everyone must approve',
    'any-of': 'any one approval is enough',
  },
  status: {
    pending: 'Waiting for decisions',
    approved: 'Approved',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
  event: { created: 'Asked', approved: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled' },
  approverState: {
    approve: 'approved',
    reject: 'rejected',
    deciding: 'deciding now',
    queued: 'after the previous approver',
    notNeeded: 'no decision needed',
  },
  fact: { askedBy: 'Asked by', amount: 'Amount', status: 'Status', mode: 'Rule' },
  approvers: 'Approvers',
  trail: 'Trail',
  neededBy: (when) => `Answer needed by ${when}`,
  overdueSince: (when) => `Overdue: the answer was needed by ${when}`,
  sla: (state, p) => `**SLA:** ${state} · ${p}% of the time to decide used`,
  slaDue: (when, left) => `Due ${when} · ${left} of business time left`,
  slaPassed: (when) => `The time to decide passed ${when}`,
  duration: (h, m) => (h > 0 ? `${h} h ${m} min` : `${m} min`),
  action: { approve: 'Approve…', reject: 'Reject…', cancel: 'Cancel approval' },
  approve: {
    label: 'Comment (optional)',
    placeholder: 'The requester will see it',
    submit: 'Approve',
  },
  reject: {
    label: 'Why do you reject it?',
    placeholder: 'The requester will see this reason',
    errorMessage: 'Say why you reject it.',
    submit: 'Reject',
  },
  staleCard: 'This approval changed before your click. Here is its current state.',
  alertWarning: (p) => `Approval SLA warning: ${p}% of the time to decide is used`,
  alertBreach: 'Approval SLA breached: the time to decide has passed',
};

export function approvalCardTexts(locale: CardLocale): ApprovalCardTexts {
  return locale === 'ru' ? approvalRu : en;
}
