import { useId } from 'react';

interface CheckboxFieldProps {
  label: string;
  name: string;
  checked: boolean;
  hint?: string;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ label, name, checked, hint, onChange }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="checkbox-field">
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
