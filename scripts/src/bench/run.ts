import { runBench } from './bench.js';
import { runEnvelopeBench } from './envelope-bench.js';

/**
 * Entry point of `pnpm bench`: the tenants list under load, then (on the embedded engine) how
 * large a collection it serves in time. `pnpm bench load` or `pnpm bench envelope` runs one.
 */
const only = process.argv[2];
const embedded = !process.env.MONGODB_URI?.trim();

async function main(): Promise<void> {
  if (only !== undefined && only !== 'load' && only !== 'envelope') {
    throw new Error(`unknown section "${only}": use load or envelope, or nothing for both`);
  }
  if (only !== 'envelope') await runBench();
  if (only === 'envelope' || (only === undefined && embedded)) await runEnvelopeBench();
}

main().then(
  // Redis and worker handles can outlive a clean stop by a moment; the results are out, so leave.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error('[bench] FAILED:', error);
    process.exit(1);
  },
);
