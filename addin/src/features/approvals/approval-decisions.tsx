/**
 * "Your decision": exactly the decisions the API allows the caller, each opening its form. A
 * decision that lost a race (412) shows the approval as it is now and keeps the typed comment:
 * in the form if that decision is still possible, else read-only to copy.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import { type ApprovalDto, approvalCommentRequired } from '@tandem/shared/approvals';
import { describeError } from '../../app/status-views';
import { useT } from '../../app/i18n/i18n-context';
import { useApprovalDetailStyles } from './approval-detail.styles';
import { type DecisionDraft, DecisionForm } from './decision-form';
import type { DecideOutcome } from './use-approval-detail';

export function ApprovalDecisions(props: {
  approval: ApprovalDto;
  decide: (action: DecisionDraft['action'], comment: string) => Promise<DecideOutcome>;
  onChanged: (approval: ApprovalDto) => void;
}) {
  const t = useT();
  const styles = useApprovalDetailStyles();
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ keptText: string | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const open = (action: DecisionDraft['action']) => {
    setDraft({ action, comment: conflict?.keptText ?? draft?.comment ?? '' });
    if (conflict?.keptText) setConflict({ keptText: null });
    setFieldError(null);
    setFailure(null);
    setDone(null);
  };

  const submit = async () => {
    if (!draft || submitting) return;
    if (approvalCommentRequired[draft.action] && draft.comment.trim() === '') {
      setFieldError(t('validation.required'));
      return;
    }
    setSubmitting(true);
    setFieldError(null);
    setFailure(null);
    const outcome = await props.decide(draft.action, draft.comment);
    setSubmitting(false);
    if (outcome.kind === 'done') {
      setDraft(null);
      setConflict(null);
      setDone(t('approvals.done', { action: t(`approvals.action.${draft.action}`) }));
      props.onChanged(outcome.approval);
    } else if (outcome.kind === 'conflict') {
      props.onChanged(outcome.approval);
      const stillAllowed = outcome.approval.allowedDecisions.includes(draft.action);
      setConflict({ keptText: stillAllowed || draft.comment === '' ? null : draft.comment });
      if (!stillAllowed) setDraft(null);
    } else {
      setFailure(describeError(outcome.error, t));
      const [issue] = outcome.error instanceof ApiProblem ? outcome.error.errors : [];
      if (issue) setFieldError(issue.message);
    }
  };

  const allowed = props.approval.allowedDecisions;
  return (
    <>
      {conflict && (
        <div className={styles.section} data-testid="approval-conflict" role="alert">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('approvals.conflict')}</MessageBarBody>
          </MessageBar>
          {conflict.keptText !== null && (
            <Field label={t('common.conflictKept')}>
              <Textarea
                data-testid="approval-comment"
                readOnly
                rows={3}
                value={conflict.keptText}
              />
            </Field>
          )}
        </div>
      )}
      {failure && (
        <MessageBar intent="error" data-testid="approval-error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {done && !conflict && (
        <MessageBar intent="success" data-testid="approval-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="approval-actions">
        <h3 id="approval-actions" className={styles.sectionTitle}>
          {t('approvals.actions')}
        </h3>
        {allowed.length === 0 && <p className={styles.muted}>{t('approvals.noActions')}</p>}
        <div className={styles.actions}>
          {allowed.map((a) => (
            <Button
              key={a}
              data-testid={`approval-action-${a}`}
              appearance={a === 'approve' ? 'primary' : 'secondary'}
              aria-pressed={draft?.action === a}
              disabled={submitting}
              onClick={() => open(a)}
            >
              {t(`approvals.action.${a}`)}
            </Button>
          ))}
        </div>
        {draft && (
          <DecisionForm
            draft={draft}
            error={fieldError}
            submitting={submitting}
            onChange={setDraft}
            onSubmit={() => void submit()}
            onCancel={() => {
              setDraft(null);
              setFieldError(null);
              setFailure(null);
            }}
          />
        )}
      </section>
    </>
  );
}
