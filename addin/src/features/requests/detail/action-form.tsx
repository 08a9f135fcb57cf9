/** The form of one action inside the detail panel: its text (and target department), then confirm. */
import { Field, Textarea } from '@fluentui/react-components';
import type { ActionName } from '@tandem/shared/browser';
import { useEffect, useRef } from 'react';
import { useSession } from '../../../app/session-context';
import { fieldError } from '../../../ui/forms/form-errors';
import { PanelActionForm } from '../../../ui/forms/panel-action-form';
import { SelectField } from '../../../ui/forms/select-field';
import { useT } from '../../../app/i18n/i18n-context';
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
  onChange: (draft: ActionDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
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

  return (
    <PanelActionForm
      className={styles.form}
      buttonsClassName={styles.formButtons}
      testId="action-form"
      action={draft.action}
      submitLabel={t('action.submit')}
      busyLabel={t('common.saving')}
      backLabel={t('common.back')}
      submitTestId="action-submit"
      cancelTestId="action-cancel-form"
      submitting={props.submitting}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
      <p className={styles.formTitle}>{t(`action.${draft.action}`)}</p>
      {spec.needsDepartment && (
        <SelectField
          label={t('action.department')}
          required
          validationMessage={fieldError(errors.toDepartmentId, 'toDepartmentId')}
          testId="action-department"
          value={draft.departmentId ?? ''}
          placeholder={t('common.choose')}
          choices={directory.departments
            .filter((d) => d.id !== props.currentDepartmentId)
            .map((d) => ({ value: d.id, label: names.department(d.id) }))}
          onChange={(id) => props.onChange({ ...draft, departmentId: id || null })}
        />
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
    </PanelActionForm>
  );
}
