import { FieldErrorCollector } from './field-errors.js';

export type SortOrder = 'asc' | 'desc';

export interface PageRequest {
  page: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  page: number;
  limit: number;
}

/**
 * Page numbers start at 1. A limit above the cap is lowered to it rather than refused, because
 * clients asking for "everything" should get a working page, not an error.
 */
export function normalizePage(
  page: number | undefined,
  limit: number | undefined,
  maxLimit: number,
): PageRequest {
  const errors = new FieldErrorCollector();
  const pageNumber = page ?? 1;
  const pageSize = limit ?? 20;
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > 1_000_000) {
    errors.add('page', 'must be a whole number from 1');
  }
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    errors.add('limit', `must be a whole number from 1 to ${maxLimit}`);
  }
  errors.throwIfAny();
  return { page: pageNumber, limit: Math.min(pageSize, maxLimit) };
}
