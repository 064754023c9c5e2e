import type { Principal } from './principal.js';

/**
 * Published (through Redis, so every API instance hears it) when credentials stop being valid:
 * a session signed out or revoked, an account disabled or deleted, a password changed or reset, an
 * API key revoked. Open websockets whose principal carries one of the subjects are closed, and
 * HTTP refuses them from then on.
 */
export const CREDENTIAL_ENDED = 'credentialEnded';

export interface CredentialEnded {
  /** Subjects as made by the helpers below, e.g. `admin:<id>` or `session:<id>`. */
  subjects: string[];
  /** Why, for logs and the security log: `signed_out`, `disabled`, `password_changed`, ... */
  reason: string;
}

declare module '../graphql/pubsub.js' {
  interface Topics {
    [CREDENTIAL_ENDED]: CredentialEnded;
  }
}

export const adminSubject = (adminId: string) => `admin:${adminId}`;
export const clinicUserSubject = (tenantId: string, userId: string) =>
  `clinic_user:${tenantId}:${userId}`;
export const apiKeySubject = (tenantId: string, keyId: string) => `api_key:${tenantId}:${keyId}`;
export const sessionSubject = (sessionId: string) => `session:${sessionId}`;

/** Every subject whose end ends this principal's rights. */
export function credentialSubjects(principal: Principal): string[] {
  switch (principal.kind) {
    case 'admin':
      return withSession([adminSubject(principal.adminId)], principal.sessionId);
    case 'clinic_user':
      return withSession(
        [clinicUserSubject(principal.tenantId, principal.userId)],
        principal.sessionId,
      );
    case 'api_key':
      return [apiKeySubject(principal.tenantId, principal.keyId)];
    case 'anonymous':
      return [];
  }
}

const withSession = (subjects: string[], sessionId: string | undefined) =>
  sessionId ? [...subjects, sessionSubject(sessionId)] : subjects;
