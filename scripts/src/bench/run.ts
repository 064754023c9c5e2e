import { runBench } from './bench.js';
import { runUsageBench } from './usage/usage-bench.js';

/**
 * Entry point of `pnpm bench`. BENCH_SECTIONS picks sections (comma-separated): `tenants` (the
 * tenants list against a bare server) and `usage` (ingestion and analytics); default both.
 */
const SECTIONS: Record<string, () => Promise<void>> = { tenants: runBench, usage: runUsageBench };

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_SECTIONS ?? 'tenants,usage')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of wanted) {
    const section = SECTIONS[name];
    if (!section)
      throw new Error(
        `BENCH_SECTIONS: no section "${name}" (known: ${Object.keys(SECTIONS).join(', ')})`,
      );
    await section();
  }
}

main().then(
  // Redis and worker handles can outlive a clean stop by a moment; the results are out, so leave.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error('[bench] FAILED:', error);
    process.exit(1);
  },
);
