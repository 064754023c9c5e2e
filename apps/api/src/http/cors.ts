import type { NextFunction, Request, Response } from 'express';

/**
 * Lets browsers call the API from the listed origins (a console hosted elsewhere, say) and from
 * any clinic's own origin: https://{slug}.{BASE_DOMAIN} or its verified custom domain, so clinic
 * web apps work without each being listed. The console we serve ourselves is same-origin.
 */
export function cors(allowedOrigins: string[], isClinicHost: (host: string) => Promise<boolean>) {
  const listed = new Set(allowedOrigins);
  const isClinicOrigin = async (origin: string): Promise<boolean> => {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    return isClinicHost(host);
  };

  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const origin = req.header('origin');
    if (origin && (listed.has(origin) || (await isClinicOrigin(origin)))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'authorization, content-type, x-api-key, x-request-id, apollo-require-preflight',
      );
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
