import type { ApolloCache } from '@apollo/client';

/**
 * Any create, update or delete can move a tenant in or out of some page of some filtered list,
 * so cached list pages are dropped and fetched again when next shown.
 */
export function forgetTenantLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tenants' });
  cache.gc();
}

export function forgetTenant(cache: ApolloCache, id: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Tenant', id }) });
  cache.gc();
}
