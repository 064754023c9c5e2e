import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../common/principal.js';
import { runWithRequestInfo } from '../common/request-info.js';

export interface RequestLocals {
  requestId: string;
  log: Logger;
  principal: Principal;
}

export const locals = (res: Response): RequestLocals => res.locals as RequestLocals;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Gives every request an id (the caller's, if sane), a logger carrying it, and a log line at the end. */
export function requestContext(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const requestLog = log.child({ requestId });
    res.locals.requestId = requestId;
    res.locals.log = requestLog;
    res.setHeader('X-Request-Id', requestId);
    const info = {
      requestId,
      ipAddress: req.ip ?? null,
      userAgent: req.header('user-agent') ?? null,
    };
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      requestLog.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    });
    runWithRequestInfo(info, next);
  };
}
