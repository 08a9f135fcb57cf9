/** When the series meets: weekdays, local time in a zone, duration and the first date. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useSession } from '../../app/session-context';
import { SelectField } from '../../ui/forms/select-field';
import { useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';
import { timeZoneChoices } from './meeting-times';
import type { DraftFieldsProps } from './schedule-draft-fields';
import { WeekdayPicker } from './weekday-picker';

export function ScheduleWhenFields({ draft, fieldError, update }: DraftFieldsProps) {
  const t = useT();
  const { me } = useSession();
  const styles = useFormStyles();
  // The series' own zone is offered first too when editing; fixed at opening, so the list does not
  // reorder under the user as they choose.
  const [zones] = useState(() =>
    timeZoneChoices([me.timeZone, draft.timeZone]).map((z) => ({ value: z, label: z })),
  );
  return (
    <>
      <WeekdayPicker
        selected={draft.weekdays}
        error={fieldError('recurrence.weekdays')}
        onChange={(weekdays) => update({ weekdays })}
      />
      <div className={styles.row}>
        <Field
          label={t('meetings.field.time')}
          required
          validationMessage={fieldError('recurrence.localTime')}
        >
          <Input
            type="time"
            data-testid="schedule-time"
            value={draft.localTime}
            onChange={(_, d) => update({ localTime: d.value })}
          />
        </Field>
        <SelectField
          label={t('meetings.field.timeZone')}
          required
          validationMessage={fieldError('recurrence.timeZone')}
          testId="schedule-zone"
          value={draft.timeZone}
          choices={zones}
          onChange={(timeZone) => update({ timeZone })}
        />
        <Field
          label={t('meetings.field.duration')}
          required
          validationMessage={fieldError('durationMinutes')}
        >
          <Input
            type="number"
            min={5}
            max={480}
            step={5}
            data-testid="schedule-duration"
            value={draft.durationMinutes}
            onChange={(_, d) => update({ durationMinutes: d.value })}
          />
        </Field>
        <Field
          label={t('meetings.field.startDate')}
          required
          validationMessage={fieldError('recurrence.startDate')}
        >
          <Input
            type="date"
            data-testid="schedule-start-date"
            value={draft.startDate}
            onChange={(_, d) => update({ startDate: d.value })}
          />
        </Field>
      </div>
    </>
  );
}
