/** The form of one decision: its comment (required to reject), then confirm or go back. */
import { Button, Field, Textarea } from '@fluentui/react-components';
import { type FormEvent, useEffect, useRef } from 'react';
import { type ApprovalDecisionName, decisionCommentRequired } from '../api/approvals-schemas';
import { useT } from '../i18n/i18n-context';
import { useApprovalDetailStyles } from './approval-detail.styles';

export interface DecisionDraft {
  readonly action: ApprovalDecisionName;
  readonly comment: string;
}

export function DecisionForm(props: {
  draft: DecisionDraft;
  error: string | null;
  submitting: boolean;
  onChange(draft: DecisionDraft): void;
  onSubmit(): void;
  onCancel(): void;
}) {
  const { draft } = props;
  const t = useT();
  const styles = useApprovalDetailStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [draft.action]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form
      className={styles.form}
      data-testid="approval-decision-form"
      data-action={draft.action}
      onSubmit={submit}
      noValidate
    >
      <Field
        label={t(`approvals.comment.${draft.action}`)}
        required={decisionCommentRequired[draft.action]}
        validationMessage={
          props.error ? <span data-testid="field-error-comment">{props.error}</span> : undefined
        }
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
      <div className={styles.formButtons}>
        <Button
          type="submit"
          appearance="primary"
          data-testid="approval-submit"
          disabled={props.submitting}
        >
          {props.submitting ? t('action.submitting') : t(`approvals.action.${draft.action}`)}
        </Button>
        <Button
          type="button"
          data-testid="approval-cancel-form"
          disabled={props.submitting}
          onClick={props.onCancel}
        >
          {t('action.back')}
        </Button>
      </div>
    </form>
  );
}
