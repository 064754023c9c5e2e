import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorCode } from '@vetcares/tenant-rules';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode | (string & {}) | null;
  message: string;
  fields: FieldError[];
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    'message' in value &&
    typeof value.field === 'string' &&
    typeof value.message === 'string'
  );
}

function readFields(extensions: Record<string, unknown> | undefined): FieldError[] {
  const fields = extensions?.['fields'];
  return Array.isArray(fields) ? fields.filter(isFieldError) : [];
}

/** Flattens whatever Apollo hands us into the API's documented error shape. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.['code'];
    return {
      code: typeof code === 'string' ? code : null,
      message: first?.message ?? error.message,
      fields: error.errors.flatMap((graphQLError) => readFields(graphQLError.extensions)),
    };
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return { code: null, message, fields: [] };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code)
  );
}
