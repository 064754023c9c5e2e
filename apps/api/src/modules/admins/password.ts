import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * About 50,000 passwords seen most in breaches, from the maintained zxcvbn-ts package, plus the
 * spec's own example values.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...(dictionary['passwords-common'] as string[]),
  'secure_password',
  'secure_admin_password',
]);

/** The password without the digits and symbols people tack on ("Summer2024!" → "summer"). */
const core = (password: string): string =>
  password
    .toLowerCase()
    .replace(/^[^a-z]+|[^a-z]+$/g, '')
    .trim();

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const stem = core(password);
  return stem.length >= 4 && COMMON_PASSWORDS.has(stem) && stem.length >= lower.length / 2;
}

/** Why a password is too weak, or null when it will do. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > 256) return 'must be at most 256 characters';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password));
  if (classes.length < 3) {
    return 'must mix at least three of: lowercase letters, uppercase letters, digits, symbols';
  }
  if (isCommon(password)) return 'is a commonly used password';
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return 'must not contain the e-mail address';
  }
  return null;
}

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** The hash an unknown or disabled account's sign-in is checked against (made once per process). */
export const dummyPasswordHash = (): Promise<string> =>
  (dummyHash ??= hashPassword('dummy-password-for-timing-Aa1!'));

/**
 * Spends the same time as a real check, so an unknown e-mail can't be told apart from a wrong
 * password by how long sign-in takes.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(await dummyPasswordHash(), password);
}
