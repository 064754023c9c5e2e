import { performance } from 'node:perf_hooks';

/**
 * Median wall time of `samples` calls made one after another. Unloaded latency, set beside the
 * database's own time, shows how much of a request the server adds before any queueing.
 */
export async function medianLatencyMs(
  samples: number,
  call: () => Promise<unknown>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median =
    times.length % 2 === 1 ? times[middle] : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return Math.round((median ?? 0) * 10) / 10;
}
