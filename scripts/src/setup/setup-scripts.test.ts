import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../paths.js';

const run = promisify(execFile);
const database = `test_setup_${randomBytes(4).toString('hex')}`;

/** Runs a setup script as `pnpm init-database` / `pnpm create-admin` would. */
async function script(name: 'init-database' | 'create-admin', env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', [`scripts/src/${name}.ts`], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        MONGODB_URI: inject('mongoUri'),
        MONGODB_DATABASE: database,
        ...env,
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

afterAll(async () => {
  const connection = await mongoose
    .createConnection(inject('mongoUri'), { dbName: database })
    .asPromise();
  await connection.dropDatabase();
  await connection.close();
});

describe('the setup scripts', () => {
  it('init-database creates every collection and index, and can run again', async () => {
    const first = await script('init-database');
    expect(first.code).toBe(0);
    expect(first.output).toContain(`Database "${database}" ready: `);
    expect(first.output).toContain('tenants');
    expect((await script('init-database')).code).toBe(0);
    const connection = await mongoose
      .createConnection(inject('mongoUri'), { dbName: database })
      .asPromise();
    try {
      const indexes = await connection.db!.collection('tenants').indexes();
      expect(indexes.map((index) => Object.keys(index.key).join(','))).toEqual(
        expect.arrayContaining(['slug', 'domain_key', 'status,created_date']),
      );
    } finally {
      await connection.close();
    }
  }, 60_000);

  it('create-admin creates the admin once, updates it after, and refuses a weak password', async () => {
    const env = { ADMIN_EMAIL: 'Owner@Platform.example', ADMIN_PASSWORD: 'Strong-Setup-Passw0rd' };
    const created = await script('create-admin', env);
    expect(created).toMatchObject({ code: 0 });
    expect(created.output).toContain(
      `Admin owner@platform.example created in database "${database}".`,
    );
    expect((await script('create-admin', env)).output).toContain(
      `is up to date in database "${database}".`,
    );

    const weak = await script('create-admin', { ...env, ADMIN_PASSWORD: 'password' });
    expect(weak.code).not.toBe(0);
    expect(weak.output).toContain('ADMIN_PASSWORD must be at least 12 characters');
  }, 60_000);
});
