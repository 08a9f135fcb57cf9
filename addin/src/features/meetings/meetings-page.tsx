/**
 * Joint planning meetings: the list of series the caller may read, one meeting in detail
 * (agenda, invite, minutes) and, for heads, the dialog that schedules a new series. Loaded on
 * first visit to `#/meetings`, so none of it weighs on the first load of the tab.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { useHost } from '../../app/host/host-context';
import { useT } from '../../app/i18n/i18n-context';
import { PageFrame } from '../../app/shell/page-frame';
import { MeetingDetail } from './meeting-detail';
import { MeetingList } from './meeting-list';
import { useMeetingsStyles } from './meetings.styles';
import { ScheduleDialog } from './schedule-dialog';
import { useMeetings } from './use-meetings';

const schedulingRoles: readonly string[] = ['head', 'executive', 'admin'];

export default function MeetingsPage() {
  const t = useT();
  const host = useHost();
  const { me } = useSession();
  const styles = useMeetingsStyles();
  const meetings = useMeetings();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const canSchedule = schedulingRoles.includes(me.person.role);

  useEffect(() => host.notifyLoaded(), [host]);
  const items = meetings.items;
  const selected =
    items?.find((m) => m.id === selectedId) ?? (selectedId === null ? items?.[0] : undefined);

  const onScheduled = (meeting: MeetingView) => {
    meetings.put(meeting);
    setSelectedId(meeting.id);
    setScheduling(false);
  };

  return (
    <PageFrame>
      <div className={styles.page} data-testid="meetings-page">
        <div className={styles.toolbar}>
          <h2 className={styles.pageTitle}>{t('meetings.title')}</h2>
          <div className={styles.spacer} />
          {canSchedule && (
            <Button
              appearance="primary"
              icon={<CalendarAdd20Regular />}
              data-testid="schedule-meeting-button"
              onClick={() => setScheduling(true)}
            >
              {t('meetings.schedule')}
            </Button>
          )}
        </div>
        {meetings.error !== null && (
          <MessageBar intent="error" data-testid="meetings-error">
            <MessageBarBody>{describeError(meetings.error, t)}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={meetings.reload}>{t('app.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {items === null && meetings.error === null && <Spinner label={t('app.loading')} />}
        {items !== null && (
          <div className={styles.columns}>
            <MeetingList
              meetings={items}
              selectedId={selected?.id ?? null}
              onOpen={setSelectedId}
            />
            {selected && <MeetingDetail key={selected.id} meeting={selected} state={meetings} />}
          </div>
        )}
      </div>
      {scheduling && (
        <ScheduleDialog
          api={meetings.api}
          onClose={() => setScheduling(false)}
          onScheduled={onScheduled}
        />
      )}
    </PageFrame>
  );
}
