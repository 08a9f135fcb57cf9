/** The weekdays of a weekly series as seven checkboxes in a labelled group. */
import { Checkbox } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';
import { weekdayNames } from './meeting-format';

export function WeekdayPicker(props: {
  selected: readonly number[];
  error?: ReactNode;
  onChange: (weekdays: number[]) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useFormStyles();
  const long = weekdayNames(locale, 'long');
  const toggle = (day: number, on: boolean) =>
    props.onChange(
      on ? [...props.selected, day].sort((a, b) => a - b) : props.selected.filter((d) => d !== day),
    );
  return (
    <fieldset
      className={styles.fieldset}
      {...(props.error ? { 'aria-describedby': 'weekday-error' } : {})}
    >
      <legend className={styles.legend}>{t('meetings.field.weekdays')}</legend>
      <div className={styles.weekdays}>
        {weekdayNames(locale).map((name, i) => (
          <Checkbox
            key={i}
            label={name}
            aria-label={long[i]}
            data-testid={`schedule-weekday-${i + 1}`}
            checked={props.selected.includes(i + 1)}
            onChange={(_, data) => toggle(i + 1, data.checked === true)}
          />
        ))}
      </div>
      {props.error && (
        <span id="weekday-error" className={styles.error} role="alert">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
