import { describe, expect, it } from 'vitest';
import {
  domainProblem,
  isEmail,
  isLimitValue,
  isPhone,
  jsonObjectProblem,
  normalizeDomain,
  slugProblem,
} from './index.js';

describe('tenant rules', () => {
  it('slugs', () => {
    expect(slugProblem('petsrus')).toBeNull();
    expect(slugProblem('')).toBe('empty');
    expect(slugProblem('a'.repeat(64))).toBe('too_long');
    expect(slugProblem('Pets')).toBe('not_dns_label');
    expect(slugProblem('-pets')).toBe('not_dns_label');
    expect(slugProblem('admin')).toBe('reserved');
  });

  it('domains', () => {
    expect(domainProblem(normalizeDomain(' PetsRUs.COM. '))).toBeNull();
    expect(domainProblem('localhost')).toBe('not_fully_qualified');
    expect(domainProblem('bad_label.com')).toBe('invalid');
    expect(domainProblem('10.0.0.1')).toBe('ip_address');
  });

  it('contacts, JSON and limits', () => {
    expect(isEmail('contact@petsrus.com')).toBe(true);
    expect(isEmail('contact@petsrus')).toBe(false);
    expect(isPhone('+1-555-123-4567')).toBe(true);
    expect(isPhone('12345')).toBe(false);
    expect(jsonObjectProblem('{"a":1}')).toBeNull();
    expect(jsonObjectProblem('[1]')).toBe('not_object');
    expect(jsonObjectProblem('{')).toBe('not_json');
    expect(isLimitValue(0)).toBe(true);
    expect(isLimitValue(-1)).toBe(false);
    expect(isLimitValue(1.5)).toBe(false);
  });
});
