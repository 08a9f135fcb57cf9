/**
 * What is asked and by when: kind, amount, who asked, how it is decided, what it is about, the
 * instant the requester needs the answer by with the time left, and the approval's own SLA in
 * the business time of the first approver's department.
 */
import { Badge, Link } from '@fluentui/react-components';
import type { ApprovalDto } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';
import { useOpenRequest } from '../requests';
import { formatInstant } from '../../app/i18n/format-date';
import { formatBusinessMinutes } from '../../app/i18n/format-sla';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { useApprovalDetailStyles } from './approval-detail.styles';
import { ApprovalStatusBadge } from './approval-status-badge';
import { formatMoney } from './format-money';
import { formatRelative } from './time-left';

export function ApprovalFacts({ approval: a, now }: { approval: ApprovalDto; now: number }) {
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const openRequest = useOpenRequest();
  const styles = useApprovalDetailStyles();
  const when = (iso: string) => formatInstant(iso, locale, me.timeZone);
  const due = Date.parse(a.dueAt);
  const pending = a.status === 'pending';
  const link = a.link;

  return (
    <>
      <div className={styles.chips}>
        <ApprovalStatusBadge status={a.status} testId="approval-detail-status" />
        <Badge appearance="outline" color="informative">
          {t(`approvals.kind.${a.kind}`)}
        </Badge>
      </div>
      <dl className={styles.facts}>
        {a.amount && (
          <>
            <dt className={styles.factName}>{t('approvals.detail.amount')}</dt>
            <dd className={styles.factValue} data-testid="approval-amount">
              {formatMoney(a.amount, locale)}
            </dd>
          </>
        )}
        <dt className={styles.factName}>{t('approvals.detail.requester')}</dt>
        <dd className={styles.factValue}>{names.person(a.requesterId)}</dd>
        <dt className={styles.factName}>{t('approvals.detail.created')}</dt>
        <dd className={styles.factValue}>{when(a.createdAt)}</dd>
        <dt className={styles.factName}>{t('approvals.detail.mode')}</dt>
        <dd className={styles.factValue} data-testid="approval-mode" data-mode={a.mode}>
          {t(`approvals.mode.${a.mode}`)}
          <br />
          <span className={styles.muted}>{t(`approvals.modeHint.${a.mode}`)}</span>
        </dd>
        {link && (
          <>
            <dt className={styles.factName}>{t('approvals.detail.about')}</dt>
            <dd className={styles.factValue}>
              {'requestId' in link ? (
                <Link onClick={() => openRequest(link.requestId)}>
                  {t('approvals.detail.openRequest')}
                </Link>
              ) : (
                t('approvals.detail.campaign', { id: link.campaignId })
              )}
            </dd>
          </>
        )}
        <dt className={styles.factName}>{t('approvals.detail.due')}</dt>
        <dd className={styles.factValue} data-testid="approval-due">
          <time dateTime={a.dueAt}>{when(a.dueAt)}</time>
          {pending && (
            <>
              <br />
              <span
                className={a.overdue ? styles.overdue : styles.muted}
                data-testid="approval-time-left"
              >
                {t(a.overdue ? 'approvals.overdue' : 'approvals.neededIn', {
                  relative: formatRelative(due, now, locale),
                })}
              </span>
            </>
          )}
        </dd>
        <dt className={styles.factName}>{t('approvals.detail.sla')}</dt>
        <dd className={styles.factValue} data-testid="approval-sla" data-sla-state={a.sla.state}>
          {t(`slaState.${a.sla.state}`)}
          {pending && a.sla.state !== 'breached' && (
            <> · {t('sla.left', { time: formatBusinessMinutes(a.sla.remainingMinutes, t) })}</>
          )}
          <br />
          <span className={styles.muted}>
            {t('approvals.detail.slaTarget', {
              time: formatBusinessMinutes(a.sla.targetMinutes, t),
              date: when(a.sla.dueAt),
            })}
          </span>
        </dd>
      </dl>
      {a.description && <p className={styles.description}>{a.description}</p>}
    </>
  );
}
