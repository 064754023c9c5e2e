import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readServicesEnv } from '../env.js';
import { spawnManaged } from './child-processes.js';
import { ensureFerretDbBinary } from './ferretdb-binary.js';
import { startOnFreePort } from './start-on-free-port.js';
import { type Log, type RunningServer } from './types.js';

export interface RunningFerretDb extends RunningServer {
  /** The FerretDB process, for benchmarks that read its memory use. */
  pid: number;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts our FerretDB build on a free loopback port. With a dataDir the SQLite files live there
 * (one per database) and survive restarts; without one they go to a temp dir removed at stop.
 */
export async function startFerretDb(options: {
  dataDir: string | undefined;
  log: Log;
  env: NodeJS.ProcessEnv;
}): Promise<RunningFerretDb> {
  const binary = await ensureFerretDbBinary(options.log, options.env);
  const dataDir =
    options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'vetcares-ferretdb-')));
  await fs.mkdir(dataDir, { recursive: true });
  const removeDataDir = async () => {
    if (!options.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  };

  try {
    const { ferretDbLogLevel: logLevel, ferretDbGogc } = readServicesEnv(options.env);
    const { child, port } = await startOnFreePort('FerretDB', {
      spawnAt: (port) =>
        spawnManaged({
          name: 'ferretdb',
          command: binary,
          args: [
            `-listen=127.0.0.1:${port}`,
            `-dir=${dataDir}`,
            `-log-level=${logLevel}`,
            `-remove-dir-on-exit=${options.dataDir === undefined}`,
          ],
          env: { ...options.env, GOGC: ferretDbGogc },
          // Only warnings and errors at the default level; the READY line is ours to announce.
          onLine: (line) => {
            if (!line.includes('READY mongodb://')) options.log(line);
          },
        }),
      // It prints READY only once its listener accepts connections.
      waitUntilReady: async (child) => {
        await child.waitForLine('READY ', READY_TIMEOUT_MS);
      },
    });
    return {
      url: `mongodb://127.0.0.1:${port}/`,
      pid: child.pid,
      stop: async () => {
        await child.stop();
        await removeDataDir();
      },
    };
  } catch (error) {
    await removeDataDir();
    throw error;
  }
}
