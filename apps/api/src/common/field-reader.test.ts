import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { FieldReader } from './field-reader.js';

const problems = (read: (reader: FieldReader<string>) => void, input: Record<string, unknown>) => {
  const reader = new FieldReader<string>(input);
  read(reader);
  try {
    reader.done();
    return [];
  } catch (error) {
    if (error instanceof AppError) return error.fields.map((f) => `${f.field}: ${f.message}`);
    throw error;
  }
};

describe('FieldReader', () => {
  it('reads calendar dates that exist, and only those', () => {
    const reader = new FieldReader<'d'>({ d: '2024-02-29' });
    expect(reader.calendarDate('d')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-5', '05/01/2024', 20240101]) {
      expect(
        problems((r) => r.calendarDate('d'), { d: bad }),
        String(bad),
      ).toHaveLength(1);
    }
  });

  it('reads money with at most two decimals, tolerating binary noise', () => {
    expect(new FieldReader<'a'>({ a: 0.1 + 0.2 }).decimal('a', 100, 2)).toBe(0.3);
    expect(new FieldReader<'a'>({ a: 19.99 }).decimal('a', 100, 2)).toBe(19.99);
    for (const bad of [10.005, 0, -1, 101, Number.NaN, '12']) {
      expect(
        problems((r) => r.decimal('a', 100, 2), { a: bad }),
        String(bad),
      ).toHaveLength(1);
    }
  });

  it('reads instants only with a time zone, so none is guessed', () => {
    const reader = new FieldReader<'t'>({ t: '2026-03-01T09:30:00+01:00' });
    expect(reader.dateTime('t')?.toISOString()).toBe('2026-03-01T08:30:00.000Z');
    for (const bad of ['2026-03-01T09:30:00', '2026-03-01', 'tomorrow', 1_700_000_000_000]) {
      expect(
        problems((r) => r.dateTime('t'), { t: bad }),
        String(bad),
      ).toHaveLength(1);
    }
  });

  it('tells absent, cleared and required apart', () => {
    const reader = new FieldReader<'a' | 'b' | 'c'>({ b: null, c: '  ' });
    expect(reader.text('a', 10)).toBeUndefined();
    expect(reader.text('b', 10, true)).toBeNull();
    expect(problems((r) => r.text('c', 10), { c: '  ' })).toEqual(['c: is required']);
    expect(problems((r) => r.requirePresent(['x']), {})).toEqual(['x: is required']);
  });

  it('refuses ids that are not 24 hexadecimal characters', () => {
    expect(new FieldReader<'i'>({ i: 'a'.repeat(24) }).id('i')?.toHexString()).toBe('a'.repeat(24));
    expect(problems((r) => r.id('i'), { i: { $ne: null } })).toHaveLength(1);
    expect(problems((r) => r.id('i'), { i: 'z'.repeat(24) })).toHaveLength(1);
  });
});
