import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { consoleContentSecurityPolicy } from './security-headers.js';

/** Serves the built console at /admin, with every unknown path falling back to the SPA's index. */
export function adminConsoleRouter(staticDir: string | null): Router | null {
  if (!staticDir || !existsSync(path.join(staticDir, 'index.html'))) return null;
  const router = express.Router();
  router.use(consoleContentSecurityPolicy());
  router.use(express.static(staticDir, { index: false, maxAge: '1h' }));
  router.get('/{*path}', (_req, res) => {
    res.set('Cache-Control', 'no-store').sendFile(path.join(staticDir, 'index.html'));
  });
  return router;
}
