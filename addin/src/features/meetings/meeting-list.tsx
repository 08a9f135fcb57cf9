/** The meeting series the caller may read, active first (as the API sorts them). */
import { mergeClasses } from '@fluentui/react-components';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { useT } from '../../app/i18n/i18n-context';
import { CalendarBadge, CancelledBadge, NextOccurrence, TeamsLink } from './meeting-badges';
import { useMeetingsStyles } from './meetings.styles';

export function MeetingList(props: {
  meetings: readonly MeetingView[];
  selectedId: string | null;
  onOpen: (meetingId: string) => void;
}) {
  const t = useT();
  const { names } = useSession();
  const styles = useMeetingsStyles();
  if (props.meetings.length === 0) {
    return (
      <p className={styles.empty} data-testid="meetings-empty">
        {t('meetings.empty')}
      </p>
    );
  }
  return (
    <ul className={styles.list} data-testid="meetings-list" aria-label={t('meetings.listLabel')}>
      {props.meetings.map((m) => {
        const selected = m.id === props.selectedId;
        return (
          <li
            key={m.id}
            className={mergeClasses(styles.row, selected && styles.rowSelected)}
            data-testid="meeting-row"
            data-meeting-id={m.id}
            data-status={m.series.status}
          >
            <button
              type="button"
              className={styles.rowButton}
              aria-current={selected ? 'true' : undefined}
              onClick={() => props.onOpen(m.id)}
            >
              <span className={styles.rowTitle} data-testid="meeting-title">
                {m.series.title}
              </span>
              <span className={styles.muted} data-testid="meeting-departments">
                {m.series.departmentIds.map((d) => names.department(d)).join(' · ')}
              </span>
              <span className={styles.muted}>
                <NextOccurrence meeting={m} />
              </span>
            </button>
            <div className={styles.chips}>
              <CancelledBadge meeting={m} />
              <CalendarBadge meeting={m} />
              <TeamsLink meeting={m} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
