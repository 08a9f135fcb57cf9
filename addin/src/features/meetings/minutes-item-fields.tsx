/** The minutes of one agenda item: dealt with or not, decisions, and its action items. */
import { Button, Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { AgendaItemDto } from '@tandem/shared/meetings';
import { useSession } from '../../app/session-context';
import { fieldErrorOf } from '../../ui/forms/form-errors';
import { SelectField } from '../../ui/forms/select-field';
import { useT } from '../../app/i18n/i18n-context';
import { useFormStyles } from './meeting-forms.styles';
import type { ActionItemDraft, MinutesItemDraft } from './minutes-draft';

let rowKeys = 0;

export function MinutesItemFields(props: {
  item: AgendaItemDto;
  draft: MinutesItemDraft;
  errors: Readonly<Record<string, string>>;
  onChange: (next: MinutesItemDraft) => void;
}) {
  const { item, draft, errors } = props;
  const t = useT();
  const { directory, names } = useSession();
  const styles = useFormStyles();
  const legendId = useId();
  const set = (patch: Partial<MinutesItemDraft>) => props.onChange({ ...draft, ...patch });
  const setAction = (key: string, patch: Partial<ActionItemDraft>) =>
    set({ actionItems: draft.actionItems.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  const fieldError = (path: string) => fieldErrorOf(errors, path);
  const departments = directory.departments.map((d) => ({
    value: d.id,
    label: names.department(d.id),
  }));

  return (
    <fieldset
      className={styles.fieldset}
      data-testid="minutes-item"
      data-item-id={item.id}
      aria-labelledby={legendId}
    >
      <legend id={legendId} className={styles.legend}>
        {item.title}
      </legend>
      <Checkbox
        data-testid="minutes-discussed"
        label={t('meetings.minutes.discussed')}
        checked={draft.discussed}
        onChange={(_, d) => set({ discussed: d.checked === true })}
      />
      <Field
        label={t('meetings.minutes.decisions')}
        hint={t('meetings.minutes.decisionsHint')}
        validationMessage={fieldError(`${item.id}.decisions`)}
      >
        <Textarea
          data-testid="minutes-decisions"
          resize="vertical"
          rows={2}
          value={draft.decisions}
          onChange={(_, d) => set({ decisions: d.value })}
        />
      </Field>
      {draft.actionItems.map((a, n) => {
        const path = `${item.id}.actionItems.${n}`;
        return (
          <div key={a.key} className={styles.actionRow} data-testid="minutes-action">
            <Field
              label={t('meetings.minutes.actionTitle')}
              required
              validationMessage={fieldError(`${path}.title`)}
            >
              <Input
                data-testid="minutes-action-title"
                value={a.title}
                onChange={(_, d) => setAction(a.key, { title: d.value })}
              />
            </Field>
            <SelectField
              label={t('meetings.minutes.actionOwner')}
              required
              validationMessage={fieldError(`${path}.ownerDepartmentId`)}
              testId="minutes-action-owner"
              value={a.ownerDepartmentId}
              placeholder={t('common.choose')}
              choices={departments}
              onChange={(ownerDepartmentId) => setAction(a.key, { ownerDepartmentId })}
            />
            <Field
              label={t('meetings.minutes.actionDue')}
              required
              validationMessage={fieldError(`${path}.dueDate`)}
            >
              <Input
                type="date"
                data-testid="minutes-action-due"
                value={a.dueDate}
                onChange={(_, d) => setAction(a.key, { dueDate: d.value })}
              />
            </Field>
            <Button
              type="button"
              appearance="subtle"
              icon={<Delete16Regular />}
              data-testid="minutes-action-remove"
              aria-label={t('meetings.minutes.removeAction', { n: n + 1 })}
              onClick={() => set({ actionItems: draft.actionItems.filter((x) => x.key !== a.key) })}
            />
          </div>
        );
      })}
      <div>
        <Button
          type="button"
          size="small"
          icon={<Add16Regular />}
          data-testid="minutes-add-action"
          onClick={() =>
            set({
              actionItems: [
                ...draft.actionItems,
                { key: `a${++rowKeys}`, title: '', ownerDepartmentId: '', dueDate: '' },
              ],
            })
          }
        >
          {t('meetings.minutes.addAction')}
        </Button>
      </div>
    </fieldset>
  );
}
