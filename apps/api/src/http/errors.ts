import type { NextFunction, Request, Response } from 'express';
import {
  isDependencyUnavailable,
  SERVICE_UNAVAILABLE_MESSAGE,
} from '../common/dependency-errors.js';
import { isAppError } from '../common/errors.js';
import type { RecordDenial } from '../common/principal.js';
import { locals } from './request-context.js';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** The one place an HTTP error becomes a response: a code, a message, the fields at fault; no internals. */
export function jsonErrorHandler(exposeInternals: boolean, recordDenial: RecordDenial) {
  return async (error: unknown, req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (res.headersSent) return next(error);
    const { requestId, log, principal } = locals(res);
    if (isAppError(error)) {
      res.locals.errorCode = error.code;
      if (principal)
        await recordDenial(principal, error.code, `rest:${req.method} ${req.path}`, error.message);
      const retryAfter = error.details.retry_after_seconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      res.status(error.httpStatus).json({
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields.length ? { fields: error.fields } : {}),
          ...error.details,
        },
      });
      return;
    }
    const parserError = error as BodyParserError;
    if (parserError.type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' } });
      return;
    }
    if (parserError.type === 'entity.too.large') {
      res
        .status(413)
        .json({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' } });
      return;
    }
    if (parserError.type && parserError.status && parserError.status < 500) {
      res
        .status(parserError.status)
        .json({ error: { code: 'BAD_REQUEST', message: 'The request body could not be read' } });
      return;
    }
    if (isDependencyUnavailable(error)) {
      res.locals.errorCode = 'SERVICE_UNAVAILABLE';
      log.warn({ err: error }, 'dependency unavailable');
      res
        .status(503)
        .set('Retry-After', '5')
        .json({
          error: { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE, requestId },
        });
      return;
    }
    res.locals.errorCode = 'INTERNAL_SERVER_ERROR';
    log.error({ err: error }, 'unhandled error');
    res.status(500).json({
      error: {
        code: 'INTERNAL_SERVER_ERROR',
        message:
          exposeInternals && error instanceof Error ? error.message : 'Internal server error',
        requestId,
      },
    });
  };
}

export function notFoundHandler(_req: Request, res: Response): void {
  res.locals.errorCode = 'NOT_FOUND';
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such endpoint' } });
}
