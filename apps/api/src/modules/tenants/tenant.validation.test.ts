import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.js';
import { isValidTimeZone, slugProblem, validateTenantFields } from './tenant.validation.js';

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fields.map((f) => f.field);
    throw error;
  }
  return [];
};

describe('tenant validation', () => {
  it('accepts DNS-label slugs and refuses the rest', () => {
    expect(slugProblem('petsrus')).toBeNull();
    expect(slugProblem('north-side-2')).toBeNull();
    for (const bad of [
      '',
      'Pets',
      'pets_r_us',
      '-pets',
      'pets-',
      'pets.com',
      'a'.repeat(64),
      'www',
      'api',
      'admin',
      'app',
    ]) {
      expect(slugProblem(bad), bad).not.toBeNull();
    }
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Kyiv')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
    expect(isValidTimeZone('EST5EDT; DROP')).toBe(false);
  });

  it('normalizes what it accepts', () => {
    expect(
      validateTenantFields({
        domain: ' PetsRUs.COM. ',
        contact_email: 'Contact@PetsRUs.com',
        name: '  Pets  ',
      }),
    ).toEqual({ domain: 'petsrus.com', contact_email: 'contact@petsrus.com', name: 'Pets' });
  });

  it('refuses values of the wrong type without throwing anything but a field error', () => {
    expect(
      fieldsOf(() =>
        validateTenantFields({
          name: 42,
          slug: ['x'],
          max_staff: '10',
          api_access: 1,
          theme_json: { a: 1 },
          status: 'archived',
        }),
      ).sort(),
    ).toEqual(['api_access', 'max_staff', 'name', 'slug', 'status', 'theme_json']);
  });

  it('accepts null limits as unlimited and refuses fractions and negatives', () => {
    expect(validateTenantFields({ max_staff: null, max_clients: 0 })).toEqual({
      max_staff: null,
      max_clients: 0,
    });
    expect(
      fieldsOf(() =>
        validateTenantFields({ max_staff: 2.5, max_clients: -1, max_storage_gb: 1e12 }),
      ).sort(),
    ).toEqual(['max_clients', 'max_staff', 'max_storage_gb']);
  });
});
