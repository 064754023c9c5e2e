import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys read `vck_<tenant id>_<prefix>_<secret>`: the tenant id lets the key be looked up inside
 * its own tenant (no unscoped query), the prefix tells keys apart in lists, and only a hash of
 * the secret is stored.
 */
const KEY_FORMAT = /^vck_([0-9a-f]{24})_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  tenantId: string;
  prefix: string;
  secret: string;
}

export function newApiKey(tenantId: string): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { key: `vck_${tenantId}_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseApiKey(key: string): ParsedApiKey | null {
  const match = KEY_FORMAT.exec(key.trim());
  if (!match) return null;
  return { tenantId: match[1]!, prefix: match[2]!, secret: match[3]! };
}

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
