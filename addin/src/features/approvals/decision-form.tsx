/** The form of one decision: its comment (required to reject), then confirm or go back. */
import { Field, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { type ApprovalActionName, approvalCommentRequired } from '@tandem/shared/approvals';
import { fieldError } from '../../ui/forms/form-errors';
import { PanelActionForm } from '../../ui/forms/panel-action-form';
import { useT } from '../../app/i18n/i18n-context';
import { useApprovalDetailStyles } from './approval-detail.styles';

export interface DecisionDraft {
  readonly action: ApprovalActionName;
  readonly comment: string;
}

export function DecisionForm(props: {
  draft: DecisionDraft;
  error: string | null;
  submitting: boolean;
  onChange: (draft: DecisionDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { draft } = props;
  const t = useT();
  const styles = useApprovalDetailStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [draft.action]);
  return (
    <PanelActionForm
      className={styles.form}
      buttonsClassName={styles.formButtons}
      testId="approval-decision-form"
      action={draft.action}
      submitLabel={t(`approvals.action.${draft.action}`)}
      busyLabel={t('common.saving')}
      backLabel={t('common.back')}
      submitTestId="approval-submit"
      cancelTestId="approval-cancel-form"
      submitting={props.submitting}
      onSubmit={props.onSubmit}
      onCancel={props.onCancel}
    >
      <Field
        label={t(`approvals.comment.${draft.action}`)}
        required={approvalCommentRequired[draft.action]}
        validationMessage={fieldError(props.error, 'comment')}
      >
        <Textarea
          ref={ref}
          data-testid="approval-comment"
          resize="vertical"
          rows={3}
          value={draft.comment}
          onChange={(_, data) => props.onChange({ ...draft, comment: data.value })}
        />
      </Field>
    </PanelActionForm>
  );
}
