/**
 * The detail panel of an approval: what is asked, the decisions the API allows the caller, the
 * approvers and where each stands, and the whole trail.
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
import type { KeyboardEvent } from 'react';
import type { ApprovalDto } from '@tandem/shared/approvals';
import { describeError } from '../../app/status-views';
import { useT } from '../../app/i18n/i18n-context';
import { ApprovalDecisions } from './approval-decisions';
import { useApprovalDetailStyles } from './approval-detail.styles';
import { ApprovalFacts } from './approval-facts';
import { ApprovalTrail } from './approval-trail';
import { ApproverList } from './approver-list';
import { useApprovalDetail } from './use-approval-detail';
import { useNow } from '../../ui/use-now';

export function ApprovalDetail(props: {
  approvalId: string;
  /** The version the list shows, or a count of clicks on the row: a change fetches it again. */
  freshness: string;
  inline: boolean;
  onClose: () => void;
  onChanged: (approval: ApprovalDto) => void;
}) {
  const t = useT();
  const now = useNow(60_000);
  const styles = useApprovalDetailStyles();
  const { approval, error, decide } = useApprovalDetail(props.approvalId, props.freshness);
  return (
    <Drawer
      type={props.inline ? 'inline' : 'overlay'}
      separator
      open
      position="end"
      className={styles.drawer}
      onOpenChange={(_, data) => !data.open && props.onClose()}
      {...(props.inline
        ? {
            role: 'region',
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Escape') props.onClose();
            },
          }
        : {})}
      data-testid="approval-detail"
      aria-label={t('approvals.detail.label')}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t('common.close')}
              icon={<Dismiss24Regular />}
              onClick={props.onClose}
              data-testid="approval-detail-close"
            />
          }
        >
          <span className={styles.title} data-testid="approval-detail-title">
            {approval?.title ?? ''}
          </span>
        </DrawerHeaderTitle>
      </DrawerHeader>
      {/* Focusable: a settled approval has no buttons, and its trail must still scroll by keys. */}
      <DrawerBody className={styles.body} tabIndex={0}>
        {!approval && error === null && <Spinner label={t('app.loading')} />}
        {error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{describeError(error, t)}</MessageBarBody>
          </MessageBar>
        )}
        {approval && (
          <>
            <ApprovalFacts approval={approval} now={now} />
            <ApprovalDecisions approval={approval} decide={decide} onChanged={props.onChanged} />
            <section className={styles.section} aria-labelledby="approval-approvers">
              <h3 id="approval-approvers" className={styles.sectionTitle}>
                {t('approvals.detail.approvers')}
              </h3>
              <ApproverList approval={approval} />
            </section>
            <section className={styles.section} aria-labelledby="approval-trail">
              <h3 id="approval-trail" className={styles.sectionTitle}>
                {t('approvals.detail.trail')}
              </h3>
              <ApprovalTrail events={approval.history} />
            </section>
          </>
        )}
      </DrawerBody>
    </Drawer>
  );
}
