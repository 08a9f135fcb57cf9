/**
 * One meeting series: when and with whom, the calendar invitation (state, Teams link, .ics),
 * changing or cancelling the series, the agenda of the next occurrence with its editor, proposals, the minutes form and the
 * minutes of past occurrences with the requests they raised.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { appConfig } from '../../app/app-config';
import { useHost } from '../../app/host/host-context';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { AgendaEditor } from './agenda-editor';
import { downloadInvite } from './download-invite';
import { CalendarBadge, CancelledBadge, NextOccurrence, TeamsLink } from './meeting-badges';
import { describeRecurrence } from './meeting-format';
import { MinutesForm } from './minutes-form';
import { MinutesHistory } from './minutes-history';
import { useMeetingsStyles } from './meetings.styles';
import { ProposeItemForm } from './propose-item-form';
import { SeriesActions } from './series-actions';
import type { MeetingsState } from './use-meetings';
import { useMeetingWrite } from './use-meeting-write';

export function MeetingDetail({ meeting, state }: { meeting: MeetingView; state: MeetingsState }) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const { names } = useSession();
  const styles = useMeetingsStyles();
  const writer = useMeetingWrite(meeting, state);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const { series } = meeting;
  const active = series.status === 'active';
  const people = (ids: readonly string[]) => ids.map((id) => names.person(id)).join(', ') || '—';

  const download = () => {
    setDownloadError(null);
    downloadInvite({
      url: `${appConfig.apiBase}${state.api.invitePath(meeting.id)}`,
      getToken: host.getToken,
    }).catch((err: unknown) => setDownloadError(describeError(err, t)));
  };

  return (
    <section
      className={styles.panel}
      data-testid="meeting-detail"
      data-meeting-id={meeting.id}
      data-status={series.status}
      aria-labelledby="meeting-detail-title"
    >
      <h3
        id="meeting-detail-title"
        className={styles.detailTitle}
        data-testid="meeting-detail-title"
      >
        {series.title}
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.factName}>{t('meetings.when')}</dt>
        <dd className={styles.factValue}>{describeRecurrence(series.recurrence, locale, t)}</dd>
        <dt className={styles.factName}>{t('meetings.next')}</dt>
        <dd className={styles.factValue}>
          <NextOccurrence meeting={meeting} />
        </dd>
        <dt className={styles.factName}>{t('meetings.departments')}</dt>
        <dd className={styles.factValue}>
          {series.departmentIds.map((d) => names.department(d)).join(', ')}
        </dd>
        <dt className={styles.factName}>{t('meetings.organiser')}</dt>
        <dd className={styles.factValue}>{names.person(series.organiserId)}</dd>
        <dt className={styles.factName}>{t('meetings.field.required')}</dt>
        <dd className={styles.factValue}>{people(series.requiredAttendeeIds)}</dd>
        <dt className={styles.factName}>{t('meetings.field.optional')}</dt>
        <dd className={styles.factValue}>{people(series.optionalAttendeeIds)}</dd>
        <dt className={styles.factName}>{t('meetings.duration')}</dt>
        <dd className={styles.factValue}>
          {t('meetings.minutesCount', { count: series.durationMinutes })}
        </dd>
      </dl>
      <div className={styles.actions}>
        <CancelledBadge meeting={meeting} />
        <CalendarBadge meeting={meeting} />
        <TeamsLink meeting={meeting} />
        <Button
          size="small"
          icon={<ArrowDownload20Regular />}
          data-testid="invite-download"
          onClick={download}
        >
          {active ? t('meetings.downloadInvite') : t('meetings.downloadCancellation')}
        </Button>
        <SeriesActions meeting={meeting} state={state} />
      </div>
      {downloadError && (
        <MessageBar intent="error" data-testid="invite-error">
          <MessageBarBody>{downloadError}</MessageBarBody>
        </MessageBar>
      )}
      {writer.conflict && (
        <MessageBar intent="warning" layout="multiline" data-testid="meeting-conflict" role="alert">
          <MessageBarBody>{t('meetings.conflict')}</MessageBarBody>
        </MessageBar>
      )}
      {writer.error && (
        <MessageBar intent="error" layout="multiline" data-testid="meeting-error" role="alert">
          <MessageBarBody>{writer.error}</MessageBarBody>
        </MessageBar>
      )}
      {(active || meeting.agenda.items.length > 0) && (
        <AgendaEditor meeting={meeting} writer={writer} api={state.api} />
      )}
      {active && meeting.allowed.propose && (
        <ProposeItemForm meeting={meeting} writer={writer} api={state.api} />
      )}
      {active && meeting.allowed.recordMinutes && (
        <MinutesForm meeting={meeting} writer={writer} api={state.api} />
      )}
      <MinutesHistory meeting={meeting} />
    </section>
  );
}
