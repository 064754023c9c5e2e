import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, THEME_FONTS, THEME_SETTINGS, themeProblems } from './theme.js';

/** Each documented setting with values it accepts and values it refuses. */
const SAMPLES: Record<string, { accepted: unknown[]; refused: unknown[] }> = {
  primary_color: {
    accepted: ['#0b7285', '#ABCDEF'],
    refused: ['#abc', '0b7285', '#0b72851', 'teal', '#gggggg', 7],
  },
  secondary_color: { accepted: ['#ffffff'], refused: ['#FFF', ''] },
  logo_url: {
    accepted: ['https://cdn.example.com/logo.png', null],
    refused: [
      'http://cdn.example.com/logo.png',
      'https://cdn.example.com/my logo.png',
      `https://cdn.example.com/${'a'.repeat(2048)}`,
      'https://',
      '',
    ],
  },
  font: { accepted: [...THEME_FONTS], refused: ['comic sans', 'System', ''] },
  dark_mode: { accepted: [true, false], refused: ['true', 1] },
  background: { accepted: [], refused: ['#ffffff'] },
};

describe('theme rules', () => {
  it('accept and refuse each documented setting as documented', () => {
    for (const [setting, { accepted, refused }] of Object.entries(SAMPLES)) {
      for (const value of accepted) {
        expect(
          themeProblems({ [setting]: value }),
          `${setting} = ${JSON.stringify(value)}`,
        ).toEqual([]);
      }
      for (const value of refused) {
        expect(
          themeProblems({ [setting]: value }),
          `${setting} = ${JSON.stringify(value)}`,
        ).toHaveLength(1);
      }
    }
  });

  it('name every setting the default theme has, and accept the default theme', () => {
    expect([...THEME_SETTINGS].sort()).toEqual(Object.keys(DEFAULT_THEME).sort());
    expect(themeProblems({ ...DEFAULT_THEME })).toEqual([]);
  });

  it('report every problem of a theme at once', () => {
    expect(themeProblems({ font: 'comic', dark_mode: 'yes', logo: 'x' })).toEqual([
      'font must be one of system, serif, rounded',
      'dark_mode must be true or false',
      '"logo" is not a theme setting (known: primary_color, secondary_color, logo_url, font, dark_mode)',
    ]);
  });
});
