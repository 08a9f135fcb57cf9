/**
 * A labelled choice from a list: Fluent's `Field` around a `Select` with one option per choice,
 * after an empty "choose…" option when nothing need be chosen yet. The field and the select are
 * written once here, so every form's choices look and label (for screen readers) alike.
 */
import { Field, Select } from '@fluentui/react-components';
import type { ReactElement } from 'react';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function SelectField<V extends string>(props: {
  label: string;
  required?: boolean;
  hint?: string;
  validationMessage?: ReactElement | undefined;
  testId: string;
  value: V | '';
  choices: readonly Choice<V>[];
  /** The text of an empty first option. */
  placeholder?: string;
  onChange: (value: V) => void;
}) {
  return (
    <Field
      label={props.label}
      required={props.required}
      hint={props.hint}
      validationMessage={props.validationMessage}
    >
      <Select
        data-testid={props.testId}
        value={props.value}
        // The options are the choices (and the placeholder's ''), so the value is one of them.
        onChange={(_, d) => props.onChange(d.value as V)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
