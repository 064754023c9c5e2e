/**
 * theme_json's documented shape, the one set of rules: the API refuses a theme that breaks them,
 * and the console checks its form with the same predicates.
 *
 *   { "primary_color"?: "#rrggbb", "secondary_color"?: "#rrggbb", "logo_url"?: "https://...",
 *     "font"?: "system" | "serif" | "rounded", "dark_mode"?: boolean }
 */
export const THEME_FONTS = ['system', 'serif', 'rounded'] as const;
export type ThemeFont = (typeof THEME_FONTS)[number];

export interface Theme {
  primary_color: string;
  secondary_color: string;
  logo_url: string | null;
  font: ThemeFont;
  dark_mode: boolean;
}

export type ThemeSetting = keyof Theme;

/** What a clinic looks like without custom branding, and the base a custom theme goes over. */
export const DEFAULT_THEME: Theme = {
  primary_color: '#0b7285',
  secondary_color: '#f1f3f5',
  logo_url: null,
  font: 'system',
  dark_mode: false,
};

export const THEME_SETTINGS = Object.keys(DEFAULT_THEME) as ThemeSetting[];

export const MAX_LOGO_URL_LENGTH = 2048;

/** Six-digit hex, as in #0b7285. */
export const isThemeColor = (text: string): boolean => /^#[0-9a-f]{6}$/i.test(text);

/** Logos load in clinic apps served over HTTPS, so only https:// URLs. */
export const isThemeLogoUrl = (text: string): boolean =>
  text.length <= MAX_LOGO_URL_LENGTH && /^https:\/\/[^\s]+$/.test(text);

export const isThemeFont = (text: string): text is ThemeFont =>
  (THEME_FONTS as readonly string[]).includes(text);

const SETTING_RULES: Record<ThemeSetting, { accepts(value: unknown): boolean; rule: string }> = {
  primary_color: {
    accepts: (value) => typeof value === 'string' && isThemeColor(value),
    rule: 'must be a color such as #0b7285',
  },
  secondary_color: {
    accepts: (value) => typeof value === 'string' && isThemeColor(value),
    rule: 'must be a color such as #0b7285',
  },
  logo_url: {
    accepts: (value) => value === null || (typeof value === 'string' && isThemeLogoUrl(value)),
    rule: 'must be an https:// URL',
  },
  font: {
    accepts: (value) => typeof value === 'string' && isThemeFont(value),
    rule: `must be one of ${THEME_FONTS.join(', ')}`,
  },
  dark_mode: {
    accepts: (value) => typeof value === 'boolean',
    rule: 'must be true or false',
  },
};

const isThemeSetting = (key: string): key is ThemeSetting => key in SETTING_RULES;

/** Problems with a theme object, as messages; empty when it follows the documented shape. */
export function themeProblems(theme: Record<string, unknown>): string[] {
  return Object.entries(theme).flatMap(([key, value]) => {
    if (!isThemeSetting(key)) {
      return [`"${key}" is not a theme setting (known: ${THEME_SETTINGS.join(', ')})`];
    }
    const { accepts, rule } = SETTING_RULES[key];
    return accepts(value) ? [] : [`${key} ${rule}`];
  });
}
