/** The approvers in their order, each with where they stand and what they wrote. */
import { Badge } from '@fluentui/react-components';
import type { ApprovalDto } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';
import { formatInstant } from '../../app/i18n/format-date';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Initials } from '../../ui/initials';
import { useApprovalDetailStyles } from './approval-detail.styles';
import { type ApproverState, approverStates } from './approver-states';

const colour: Readonly<Record<ApproverState, 'success' | 'danger' | 'brand' | 'subtle'>> = {
  approved: 'success',
  rejected: 'danger',
  deciding: 'brand',
  queued: 'subtle',
  'not-needed': 'subtle',
};

export function ApproverList({ approval }: { approval: ApprovalDto }) {
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const styles = useApprovalDetailStyles();
  return (
    <ol className={styles.people}>
      {approverStates(approval).map((row) => {
        const name = names.person(row.personId);
        return (
          <li
            key={row.personId}
            className={styles.person}
            data-testid="approval-approver"
            data-person-id={row.personId}
            data-state={row.state}
          >
            <Initials name={name} size={28} />
            <span className={styles.personName}>
              {name}
              {row.at && (
                <>
                  {' · '}
                  <time className={styles.muted} dateTime={row.at}>
                    {formatInstant(row.at, locale, me.timeZone)}
                  </time>
                </>
              )}
            </span>
            <Badge appearance="tint" color={colour[row.state]}>
              {t(`approvals.approver.${row.state}`)}
            </Badge>
            {row.comment && <p className={styles.comment}>{row.comment}</p>}
          </li>
        );
      })}
    </ol>
  );
}
