import { useSearchParams } from 'react-router-dom';
import type { SortOrder, TenantSortField, TenantStatus } from '../../gql/graphql';
import { isKeyOf, SORT_FIELDS, SORT_ORDERS, STATUS_LABELS } from '../tenantOptions';

export interface TenantListParams {
  page: number;
  limit: number;
  search: string;
  status: TenantStatus | null;
  sortBy: TenantSortField;
  sortOrder: SortOrder;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;

const DEFAULTS: TenantListParams = {
  page: 1,
  limit: 20,
  search: '',
  status: null,
  sortBy: 'created_date',
  sortOrder: 'desc',
};

function positiveInt(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** Anything unrecognised in the URL (a hand-edited link, an old bookmark) falls back to defaults. */
export function parseListParams(params: URLSearchParams): TenantListParams {
  const status = params.get('status');
  const sortBy = params.get('sortBy');
  const sortOrder = params.get('sortOrder');
  const limit = positiveInt(params.get('limit'), DEFAULTS.limit);
  return {
    page: positiveInt(params.get('page'), DEFAULTS.page),
    limit: PAGE_SIZES.some((size) => size === limit) ? limit : DEFAULTS.limit,
    search: params.get('search')?.trim() ?? '',
    status: isKeyOf(STATUS_LABELS, status) ? status : null,
    sortBy: isKeyOf(SORT_FIELDS, sortBy) ? sortBy : DEFAULTS.sortBy,
    sortOrder: isKeyOf(SORT_ORDERS, sortOrder) ? sortOrder : DEFAULTS.sortOrder,
  };
}

/** Defaults are left out so a plain "/tenants" and its fully spelled-out twin are one view. */
export function formatListParams(list: TenantListParams): URLSearchParams {
  const params = new URLSearchParams();
  if (list.page !== DEFAULTS.page) params.set('page', String(list.page));
  if (list.limit !== DEFAULTS.limit) params.set('limit', String(list.limit));
  if (list.search) params.set('search', list.search);
  if (list.status) params.set('status', list.status);
  if (list.sortBy !== DEFAULTS.sortBy || list.sortOrder !== DEFAULTS.sortOrder) {
    params.set('sortBy', list.sortBy);
    params.set('sortOrder', list.sortOrder);
  }
  return params;
}

/** The list's whole view state lives in the query string, so reload and Back keep it. */
export function useTenantListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);

  function update(change: Partial<TenantListParams>, options: { replace?: boolean } = {}) {
    // A new filter or order makes the old page number meaningless.
    const resetsPage = !('page' in change);
    const next = { ...params, ...(resetsPage ? { page: 1 } : {}), ...change };
    setSearchParams(formatListParams(next), { replace: options.replace ?? false });
  }

  return { params, update };
}
