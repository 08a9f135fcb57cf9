/**
 * The fields of a meeting series as the schedule and edit dialogs show them: title, who meets
 * (departments, attendees) and when (weekdays, local time in a zone, duration, first date).
 */
import { Field, Input } from '@fluentui/react-components';
import { useT } from '../../app/i18n/i18n-context';
import type { DraftFieldsProps } from './schedule-draft-fields';
import { ScheduleWhenFields } from './schedule-when-fields';
import { ScheduleWhoFields } from './schedule-who-fields';

export function ScheduleFields(props: DraftFieldsProps & { organiserId: string }) {
  const t = useT();
  const { draft, fieldError, update } = props;
  return (
    <>
      <Field label={t('meetings.field.title')} required validationMessage={fieldError('title')}>
        <Input
          data-testid="schedule-title"
          value={draft.title}
          placeholder={t('meetings.field.titlePlaceholder')}
          onChange={(_, d) => update({ title: d.value })}
        />
      </Field>
      <ScheduleWhoFields {...props} />
      <ScheduleWhenFields draft={draft} fieldError={fieldError} update={update} />
    </>
  );
}
