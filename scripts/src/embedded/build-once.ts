import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Log } from './types.js';

/**
 * Makes sure `binary` exists, building it at most once however many processes ask at once
 * (parallel test runs, `pnpm dev` beside `pnpm test`): one builds under a lock file beside the
 * binary, the others wait for it. `build` must make the binary appear by an atomic rename, so
 * nobody ever runs a half-written file.
 */

const LOCK_POLL_MS = 500;
const BUILD_TIMEOUT_MS = 20 * 60_000;
// A lock whose owner we cannot confirm alive is treated as abandoned after this long.
const UNCONFIRMED_LOCK_MAX_AGE_MS = 30_000;

export async function buildOnce(options: {
  binary: string;
  /** Names the tool in messages, e.g. "FerretDB". */
  what: string;
  log: Log;
  build: () => Promise<void>;
}): Promise<void> {
  const { binary, what, log } = options;
  if (existsSync(binary)) return;

  const binDir = path.dirname(binary);
  await fs.mkdir(binDir, { recursive: true });
  const lockFile = path.join(binDir, 'build.lock');
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(binary)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the ${what} build (${lockFile})`);
    if (await tryLock(lockFile)) {
      try {
        if (!existsSync(binary)) await options.build();
      } finally {
        await fs.rm(lockFile, { force: true });
      }
    } else {
      log(`waiting for another process building ${what} (${lockFile})`);
      await waitWhileLocked(lockFile, binary);
    }
  }
}

/** Creates the lock file exclusively; false if someone else holds it. */
async function tryLock(lockFile: string): Promise<boolean> {
  try {
    await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (isErrnoException(error) && error.code === 'EEXIST') return false;
    throw error;
  }
}

async function waitWhileLocked(lockFile: string, binary: string): Promise<void> {
  while (existsSync(lockFile) && !existsSync(binary)) {
    if (await isAbandoned(lockFile)) {
      await fs.rm(lockFile, { force: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

async function isAbandoned(lockFile: string): Promise<boolean> {
  try {
    const [content, stat] = await Promise.all([fs.readFile(lockFile, 'utf8'), fs.stat(lockFile)]);
    const ownerPid = Number.parseInt(content, 10);
    if (Number.isInteger(ownerPid) && ownerPid > 0) return !isAlive(ownerPid);
    return Date.now() - stat.mtimeMs > UNCONFIRMED_LOCK_MAX_AGE_MS;
  } catch {
    return false; // the lock vanished meanwhile; the caller's loop sees that
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user
    return isErrnoException(error) && error.code === 'EPERM';
  }
}

export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
