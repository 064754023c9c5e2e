import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import jwt from 'jsonwebtoken';
import type { Collection, Db, Document, WithId } from 'mongodb';

/**
 * The tenants list answered with nothing but graphql-js, node:http and the MongoDB driver: the
 * floor our Apollo + type-graphql + mongoose stack is measured against. It does the work ours
 * does and no less (verifies the bearer token, caches parsed and validated documents as Apollo
 * does, runs the same find and count in parallel, returns the same JSON), so the difference is
 * the framework overhead alone.
 */

// Just the types the benchmarked query touches, copied from apps/api/schema.graphql.
const SDL = /* GraphQL */ `
  scalar DateTimeISO
  enum TenantStatus {
    active
    inactive
    pending
    suspended
  }
  enum BillingPlan {
    basic
    enterprise
    professional
  }
  enum Currency {
    CAD
    EUR
    GBP
    USD
  }
  enum Language {
    de
    en
    es
    fr
  }
  enum SortOrder {
    asc
    desc
  }
  enum TenantSortField {
    billing_plan
    created_date
    name
    slug
    status
    updated_date
  }
  type Tenant {
    address: String
    api_access: Boolean!
    billing_plan: BillingPlan!
    contact_email: String!
    contact_phone: String
    created_date: DateTimeISO!
    currency: Currency!
    custom_branding: Boolean!
    domain: String
    features_json: String
    id: ID!
    language: Language!
    max_clients: Int
    max_staff: Int
    max_storage_gb: Int
    name: String!
    slug: String!
    sso_enabled: Boolean!
    status: TenantStatus!
    suspended_at: DateTimeISO
    suspension_reason: String
    theme_json: String
    timezone: String!
    updated_date: DateTimeISO!
  }
  type TenantPage {
    items: [Tenant!]!
    limit: Int!
    page: Int!
    totalCount: Int!
  }
  type Query {
    tenants(
      limit: Int! = 20
      page: Int! = 1
      search: String
      sortBy: TenantSortField! = created_date
      sortOrder: SortOrder! = desc
      status: TenantStatus
    ): TenantPage!
  }
`;

export interface BaselineOptions {
  db: Db;
  /** The same secret, issuer and audience our API signs admin tokens with. */
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  maxPageSize: number;
}

export interface BaselineServer {
  url: string;
  /** Requests accepted and not yet answered (including ones whose client has gone). */
  inFlight(): number;
  stop(): Promise<void>;
}

