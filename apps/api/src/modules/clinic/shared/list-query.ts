import type { Model } from 'mongoose';
import { normalizePage, type Page, type SortOrder } from '../../../common/pagination.js';
import { CLINIC_MAX_LENGTH } from '../clinic.constants.js';
import type { FieldReader } from './field-reader.js';

/** What every clinic list accepts besides its own filters; values are unchecked until read. */
export interface ListParams {
  page?: unknown;
  limit?: unknown;
  search?: unknown;
  sortBy?: unknown;
  sortOrder?: unknown;
}

export interface ListPlan<S extends string> {
  page: number;
  limit: number;
  sortBy: S;
  sortOrder: SortOrder;
  /** An $or over the searched fields, or undefined when there is nothing to search for. */
  search: Record<string, unknown>[] | undefined;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads paging, sorting and search. The search is escaped, so whatever the caller typed matches
 * as plain text, never as a pattern or an operator.
 */
export function readListParams<F extends string, S extends string>(
  reader: FieldReader<F | keyof ListParams>,
  params: ListParams,
  sortFields: readonly S[],
  defaultSort: S,
  searchFields: readonly string[],
  maxPageSize: number,
): ListPlan<S> {
  const sortBy = reader.oneOf('sortBy', sortFields, true) ?? defaultSort;
  const sortOrder = reader.oneOf<SortOrder>('sortOrder', ['asc', 'desc'], true) ?? 'asc';
  const text = reader.text('search', CLINIC_MAX_LENGTH.search, true);
  const pattern = text ? { $regex: escapeRegex(text), $options: 'i' } : undefined;
  const { page, limit } = normalizePage(
    params.page === null ? undefined : (params.page as number | undefined),
    params.limit === null ? undefined : (params.limit as number | undefined),
    maxPageSize,
  );
  return {
    page,
    limit,
    sortBy,
    sortOrder,
    search: pattern && searchFields.map((field) => ({ [field]: pattern })),
  };
}

/** One page and its total, sorted with _id as the tie-breaker so pages never overlap. */
export async function findPage<M, D, T>(
  model: Model<M>,
  filter: Record<string, unknown>,
  plan: ListPlan<string>,
  sortPath: string,
  toItem: (doc: D) => T,
): Promise<Page<T>> {
  const direction = plan.sortOrder === 'asc' ? 1 : -1;
  const [docs, totalCount] = await Promise.all([
    model
      .find(filter)
      .sort({ [sortPath]: direction, _id: direction })
      .skip((plan.page - 1) * plan.limit)
      .limit(plan.limit)
      // One round trip whatever the page size: the server's default first batch is 101.
      .batchSize(plan.limit)
      .lean<D[]>(),
    model.countDocuments(filter),
  ]);
  return { items: docs.map(toItem), totalCount, page: plan.page, limit: plan.limit };
}
