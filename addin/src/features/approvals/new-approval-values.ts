/**
 * The new-approval form as typed (strings, a local due time, approvers in order) and the body
 * of `POST /api/approvals` made from it. The form checks that body with the shared contract's
 * schema before sending, the very one the server checks it with.
 */
import {
  type ApprovalKind,
  type ApprovalMode,
  type NewApprovalBody,
  kindsWithAmount,
} from '@tandem/shared/approvals';
import { instantToLocal, localToInstant } from './zoned-time';

export interface NewApprovalValues {
  readonly kind: ApprovalKind;
  readonly title: string;
  readonly description: string;
  /** As typed: "480 000,50" and "480000.50" are the same amount. */
  readonly amount: string;
  readonly currency: string;
  readonly mode: ApprovalMode;
  /** In the order they decide in a sequence. */
  readonly approverIds: readonly string[];
  /** `<input type="datetime-local">` value, in the requester's zone. */
  readonly due: string;
}

const DAY = 24 * 60 * 60_000;

/** A new form: a budget, in sequence, due in three days at six in the evening. */
export function emptyValues(now: number, timeZone: string, currency: string): NewApprovalValues {
  return {
    kind: 'campaign-budget',
    title: '',
    description: '',
    amount: '',
    currency,
    mode: 'sequential',
    approverIds: [],
    due: `${instantToLocal(now + 3 * DAY, timeZone).slice(0, 10)}T18:00`,
  };
}

/** NaN for text that is not a number, so that the schema refuses it. */
export function parseAmount(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

export function toNewApprovalBody(values: NewApprovalValues, timeZone: string): NewApprovalBody {
  const amountGiven = values.amount.trim() !== '';
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    ...(amountGiven
      ? { amount: { value: parseAmount(values.amount), currency: values.currency.trim() } }
      : {}),
    mode: values.mode,
    approvers: values.approverIds.map((personId) => ({ personId })),
    dueAt: localToInstant(values.due, timeZone) ?? values.due,
  };
}

export const needsAmount = (kind: ApprovalKind): boolean => kindsWithAmount.includes(kind);

/** The form field a problem belongs to: `amount.value` → amount, `approvers.1.personId` → approvers. */
export function fieldOf(path: string): string {
  const [head = ''] = path.split('.');
  if (head === 'dueAt') return 'due';
  return head;
}
