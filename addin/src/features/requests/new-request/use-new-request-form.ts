/**
 * The state of the new-request form: the values as typed (the department of the channel the tab
 * is in chosen first, unless it is the user's own), the problems by field (the form's own check
 * with the server's schema first, then the server's 400), and sending with one idempotency key
 * per attempt.
 */
import { type Priority, newRequestInputSchema } from '@tandem/shared/browser';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../../app/api/api-problem';
import type { RequestDto } from '@tandem/shared/browser';
import { newIdempotencyKey } from '../../../app/api/tandem-api';
import { useSession } from '../../../app/session-context';
import { describeError } from '../../../app/status-views';
import { useHost } from '../../../app/host/host-context';
import { toFieldErrors } from '../../../app/i18n/field-errors';
import { useT } from '../../../app/i18n/i18n-context';
import { useRequestsApi } from '../api';

const choiceFields = ['toDepartmentId', 'typeId', 'priority'];

export interface NewRequestValues {
  readonly toDepartmentId: string;
  readonly typeId: string;
  readonly priority: Priority;
  readonly title: string;
  readonly description: string;
}

export function useNewRequestForm(onCreated: (request: RequestDto) => void) {
  const t = useT();
  const host = useHost();
  const { me, directory } = useSession();
  const api = useRequestsApi();
  const mine = me.person.departmentId;
  const channel = host.channelDepartmentId;
  const [values, setValues] = useState<NewRequestValues>(() => ({
    toDepartmentId: channel && channel !== mine ? channel : '',
    typeId: directory.requestTypes[0]?.id ?? '',
    priority: 'normal',
    title: '',
    description: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One key per submission attempt of the same content: a retry after a network failure must
  // not create a second request; after a definite refusal (4xx) the next send is a new one.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const set = (field: keyof NewRequestValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const parsed = newRequestInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues, { ...values }, t, choiceFields));
      setFormError(t('common.notValid'));
      return;
    }
    setSending(true);
    setFormError(null);
    try {
      onCreated(await api.createRequest(values, idempotencyKey));
    } catch (err) {
      if (err instanceof ApiProblem && err.status >= 400 && err.status < 500) {
        setIdempotencyKey(newIdempotencyKey());
        setErrors(Object.fromEntries(err.errors.map((i) => [i.path, i.message])));
      }
      setFormError(describeError(err, t));
      setSending(false);
    }
  };

  return { values, set, errors, formError, sending, submit };
}
