/**
 * Who meets: the departments (at least two) and the required and optional attendees from the
 * directory, people of the chosen departments listed first. A person is required or optional,
 * never both; the organiser is neither (they hold the series).
 */
import { useSession } from '../../app/session-context';
import { useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';
import { MultiPicker, type PickerGroup } from './multi-picker';
import type { DraftFieldsProps } from './schedule-draft-fields';

export function ScheduleWhoFields(props: DraftFieldsProps & { organiserId: string }) {
  const { draft, fieldError, update, organiserId } = props;
  const t = useT();
  const { directory, names } = useSession();
  const styles = useFormStyles();
  const departments: PickerGroup[] = [
    {
      label: t('meetings.departments'),
      entries: directory.departments.map((d) => ({ id: d.id, label: names.department(d.id) })),
    },
  ];
  const chosen = (id: string) => Number(!draft.departmentIds.includes(id));
  const peopleGroups: PickerGroup[] = [...directory.departments]
    .sort((a, b) => chosen(a.id) - chosen(b.id))
    .map((d) => ({
      label: names.department(d.id),
      entries: directory.people
        .filter((p) => p.departmentId === d.id && p.id !== organiserId)
        .map((p) => ({ id: p.id, label: p.displayName })),
    }))
    .filter((g) => g.entries.length > 0);

  return (
    <>
      <MultiPicker
        label={t('meetings.departments')}
        testId="schedule-departments"
        groups={departments}
        selected={draft.departmentIds}
        required
        hint={t('meetings.field.departmentsHint')}
        error={fieldError('departmentIds')}
        onChange={(ids) => update({ departmentIds: ids })}
      />
      <div className={styles.row}>
        <MultiPicker
          label={t('meetings.field.required')}
          testId="schedule-required"
          groups={peopleGroups}
          selected={draft.requiredAttendeeIds}
          error={fieldError('requiredAttendeeIds')}
          onChange={(ids) =>
            update({
              requiredAttendeeIds: ids,
              optionalAttendeeIds: draft.optionalAttendeeIds.filter((p) => !ids.includes(p)),
            })
          }
        />
        <MultiPicker
          label={t('meetings.field.optional')}
          testId="schedule-optional"
          groups={peopleGroups}
          selected={draft.optionalAttendeeIds}
          error={fieldError('optionalAttendeeIds')}
          onChange={(ids) =>
            update({
              optionalAttendeeIds: ids,
              requiredAttendeeIds: draft.requiredAttendeeIds.filter((p) => !ids.includes(p)),
            })
          }
        />
      </div>
    </>
  );
}
