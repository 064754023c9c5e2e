import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const adminRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the console exactly as production does, into a fresh temporary folder. */
export async function buildConsole(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'vetcares-console-build-'));
  // Vitest runs with NODE_ENV=test, and Vite takes NODE_ENV over the mode: the bundle would get
  // React's development build. The build runs before the API starts, so nothing else sees this.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: adminRoot,
      configFile: path.join(adminRoot, 'vite.config.ts'),
      base: '/admin/',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
