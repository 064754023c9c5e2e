import { TenantClientError, type FieldProblem } from './errors.js';
import type { TypedDocumentString } from './gql/graphql.js';

export interface TransportSettings {
  /** The API's GraphQL endpoint, e.g. https://api.example.com/graphql */
  apiUrl: string;
  apiKey?: string;
  token?: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

export interface RequestOptions {
  /** Lets the request outlive the page that sent it (flushes on pagehide). */
  keepalive?: boolean;
}

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown };
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** One GraphQL request over fetch, with the clinic's credential; failures become TenantClientErrors. */
export class GraphQLTransport {
  constructor(private readonly settings: TransportSettings) {}

  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options: RequestOptions = {},
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await this.settings.fetch(this.settings.apiUrl, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify({ query: document.toString(), variables }),
        keepalive: options.keepalive ?? false,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new TenantClientError(
        'NETWORK_ERROR',
        `Could not reach ${this.settings.apiUrl}`,
        [],
        null,
        {
          cause: error,
        },
      );
    }
    const body = await readBody<TResult>(response);
    const first = body?.errors?.[0];
    if (first) throw toClientError(first, response.status);
    if (!body?.data) {
      throw new TenantClientError(
        'HTTP_ERROR',
        `Unexpected answer from the API (HTTP ${response.status})`,
        [],
        response.status,
      );
    }
    return body.data;
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.settings.apiKey) headers['x-api-key'] = this.settings.apiKey;
    else if (this.settings.token) headers.authorization = `Bearer ${this.settings.token}`;
    return headers;
  }
}

async function readBody<T>(response: Response): Promise<GraphQLBody<T> | null> {
  try {
    const parsed: unknown = await response.json();
    return parsed !== null && typeof parsed === 'object' ? (parsed as GraphQLBody<T>) : null;
  } catch {
    return null;
  }
}

function toClientError(error: GraphQLErrorBody, status: number): TenantClientError {
  const code =
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const message = typeof error.message === 'string' ? error.message : 'The API refused the request';
  const fields = Array.isArray(error.extensions?.fields)
    ? error.extensions.fields.filter(isFieldProblem)
    : [];
  return new TenantClientError(code, message, fields, status);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (value === null || typeof value !== 'object') return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}
