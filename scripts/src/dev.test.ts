import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort, isPortClosed } from './embedded/free-port.js';
import { repoRoot } from './paths.js';

// `pnpm dev` on a fresh clone: no .env, no MONGODB_URI or REDIS_URL, so everything is embedded
// and the first admin comes from .env.example.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !['MONGODB_URI', 'REDIS_URL', 'NODE_ENV', 'VITEST'].includes(key) &&
      !key.startsWith('VITEST_'),
  ),
);

describe('the dev command', () => {
  it('brings up the API, playground and console on embedded services; a new user signs in and manages tenants', async () => {
    const [apiPort, consolePort] = [await findFreePort(), await findFreePort()];
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-dev-'));
    const dev = spawn('node_modules/.bin/tsx', ['scripts/src/dev.ts'], {
      cwd: repoRoot,
      env: {
        ...childEnv,
        PORT: String(apiPort),
        CONSOLE_PORT: String(consolePort),
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => dev.once('exit', resolve));
    let output = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dev did not start:\n${output}`)), 150_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('VetCares is running')) {
            clearTimeout(timer);
            resolve();
          }
        };
        dev.stdout.on('data', onData);
        dev.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`dev exited:\n${output}`)));
      });
      expect(output).toContain(`http://localhost:${apiPort}/playground`);
      expect(output).toContain(`http://localhost:${consolePort}/admin/`);
      expect(output).toContain('admin@vetcares.local');

      // Through the console's dev server, as the browser would: its proxy reaches the API.
      const consoleUrl = `http://127.0.0.1:${consolePort}`;
      expect((await fetch(`${consoleUrl}/admin/`)).status).toBe(200);
      const login = await fetch(`${consoleUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@vetcares.local', password: 'Clinic-Console-2026!' }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const created = await fetch(`${consoleUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            'mutation { createTenant(input: { name: "Dev Clinic", slug: "dev-clinic", contact_email: "a@dev.example" }) { id } }',
        }),
      });
      expect(
        ((await created.json()) as { data: { createTenant: { id: string } } }).data.createTenant.id,
      ).toMatch(/^[0-9a-f]{24}$/);
      expect((await fetch(`http://127.0.0.1:${apiPort}/playground`)).status).toBe(200);
    } finally {
      dev.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    }
    // Ctrl+C stops everything it started.
    expect(await isPortClosed(apiPort)).toBe(true);
    expect(await isPortClosed(consolePort)).toBe(true);
  }, 200_000);
});
