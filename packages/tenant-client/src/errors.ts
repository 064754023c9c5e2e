import type { ErrorCode } from '@vetcares/tenant-rules';

/**
 * The codes a TenantClientError carries: the API's own `extensions.code` (UNAUTHENTICATED,
 * TENANT_SUSPENDED, LIMIT_EXCEEDED, ...) when the server answered, or one of the client's:
 * NETWORK_ERROR (no answer), HTTP_ERROR (an answer that was not GraphQL), TENANT_MISMATCH
 * (a tenant id other than the credential's), NOT_CONFIGURED, CLOSED, USAGE_BUFFER_FULL (trackUsage
 * while the usage buffer is full even after compaction).
 */
export type TenantClientErrorCode =
  | ErrorCode
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'TENANT_MISMATCH'
  | 'NOT_CONFIGURED'
  | 'CLOSED'
  | 'USAGE_BUFFER_FULL'
  | (string & {});

export interface FieldProblem {
  field: string;
  message: string;
}

export class TenantClientError extends Error {
  constructor(
    readonly code: TenantClientErrorCode,
    message: string,
    /** Which input fields were wrong, for BAD_USER_INPUT (e.g. `events[3].event`). */
    readonly fields: FieldProblem[] = [],
    /** The HTTP status, when there was a response. */
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TenantClientError';
  }
}

export const isTenantClientError = (error: unknown): error is TenantClientError =>
  error instanceof TenantClientError;
