/** The request's history as a timeline: who did what, when, the status change and their words. */
import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { RequestEvent } from '@tandem/shared/browser';
import { useSession } from '../../../app/session-context';
import { formatInstant } from '../../../app/i18n/format-date';
import { useLocale, useT } from '../../../app/i18n/i18n-context';
import { StatusBadge } from '../status-badge';
import { Initials } from '../../../ui/initials';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '28px 1fr',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    position: 'relative',
  },
  line: {
    position: 'absolute',
    left: '13px',
    top: '30px',
    bottom: '2px',
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorNeutralStroke2),
  },
  head: { ...typographyStyles.body1, margin: 0 },
  actor: { fontWeight: tokens.fontWeightSemibold },
  time: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  change: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginTop: '4px',
  },
  comment: {
    ...typographyStyles.body1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke2),
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function HistoryTimeline({ events }: { events: readonly RequestEvent[] }) {
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {events.map((e, i) => {
        const actor = names.person(e.actorId);
        return (
          <li
            key={e.id}
            className={styles.item}
            data-testid="history-event"
            data-event-type={e.type}
          >
            {i < events.length - 1 && <span className={styles.line} aria-hidden="true" />}
            <Initials name={actor} size={28} />
            <div>
              <p className={styles.head}>
                <span className={styles.actor}>{actor}</span>{' '}
                {t(`event.${e.type}`, { department: names.department(e.toDepartmentId) })}
              </p>
              <time className={styles.time} dateTime={e.at}>
                {formatInstant(e.at, locale, me.timeZone)}
              </time>
              {e.from !== null && e.from !== e.to && (
                <div className={styles.change}>
                  <StatusBadge status={e.from} testId="history-from" />
                  <span aria-hidden="true">→</span>
                  <StatusBadge status={e.to} testId="history-to" />
                </div>
              )}
              {e.comment && <p className={styles.comment}>{e.comment}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
