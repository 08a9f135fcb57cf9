/**
 * Recording the minutes of the occurrence on the agenda: per item the decisions, whether it was
 * dealt with, and action items (title, owner department, due date) that become requests with an
 * SLA. After sending, the requests raised are listed as links; items left blank carry over.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Notepad20Regular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../../app/api/api-problem';
import type { MeetingsApi } from './api';
import type { MeetingView } from '@tandem/shared/meetings';
import { SubmitCancelButtons } from '../../ui/forms/submit-cancel-buttons';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { isOnAgenda, placedInOrder } from './agenda-order';
import { useFormStyles } from './meeting-forms.styles';
import { formatDay } from './meeting-format';
import { type MinutesDraft, checkMinutes, emptyItemDraft, toDraftPath } from './minutes-draft';
import { MinutesItemFields } from './minutes-item-fields';
import { RequestLink } from './request-link';
import type { MeetingWrite } from './use-meeting-write';

interface Recorded {
  readonly occurrenceDate: string;
  readonly requestIds: readonly string[];
}

export function MinutesForm(props: {
  meeting: MeetingView;
  writer: MeetingWrite;
  api: MeetingsApi;
}) {
  const { meeting, writer, api } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useFormStyles();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<MinutesDraft>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const items = placedInOrder(meeting.agenda.items).filter(isOnAgenda);
  const occurrenceDate = meeting.agenda.occurrenceDate;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (writer.busy) return;
    const check = checkMinutes(
      draft,
      items.map((i) => i.id),
      t,
    );
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    const { body } = check;
    const outcome = await writer.run((etag) => api.recordMinutes(meeting.id, body.input, etag));
    if (outcome.kind === 'done') {
      const record =
        outcome.meeting.minutes.find((m) => m.occurrenceDate === occurrenceDate) ??
        outcome.meeting.minutes[0];
      setRecorded({ occurrenceDate, requestIds: record?.createdRequestIds ?? [] });
      setDraft({});
      setOpen(false);
    } else if (outcome.kind === 'failed' && outcome.error instanceof ApiProblem) {
      setErrors(
        Object.fromEntries(outcome.error.errors.map((i) => [toDraftPath(i.path, body), i.message])),
      );
    }
  };

  return (
    <section className={styles.content} aria-labelledby="minutes-title">
      <h4 id="minutes-title" className={styles.formTitle}>
        {t('meetings.minutes.title', { date: formatDay(occurrenceDate, locale) })}
      </h4>
      {recorded && (
        <MessageBar intent="success" layout="multiline" data-testid="minutes-created">
          <MessageBarBody>
            {t('meetings.minutes.recorded', {
              date: formatDay(recorded.occurrenceDate, locale),
              count: recorded.requestIds.length,
            })}
            <ul>
              {recorded.requestIds.map((id) => (
                <li key={id}>
                  <RequestLink requestId={id} testId="minutes-request-link" />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!open ? (
        <div>
          <Button
            icon={<Notepad20Regular />}
            data-testid="minutes-button"
            disabled={items.length === 0}
            onClick={() => setOpen(true)}
          >
            {t('meetings.minutes.button')}
          </Button>
          {items.length === 0 && <p className={styles.hint}>{t('meetings.minutes.noItems')}</p>}
        </div>
      ) : (
        <form
          className={styles.form}
          data-testid="minutes-form"
          onSubmit={(e) => void submit(e)}
          noValidate
        >
          <p className={styles.hint}>{t('meetings.minutes.hint')}</p>
          {items.map((item) => (
            <MinutesItemFields
              key={item.id}
              item={item}
              draft={draft[item.id] ?? emptyItemDraft}
              errors={errors}
              onChange={(next) => setDraft((d) => ({ ...d, [item.id]: next }))}
            />
          ))}
          {errors.minutes && (
            <span className={styles.error} data-testid="field-error-minutes" role="alert">
              {errors.minutes}
            </span>
          )}
          <div className={styles.buttons}>
            <SubmitCancelButtons
              submitLabel={t('meetings.minutes.submit')}
              submitTestId="minutes-submit"
              cancelLabel={t('common.cancel')}
              cancelTestId="minutes-cancel"
              busy={writer.busy}
              onCancel={() => setOpen(false)}
            />
          </div>
        </form>
      )}
    </section>
  );
}
