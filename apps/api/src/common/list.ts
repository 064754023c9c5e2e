import type { Model } from 'mongoose';
import type { FieldReader } from './field-reader.js';
import { FieldErrorCollector } from './field-errors.js';

export type SortOrder = 'asc' | 'desc';
export const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];

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

/** What every list accepts besides its own filters; values are unchecked until read. */
export interface ListParams {
  page?: unknown;
  limit?: unknown;
  search?: unknown;
  sortBy?: unknown;
  sortOrder?: unknown;
}

/** A list request once read: which page, in what order, and what to search for. */
export interface PageQuery<S extends string> extends PageRequest {
  sortBy: S;
  sortOrder: SortOrder;
  /** An $or over the searched fields, or undefined when there is nothing to search for. */
  search: Record<string, unknown>[] | undefined;
  /** The search as typed (trimmed), for lists that search encrypted fields by their tokens. */
  searchText?: string;
}

export interface ListRules<S extends string> {
  sortFields: readonly S[];
  defaultSort: S;
  defaultOrder: SortOrder;
  searchFields: readonly string[];
  maxSearchLength: number;
  maxPageSize: number;
}

export const MAX_SEARCH_LENGTH = 100;
const DEFAULT_PAGE_SIZE = 20;

/** Makes typed text match as itself: never as a pattern, never as an operator. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Page numbers start at 1. A limit above the cap is lowered to it rather than refused, because
 * clients asking for "everything" should get a working page, not an error.
 */
export function normalizePage(page: unknown, limit: unknown, maxLimit: number): PageRequest {
  const errors = new FieldErrorCollector();
  const pageNumber = page ?? 1;
  const pageSize = limit ?? DEFAULT_PAGE_SIZE;
  if (!isWholeNumber(pageNumber) || pageNumber < 1 || pageNumber > 1_000_000) {
    errors.add('page', 'must be a whole number from 1');
  }
  if (!isWholeNumber(pageSize) || pageSize < 1) {
    errors.add('limit', `must be a whole number from 1 to ${maxLimit}`);
  }
  errors.throwIfAny();
  return { page: pageNumber as number, limit: Math.min(pageSize as number, maxLimit) };
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

/** Reads paging, sorting and search into the reader (so their problems join the filters'). */
export function readListParams<F extends string, S extends string>(
  reader: FieldReader<F | keyof ListParams>,
  params: ListParams,
  rules: ListRules<S>,
): PageQuery<S> {
  const sortBy = reader.oneOf('sortBy', rules.sortFields, true) ?? rules.defaultSort;
  const sortOrder = reader.oneOf('sortOrder', SORT_ORDERS, true) ?? rules.defaultOrder;
  const text = reader.text('search', rules.maxSearchLength, true);
  const pattern = text ? { $regex: escapeRegex(text), $options: 'i' } : undefined;
  const { page, limit } = normalizePage(params.page, params.limit, rules.maxPageSize);
  return {
    page,
    limit,
    sortBy,
    sortOrder,
    search: pattern && rules.searchFields.map((field) => ({ [field]: pattern })),
    ...(text ? { searchText: text } : {}),
  };
}

/** One page and its total, sorted with _id as the tie-breaker so pages never overlap. */
export async function findPage<M, D, T>(
  model: Model<M>,
  filter: Record<string, unknown>,
  query: PageQuery<string>,
  toItem: (doc: D) => T,
  projection?: Record<string, 0 | 1>,
): Promise<Page<T>> {
  const direction = query.sortOrder === 'asc' ? 1 : -1;
  const [docs, totalCount] = await Promise.all([
    model
      .find(filter, projection)
      .sort({ [query.sortBy]: direction, _id: direction })
      .skip((query.page - 1) * query.limit)
      .limit(query.limit)
      // One round trip whatever the page size: the server's default first batch is 101.
      .batchSize(query.limit)
      .lean<D[]>(),
    model.countDocuments(filter),
  ]);
  return { items: docs.map(toItem), totalCount, page: query.page, limit: query.limit };
}
