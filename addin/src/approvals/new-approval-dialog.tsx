/**
 * Asking for an approval: kind, title, details, amount (required for money kinds), approvers
 * from the directory in order, how they decide, and the instant the answer is needed by in the
 * requester's zone. Checked with the same rules as the server before anything is sent.
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
import { type ApprovalDto, type ApprovalMode, approvalModes } from '../api/approvals-schemas';
import { useT } from '../i18n/i18n-context';
import { ApproverPicker } from './approver-picker';
import { useNewApprovalStyles } from './new-approval-dialog.styles';
import { KindAndAmount } from './kind-and-amount';
import { useNewApprovalForm } from './use-new-approval-form';

export function NewApprovalDialog(props: { onClose(): void; onCreated(a: ApprovalDto): void }) {
  const t = useT();
  const styles = useNewApprovalStyles();
  const { values, set, errors, formError, sending, submit, zone } = useNewApprovalForm(
    props.onCreated,
  );

  const error = (field: string) =>
    errors[field] ? <span data-testid={`field-error-${field}`}>{errors[field]}</span> : undefined;

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <form onSubmit={(e) => void submit(e)} data-testid="new-approval-form" noValidate>
          <DialogBody>
            <DialogTitle>{t('approvals.form.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <KindAndAmount values={values} set={set} error={error} className={styles.row} />
              <Field
                label={t('approvals.form.subject')}
                required
                validationMessage={error('title')}
              >
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
              <div className={styles.row}>
                <Field
                  label={t('approvals.form.mode')}
                  required
                  hint={t(`approvals.modeHint.${values.mode}`)}
                  validationMessage={error('mode')}
                >
                  <Select
                    data-testid="new-approval-mode"
                    value={values.mode}
                    onChange={(_, d) => set('mode', d.value as ApprovalMode)}
                  >
                    {approvalModes.map((m) => (
                      <option key={m} value={m}>
                        {t(`approvals.mode.${m}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
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
              {formError && (
                <MessageBar intent="error" data-testid="new-approval-error">
                  <MessageBarBody>{formError}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                data-testid="new-approval-submit"
                disabled={sending}
              >
                {sending ? t('approvals.form.sending') : t('approvals.form.submit')}
              </Button>
              <Button type="button" data-testid="new-approval-cancel" onClick={props.onClose}>
                {t('approvals.form.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
