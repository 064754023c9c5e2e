import {
  isThemeColor,
  isThemeFont,
  isThemeLogoUrl,
  THEME_FONTS,
  type ThemeFont,
} from '@vetcares/tenant-rules';

/** The theme editor's fields; an empty text field means "not set: use the default". */
export interface ThemeFormValues {
  primary_color: string;
  secondary_color: string;
  logo_url: string;
  font: ThemeFont | '';
  dark_mode: boolean;
}

export type ThemeFormErrors = Partial<Record<keyof ThemeFormValues, string>>;

export const FONT_LABELS: Record<ThemeFont, string> = {
  system: 'System',
  serif: 'Serif',
  rounded: 'Rounded',
};

/** The stored theme_json as form values; anything unreadable starts empty. */
export function themeValuesFromJson(themeJson: string | null | undefined): ThemeFormValues {
  const theme = parseObject(themeJson);
  const text = (key: string) => (typeof theme[key] === 'string' ? (theme[key] as string) : '');
  const font = text('font');
  return {
    primary_color: text('primary_color'),
    secondary_color: text('secondary_color'),
    logo_url: text('logo_url'),
    font: isThemeFont(font) ? font : '',
    dark_mode: theme['dark_mode'] === true,
  };
}

/** The API's theme rules (@vetcares/tenant-rules), worded for the person filling the form. */
export function validateTheme(values: ThemeFormValues): ThemeFormErrors {
  const errors: ThemeFormErrors = {};
  for (const key of ['primary_color', 'secondary_color'] as const) {
    const value = values[key].trim();
    if (value && !isThemeColor(value)) errors[key] = 'Use a six-digit hex color such as #0b7285.';
  }
  const logo = values.logo_url.trim();
  if (logo && !isThemeLogoUrl(logo)) {
    errors.logo_url = 'Use an https:// address without spaces (at most 2048 characters).';
  }
  if (values.font && !isThemeFont(values.font)) {
    errors.font = `Choose one of ${THEME_FONTS.join(', ')}.`;
  }
  return errors;
}

/** Only the settings given are stored; the rest follow the default theme. Null when none are. */
export function themeJsonFromValues(values: ThemeFormValues): string | null {
  const theme: Record<string, string | boolean> = {};
  if (values.primary_color.trim()) theme.primary_color = values.primary_color.trim().toLowerCase();
  if (values.secondary_color.trim())
    theme.secondary_color = values.secondary_color.trim().toLowerCase();
  if (values.logo_url.trim()) theme.logo_url = values.logo_url.trim();
  if (values.font) theme.font = values.font;
  if (values.dark_mode) theme.dark_mode = true;
  return Object.keys(theme).length > 0 ? JSON.stringify(theme) : null;
}

export function parseObject(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
