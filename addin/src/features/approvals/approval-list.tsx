/** The rows of one box: what is asked, by whom or from whom, its status and how long is left. */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ApprovalBox, ApprovalDto } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { formatInstant } from '../../app/i18n/format-date';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { ApprovalStatusBadge } from './approval-status-badge';
import { useApprovalsPageStyles } from './approvals-page.styles';
import { formatMoney } from './format-money';
import { formatRelative } from './time-left';
import type { useApprovalList } from './use-approval-list';
import { useNow } from '../../ui/use-now';

export function ApprovalList(props: {
  list: ReturnType<typeof useApprovalList>;
  box: ApprovalBox;
  selectedId: string | null;
  onOpen: (id: string) => void;
}) {
  const { list, box } = props;
  const t = useT();
  const styles = useApprovalsPageStyles();
  const now = useNow(60_000);
  if (list.status === 'loading') return <Spinner label={t('app.loading')} />;
  if (list.status === 'error') {
    return (
      <MessageBar intent="error" className={styles.notice}>
        <MessageBarBody>{describeError(list.error, t)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div data-testid="approval-list" data-state={list.status} data-count={list.items.length}>
      {list.items.length === 0 ? (
        <p className={styles.empty} data-testid="approvals-empty">
          {t(`approvals.empty.${box}`)}
        </p>
      ) : (
        <ul className={styles.list} aria-label={t('approvals.boxLabel')}>
          {list.items.map((a) => (
            <li key={a.id}>
              <ApprovalRow
                approval={a}
                box={box}
                now={now}
                selected={a.id === props.selectedId}
                onOpen={props.onOpen}
              />
            </li>
          ))}
        </ul>
      )}
      {list.continuation && (
        <Button
          className={styles.more}
          data-testid="approvals-load-more"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? t('app.loading') : t('approvals.loadMore')}
        </Button>
      )}
    </div>
  );
}

function ApprovalRow(props: {
  approval: ApprovalDto;
  box: ApprovalBox;
  now: number;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  const { approval: a } = props;
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const styles = useApprovalsPageStyles();
  const who =
    props.box === 'to-decide'
      ? t('approvals.askedBy', { name: names.person(a.requesterId) })
      : a.approvers.map((x) => names.person(x.personId)).join(', ');
  const what = [t(`approvals.kind.${a.kind}`), a.amount ? formatMoney(a.amount, locale) : '']
    .filter(Boolean)
    .join(' · ');
  const due = Date.parse(a.dueAt);
  const { now } = props;
  const when =
    a.status !== 'pending'
      ? t('approvals.neededBy', { date: formatInstant(a.dueAt, locale, me.timeZone) })
      : t(due < now ? 'approvals.overdue' : 'approvals.neededIn', {
          relative: formatRelative(due, now, locale),
        });
  return (
    <button
      type="button"
      className={`${styles.row} ${props.selected ? styles.selected : ''}`}
      data-testid="approval-row"
      data-approval-id={a.id}
      aria-current={props.selected ? 'true' : undefined}
      onClick={() => props.onOpen(a.id)}
    >
      <span className={styles.rowTitle} data-testid="approval-row-title">
        {a.title}
      </span>
      <ApprovalStatusBadge status={a.status} testId="approval-row-status" />
      <span className={styles.rowMeta}>
        {what} · {who}
      </span>
      <span
        className={`${styles.rowMeta} ${a.overdue ? styles.overdue : ''}`}
        data-testid="approval-row-due"
      >
        {when}
      </span>
    </button>
  );
}
