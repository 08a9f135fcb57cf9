/**
 * Small pieces every meeting view shows: when the next occurrence is (in the meeting's zone and
 * in the viewer's, since the two departments may sit in different zones), the state of the
 * calendar invitation, whether the series was cancelled, and the Teams link once the calendar
 * has one (not for a cancelled series: there is nothing left to join).
 */
import { Badge, Link } from '@fluentui/react-components';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { formatWhen } from './meeting-format';

const calendarColour = { pending: 'warning', synced: 'success', failed: 'danger' } as const;

export function NextOccurrence({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  const locale = useLocale();
  const { me } = useSession();
  const next = meeting.nextOccurrence;
  // A cancelled series has no next occurrence (the view gives none); its badge says why.
  if (!next) return <span data-testid="meeting-next">{t('meetings.noNext')}</span>;
  const there = formatWhen(next.start, locale, next.timeZone);
  const here = formatWhen(next.start, locale, me.timeZone);
  return (
    <span data-testid="meeting-next">
      <time dateTime={next.start} data-zone={next.timeZone}>
        {t('meetings.nextThere', { when: there, zone: next.timeZone })}
      </time>
      {me.timeZone !== next.timeZone && (
        <>
          {' · '}
          <time dateTime={next.start} data-zone={me.timeZone}>
            {t('meetings.nextHere', { when: here })}
          </time>
        </>
      )}
    </span>
  );
}

export function CalendarBadge({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  const { state, lastError } = meeting.calendar;
  // For a cancelled series the calendar work is the withdrawal of the invitation.
  const label =
    meeting.series.status === 'cancelled' && state !== 'failed'
      ? t(`meetings.calendar.cancel.${state}`)
      : t(`meetings.calendar.${state}`);
  return (
    <Badge
      appearance="tint"
      color={calendarColour[state]}
      data-testid="meeting-calendar-state"
      data-state={state}
      title={state === 'failed' && lastError ? lastError : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {label}
    </Badge>
  );
}

/** Only a cancelled series carries a badge: active is the normal case. */
export function CancelledBadge({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  if (meeting.series.status !== 'cancelled') return null;
  return (
    <Badge
      appearance="filled"
      color="danger"
      data-testid="meeting-cancelled-badge"
      style={{ whiteSpace: 'nowrap' }}
    >
      {t('meetings.cancelled')}
    </Badge>
  );
}

export function TeamsLink({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  const url = meeting.calendar.onlineMeetingUrl;
  if (meeting.series.status === 'cancelled') return null;
  if (!url || !/^https:\/\//i.test(url)) return null;
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer" data-testid="meeting-teams-link">
      {t('meetings.joinTeams')}
    </Link>
  );
}
