/**
 * Raising a request: department, type, priority, title and description, checked with the same
 * zod schema as the server before anything is sent, with the SLA preview shown as it is filled.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { type Priority, newRequestInputSchema } from '@tandem/shared/browser';
import { priorities } from '../requests/domain-lists';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../api/api-problem';
import type { RequestDto } from '../api/api-schemas';
import { newIdempotencyKey } from '../api/tandem-api';
import { useSession } from '../app/session-context';
import { describeError } from '../app/status-views';
import { useHost } from '../host/host-context';
import { toFieldErrors } from '../i18n/field-errors';
import { useT } from '../i18n/i18n-context';
import { useNewRequestStyles } from './new-request-dialog.styles';
import { SlaPreviewBox } from './sla-preview-box';
import { useSlaPreview } from './use-sla-preview';

const choiceFields = ['toDepartmentId', 'typeId', 'priority'];

interface Values {
  readonly toDepartmentId: string;
  readonly typeId: string;
  readonly priority: Priority;
  readonly title: string;
  readonly description: string;
}

export default function NewRequestDialog(props: {
  onClose(): void;
  onCreated(r: RequestDto): void;
}) {
  const t = useT();
  const host = useHost();
  const { api, me, directory, names } = useSession();
  const styles = useNewRequestStyles();
  const mine = me.person.departmentId;
  const channel = host.channelDepartmentId;
  const [values, setValues] = useState<Values>(() => ({
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
  const preview = useSlaPreview(values.toDepartmentId, values.typeId, values.priority);

  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const parsed = newRequestInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues, { ...values }, t, choiceFields));
      setFormError(t('newRequest.notValid'));
      return;
    }
    setSending(true);
    setFormError(null);
    try {
      props.onCreated(await api.createRequest(values, idempotencyKey));
    } catch (err) {
      if (err instanceof ApiProblem && err.status >= 400 && err.status < 500) {
        setIdempotencyKey(newIdempotencyKey());
        setErrors(Object.fromEntries(err.errors.map((i) => [i.path, i.message])));
      }
      setFormError(describeError(err, t));
      setSending(false);
    }
  };

  const fieldError = (path: keyof Values) =>
    errors[path] ? <span data-testid={`field-error-${path}`}>{errors[path]}</span> : undefined;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(e) => void submit(e)} data-testid="new-request-form" noValidate>
          <DialogBody>
            <DialogTitle>{t('newRequest.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <div className={styles.row}>
                <Field
                  label={t('newRequest.department')}
                  required
                  validationMessage={fieldError('toDepartmentId')}
                >
                  <Select
                    data-testid="new-request-department"
                    value={values.toDepartmentId}
                    onChange={(_, d) => set('toDepartmentId')(d.value)}
                  >
                    <option value="">{t('newRequest.choose')}</option>
                    {directory.departments
                      .filter((d) => d.id !== mine)
                      .map((d) => (
                        <option key={d.id} value={d.id}>
                          {names.department(d.id)}
                        </option>
                      ))}
                  </Select>
                </Field>
                <Field
                  label={t('newRequest.type')}
                  required
                  validationMessage={fieldError('typeId')}
                >
                  <Select
                    data-testid="new-request-type"
                    value={values.typeId}
                    onChange={(_, d) => set('typeId')(d.value)}
                  >
                    {directory.requestTypes.map((x) => (
                      <option key={x.id} value={x.id}>
                        {names.type(x.id)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={t('newRequest.priority')}
                  required
                  validationMessage={fieldError('priority')}
                >
                  <Select
                    data-testid="new-request-priority"
                    value={values.priority}
                    onChange={(_, d) => set('priority')(d.value)}
                  >
                    {priorities.map((p) => (
                      <option key={p} value={p}>
                        {t(`priority.${p}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Field
                label={t('newRequest.subject')}
                required
                validationMessage={fieldError('title')}
              >
                <Input
                  data-testid="new-request-title"
                  value={values.title}
                  onChange={(_, d) => set('title')(d.value)}
                />
              </Field>
              <Field
                label={t('newRequest.description')}
                hint={t('newRequest.descriptionHint')}
                validationMessage={fieldError('description')}
              >
                <Textarea
                  data-testid="new-request-description"
                  rows={5}
                  resize="vertical"
                  value={values.description}
                  onChange={(_, d) => set('description')(d.value)}
                />
              </Field>
              <SlaPreviewBox state={preview} />
              {formError && (
                <MessageBar intent="error" data-testid="new-request-error">
                  <MessageBarBody>{formError}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                data-testid="new-request-submit"
                disabled={sending}
              >
                {sending ? t('newRequest.sending') : t('newRequest.submit')}
              </Button>
              <Button type="button" data-testid="new-request-cancel" onClick={props.onClose}>
                {t('newRequest.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
