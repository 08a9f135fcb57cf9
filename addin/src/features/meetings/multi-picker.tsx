/**
 * Picking several entries from the directory (departments, people) with a Fluent multiselect
 * Dropdown, grouped when groups are given; the button reads the names chosen.
 */
import { Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n-context';

export interface PickerEntry {
  readonly id: string;
  readonly label: string;
}

export interface PickerGroup {
  readonly label: string;
  readonly entries: readonly PickerEntry[];
}

export function MultiPicker(props: {
  label: string;
  testId: string;
  groups: readonly PickerGroup[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  required?: boolean;
  hint?: string;
  error?: ReactElement | undefined;
}) {
  const t = useT();
  const labels = new Map(props.groups.flatMap((g) => g.entries.map((e) => [e.id, e.label])));
  const text = props.selected.map((id) => labels.get(id) ?? id).join(', ');
  const options = (entries: readonly PickerEntry[]) =>
    entries.map((e) => (
      <Option key={e.id} value={e.id}>
        {e.label}
      </Option>
    ));
  return (
    <Field
      label={props.label}
      required={props.required ?? false}
      hint={props.hint}
      validationMessage={props.error}
    >
      <Dropdown
        multiselect
        data-testid={props.testId}
        placeholder={t('common.choose')}
        value={text}
        selectedOptions={[...props.selected]}
        onOptionSelect={(_, data) => props.onChange(data.selectedOptions)}
      >
        {props.groups.length === 1
          ? options(props.groups[0]?.entries ?? [])
          : props.groups.map((g) => (
              <OptionGroup key={g.label} label={g.label}>
                {options(g.entries)}
              </OptionGroup>
            ))}
      </Dropdown>
    </Field>
  );
}
