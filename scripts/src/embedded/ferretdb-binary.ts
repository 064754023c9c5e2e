import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import { readServicesEnv } from '../env.js';
import { ferretDbSourceDir } from '../paths.js';
import { type Log } from './types.js';

/**
 * Builds our FerretDB main (scripts/ferretdb) once per source and Go version into
 * <cacheDir>/ferretdb-<hash>/ferretdb. Several processes may ask at once (parallel test runs,
 * `pnpm dev` beside `pnpm test`): one builds under a lock file, the others wait for it, and the
 * binary appears by an atomic rename, so nobody ever runs a half-written file.
 */

const execFileAsync = promisify(execFile);
const LOCK_POLL_MS = 500;
const BUILD_TIMEOUT_MS = 20 * 60_000;
// A lock whose owner we cannot confirm alive is treated as abandoned after this long.
const UNCONFIRMED_LOCK_MAX_AGE_MS = 30_000;

export async function ensureFerretDbBinary(
  log: Log = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const goVersion = await readGoVersion(env);
  const hash = await sourceHash(goVersion);
  const binDir = path.join(readServicesEnv(env).cacheDir, `ferretdb-${hash}`);
  const binary = path.join(binDir, 'ferretdb');
  if (existsSync(binary)) return binary;

  await fs.mkdir(binDir, { recursive: true });
  const lockFile = path.join(binDir, 'build.lock');
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(binary)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the FerretDB build (${lockFile})`);
    if (await tryLock(lockFile)) {
      try {
        if (!existsSync(binary)) await build(binary, goVersion, log, env);
      } finally {
        await fs.rm(lockFile, { force: true });
      }
    } else {
      log(`waiting for another process building FerretDB (${lockFile})`);
      await waitWhileLocked(lockFile, binary);
    }
  }
  return binary;
}

async function readGoVersion(env: NodeJS.ProcessEnv): Promise<string> {
  try {
    // Run inside the module so a toolchain switch requested by go.mod is reflected.
    const { stdout } = await execFileAsync('go', ['version'], { cwd: ferretDbSourceDir, env });
    return stdout.trim();
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') {
      throw new Error(
        'Go is not installed (no `go` on PATH); it is needed to build the embedded FerretDB ' +
          'that stands in for MongoDB. Install Go 1.24 or newer (https://go.dev/dl/), or set ' +
          'MONGODB_URI to use an existing MongoDB.',
      );
    }
    throw error;
  }
}

async function sourceHash(goVersion: string): Promise<string> {
  const files = (await fs.readdir(ferretDbSourceDir))
    .filter((name) => name.endsWith('.go') || name === 'go.mod' || name === 'go.sum')
    .sort();
  const hash = createHash('sha256').update(goVersion);
  for (const name of files) {
    hash.update(`\0${name}\0`).update(await fs.readFile(path.join(ferretDbSourceDir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function build(binary: string, goVersion: string, log: Log, env: NodeJS.ProcessEnv) {
  const tempBinary = `${binary}.tmp-${process.pid}`;
  // -buildvcs=false: the module lives inside our git repo and VCS stamping fails in some CI
  // checkouts. CGO_ENABLED=0: FerretDB's SQLite is pure Go, so no C compiler is needed.
  const args = ['build', '-buildvcs=false', '-trimpath', '-o', tempBinary, '.'];
  log(`building FerretDB with ${goVersion} (first run only, takes a few minutes)`);
  log(`  cd ${ferretDbSourceDir} && CGO_ENABLED=0 go ${args.join(' ')}`);
  const started = Date.now();
  const child = spawn('go', args, {
    cwd: ferretDbSourceDir,
    env: { ...env, CGO_ENABLED: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      log(`  go: ${line}`);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    await fs.rm(tempBinary, { force: true });
    throw new Error(`building FerretDB failed (go exit code ${code}):\n${output.join('\n')}`);
  }
  await fs.rename(tempBinary, binary);
  log(`built ${binary} in ${Math.round((Date.now() - started) / 1000)} s`);
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
