import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';
import { spawnManaged } from './child-processes.js';
import { exitingWithParent } from './exit-with-parent.js';
import { waitForRedisPing } from './redis-ping.js';
import { startOnFreePort } from './start-on-free-port.js';
import { type RunningServer } from './types.js';

const READY_TIMEOUT_MS = 20_000;

/**
 * Starts redis-server from PATH on a free loopback port. With a dataDir it persists there
 * (append-only file); without one it keeps everything in memory.
 */
export async function startRedis(options: {
  dataDir: string | undefined;
  env: NodeJS.ProcessEnv;
}): Promise<RunningServer> {
  const redisServer = await findRedisServer(options.env);
  if (options.dataDir) await fs.mkdir(options.dataDir, { recursive: true });
  const storage = options.dataDir
    ? ['--dir', options.dataDir, '--appendonly', 'yes']
    : ['--save', '', '--appendonly', 'no'];

  const { child, port } = await startOnFreePort('redis-server', {
    spawnAt: (port) =>
      spawnManaged({
        name: 'redis',
        ...exitingWithParent('vetcares-redis', redisServer, [
          '--bind',
          '127.0.0.1',
          '--port',
          String(port),
          '--loglevel',
          'warning',
          ...storage,
        ]),
        env: options.env,
        // Not forwarded: even at "warning" level redis prints a startup banner and host tuning
        // advice. Its output still appears in the error if it fails to start.
      }),
    waitUntilReady: (child, port) => waitForRedisPing(port, READY_TIMEOUT_MS, child.exited),
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.stop() };
}

async function findRedisServer(env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('/bin/sh', ['-c', 'command -v redis-server'], {
      env,
    });
    return stdout.trim();
  } catch {
    throw new Error(
      'redis-server was not found on PATH. Install redis-server (apt-get install redis-server, ' +
        'or brew install redis) or set REDIS_URL to use an existing Redis.',
    );
  }
}
