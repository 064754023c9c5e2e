const STORAGE_KEY = 'vetcares.admin.session';

interface StoredSession {
  token: string;
  expiresAt: string;
}

function readSession(): StoredSession | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'token' in parsed &&
      'expiresAt' in parsed &&
      typeof parsed.token === 'string' &&
      typeof parsed.expiresAt === 'string'
    ) {
      return { token: parsed.token, expiresAt: parsed.expiresAt };
    }
  } catch {
    // A corrupted entry is treated like no session at all.
  }
  return null;
}

/** The bearer token, or null when nobody is signed in or the token has expired. */
export function getSessionToken(): string | null {
  const session = readSession();
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= Date.now()) {
    clearSession();
    return null;
  }
  return session.token;
}

export function saveSession(token: string, expiresAt: string): void {
  const session: StoredSession = { token, expiresAt };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}
