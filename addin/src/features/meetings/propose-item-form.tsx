/**
 * Proposing an agenda item: title, owner, time box, kind and, optionally, the request or
 * campaign it is about. Anyone who may read the meeting may propose; a head accepts or not.
 */
import { Button } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { type FormEvent, useState } from 'react';
import { newAgendaItemInputSchema } from '@tandem/shared/meetings';
import { ApiProblem } from '../../app/api/api-problem';
import type { MeetingsApi } from './api';
import type { MeetingView } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { toFieldErrors } from '../../app/i18n/field-errors';
import { fieldErrorOf } from '../../ui/forms/form-errors';
import { SubmitCancelButtons } from '../../ui/forms/submit-cancel-buttons';
import { useT } from '../../app/i18n/i18n-context';
import { type ProposalValues as Values, toAgendaItemInput } from './agenda-item-values';
import { useFormStyles } from './meeting-forms.styles';
import { ProposeItemFields } from './propose-item-fields';
import type { MeetingWrite } from './use-meeting-write';

export function ProposeItemForm(props: {
  meeting: MeetingView;
  writer: MeetingWrite;
  api: MeetingsApi;
}) {
  const { meeting, writer, api } = props;
  const t = useT();
  const { me, directory } = useSession();
  const styles = useFormStyles();
  const initial: Values = {
    title: '',
    ownerId: me.person.id,
    timeBoxMinutes: '10',
    kind: 'other',
    linkType: 'none',
    linkId: '',
  };
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const owners = directory.people.filter(
    (p) => meeting.series.departmentIds.includes(p.departmentId) || p.id === me.person.id,
  );
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (writer.busy) return;
    const input = toAgendaItemInput(values);
    const parsed = newAgendaItemInputSchema.safeParse(input);
    if (!parsed.success) {
      const flat = { ...values, 'link.requestId': values.linkId, 'link.campaignId': values.linkId };
      setErrors(toFieldErrors(parsed.error.issues, flat, t, ['ownerId', 'kind']));
      return;
    }
    setErrors({});
    const outcome = await writer.run((etag) => api.propose(meeting.id, input, etag));
    if (outcome.kind === 'done') {
      setValues(initial);
      setOpen(false);
    } else if (outcome.kind === 'failed' && outcome.error instanceof ApiProblem) {
      setErrors(Object.fromEntries(outcome.error.errors.map((i) => [i.path, i.message])));
    }
  };

  const fieldError = (...paths: string[]) => fieldErrorOf(errors, ...paths);

  if (!open) {
    return (
      <div>
        <Button icon={<Add20Regular />} data-testid="propose-button" onClick={() => setOpen(true)}>
          {t('meetings.propose.button')}
        </Button>
      </div>
    );
  }
  return (
    <form
      className={styles.form}
      data-testid="propose-form"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <p className={styles.formTitle}>{t('meetings.propose.title')}</p>
      <ProposeItemFields values={values} owners={owners} fieldError={fieldError} set={set} />
      <div className={styles.buttons}>
        <SubmitCancelButtons
          submitLabel={t('meetings.propose.submit')}
          submitTestId="propose-submit"
          cancelLabel={t('common.cancel')}
          cancelTestId="propose-cancel"
          busy={writer.busy}
          onCancel={() => {
            setOpen(false);
            setErrors({});
          }}
        />
      </div>
    </form>
  );
}