interface RequestContext {
  adminId: string | null;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_CACHED_DOCUMENTS = 1000;

export async function startBaselineServer(options: BaselineOptions): Promise<BaselineServer> {
  const schema = buildSchema(SDL);
  const tenants = options.db.collection('tenants');
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

  const rootValue = {
    async tenants(args: TenantsPageQuery, context: RequestContext) {
      if (!context.adminId) {
        throw new GraphQLError('Sign in as a platform admin', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      if (args.page < 1 || args.limit < 1) {
        throw new GraphQLError('page and limit must be at least 1', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const limit = Math.min(args.limit, options.maxPageSize);
      const { docs, totalCount } = await fetchTenantsPage(tenants, { ...args, limit });
      return { items: docs.map(toTenant), totalCount, page: args.page, limit };
    },
  };

  // Parsing and validating once per distinct query text, as Apollo's document store does.
  const prepare = (query: string): DocumentNode | readonly GraphQLError[] => {
    let prepared = documents.get(query);
    if (!prepared) {
      try {
        const document = parse(query);
        const errors = validate(schema, document);
        prepared = errors.length > 0 ? errors : document;
      } catch (error) {
        prepared = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      if (documents.size >= MAX_CACHED_DOCUMENTS) documents.clear();
      documents.set(query, prepared);
    }
    return prepared;
  };

  // Called as ours calls it, with the secret as a string (jsonwebtoken then tries it as a PEM
  // public key first, on every call: a real cost, and the same one ours pays).
  const verifyAdmin = (authorization: string | undefined): string | null => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return null;
    try {
      const payload = jwt.verify(token, options.jwtSecret, {
        algorithms: ['HS256'],
        issuer: options.jwtIssuer,
        audience: options.jwtAudience,
      });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST' || req.url !== '/graphql')
      return send(res, 404, { error: 'Not found' });
    const body = await readJson(req);
    if (!isGraphQLRequest(body)) return send(res, 400, { errors: [{ message: 'Bad request' }] });
    const prepared = prepare(body.query);
    if (!('kind' in prepared)) return send(res, 400, { errors: prepared.map((e) => e.toJSON()) });
    const result: ExecutionResult = await execute({
      schema,
      document: prepared,
      rootValue,
      contextValue: { adminId: verifyAdmin(req.headers.authorization) } satisfies RequestContext,
      variableValues: body.variables,
      operationName: body.operationName,
    });
    send(res, 200, result);
  };

  let inFlight = 0;
  const server = createServer((req, res) => {
    inFlight += 1;
    handle(req, res)
      .catch((error: unknown) => {
        console.error('[baseline]', error);
        if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error' }] });
      })
      .finally(() => {
        inFlight -= 1;
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inFlight: () => inFlight,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export interface TenantsPageQuery {
  page: number;
  limit: number;
  sortBy: string;
  sortOrder: 'asc' | 'desc';
}

// As TenantService.list filters when the console asks for no status: soft-deleted tenants wait
// for the purge out of sight.
const NOT_DELETED = { status: { $ne: 'deleted' } };

/** What our TenantService.list asks the database for: one find and one count, in parallel. */
export async function fetchTenantsPage(
  tenants: Collection,
  { page, limit, sortBy, sortOrder }: TenantsPageQuery,
): Promise<{ docs: WithId<Document>[]; totalCount: number }> {
  const direction = sortOrder === 'asc' ? 1 : -1;
  const [docs, totalCount] = await Promise.all([
    tenants
      .find(NOT_DELETED, { projection: { domain_key: 0 } })
      .sort({ [sortBy]: direction, _id: direction })
      .skip((page - 1) * limit)
      .limit(limit)
      .batchSize(limit)
      .toArray(),
    tenants.countDocuments(NOT_DELETED),
  ]);
  return { docs, totalCount };
}

/** The same shape our service returns; dates as ISO strings, as the DateTimeISO scalar sends them. */
function toTenant(doc: WithId<Document>) {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    slug: doc.slug,
    domain: doc.domain ?? null,
    status: doc.status,
    billing_plan: doc.billing_plan,
    contact_email: doc.contact_email,
    contact_phone: doc.contact_phone ?? null,
    address: doc.address ?? null,
    timezone: doc.timezone,
    currency: doc.currency,
    language: doc.language,
    theme_json: doc.theme_json ?? null,
    features_json: doc.features_json ?? null,
    max_staff: doc.max_staff ?? null,
    max_clients: doc.max_clients ?? null,
    max_storage_gb: doc.max_storage_gb ?? null,
    custom_branding: doc.custom_branding ?? false,
    sso_enabled: doc.sso_enabled ?? false,
    api_access: doc.api_access ?? false,
    created_date: isoDate(doc.created_date),
    updated_date: isoDate(doc.updated_date),
    suspension_reason: doc.suspension_reason ?? null,
    suspended_at: isoDate(doc.suspended_at),
    deleted_at: isoDate(doc.deleted_at),
    domain_verified: doc.domain_verified ?? false,
    domain_verification_token: doc.domain_verification_token ?? null,
  };
}

const isoDate = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : null;

interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function isGraphQLRequest(body: unknown): body is GraphQLRequest {
  if (typeof body !== 'object' || body === null) return false;
  const { query, variables, operationName } = body as Record<string, unknown>;
  return (
    typeof query === 'string' &&
    (variables === undefined || variables === null || typeof variables === 'object') &&
    (operationName === undefined || operationName === null || typeof operationName === 'string')
  );
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
