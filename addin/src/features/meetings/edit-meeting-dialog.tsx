/**
 * "Edit meeting": the schedule form filled with the series; only the fields the user changed are
 * sent (PATCH with If-Match). When someone changed the meeting first (412) the dialog stays open
 * with what was typed, laid over the newer series, and says so; saving again sends the same
 * changes against the newer version.
 */
import { useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { useT } from '../../app/i18n/i18n-context';
import { MeetingFormDialog } from './meeting-form-dialog';
import { checkSeriesChanges, draftFromSeries, rebaseDraft } from './series-changes';
import { ScheduleFields } from './schedule-fields';
import type { MeetingsState } from './use-meetings';
import { useMeetingWrite } from './use-meeting-write';
import { serverFieldErrors, useScheduleDraft } from './use-schedule-draft';

export function EditMeetingDialog(props: {
  meeting: MeetingView;
  state: MeetingsState;
  onClose: () => void;
}) {
  const { meeting, state } = props;
  const t = useT();
  const writer = useMeetingWrite(meeting, state);
  const form = useScheduleDraft(() => draftFromSeries(meeting.series));
  // The series the draft was filled from: what the user changed is measured against it.
  const [base, setBase] = useState(meeting.series);
  const [notValid, setNotValid] = useState(false);

  const submit = async () => {
    const check = checkSeriesChanges(base, form.draft, t);
    setNotValid(!check.ok);
    if (!check.ok) return form.setErrors(check.errors);
    if (Object.keys(check.changes).length === 0) return props.onClose();
    const outcome = await writer.run((etag) => state.api.change(meeting.id, check.changes, etag));
    if (outcome.kind === 'done') return props.onClose();
    if (outcome.kind === 'conflict') {
      const fresh = outcome.meeting.series;
      form.setDraft((typed) => rebaseDraft(base, fresh, typed));
      setBase(fresh);
      return;
    }
    form.setErrors(serverFieldErrors(outcome.error));
  };

  return (
    <MeetingFormDialog
      testId="edit-meeting"
      title={t('meetings.edit.title')}
      submitLabel={writer.busy ? t('meetings.edit.saving') : t('meetings.edit.submit')}
      busy={writer.busy}
      conflict={writer.conflict}
      error={notValid ? t('common.notValid') : writer.error}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <ScheduleFields
        draft={form.draft}
        fieldError={form.fieldError}
        update={form.update}
        organiserId={base.organiserId}
      />
    </MeetingFormDialog>
  );
}
