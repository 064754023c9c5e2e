import type { ReactNode } from 'react';
import { Field } from './Field';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  name: string;
  value: V;
  options: ReadonlyArray<SelectOption<V>>;
  hint?: ReactNode;
  error?: string | undefined;
  onChange: (value: V) => void;
}

/** Options from a label record, in the record's order. */
export function optionsFrom<V extends string>(labels: Record<V, string>): SelectOption<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export function SelectField<V extends string>({
  label,
  name,
  value,
  options,
  hint,
  error,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          name={name}
          value={value}
          // The options are the only values the select can produce.
          onChange={(event) => onChange(event.target.value as V)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
