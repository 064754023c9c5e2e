import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { databaseName } from '@vetcares/api';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_DOCUMENTS_PER_COLLECTION,
  tooLargeMessage,
} from './embedded/collection-size-watch.js';
import { findFreePort, isPortClosed } from './embedded/free-port.js';
import { repoRoot } from './paths.js';
import { startServices } from './services.js';

// `pnpm dev` on a fresh clone: no .env, no MONGODB_URI or REDIS_URL, so everything is embedded
// and the first admin comes from .env.example.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !['MONGODB_URI', 'REDIS_URL', 'NODE_ENV', 'VITEST'].includes(key) &&
      !key.startsWith('VITEST_'),
  ),
);

/** Leaves a collection just past what the embedded engine serves comfortably in DATA_DIR. */
async function seedLargeCollection(dataDir: string, collection: string, documents: number) {
  const services = await startServices({ persistent: true, dataDir, env: childEnv, log: () => {} });
  const client = await new MongoClient(services.mongoUri).connect();
  try {
    await client
      .db(databaseName(services.mongoUri, undefined))
      .collection(collection)
      .insertMany(Array.from({ length: documents }, (_, i) => ({ i })));
  } finally {
    await client.close();
    await services.stop();
  }
}

describe('the dev command', () => {
  it('brings up the API, playground and console on embedded services; a new user signs in and manages tenants', async () => {
    const [apiPort, consolePort] = [await findFreePort(), await findFreePort()];
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-dev-'));
    const largeCollection = {
      name: 'large_probe',
      documents: EMBEDDED_DOCUMENTS_PER_COLLECTION + 1,
    };
    await seedLargeCollection(dataDir, largeCollection.name, largeCollection.documents);
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
    const outputListeners = new Set<() => void>();
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const listener of outputListeners) listener();
    };
    dev.stdout.on('data', onData);
    dev.stderr.on('data', onData);
    const waitForOutput = (text: string, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`dev did not print "${text}":\n${output}`)),
          timeoutMs,
        );
        const check = () => {
          if (!output.includes(text)) return;
          clearTimeout(timer);
          outputListeners.delete(check);
          resolve();
        };
        outputListeners.add(check);
        check();
        void exited.then(() => reject(new Error(`dev exited:\n${output}`)));
      });
    try {
      await waitForOutput('VetCares is running', 150_000);
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

      // On the embedded engine it warns about a collection past the comfortable size.
      const limit = EMBEDDED_DOCUMENTS_PER_COLLECTION;
      await waitForOutput(
        tooLargeMessage(largeCollection.name, largeCollection.documents, limit),
        30_000,
      );
      expect(output).not.toContain('The "tenants" collection');
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
