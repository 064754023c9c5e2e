import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestApi } from './harness.js';
import type { ListeningSignal } from './subscription-listening.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

export interface ApiProcess {
  url: string;
  /** Read from the process's debug log, which it writes when a subscription starts listening. */
  listening: ListeningSignal;
  /** Resolves once a line the process logged (before or after this call) passes `test`. */
  logged(test: (line: string) => boolean): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code once the process has shut down. */
  stop(): Promise<number | null>;
}

/**
 * Starts the API as its own OS process (`src/main.ts`, as in production), sharing the database,
 * Redis prefix and signing key of an in-test instance: a second server behind the same balancer.
 */
export async function startApiProcess(
  shared: TestApi,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const child: ChildProcess = spawn(tsx, ['src/main.ts'], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      // Debug, for the line that says a subscription is listening.
      LOG_LEVEL: 'debug',
      MONGODB_URI: shared.mongoUri,
      MONGODB_DATABASE: shared.databaseName,
      REDIS_URL: shared.redisUrl,
      REDIS_KEY_PREFIX: shared.redisKeyPrefix,
      JWT_SECRET: shared.jwtSecret,
      ...shared.keyEnv,
      JOBS_ENABLED: 'false',
      ADMIN_STATIC_DIR: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let output = '';
  const outputWaiters = new Set<() => void>();
  const logged = (test: (line: string) => boolean): Promise<void> =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!output.split('\n').some(test)) return;
        outputWaiters.delete(check);
        resolve();
      };
      outputWaiters.add(check);
      check();
    });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API process did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const check of [...outputWaiters]) check();
      const match = /"url":"(http:\/\/[^"]+)".*VetCares API listening/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`API process exited early:\n${output}`)));
  });
  return {
    url,
    logged,
    listening: (operationId) =>
      logged(
        (line) =>
          line.includes('"msg":"subscription listening"') &&
          line.includes(`"operationId":"${operationId}"`),
      ),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
