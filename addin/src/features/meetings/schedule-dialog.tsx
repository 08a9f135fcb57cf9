/**
 * "Schedule joint planning": title, departments, attendees from the directory, weekdays, local
 * time in a zone, duration and start date, with free times suggested on request. Checked with
 * the server's schema before sending; the server's field errors land on the same fields.
 */
import { useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import type { MeetingsApi } from './api';
import type { MeetingView } from '@tandem/shared/meetings';
import { newIdempotencyKey } from '../../app/api/tandem-api';
import { useSession } from '../../app/session-context';
import { describeError } from '../../app/status-views';
import { useT } from '../../app/i18n/i18n-context';
import { MeetingFormDialog } from './meeting-form-dialog';
import { localParts, slotToRecurrence } from './meeting-times';
import { checkSchedule, initialScheduleDraft } from './schedule-draft';
import { ScheduleFields } from './schedule-fields';
import { SuggestTimesBox } from './suggest-times-box';
import { serverFieldErrors, useScheduleDraft } from './use-schedule-draft';

export function ScheduleDialog(props: {
  api: MeetingsApi;
  onClose: () => void;
  onScheduled: (meeting: MeetingView) => void;
}) {
  const t = useT();
  const { me } = useSession();
  const form = useScheduleDraft(() =>
    initialScheduleDraft(
      me.person.departmentId,
      me.timeZone,
      localParts(Date.now(), me.timeZone).date,
    ),
  );
  const { draft, update } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const submit = async () => {
    const check = checkSchedule(draft, t);
    if (!check.ok) {
      form.setErrors(check.errors);
      setFormError(t('common.notValid'));
      return;
    }
    setSending(true);
    setFormError(null);
    try {
      props.onScheduled(await props.api.schedule(check.input, idempotencyKey));
    } catch (err) {
      // A refused body is another body next time: it must not replay the refusal.
      if (err instanceof ApiProblem && err.status >= 400 && err.status < 500) {
        setIdempotencyKey(newIdempotencyKey());
      }
      form.setErrors(serverFieldErrors(err));
      setFormError(describeError(err, t));
      setSending(false);
    }
  };

  return (
    <MeetingFormDialog
      testId="schedule"
      title={t('meetings.scheduleTitle')}
      submitLabel={sending ? t('meetings.scheduling') : t('meetings.scheduleSubmit')}
      busy={sending}
      error={formError}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <ScheduleFields
        draft={draft}
        fieldError={form.fieldError}
        update={update}
        organiserId={me.person.id}
      />
      <SuggestTimesBox
        api={props.api}
        draft={draft}
        onPick={(slot) => update(slotToRecurrence(slot.start, draft.timeZone))}
      />
    </MeetingFormDialog>
  );
}
