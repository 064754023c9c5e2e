import { ERROR_STATUS, type ErrorCode } from '@vetcares/tenant-rules';
import { GraphQLError } from 'graphql';

export type { ErrorCode };

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one error type services throw on purpose. It is a GraphQLError so resolvers can let it
 * through untouched, and it carries what REST needs (status and fields) too. `details` are
 * machine-readable facts about the refusal (a limit and its count, a retry delay).
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    fields: FieldError[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(message, {
      extensions: { code, ...(fields.length > 0 ? { fields } : {}), ...details },
    });
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.details = details;
  }

  get httpStatus(): number {
    return ERROR_STATUS[this.code];
  }
}

export const badInput = (fields: FieldError[], message = 'Invalid input'): AppError =>
  new AppError(
    'BAD_USER_INPUT',
    fields.length === 1 && fields[0] ? `${fields[0].field}: ${fields[0].message}` : message,
    fields,
  );

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);

export const unauthenticated = (message = 'Sign in to continue'): AppError =>
  new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this'): AppError =>
  new AppError('FORBIDDEN', message);

export const conflict = (field: string, message: string): AppError =>
  new AppError('CONFLICT', message, [{ field, message }]);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
