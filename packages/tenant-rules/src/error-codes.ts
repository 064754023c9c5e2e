/**
 * The codes the API puts in a GraphQL error's `extensions.code` and a REST error's `error.code`,
 * with the HTTP status REST answers them with. One list for the API, the console and the SDK.
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  /** The password was right; a two-factor code (or a recovery code) is needed too. */
  TWO_FACTOR_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 422,
  RATE_LIMITED: 429,
  TENANT_SUSPENDED: 423,
  /** The clinic is being restored from a backup: writes wait until it ends. */
  TENANT_RESTORING: 423,
  /** A backup archive failed its checksums: nothing was restored from it. */
  BACKUP_CORRUPT: 422,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && value in ERROR_STATUS;
