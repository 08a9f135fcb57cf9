/**
 * "Cancel meeting": asks before withdrawing the whole series from every calendar, with an
 * optional comment sent to the attendees. A 412 keeps the comment and asks again on the newer
 * version; cancelling is the end of the series, so the dialog does not close on a click beside.
 */
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingView } from '@tandem/shared/meetings';
import { useT } from '../../app/i18n/i18n-context';
import { MeetingFormDialog } from './meeting-form-dialog';
import type { MeetingsState } from './use-meetings';
import { useMeetingWrite } from './use-meeting-write';

/** The API's limit on the comment. */
const COMMENT_MAX = 1000;

export function CancelMeetingDialog(props: {
  meeting: MeetingView;
  state: MeetingsState;
  onClose: () => void;
}) {
  const { meeting, state } = props;
  const t = useT();
  const writer = useMeetingWrite(meeting, state);
  const [comment, setComment] = useState('');

  const submit = async () => {
    const text = comment.trim();
    if (text.length > COMMENT_MAX) return;
    const outcome = await writer.run((etag) => state.api.cancel(meeting.id, text, etag));
    if (outcome.kind === 'done') props.onClose();
  };

  return (
    <MeetingFormDialog
      testId="cancel-meeting"
      modalType="alert"
      title={t('meetings.cancel.title', { title: meeting.series.title })}
      submitLabel={writer.busy ? t('meetings.cancel.cancelling') : t('meetings.cancel.confirm')}
      closeLabel={t('meetings.cancel.keep')}
      busy={writer.busy}
      conflict={writer.conflict}
      error={writer.error}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <p>{t('meetings.cancel.explain')}</p>
      <Field
        label={t('meetings.cancel.comment')}
        hint={t('meetings.cancel.commentHint')}
        validationMessage={
          comment.trim().length > COMMENT_MAX
            ? t('validation.tooLong', { length: comment.trim().length, max: COMMENT_MAX })
            : undefined
        }
      >
        <Textarea
          data-testid="cancel-meeting-comment"
          value={comment}
          rows={3}
          resize="vertical"
          onChange={(_, d) => setComment(d.value)}
        />
      </Field>
    </MeetingFormDialog>
  );
}
