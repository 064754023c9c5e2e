import { THEME_FONTS } from '@vetcares/tenant-rules';
import { useState, type FormEvent } from 'react';
import type { EffectiveConfigFragment } from '../../gql/graphql';
import { CheckboxField } from '../../ui/CheckboxField';
import { Field } from '../../ui/Field';
import { SaveStatus } from './SaveStatus';
import {
  FONT_LABELS,
  themeJsonFromValues,
  themeValuesFromJson,
  validateTheme,
  type ThemeFormErrors,
  type ThemeFormValues,
} from './themeForm';
import { useSaveConfiguration } from './useSaveConfiguration';

interface ThemeEditorProps {
  tenant: { id: string; theme_json?: string | null } & EffectiveConfigFragment;
}

/** Edits theme_json field by field, with the API's rules, and shows what clinic apps get. */
export function ThemeEditor({ tenant }: ThemeEditorProps) {
  const [values, setValues] = useState<ThemeFormValues>(() =>
    themeValuesFromJson(tenant.theme_json),
  );
  const [errors, setErrors] = useState<ThemeFormErrors>({});
  const { state, saving, save, reset } = useSaveConfiguration(tenant.id, 'theme_json');

  function change(patch: Partial<ThemeFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as Array<keyof ThemeFormValues>) delete next[key];
      return next;
    });
    reset();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateTheme(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    await save(themeJsonFromValues(values));
  }

  const colorField = (key: 'primary_color' | 'secondary_color', label: string) => (
    <Field
      label={label}
      error={errors[key]}
      hint={`Empty means the default. Clinic apps now use ${tenant.effective_theme[key]}.`}
    >
      {(control) => (
        <span className="color-input">
          <input
            {...control}
            name={key}
            value={values[key]}
            placeholder="#0b7285"
            onChange={(event) => change({ [key]: event.target.value })}
          />
          <span
            className="color-input__swatch"
            aria-hidden="true"
            style={{ background: values[key] || 'transparent' }}
          />
        </span>
      )}
    </Field>
  );

  return (
    <section className="facts detail-section" aria-labelledby="theme-title">
      <h2 id="theme-title">Theme</h2>
      {!tenant.effective_features.custom_branding ? (
        <p className="muted">
          Clinic apps get the default theme until custom branding is on (Professional or Enterprise,
          with “Custom branding” ticked).
        </p>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Theme">
        {colorField('primary_color', 'Primary color')}
        {colorField('secondary_color', 'Secondary color')}
        <Field label="Logo URL" error={errors.logo_url} hint="An https:// address">
          {(control) => (
            <input
              {...control}
              name="logo_url"
              type="url"
              value={values.logo_url}
              onChange={(event) => change({ logo_url: event.target.value })}
            />
          )}
        </Field>
        <Field label="Font" error={errors.font}>
          {(control) => (
            <select
              {...control}
              name="font"
              value={values.font}
              onChange={(event) => change({ font: event.target.value as ThemeFormValues['font'] })}
            >
              <option value="">Default</option>
              {THEME_FONTS.map((font) => (
                <option key={font} value={font}>
                  {FONT_LABELS[font]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckboxField
          label="Dark mode"
          name="dark_mode"
          checked={values.dark_mode}
          onChange={(dark_mode) => change({ dark_mode })}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save theme'}
          </button>
        </div>
        <SaveStatus state={state} savedText="Theme saved." />
      </form>
    </section>
  );
}
