/** Everything that happened to the approval, oldest first: who, what, when, and their words. */
import type { ApprovalEventDto } from '@tandem/shared/approvals';
import { useSession } from '../../app/session-context';
import { formatInstant } from '../../app/i18n/format-date';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Initials } from '../../ui/initials';
import { useApprovalDetailStyles } from './approval-detail.styles';

export function ApprovalTrail({ events }: { events: readonly ApprovalEventDto[] }) {
  const t = useT();
  const locale = useLocale();
  const { names, me } = useSession();
  const styles = useApprovalDetailStyles();
  return (
    <ol className={styles.people}>
      {events.map((e) => {
        const actor = names.person(e.actorId);
        return (
          <li
            key={e.id}
            className={styles.person}
            data-testid="approval-event"
            data-event-type={e.type}
          >
            <Initials name={actor} size={28} />
            <span className={styles.personName}>
              <strong>{actor}</strong> {t(`approvals.event.${e.type}`)}
            </span>
            <time className={styles.muted} dateTime={e.at}>
              {formatInstant(e.at, locale, me.timeZone)}
            </time>
            {e.comment && <p className={styles.comment}>{e.comment}</p>}
          </li>
        );
      })}
    </ol>
  );
}
