/**
 * The state of the new-approval form: the values as typed, the problems by field (the form's own
 * check first, then the server's 400), and sending with one idempotency key per attempt, so a
 * retry after a network failure cannot ask twice; after a definite refusal the next is new.
 */
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import { type ApprovalDto, newApprovalInputSchema } from '@tandem/shared/approvals';
import { newIdempotencyKey } from '../../app/api/tandem-api';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { toFieldErrors } from '../../app/i18n/field-errors';
import { useT } from '../../app/i18n/i18n-context';
import {
  type NewApprovalValues,
  emptyValues,
  fieldOf,
  toNewApprovalBody,
} from './new-approval-values';
import { useApprovalsApi } from './api';

/** The field a value's problems are shown under. */
const fieldOfValue: Partial<Record<keyof NewApprovalValues, string>> = {
  approverIds: 'approvers',
  currency: 'amount',
};

export function useNewApprovalForm(onCreated: (approval: ApprovalDto) => void) {
  const t = useT();
  const { me } = useSession();
  const api = useApprovalsApi();
  const zone = me.timeZone;
  const [values, setValues] = useState<NewApprovalValues>(() =>
    emptyValues(Date.now(), zone, 'RUB'),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const set = <K extends keyof NewApprovalValues>(field: K, value: NewApprovalValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    const key = fieldOfValue[field] ?? field;
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const body = toNewApprovalBody(values, zone);
    const parsed = newApprovalInputSchema.safeParse(body);
    if (!parsed.success) {
      const typed = {
        ...values,
        'amount.value': values.amount,
        'amount.currency': values.currency,
        dueAt: values.due,
      };
      setErrors(
        byField(toFieldErrors(parsed.error.issues, typed, t, ['kind', 'mode', 'approvers'])),
      );
      setFormError(t('common.notValid'));
      return;
    }
    setSending(true);
    setFormError(null);
    try {
      onCreated(await api.create(body, idempotencyKey));
    } catch (err) {
      if (err instanceof ApiProblem && err.status >= 400 && err.status < 500) {
        setIdempotencyKey(newIdempotencyKey());
        setErrors(byField(Object.fromEntries(err.errors.map((i) => [i.path, i.message]))));
      }
      setFormError(describeError(err, t));
      setSending(false);
    }
  };

  return { values, set, errors, formError, sending, submit, zone };
}

/** Problems by form field, the first one of each. */
function byField(byPath: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) out[fieldOf(path)] ??= message;
  return out;
}
