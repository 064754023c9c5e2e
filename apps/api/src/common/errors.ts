import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'TENANT_SUSPENDED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  field: string;
  message: string;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 429,
  TENANT_SUSPENDED: 423,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The one error type services throw on purpose. It is a GraphQLError so resolvers can let it
 * through untouched, and it carries what REST needs (status and fields) too.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(code: ErrorCode, message: string, fields: FieldError[] = []) {
    super(message, { extensions: fields.length > 0 ? { code, fields } : { code } });
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
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

export function httpStatusOf(code: string): number {
  return code in HTTP_STATUS ? HTTP_STATUS[code as ErrorCode] : 500;
}
