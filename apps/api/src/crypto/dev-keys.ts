import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config, type NamedKey } from '../config.js';
import { Keyring } from './keyring.js';

interface StoredDevKeys {
  encryption: { id: string; key: string };
  hmac: { id: string; key: string };
}

const DEV_KEYS_FILE = 'dev-keys.json';

/**
 * The keyring from configuration. Production refuses to start without keys; elsewhere a pair is
 * generated once into the data folder, so development data stays readable across restarts
 * without any key committed to the repository.
 */
export function resolveKeyring(config: Config): Keyring {
  const missing = [
    ...(config.encryptionKeys.length === 0 ? ['ENCRYPTION_KEYS'] : []),
    ...(config.hmacKeys.length === 0 ? ['HMAC_KEYS'] : []),
  ];
  if (missing.length === 0) return new Keyring(config.encryptionKeys, config.hmacKeys);
  if (config.nodeEnv === 'production') {
    throw new ConfigError(
      missing.map((name) => `${name}: is required in production (id:base64 of 32 random bytes)`),
    );
  }
  const dev = devKeys(config.dataDir);
  return new Keyring(
    config.encryptionKeys.length > 0 ? config.encryptionKeys : [dev.encryption],
    config.hmacKeys.length > 0 ? config.hmacKeys : [dev.hmac],
  );
}

function devKeys(dataDir: string): { encryption: NamedKey; hmac: NamedKey } {
  const file = path.join(dataDir, DEV_KEYS_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const stored: StoredDevKeys = {
      encryption: { id: 'dev', key: randomBytes(32).toString('base64') },
      hmac: { id: 'dev', key: randomBytes(32).toString('base64') },
    };
    // wx: two processes starting at once must not each write their own keys.
    try {
      writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredDevKeys;
  return {
    encryption: { id: stored.encryption.id, key: Buffer.from(stored.encryption.key, 'base64') },
    hmac: { id: stored.hmac.id, key: Buffer.from(stored.hmac.key, 'base64') },
  };
}

const DEV_JWT_SECRET_FILE = 'dev-jwt-secret';

/**
 * The token signing secret: JWT_SECRET, or (outside production, where config requires it) one
 * generated once into the data folder, the same file `pnpm dev` uses. Never a constant: a secret
 * committed to the repository would let anyone forge tokens for any instance started without one.
 */
export function resolveJwtSecret(config: Config): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.nodeEnv === 'production') throw new ConfigError(['JWT_SECRET: is required']);
  const file = path.join(config.dataDir, DEV_JWT_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new ConfigError([`JWT_SECRET: ${file} holds too short a secret`]);
  return secret;
}
