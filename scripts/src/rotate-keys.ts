import { rotateKeys } from '@vetcares/api';
import { loadDotEnv } from './env.js';
import { withApp } from './setup/with-app.js';

/**
 * `pnpm rotate-keys [--batch-size N] [--max-batches N]`: moves every encrypted field to the first
 * key of ENCRYPTION_KEYS and every keyed lookup to the first key of HMAC_KEYS (and encrypts any
 * value still in clear). Put the new key first, keep the old one after it, run this, then remove
 * the old one. Interrupted, it resumes where it stopped.
 */
loadDotEnv();
const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number`);
  return value;
};
try {
  const batchSize = argument('--batch-size', 500);
  const maxBatches = process.argv.includes('--max-batches')
    ? argument('--max-batches', 1)
    : undefined;
  const result = await withApp((app) =>
    rotateKeys(app.connection, app.models, {
      batchSize,
      maxBatches,
      onBatch: (collection, rewritten, lastId) =>
        console.log(`${collection}: ${rewritten} rewritten, through ${lastId}`),
    }),
  );
  for (const [name, state] of Object.entries(result.collections)) {
    console.log(
      `${name}: ${state.scanned} scanned, ${state.rewritten} rewritten${state.done ? '' : ' (not finished)'}`,
    );
  }
  console.log(
    result.done ? `All data is on keys ${result.target}.` : 'Stopped early; run again to resume.',
  );
} catch (error) {
  console.error(`rotate-keys failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
