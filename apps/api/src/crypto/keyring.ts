import { hkdfSync } from 'node:crypto';
import type { NamedKey } from '../config.js';

export class MissingKeyError extends Error {
  constructor(kind: string, id: string) {
    super(
      `No ${kind} key with id "${id}" is configured; add it back to the key list to read this value`,
    );
    this.name = 'MissingKeyError';
  }
}

/**
 * The keys that protect data at rest: AES-256-GCM keys for personal fields and HMAC keys for
 * lookups, search tokens and the audit chain. Each list is newest first: the first key writes,
 * every key reads, so a key rotates by putting a new one in front and re-encrypting
 * (`pnpm rotate-keys`) before the old one is removed.
 */
export class Keyring {
  private readonly derived = new Map<string, Buffer>();

  constructor(
    private readonly encryption: readonly NamedKey[],
    private readonly hmac: readonly NamedKey[],
  ) {
    if (encryption.length === 0 || hmac.length === 0) {
      throw new Error('A keyring needs at least one encryption key and one HMAC key');
    }
  }

  get activeEncryptionKey(): NamedKey {
    return this.encryption[0]!;
  }

  get activeHmacKey(): NamedKey {
    return this.hmac[0]!;
  }

  get hmacKeyIds(): string[] {
    return this.hmac.map((key) => key.id);
  }

  encryptionKey(id: string): NamedKey {
    const found = this.encryption.find((key) => key.id === id);
    if (!found) throw new MissingKeyError('encryption', id);
    return found;
  }

  hasHmacKey(id: string): boolean {
    return this.hmac.some((key) => key.id === id);
  }

  /**
   * A sub-key of an HMAC key for one purpose and scope (a tenant, the platform): search tokens of
   * one clinic mean nothing in another, and the audit chain's key is not the lookups' key.
   */
  subkey(hmacKeyId: string, purpose: string): Buffer {
    const cacheKey = `${hmacKeyId}\u0000${purpose}`;
    let key = this.derived.get(cacheKey);
    if (!key) {
      const base = this.hmac.find((candidate) => candidate.id === hmacKeyId);
      if (!base) throw new MissingKeyError('HMAC', hmacKeyId);
      key = Buffer.from(hkdfSync('sha256', base.key, 'vetcares', purpose, 32));
      if (this.derived.size > 10_000) this.derived.clear();
      this.derived.set(cacheKey, key);
    }
    return key;
  }
}
