/** One request in the list: title and status, where it comes from, and its SLA clock. */
import { memo } from 'react';
import type { RequestDto } from '@tandem/shared/browser';
import { useSession } from '../../app/session-context';
import { formatInstant } from '../../app/i18n/format-date';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { ROW_HEIGHT, useRowStyles } from './request-row.styles';
import { SlaBar } from './sla-bar';
import { StatusBadge } from './status-badge';
import { useTypeName } from './use-type-name';

interface RowProps {
  readonly request: RequestDto;
  readonly index: number;
  readonly setSize: number;
  readonly box: 'inbox' | 'outbox';
  readonly selected: boolean;
  readonly now: number;
  onOpen: (id: string) => void;
}

export const RequestRow = memo(function RequestRow(props: RowProps) {
  const { request: r, box } = props;
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const typeName = useTypeName();
  const styles = useRowStyles();
  const counterpart =
    box === 'inbox'
      ? t('row.from', {
          from: [names.department(r.fromDepartmentId), names.branch(r.fromBranchId)]
            .filter(Boolean)
            .join(', '),
        })
      : t('row.to', { to: names.department(r.toDepartmentId) });
  const meta = [
    typeName(r.typeId),
    counterpart,
    names.person(r.requesterId),
    t(`priority.${r.priority}`),
    formatInstant(r.createdAt, locale, me.timeZone, props.now),
  ];
  return (
    <div
      role="listitem"
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      className={styles.row}
      style={{ top: props.index * ROW_HEIGHT }}
      data-testid="request-row"
      data-request-id={r.id}
      data-status={r.status}
      onClick={() => props.onOpen(r.id)}
    >
      <div className={`${styles.card} ${props.selected ? styles.selected : ''}`}>
        <div className={`${styles.stripe} ${styles[r.priority]}`} aria-hidden="true" />
        <div className={styles.body}>
          <div className={styles.line}>
            <button
              type="button"
              className={styles.title}
              data-testid="request-title"
              aria-current={props.selected ? 'true' : undefined}
              onClick={(e) => {
                e.stopPropagation();
                props.onOpen(r.id);
              }}
            >
              {r.title}
            </button>
            <StatusBadge status={r.status} testId="request-status" />
          </div>
          <div className={styles.meta}>{meta.join(' · ')}</div>
          <SlaBar sla={r.sla} now={props.now} />
        </div>
      </div>
    </div>
  );
});
