import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readServicesEnv } from '../env.js';
import { ferretDbSourceDir } from '../paths.js';
import { buildOnce } from './build-once.js';
import { readGoVersion, runGo } from './go-tool.js';
import { type Log } from './types.js';

/**
 * Builds our FerretDB main (scripts/ferretdb) once per source and Go version into
 * <cacheDir>/ferretdb-<hash>/ferretdb (see build-once.ts for how concurrent callers share it).
 */
export async function ensureFerretDbBinary(
  log: Log = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const goVersion = await readGoVersion({
    cwd: ferretDbSourceDir,
    env,
    missingGoMessage:
      'Go is not installed (no `go` on PATH); it is needed to build the embedded FerretDB ' +
      'that stands in for MongoDB. Install Go 1.24 or newer (https://go.dev/dl/), or set ' +
      'MONGODB_URI to use an existing MongoDB.',
  });
  const hash = await sourceHash(goVersion);
  const binary = path.join(readServicesEnv(env).cacheDir, `ferretdb-${hash}`, 'ferretdb');
  await buildOnce({
    binary,
    what: 'FerretDB',
    log,
    build: () => build(binary, goVersion, log, env),
  });
  return binary;
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
  try {
    await runGo(args, {
      cwd: ferretDbSourceDir,
      env: { ...env, CGO_ENABLED: '0' },
      log,
      what: 'FerretDB',
    });
  } catch (error) {
    await fs.rm(tempBinary, { force: true });
    throw error;
  }
  await fs.rename(tempBinary, binary);
  log(`built ${binary} in ${Math.round((Date.now() - started) / 1000)} s`);
}
