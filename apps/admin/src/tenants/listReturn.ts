/**
 * Links into a tenant carry the list's query string, so "Back to tenants" (and the redirect after
 * a delete) return to the same page, search, filter and sort.
 */
export interface FromListState {
  listSearch: string;
}

export function readListSearch(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'listSearch' in state) {
    return typeof state.listSearch === 'string' ? state.listSearch : '';
  }
  return '';
}

export function tenantsListPath(listSearch: string): string {
  return `/tenants${listSearch}`;
}
