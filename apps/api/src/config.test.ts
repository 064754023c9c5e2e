import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { resolveJwtSecret } from './crypto/dev-keys.js';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017/', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      playground: true,
      introspection: true,
      listMaxLimit: 100,
    });
  });

  it("uses the URI's database, else MONGODB_DATABASE, else vet_cares", () => {
    const uri = 'mongodb://127.0.0.1:27017/vet_prod';
    expect(loadConfig({ ...base, MONGODB_URI: uri }).mongodbDatabase).toBe('vet_prod');
    expect(
      loadConfig({ ...base, MONGODB_URI: uri, MONGODB_DATABASE: 'other' }).mongodbDatabase,
    ).toBe('vet_prod');
    expect(loadConfig({ ...base, MONGODB_DATABASE: 'named' }).mongodbDatabase).toBe('named');
    expect(loadConfig(base).mongodbDatabase).toBe('vet_cares');
  });

  it('accepts replica-set and SRV URIs, and refuses what is not a MongoDB URI', () => {
    const replicaSet = 'mongodb://u:p@db1:27017,db2:27017,db3:27017/vet_prod?replicaSet=rs0';
    expect(loadConfig({ ...base, MONGODB_URI: replicaSet })).toMatchObject({
      mongodbUri: replicaSet,
      mongodbDatabase: 'vet_prod',
    });
    const srv = 'mongodb+srv://u:p@cluster0.example.net/vet_prod?retryWrites=true';
    expect(loadConfig({ ...base, MONGODB_URI: srv }).mongodbDatabase).toBe('vet_prod');
    for (const uri of ['http://db:27017/x', 'db:27017', 'mongodb://']) {
      expect(() => loadConfig({ ...base, MONGODB_URI: uri })).toThrow(
        /MONGODB_URI: must be a mongodb:\/\/ or mongodb\+srv:\/\/ URI/,
      );
    }
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        REDIS_URL: 'http://x',
        LOG_LEVEL: 'loud',
        GRAPHQL_PLAYGROUND: 'maybe',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'MONGODB_URI', 'REDIS_URL', 'LOG_LEVEL', 'GRAPHQL_PLAYGROUND'])
        expect(problems).toContain(name);
    }
  });

  it('insists on a real JWT secret in production and turns the playground off', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: is required/,
    );
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /at least 32/,
    );
    const config = loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.playground).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('has no constant JWT secret: outside production one is generated into the data folder', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vetcares-jwt-'));
    try {
      const config = loadConfig({ ...base, DATA_DIR: dataDir });
      expect(config.jwtSecret).toBe('');
      const secret = resolveJwtSecret(config);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(path.join(dataDir, 'dev-jwt-secret'), 'utf8')).toBe(secret);
      // The same on the next start; another data folder gets its own.
      expect(resolveJwtSecret(config)).toBe(secret);
      const other = mkdtempSync(path.join(os.tmpdir(), 'vetcares-jwt-'));
      expect(resolveJwtSecret({ ...config, dataDir: other })).not.toBe(secret);
      rmSync(other, { recursive: true });
    } finally {
      rmSync(dataDir, { recursive: true });
    }
  });
});
