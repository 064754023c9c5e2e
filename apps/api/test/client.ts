import { request as httpRequest } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: GraphQLFormattedError[];
}

/** Real HTTP, as a client would send it. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLFormattedError[] };
  return { status: response.status, data: body.data ?? undefined, errors: body.errors };
}

export interface RestResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export async function rest<T = Record<string, unknown>>(
  url: string,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; rawBody?: string } = {},
): Promise<RestResponse<T>> {
  const hasBody = options.json !== undefined || options.rawBody !== undefined;
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body:
      options.rawBody ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : null) as T,
    headers: response.headers,
  };
}

/** The error codes of a GraphQL response, for compact assertions. */
export const errorCodes = (response: GraphQLResponse<unknown>): unknown[] =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/**
 * GraphQL over node:http, for requests that must carry their own Host header (fetch replaces
 * it): what a clinic's subdomain or custom domain sends through a load balancer.
 */
export function graphqlAs<T = Record<string, unknown>>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const target = new URL(`${url}/graphql`);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            data?: T;
            errors?: GraphQLFormattedError[];
          };
          resolve({
            status: response.statusCode ?? 0,
            data: parsed.data ?? undefined,
            errors: parsed.errors,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
