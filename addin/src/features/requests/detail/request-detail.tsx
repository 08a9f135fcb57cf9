/**
 * The detail panel: the request, its SLA clocks, exactly the actions the API allows the caller,
 * each with its form, and the history. A lost race (412) keeps what the user typed.
 */
import {
  Button,
  Drawer,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { type ActionName, actionBodySchemas } from '@tandem/shared/browser';
import { type KeyboardEvent, useState } from 'react';
import { ApiProblem } from '../../../app/api/api-problem';
import type { RequestDto } from '@tandem/shared/browser';
import { describeError } from '../../../app/status-views';
import { toFieldErrors } from '../../../app/i18n/field-errors';
import { useT } from '../../../app/i18n/i18n-context';
import { type ActionDraft, ActionForm } from './action-form';
import { type ActionSpec, actionBody, actionSpecs, primaryActions } from './action-specs';
import { ConflictNotice } from './conflict-notice';
import { HistoryTimeline } from './history-timeline';
import { RequestFacts } from './request-facts';
import { useDetailStyles } from './request-detail.styles';
import { useRequestDetail } from './use-request-detail';

// Compile-time check that the form specs cover every action of the API.
export const specsCoverEveryAction: Readonly<Record<ActionName, ActionSpec>> = actionSpecs;

interface DetailProps {
  readonly requestId: string;
  readonly inline: boolean;
  onClose: () => void;
  onChanged: (request: RequestDto) => void;
}

export default function RequestDetail({ requestId, inline, onClose, onChanged }: DetailProps) {
  const t = useT();
  const styles = useDetailStyles();
  const { request, error, act } = useRequestDetail(requestId);
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [actionError, setActionError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ keptText: string | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const open = (action: ActionName) => {
    // Text kept from a lost race is offered again in whichever form opens next.
    setDraft({ action, text: conflict?.keptText ?? '', departmentId: null });
    if (conflict?.keptText) setConflict({ keptText: null });
    setErrors({});
    setActionError(null);
    setDone(null);
  };

  const submit = async () => {
    if (!draft || submitting) return;
    const body = actionBody(draft.action, draft.text, draft.departmentId);
    const parsed = actionBodySchemas[draft.action].safeParse(body);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues, body, t, ['toDepartmentId']));
      return;
    }
    setSubmitting(true);
    setErrors({});
    setActionError(null);
    const outcome = await act(draft.action, body);
    setSubmitting(false);
    if (outcome.kind === 'done') {
      setDraft(null);
      setConflict(null);
      setDone(t('action.done', { action: t(`action.${draft.action}`) }));
      onChanged(outcome.request);
    } else if (outcome.kind === 'conflict') {
      onChanged(outcome.request);
      const stillAllowed = outcome.request.allowedActions.includes(draft.action);
      setConflict({ keptText: stillAllowed || draft.text === '' ? null : draft.text });
      if (!stillAllowed) setDraft(null);
    } else if (outcome.error instanceof ApiProblem && outcome.error.errors.length > 0) {
      setActionError(describeError(outcome.error, t));
      setErrors(Object.fromEntries(outcome.error.errors.map((e) => [e.path, e.message])));
    } else {
      setActionError(describeError(outcome.error, t));
    }
  };

  const allowed = request?.allowedActions ?? [];
  return (
    <Drawer
      type={inline ? 'inline' : 'overlay'}
      separator
      open
      position="end"
      className={styles.drawer}
      onOpenChange={(_, data) => !data.open && onClose()}
      // Inline, the panel is a landmark of its own and Escape closes it as the overlay does.
      {...(inline
        ? {
            role: 'region',
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Escape') onClose();
            },
          }
        : {})}
      data-testid="request-detail"
      aria-label={t('detail.label')}
    >
      <DrawerHeader className={styles.header}>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t('common.close')}
              icon={<Dismiss24Regular />}
              onClick={onClose}
              data-testid="detail-close"
            />
          }
        >
          <span className={styles.title} data-testid="detail-title">
            {request?.title ?? ''}
          </span>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {!request && !error && <Spinner label={t('app.loading')} />}
        {error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{describeError(error, t)}</MessageBarBody>
          </MessageBar>
        )}
        {request && (
          <>
            <RequestFacts request={request} />
            {conflict && <ConflictNotice keptText={conflict.keptText} />}
            {actionError && (
              <MessageBar intent="error" data-testid="action-error">
                <MessageBarBody>{actionError}</MessageBarBody>
              </MessageBar>
            )}
            {done && !conflict && (
              <MessageBar intent="success" data-testid="action-done">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
            <section className={styles.section} aria-labelledby="detail-actions">
              <h3 id="detail-actions" className={styles.sectionTitle}>
                {t('detail.actions')}
              </h3>
              {allowed.length === 0 && <p className={styles.muted}>{t('detail.noActions')}</p>}
              <div className={styles.actions}>
                {allowed.map((a) => (
                  <Button
                    key={a}
                    data-testid={`action-${a}`}
                    appearance={primaryActions.includes(a) ? 'primary' : 'secondary'}
                    aria-pressed={draft?.action === a}
                    disabled={submitting}
                    onClick={() => open(a)}
                  >
                    {t(`action.${a}`)}
                  </Button>
                ))}
              </div>
              {draft && (
                <ActionForm
                  draft={draft}
                  currentDepartmentId={request.toDepartmentId}
                  errors={errors}
                  submitting={submitting}
                  onChange={setDraft}
                  onSubmit={() => void submit()}
                  onCancel={() => {
                    setDraft(null);
                    setErrors({});
                    setActionError(null);
                  }}
                />
              )}
            </section>
            <section className={styles.section} aria-labelledby="detail-history">
              <h3 id="detail-history" className={styles.sectionTitle}>
                {t('detail.history')}
              </h3>
              <HistoryTimeline events={request.history} />
            </section>
          </>
        )}
      </DrawerBody>
    </Drawer>
  );
}
