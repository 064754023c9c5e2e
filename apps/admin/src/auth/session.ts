/**
 * The console's session. The access token lives only in memory (never localStorage: a script
 * injected into the page could read that); the refresh token lives in an httpOnly, Secure,
 * SameSite=Strict cookie that only /api/admin/auth sees. A reload asks that route for a new
 * access token, so a tab keeps its session without the page ever holding the long-lived secret.
 */
const AUTH_PATH = '/api/admin/auth';

interface AccessToken {
  token: string;
  expiresAt: number;
}

let current: AccessToken | null = null;
let refreshing: Promise<string | null> | null = null;

/** Renews a little before expiry, so a request never leaves with a token about to lapse. */
const EXPIRY_MARGIN_MS = 15_000;

export interface SignInAnswer {
  token: string;
  expires_at: string;
  two_factor_enrolment_required: boolean;
}

export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function post<T>(path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${AUTH_PATH}${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body ?? {}),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json()) as { error?: { code?: string; message?: string } } & T;
  if (!response.ok) {
    throw new SignInError(json.error?.code ?? 'ERROR', json.error?.message ?? 'Request failed');
  }
  return json;
}

function remember(token: string, expiresAt: string): void {
  current = { token, expiresAt: Date.parse(expiresAt) };
}

export async function signIn(
  email: string,
  password: string,
  twoFactorCode?: string,
): Promise<SignInAnswer> {
  const answer = await post<SignInAnswer>('/login', {
    email,
    password,
    ...(twoFactorCode ? { two_factor_code: twoFactorCode } : {}),
  });
  remember(answer.token, answer.expires_at);
  return answer;
}

/** The access token in memory, if it is still good. */
export function currentToken(): string | null {
  return current && current.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? current.token : null;
}

/** A usable access token: the one in memory, or a new one bought with the refresh cookie. */
export async function accessToken(): Promise<string | null> {
  const token = currentToken();
  if (token) return token;
  refreshing ??= post<{ token: string; expires_at: string }>('/refresh')
    .then((answer) => {
      remember(answer.token, answer.expires_at);
      return answer.token;
    })
    .catch(() => {
      current = null;
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Ends this session (the cookie's) on the server, and forgets the token here. */
export async function signOut(): Promise<void> {
  current = null;
  await post('/sign-out').catch(() => undefined);
}

/** Ends every session of this admin, on every device. */
export async function signOutEverywhere(): Promise<void> {
  const token = await accessToken();
  current = null;
  if (token) await post('/sign-out-everywhere', {}, token);
}

export function clearSession(): void {
  current = null;
}
