import { spawn } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../paths.js';
import { startTestServices } from '../services.js';
import { isPortClosed } from './free-port.js';
import { STRIPE_MOCK_API_KEY, startStripeMock } from './stripe-mock-process.js';

const quiet = () => {};
const childScript = fileURLToPath(new URL('./stripe-mock-child.fixture.ts', import.meta.url));

/** An idle TCP connection to the server; `closed` settles when the server's process is gone. */
async function holdConnection(url: string): Promise<{ closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => {}); // a reset when the server dies is what we wait for
  return { closed: new Promise((resolve) => socket.once('close', () => resolve())) };
}

/**
 * Resolves once nothing listens on the port any more. The held connection closing says the server
 * is going (or timed out an idle client under load); the listening socket may go a moment later.
 * If the server stayed up this never resolves, and the test fails on its timeout.
 */
async function portClosed(port: number): Promise<true> {
  while (!(await isPortClosed(port))) await new Promise((resolve) => setImmediate(resolve));
  return true;
}

function getCustomer(url: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${url}/v1/customers/cus_probe`, { headers });
}

// The global setup already runs one stripe-mock; each of these starts its own beside it, which
// also shows two instances don't fight over a port (stripe-mock's default HTTPS port included).
describe('startStripeMock', () => {
  it('serves the Stripe API over plain HTTP on loopback; stop() ends it and is safe to repeat', async () => {
    const server = await startStripeMock({ log: quiet, env: process.env });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const authorized = await getCustomer(server.url, {
      authorization: `Bearer ${STRIPE_MOCK_API_KEY}`,
    });
    expect(authorized.status).toBe(200);
    expect(await authorized.json()).toMatchObject({ object: 'customer', id: 'cus_probe' });
    expect((await getCustomer(server.url, {})).status).toBe(401);

    const connection = await holdConnection(server.url);
    await Promise.all([server.stop(), server.stop()]);
    await connection.closed;
    expect(await portClosed(Number(new URL(server.url).port))).toBe(true);
    await server.stop();
  });

  it('dies with the process that started it, even one killed by SIGKILL', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => parent.once('exit', () => resolve()));
    try {
      let stderr = '';
      parent.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: parent.stdout }).on('line', (line) => {
          if (line.startsWith('STRIPE_MOCK_URL ')) resolve(line.split(' ')[1]!);
        });
        void exited.then(() => reject(new Error(`the parent exited early:\n${stderr}`)));
      });
      const connection = await holdConnection(url);

      parent.kill('SIGKILL');
      await connection.closed;
      expect(await portClosed(Number(new URL(url).port))).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      await exited;
    }
  });
});

describe('startTestServices', () => {
  it('uses STRIPE_MOCK_URL as given instead of starting stripe-mock', async () => {
    const services = await startTestServices({
      log: quiet,
      env: {
        ...process.env,
        MONGODB_URI: inject('mongoUri'),
        REDIS_URL: inject('redisUrl'),
        STRIPE_MOCK_URL: 'http://stripe-mock.internal:12111',
      },
    });
    expect(services.stripeMockUrl).toBe('http://stripe-mock.internal:12111');
    await services.stop();
  });
});
