import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { withDatabase } from '@vetcares/api/db/mongo-uri';
import mongoose from 'mongoose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../embedded/free-port.js';
import { repoRoot } from '../paths.js';

const run = promisify(execFile);

// A deployment as the README tells a newcomer to do it: one MONGODB_URI naming the database,
// REDIS_URL, JWT_SECRET and the data keys, production mode, then `pnpm init-database`, `pnpm create-admin` and
// `pnpm start` (no `pnpm build`: that only builds the console). Every step is a real process.
const database = `test_prod_${randomBytes(4).toString('hex')}`;
const admin = { email: 'owner@prod.example', password: 'Prod-Setup-Passw0rd!' };
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  MONGODB_URI: withDatabase(inject('mongoUri'), database),
  REDIS_URL: inject('redisUrl'),
  // Only so this test's keys stay apart from other tests' in the shared Redis.
  REDIS_KEY_PREFIX: `${database}:`,
  JWT_SECRET: randomBytes(32).toString('hex'),
  ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  HMAC_KEYS: `h1:${randomBytes(32).toString('base64')}`,
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  PORT: String(await findFreePort()),
  HOST: '127.0.0.1',
};

async function pnpm(script: string): Promise<string> {
  const { stdout, stderr } = await run('pnpm', [script], { cwd: repoRoot, env });
  return stdout + stderr;
}

/** `pnpm start` in its own process group, so stopping it stops pnpm, tsx and the API. */
async function startApi(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`the API did not start:\n${output}`)),
        90_000,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)".*VetCares API listening/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`the API exited:\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

afterAll(async () => {
  const connection = await mongoose
    .createConnection(inject('mongoUri'), { dbName: database })
    .asPromise();
  await connection.dropDatabase();
  await connection.close();
});

describe('deploying with a MONGODB_URI that names the database', () => {
  it('init-database, create-admin and start all use that database: the new admin signs in', async () => {
    expect(await pnpm('init-database')).toContain(`Database "${database}" ready`);
    expect(await pnpm('create-admin')).toContain(
      `Admin ${admin.email} created in database "${database}".`,
    );

    const api = await startApi();
    try {
      const response = await fetch(`${api.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(admin),
      });
      expect(response.status).toBe(200);
      const { token } = (await response.json()) as { token: string };
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    } finally {
      await api.stop();
    }
  }, 180_000);
});
