/** Minutes of past occurrences, newest first: decisions, action items and the requests raised. */
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { formatDay } from './meeting-format';
import { useMeetingsStyles } from './meetings.styles';
import { RequestLink } from './request-link';

export function MinutesHistory({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  const locale = useLocale();
  const { names } = useSession();
  const styles = useMeetingsStyles();
  if (meeting.minutes.length === 0) return null;
  const titles = new Map(meeting.agenda.items.map((i) => [i.id as string, i.title]));
  return (
    <section className={styles.section} aria-labelledby="minutes-history-title">
      <h4 id="minutes-history-title" className={styles.sectionTitle}>
        {t('meetings.minutes.history')}
      </h4>
      {meeting.minutes.map((m) => (
        <article key={m.occurrenceDate} className={styles.row} data-testid="minutes-record">
          <h5 className={styles.recordTitle}>
            {t('meetings.minutes.of', { date: formatDay(m.occurrenceDate, locale) })}
          </h5>
          {m.items.map((item) => (
            <div key={item.agendaItemId}>
              {titles.has(item.agendaItemId) && (
                <p className={styles.muted}>{titles.get(item.agendaItemId)}</p>
              )}
              <ul className={styles.bullets}>
                {(item.decisions ?? []).map((d, i) => (
                  <li key={`d${i}`}>{d}</li>
                ))}
                {(item.actionItems ?? []).map((a, i) => (
                  <li key={`a${i}`}>
                    {t('meetings.minutes.actionLine', {
                      title: a.title,
                      department: names.department(a.ownerDepartmentId),
                      due: formatDay(a.dueDate, locale),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {m.createdRequestIds.length > 0 && (
            <ul className={styles.bullets} aria-label={t('meetings.minutes.requests')}>
              {m.createdRequestIds.map((id) => (
                <li key={id}>
                  <RequestLink requestId={id} testId="minutes-request-link" />
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}
