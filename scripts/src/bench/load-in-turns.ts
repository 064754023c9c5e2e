import { runLoad, type LoadOptions, type LoadRun, type LoadTarget } from './load.js';

export interface LoadResult {
  name: string;
  /** Mean over the runs (they last equally long). */
  requestsPerSecond: number;
  /** Mean of the runs' medians. */
  p50Ms: number;
  /** The worse run's p99: percentiles of two runs cannot be merged exactly, so err high. */
  p99Ms: number;
  completedRequests: number;
  /** Server CPU time per request (see LoadRun.serverCpuMs). */
  serverCpuMsPerRequest: number;
}

/**
 * Loads the servers in turn, in the order A B B A with half the duration each, so that a
 * database that drifts during the run (FerretDB does, by ±30 %) favours neither server.
 */
export async function loadInTurns(
  first: LoadTarget,
  second: LoadTarget,
  options: LoadOptions,
  progress: (line: string) => void,
): Promise<[LoadResult, LoadResult]> {
  const half: LoadOptions = {
    ...options,
    durationSeconds: Math.max(1, options.durationSeconds / 2),
  };
  const runs = new Map<LoadTarget, LoadRun[]>([
    [first, []],
    [second, []],
  ]);
  for (const target of [first, second, second, first]) {
    progress(
      `load on ${target.name}: ${half.warmupSeconds} s warm-up, ${half.durationSeconds} s measured`,
    );
    runs.get(target)?.push(await runLoad(target, half));
  }
  return [combine(first.name, runs.get(first) ?? []), combine(second.name, runs.get(second) ?? [])];
}

function combine(name: string, runs: LoadRun[]): LoadResult {
  const sum = (pick: (run: LoadRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    name,
    requestsPerSecond: sum((run) => run.requestsPerSecond) / runs.length,
    p50Ms: sum((run) => run.p50Ms) / runs.length,
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    completedRequests: sum((run) => run.completedRequests),
    serverCpuMsPerRequest: sum((run) => run.serverCpuMs) / sum((run) => run.sentRequests),
  };
}
