import cookieParser from 'cookie-parser';
import express, { type Response, type Router } from 'express';
import { locals } from '../../http/request-context.js';
import { objectBody } from '../../http/rest/body.js';
import type { SessionService, SessionTokens } from '../sessions/session.service.js';
import type { AdminService } from './admin.service.js';

/** The console's refresh token: httpOnly (no script reads it), Secure, SameSite=Strict. */
export const REFRESH_COOKIE = 'vetcares_admin_refresh';
const COOKIE_PATH = '/api/admin/auth';

function setRefreshCookie(res: Response, tokens: SessionTokens): void {
  res.cookie(REFRESH_COOKIE, tokens.refresh_token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: tokens.refresh_expires_at,
  });
}

const clearRefreshCookie = (res: Response) =>
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
  });

/** The spec's POST /api/auth/login: the tokens in the body, for scripts. */
export function authRestRouter(admins: AdminService): Router {
  const router = express.Router();
  router.post('/login', async (req, res) => {
    const body = objectBody(req.body);
    res.json(await admins.login(body.email, body.password, body.two_factor_code));
  });
  return router;
}

/**
 * The console's session routes under /api/admin/auth: the refresh token lives only in the cookie
 * (answers carry the access token, which the console keeps in memory).
 */
export function consoleAuthRouter(admins: AdminService, sessions: SessionService): Router {
  const router = express.Router();
  router.use(cookieParser());
  router.post('/login', async (req, res) => {
    const body = objectBody(req.body);
    const { refresh_token: _cookieOnly, ...result } = await admins.login(
      body.email,
      body.password,
      body.two_factor_code,
    );
    setRefreshCookie(res, { ...result, refresh_token: _cookieOnly });
    res.json(result);
  });
  router.post('/refresh', async (req, res) => {
    const cookies = req.cookies as Record<string, string | undefined>;
    try {
      const tokens = await sessions.refresh(cookies[REFRESH_COOKIE]);
      setRefreshCookie(res, tokens);
      res.json({ token: tokens.token, expires_at: tokens.expires_at });
    } catch (error) {
      clearRefreshCookie(res);
      throw error;
    }
  });
  router.post('/sign-out', async (req, res) => {
    const cookies = req.cookies as Record<string, string | undefined>;
    await sessions.signOutByRefreshToken(cookies[REFRESH_COOKIE]);
    clearRefreshCookie(res);
    res.status(204).end();
  });
  router.post('/sign-out-everywhere', async (_req, res) => {
    const ended = await sessions.signOutEverywhere(locals(res).principal);
    clearRefreshCookie(res);
    res.json({ ended });
  });
  return router;
}
