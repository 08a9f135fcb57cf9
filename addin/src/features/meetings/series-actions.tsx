/**
 * What a head may do to the series itself: change it (time, people, title) or cancel it. Shown
 * only while the series is active and the viewer may change it; a cancelled series has neither.
 */
import { Button } from '@fluentui/react-components';
import { CalendarCancel20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { useT } from '../../app/i18n/i18n-context';
import { CancelMeetingDialog } from './cancel-meeting-dialog';
import { EditMeetingDialog } from './edit-meeting-dialog';
import type { MeetingsState } from './use-meetings';

export function canChangeSeries(meeting: MeetingView): boolean {
  return meeting.allowed.change && meeting.series.status === 'active';
}

export function SeriesActions({ meeting, state }: { meeting: MeetingView; state: MeetingsState }) {
  const t = useT();
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null);
  if (!canChangeSeries(meeting)) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Button
        size="small"
        icon={<Edit20Regular />}
        data-testid="meeting-edit-button"
        onClick={() => setOpen('edit')}
      >
        {t('meetings.edit.button')}
      </Button>
      <Button
        size="small"
        icon={<CalendarCancel20Regular />}
        data-testid="meeting-cancel-button"
        onClick={() => setOpen('cancel')}
      >
        {t('meetings.cancel.button')}
      </Button>
      {open === 'edit' && <EditMeetingDialog meeting={meeting} state={state} onClose={close} />}
      {open === 'cancel' && <CancelMeetingDialog meeting={meeting} state={state} onClose={close} />}
    </>
  );
}
