import { runBackupBench } from './backup-bench.js';
import { runBench } from './bench.js';
import { runBillingBench } from './billing-bench.js';
import { runEnvelopeBench } from './envelope-bench.js';
import { runFanoutBench } from './fanout/fanout-bench.js';
import { runGraphqlLimitsBench } from './graphql-limits-bench.js';
import { runMonitoringBench } from './monitoring-bench.js';
import { runUsageBench } from './usage/usage-bench.js';

interface Section {
  run(): Promise<void>;
  /** Whether it runs when no section is named; default yes. */
  byDefault?(): boolean;
}

const embedded = (): boolean => !process.env.MONGODB_URI?.trim();

/** Every benchmark section, in the order they run. A new one adds a line here. */
const SECTIONS: Record<string, Section> = {
  tenants: { run: runBench },
  envelope: { run: runEnvelopeBench, byDefault: embedded },
  usage: { run: runUsageBench },
  fanout: { run: runFanoutBench },
  'graphql-limits': { run: runGraphqlLimitsBench },
  billing: { run: runBillingBench },
  backups: { run: runBackupBench },
  monitoring: { run: runMonitoringBench },
};

/**
 * Entry point of `pnpm bench`. Sections are named as arguments (`pnpm bench usage envelope`) or in
 * BENCH_SECTIONS (comma-separated); with neither, every section runs (the engine envelope only on
 * the embedded engine).
 */
function wantedSections(): string[] {
  const named = [...process.argv.slice(2), ...(process.env.BENCH_SECTIONS ?? '').split(',')]
    .map((name) => name.trim())
    .filter(Boolean);
  if (named.length === 0) {
    return Object.keys(SECTIONS).filter((name) => SECTIONS[name]?.byDefault?.() ?? true);
  }
  const unknown = named.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    throw new Error(
      `unknown bench section ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`,
    );
  }
  return named;
}

async function main(): Promise<void> {
  for (const name of wantedSections()) await SECTIONS[name]!.run();
}

main().then(
  // Redis and worker handles can outlive a clean stop by a moment; the results are out, so leave.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error('[bench] FAILED:', error);
    process.exit(1);
  },
);
