/** The tenants list exactly as the admin console asks for it. */
export const TENANTS_QUERY =
  'query Tenants($page:Int,$limit:Int,$sortBy:TenantSortField,$sortOrder:SortOrder){ tenants(page:$page,limit:$limit,sortBy:$sortBy,sortOrder:$sortOrder){ totalCount page limit items { id name slug domain status billing_plan contact_email created_date max_staff max_clients } } }';

export const SORT = { sortBy: 'created_date', sortOrder: 'desc' } as const;

export interface TenantsPageRequest {
  page: number;
  limit: number;
}

export function tenantsRequestBody({ page, limit }: TenantsPageRequest): string {
  return JSON.stringify({
    operationName: 'Tenants',
    query: TENANTS_QUERY,
    variables: { page, limit, ...SORT },
  });
}

export interface GraphQLTarget {
  /** e.g. "http://127.0.0.1:4000/graphql" */
  graphqlUrl: string;
  token: string;
}

export const requestHeaders = (token: string): Record<string, string> => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
});

/** One request; returns the raw body so callers can compare servers byte for byte. */
export async function postTenantsQuery(
  target: GraphQLTarget,
  request: TenantsPageRequest,
): Promise<string> {
  const response = await fetch(target.graphqlUrl, {
    method: 'POST',
    headers: requestHeaders(target.token),
    body: tenantsRequestBody(request),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${target.graphqlUrl} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return text;
}

interface TenantsPageBody {
  data?: { tenants?: { totalCount: number; page: number; limit: number; items: unknown[] } };
  errors?: unknown[];
}

/** Fails unless the body is the requested page of a `total`-tenant list, with no GraphQL errors. */
export function verifyTenantsPage(
  server: string,
  text: string,
  { page, limit }: TenantsPageRequest,
  total: number,
): void {
  const body = JSON.parse(text) as TenantsPageBody;
  const tenants = body.data?.tenants;
  const expectedItems = Math.max(0, Math.min(limit, total - (page - 1) * limit));
  if (
    body.errors ||
    !tenants ||
    tenants.items.length !== expectedItems ||
    tenants.totalCount !== total ||
    tenants.page !== page ||
    tenants.limit !== limit
  ) {
    throw new Error(
      `${server}: expected page ${page} with ${expectedItems} items of ${total} and no errors, ` +
        `got ${text.slice(0, 500)}`,
    );
  }
}
