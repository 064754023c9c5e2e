/** How a request ended: server errors count against uptime, client errors only against the error rate. */
export type RequestOutcome = 'ok' | 'client_error' | 'server_error';

export interface RequestSample {
  /** The clinic whose principal made the request; null for admins and anonymous callers. */
  tenantId: string | null;
  /** A bounded name: "query:tenants", "GET /api/admin/tenants/:id". */
  operation: string;
  ms: number;
  outcome: RequestOutcome;
  /** When it finished (ms since the epoch). */
  at: number;
}

const SERVER_ERROR_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/** A GraphQL error's code as an outcome: no code at all is an unexpected (server) error. */
export function outcomeOfCodes(codes: readonly (string | undefined)[]): RequestOutcome {
  if (codes.length === 0) return 'ok';
  return codes.some((code) => code === undefined || SERVER_ERROR_CODES.has(code))
    ? 'server_error'
    : 'client_error';
}

export function outcomeOfStatus(status: number): RequestOutcome {
  if (status >= 500) return 'server_error';
  return status >= 400 ? 'client_error' : 'ok';
}

/** Operation names become Redis fields and MongoDB paths: no dots, dollars or pipes, bounded length. */
export const operationName = (raw: string): string => raw.replace(/[.$|]/g, '_').slice(0, 120);
