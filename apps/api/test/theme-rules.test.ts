import {
  isThemeColor,
  isThemeFont,
  isThemeLogoUrl,
  THEME_FONTS,
  THEME_SETTINGS,
} from '@vetcares/tenant-rules';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THEME,
  THEME_FONTS as API_FONTS,
  themeProblems,
} from '../src/modules/tenants/tenant-config.js';

/** The console checks theme fields with @vetcares/tenant-rules; the API with themeProblems. */
const consoleAccepts = (setting: string, value: unknown): boolean => {
  switch (setting) {
    case 'primary_color':
    case 'secondary_color':
      return typeof value === 'string' && isThemeColor(value);
    case 'logo_url':
      return value === null || (typeof value === 'string' && isThemeLogoUrl(value));
    case 'font':
      return typeof value === 'string' && isThemeFont(value);
    case 'dark_mode':
      return typeof value === 'boolean';
    default:
      return false;
  }
};

const SAMPLES: Record<string, unknown[]> = {
  primary_color: ['#0b7285', '#ABCDEF', '#abc', '0b7285', '#0b72851', 'teal', '#gggggg', 7],
  secondary_color: ['#ffffff', '#FFF', ''],
  logo_url: [
    'https://cdn.example.com/logo.png',
    'http://cdn.example.com/logo.png',
    'https://cdn.example.com/my logo.png',
    `https://cdn.example.com/${'a'.repeat(2048)}`,
    'https://',
    null,
    '',
  ],
  font: [...THEME_FONTS, 'comic sans', 'System', ''],
  dark_mode: [true, false, 'true', 1],
  background: ['#ffffff'],
};

describe('theme rules: the console and the API agree', () => {
  it('on every documented setting, for valid and invalid values alike', () => {
    for (const [setting, values] of Object.entries(SAMPLES)) {
      for (const value of values) {
        const api = themeProblems({ [setting]: value }).length === 0;
        expect(consoleAccepts(setting, value), `${setting} = ${JSON.stringify(value)}`).toBe(api);
      }
    }
  });

  it('on the list of settings and fonts', () => {
    expect([...THEME_SETTINGS].sort()).toEqual(Object.keys(DEFAULT_THEME).sort());
    expect([...THEME_FONTS]).toEqual([...API_FONTS]);
  });
});
