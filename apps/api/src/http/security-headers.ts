import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet): no MIME sniffing, no framing, no referrer, the
 * opener and resource isolated to this origin, and a Content-Security-Policy that lets an API
 * response load nothing at all. The console and the playground replace the policy with their own.
 * Strict-Transport-Security is left to hsts.ts, which sends it only over HTTPS.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
}

/** Directives every page of ours shares: own files only, never framed, no plugins. */
const PAGE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  // Same-origin fetches and websockets ('self' covers ws:/wss: to this host in CSP level 3).
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The built console: its bundle is files of its own (no inline script). Style attributes stay
 * allowed: React and the chart components set element styles (a theme preview's colour).
 */
export function consoleContentSecurityPolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      ...PAGE_DIRECTIVES,
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  });
}

/** `'sha256-…'`: a CSP source allowing exactly this inline script or style. */
export const cspHash = (content: string): string =>
  `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/**
 * The GraphiQL playground: its assets from /playground/assets, and its one inline script allowed
 * by hash (never 'unsafe-inline' for scripts). Its inline style sheet and GraphiQL's editor
 * styles are allowed ('unsafe-inline' for styles only).
 */
export function playgroundContentSecurityPolicy(inline: { script: string }): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      ...PAGE_DIRECTIVES,
      scriptSrc: ["'self'", cspHash(inline.script)],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  });
}
