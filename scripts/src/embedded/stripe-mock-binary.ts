import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readServicesEnv } from '../env.js';
import { buildOnce } from './build-once.js';
import { readGoVersion, runGo } from './go-tool.js';
import { type Log } from './types.js';

/**
 * Stripe's own mock of its API, pinned: v0.203.0 embeds the OpenAPI spec of API version
 * 2026-08-26.dahlia, the version the `stripe` package in apps/api pins (stripe-node 22.6.x).
 * Upgrade the two together.
 */
export const STRIPE_MOCK_MODULE = 'github.com/stripe/stripe-mock';
export const STRIPE_MOCK_VERSION = 'v0.203.0';

/**
 * Builds stripe-mock once into <cacheDir>/stripe-mock-<version>/stripe-mock with `go install`
 * from the Go module proxy (see build-once.ts for how concurrent callers share the build).
 */
export async function ensureStripeMockBinary(
  log: Log = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const binDir = path.join(readServicesEnv(env).cacheDir, `stripe-mock-${STRIPE_MOCK_VERSION}`);
  const binary = path.join(binDir, 'stripe-mock');
  if (existsSync(binary)) return binary;

  await fs.mkdir(binDir, { recursive: true });
  const goVersion = await readGoVersion({
    cwd: binDir,
    env,
    missingGoMessage:
      "Go is not installed (no `go` on PATH); it is needed to build stripe-mock, Stripe's mock " +
      'API server that the tests run against. Install Go 1.24 or newer (https://go.dev/dl/), or ' +
      'set STRIPE_MOCK_URL to a running stripe-mock.',
  });
  await buildOnce({
    binary,
    what: 'stripe-mock',
    log,
    build: () => build(binary, goVersion, log, env),
  });
  return binary;
}

async function build(binary: string, goVersion: string, log: Log, env: NodeJS.ProcessEnv) {
  // go install writes into GOBIN in place; a private GOBIN per build and a rename afterwards
  // keep a half-written binary out of sight. CGO_ENABLED=0: stripe-mock is pure Go.
  const gobin = await fs.mkdtemp(path.join(path.dirname(binary), 'gobin-'));
  const args = ['install', '-trimpath', `${STRIPE_MOCK_MODULE}@${STRIPE_MOCK_VERSION}`];
  log(`building stripe-mock ${STRIPE_MOCK_VERSION} with ${goVersion} (first run only)`);
  log(`  GOBIN=${gobin} CGO_ENABLED=0 go ${args.join(' ')}`);
  const started = Date.now();
  try {
    await runGo(args, {
      // Outside any module, so no go.mod or go.work of ours gets in the way.
      cwd: path.dirname(binary),
      env: { ...env, GOBIN: gobin, CGO_ENABLED: '0' },
      log,
      what: 'stripe-mock',
    });
    await fs.rename(path.join(gobin, 'stripe-mock'), binary);
  } finally {
    await fs.rm(gobin, { recursive: true, force: true });
  }
  log(`built ${binary} in ${Math.round((Date.now() - started) / 1000)} s`);
}
