import { runBench } from './bench.js';

/** Entry point of `pnpm bench`. */
runBench().then(
  // Redis and worker handles can outlive a clean stop by a moment; the results are out, so leave.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error('[bench] FAILED:', error);
    process.exit(1);
  },
);
