/**
 * Asking for an approval: kind, title, details, amount (required for money kinds), approvers
 * from the directory in order, how they decide, and the instant the answer is needed by in the
 * requester's zone. Checked with the same rules as the server before anything is sent.
 */
import { Field, Input, Textarea } from '@fluentui/react-components';
import { type ApprovalDto, approvalModes } from '@tandem/shared/approvals';
import { FormDialog } from '../../ui/forms/form-dialog';
import { useFormDialogStyles } from '../../ui/forms/form-dialog.styles';
import { FormErrorBar, fieldErrorOf } from '../../ui/forms/form-errors';
import { SelectField } from '../../ui/forms/select-field';
import { useT } from '../../app/i18n/i18n-context';
import { ApproverPicker } from './approver-picker';
import { useNewApprovalStyles } from './new-approval-dialog.styles';
import { KindAndAmount } from './kind-and-amount';
import { useNewApprovalForm } from './use-new-approval-form';

export function NewApprovalDialog(props: {
  onClose: () => void;
  onCreated: (a: ApprovalDto) => void;
}) {
  const t = useT();
  const styles = useNewApprovalStyles();
  const formStyles = useFormDialogStyles();
  const { values, set, errors, formError, sending, submit, zone } = useNewApprovalForm(
    props.onCreated,
  );

  const error = (field: string) => fieldErrorOf(errors, field);

  return (
    <FormDialog
      testId="new-approval"
      title={t('approvals.form.title')}
      className={styles.surface}
      submitLabel={sending ? t('approvals.form.sending') : t('approvals.form.submit')}
      cancelLabel={t('approvals.form.cancel')}
      cancelTestId="new-approval-cancel"
      busy={sending}
      onSubmit={(e) => void submit(e)}
      onClose={props.onClose}
    >
      <KindAndAmount values={values} set={set} error={error} className={formStyles.row} />
      <Field label={t('approvals.form.subject')} required validationMessage={error('title')}>
        <Input
          data-testid="new-approval-title"
          value={values.title}
          onChange={(_, d) => set('title', d.value)}
        />
      </Field>
      <Field
        label={t('approvals.form.details')}
        hint={t('approvals.form.detailsHint')}
        validationMessage={error('description')}
      >
        <Textarea
          data-testid="new-approval-description"
          rows={3}
          resize="vertical"
          value={values.description}
          onChange={(_, d) => set('description', d.value)}
        />
      </Field>
      <Field
        label={<span id="new-approval-approvers">{t('approvals.form.approvers')}</span>}
        required
        hint={t('approvals.form.approversHint')}
        validationMessage={error('approvers')}
      >
        <ApproverPicker
          labelId="new-approval-approvers"
          value={values.approverIds}
          onChange={(ids) => set('approverIds', ids)}
        />
      </Field>
      <div className={formStyles.row}>
        <SelectField
          label={t('approvals.form.mode')}
          required
          hint={t(`approvals.modeHint.${values.mode}`)}
          validationMessage={error('mode')}
          testId="new-approval-mode"
          value={values.mode}
          choices={approvalModes.map((m) => ({ value: m, label: t(`approvals.mode.${m}`) }))}
          onChange={(mode) => set('mode', mode)}
        />
        <Field
          label={t('approvals.form.due')}
          required
          hint={t('approvals.form.dueHint', { zone })}
          validationMessage={error('due')}
        >
          <Input
            type="datetime-local"
            data-testid="new-approval-due"
            value={values.due}
            onChange={(_, d) => set('due', d.value)}
          />
        </Field>
      </div>
      <FormErrorBar error={formError} testId="new-approval-error" />
    </FormDialog>
  );
}
