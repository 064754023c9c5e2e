import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * One encrypted value as stored: `enc1:<key id>:<iv>:<ciphertext>:<tag>` (base64url parts).
 * AES-256-GCM with a random 96-bit IV; the additional data binds the value to its field and
 * tenant, so a ciphertext copied into another field or clinic fails to decrypt.
 */
const PREFIX = 'enc1:';
const ENVELOPE =
  /^enc1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]*):([A-Za-z0-9_-]{22})$/;

export class DecryptionError extends Error {
  constructor(where: string) {
    super(`A stored value of ${where} failed its integrity check and cannot be decrypted`);
    this.name = 'DecryptionError';
  }
}

export const isEnvelope = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(PREFIX) && ENVELOPE.test(value);

/** The id of the key a stored value was encrypted with, or null for clear text. */
export const envelopeKeyId = (value: unknown): string | null =>
  isEnvelope(value) ? ENVELOPE.exec(value)![1]! : null;

export function encryptValue(keyring: Keyring, plaintext: string, associated: string): string {
  const { id, key } = keyring.activeEncryptionKey;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    `${PREFIX}${id}`,
    iv.toString('base64url'),
    ciphertext.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
  ].join(':');
}

/** The clear text of an envelope; anything else (a value written before encryption) as it is. */
export function decryptValue(keyring: Keyring, stored: string, associated: string): string {
  const match = ENVELOPE.exec(stored);
  if (!match) return stored;
  const [, keyId, iv, ciphertext, tag] = match;
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyring.encryptionKey(keyId!).key,
    Buffer.from(iv!, 'base64url'),
  );
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag!, 'base64url'));
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext!, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new DecryptionError(associated);
  }
}
