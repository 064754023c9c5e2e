import { AppError } from '../../common/errors.js';

/**
 * Told only to someone who gave the right password: a wrong one gets the usual answer, so a
 * lock says nothing to a guesser about whether they were close.
 */
export const lockedOut = (until: Date): AppError =>
  new AppError(
    'UNAUTHENTICATED',
    `This account is locked after repeated failed sign-ins until ${until.toISOString()}; try again then, or ask an administrator`,
    [],
    { locked_until: until.toISOString() },
  );

/** Whether a token issued at `issuedAtSeconds` predates its account's session revocation. */
export const revokedSince = (
  revokedAt: Date | null | undefined,
  issuedAtSeconds: number,
): boolean =>
  revokedAt !== null && revokedAt !== undefined && issuedAtSeconds * 1000 < revokedAt.getTime();
