/** The form of one action inside the detail panel: its text (and target department), then confirm. */
import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import type { ActionName } from '@tandem/shared/browser';
import { type FormEvent, useEffect, useRef } from 'react';
import { useSession } from '../app/session-context';
import { useT } from '../i18n/i18n-context';
import { actionSpecs } from './action-specs';
import { useDetailStyles } from './request-detail.styles';

export interface ActionDraft {
  readonly action: ActionName;
  readonly text: string;
  readonly departmentId: string | null;
}

export function ActionForm(props: {
  draft: ActionDraft;
  currentDepartmentId: string;
  errors: Readonly<Record<string, string>>;
  submitting: boolean;
  onChange(draft: ActionDraft): void;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { draft, errors } = props;
  const t = useT();
  const { directory, names } = useSession();
  const styles = useDetailStyles();
  const spec = actionSpecs[draft.action];
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), [draft.action]);

  const label = spec.required
    ? t(
        `actionText.${draft.action as 'answer' | 'comment' | 'wait' | 'reopen' | 'decline' | 'reassign'}`,
      )
    : t('actionText.optional');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };

  return (
    <form
      className={styles.form}
      data-testid="action-form"
      data-action={draft.action}
      onSubmit={submit}
      noValidate
    >
      <p className={styles.formTitle}>{t(`action.${draft.action}`)}</p>
      {spec.needsDepartment && (
        <Field
          label={t('action.department')}
          required
          validationMessage={fieldError(errors.toDepartmentId, 'toDepartmentId')}
        >
          <Select
            data-testid="action-department"
            value={draft.departmentId ?? ''}
            onChange={(_, data) => props.onChange({ ...draft, departmentId: data.value || null })}
          >
            <option value="">{t('newRequest.choose')}</option>
            {directory.departments
              .filter((d) => d.id !== props.currentDepartmentId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {names.department(d.id)}
                </option>
              ))}
          </Select>
        </Field>
      )}
      <Field
        label={label}
        required={spec.required}
        validationMessage={fieldError(errors[spec.field], 'text')}
      >
        <Textarea
          ref={textRef}
          data-testid="action-text"
          resize="vertical"
          rows={4}
          value={draft.text}
          onChange={(_, data) => props.onChange({ ...draft, text: data.value })}
        />
      </Field>
      <div className={styles.formButtons}>
        <Button
          type="submit"
          appearance="primary"
          data-testid="action-submit"
          disabled={props.submitting}
        >
          {props.submitting ? t('action.submitting') : t('action.submit')}
        </Button>
        <Button
          type="button"
          data-testid="action-cancel-form"
          onClick={props.onCancel}
          disabled={props.submitting}
        >
          {t('action.back')}
        </Button>
      </div>
    </form>
  );
}

function fieldError(message: string | undefined, path: string) {
  return message ? <span data-testid={`field-error-${path}`}>{message}</span> : undefined;
}
