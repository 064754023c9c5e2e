import type { NextFunction, Request, Response } from 'express';

/**
 * Strict-Transport-Security on every response that travelled over HTTPS: served here with
 * TLS_CERT_FILE, or by a TLS proxy in front that says so in X-Forwarded-Proto (trusted from the
 * proxy addresses only). Never on plain HTTP, where browsers ignore it anyway.
 */
export function strictTransportSecurity(maxAgeSeconds: number) {
  const value = `max-age=${maxAgeSeconds}; includeSubDomains`;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (maxAgeSeconds > 0 && req.secure) res.setHeader('Strict-Transport-Security', value);
    next();
  };
}
