import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import { waitUntilIdle } from './in-flight.js';
import type { LoadGeneratorMessage } from './load-generator.js';
import { requestHeaders } from './tenants-query.js';

export interface LoadTarget {
  name: string;
  graphqlUrl: string;
  token: string;
  body: string;
  /** Every response must be exactly this; a GraphQL error would still be a 200, so status alone proves little. */
  expectedBody: string;
  /** Work the server has accepted and not finished. */
  inFlight: () => number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** One measured run. */
export interface LoadRun {
  /** autocannon's requests.average: the mean of its per-second samples. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  completedRequests: number;
  /** Completed plus those cut off when the run ended (the server still did their work). */
  sentRequests: number;
  /**
   * CPU time this process (where both servers run, one under load at a time) spent while the
   * server worked through the run: what the server itself costs, whatever the database costs.
   */
  serverCpuMs: number;
}

// A response slower than this is a failure, not a data point.
const REQUEST_TIMEOUT_SECONDS = 30;
const generatorFile = fileURLToPath(new URL('./load-generator.ts', import.meta.url));

/** Warms the server up, then measures it, waiting for it to finish its work after each. */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadRun> {
  const settings = (seconds: number): autocannon.Options => ({
    url: target.graphqlUrl,
    method: 'POST',
    headers: requestHeaders(target.token),
    body: target.body,
    expectBody: target.expectedBody,
    connections: options.connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
  });

  const warmup = await startLoadGenerator();
  assertClean(target.name, 'warm-up', await warmup.run(settings(options.warmupSeconds)), false);
  await waitUntilIdle(target.inFlight, target.name);

  const measured = await startLoadGenerator();
  const cpuBefore = process.cpuUsage();
  const result = await measured.run(settings(options.durationSeconds));
  // Requests cut off at the end were still worked on; count that work and those requests.
  await waitUntilIdle(target.inFlight, target.name);
  const cpu = process.cpuUsage(cpuBefore);
  assertClean(target.name, 'measured run', result, true);

  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    completedRequests: result.requests.total,
    sentRequests: requestsSent(result),
    serverCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

interface LoadGenerator {
  run(options: autocannon.Options): Promise<autocannon.Result>;
}

// The child inherits this process's loader flags (tsx), so it can run the .ts file directly.
function startLoadGenerator(): Promise<LoadGenerator> {
  return new Promise((resolveReady, rejectReady) => {
    const child = fork(generatorFile, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let last: LoadGeneratorMessage | undefined;
    const exited = new Promise<autocannon.Result>((resolve, reject) => {
      child.once('exit', (code) => {
        if (last && 'result' in last) resolve(last.result);
        else {
          const reason = last && 'error' in last ? last.error : 'no result';
          reject(new Error(`load generator failed (exit ${code}): ${reason}`));
        }
      });
    });
    exited.catch(rejectReady);
    child.once('error', rejectReady);
    child.on('message', (message: LoadGeneratorMessage) => {
      last = message;
      if ('ready' in message) {
        resolveReady({
          run: (options) => {
            child.send(options);
            return exited;
          },
        });
      }
    });
  });
}

// autocannon reports it (requests.sent) but its type definitions do not declare it.
function requestsSent(result: autocannon.Result): number {
  const { sent } = result.requests as autocannon.Histogram & { sent?: number };
  return sent ?? result.requests.total;
}

function assertClean(
  name: string,
  phase: string,
  result: autocannon.Result,
  measured: boolean,
): void {
  const problems = [
    measured &&
      result.requests.total === 0 &&
      'no request completed (the database is too slow for this many tenants: lower BENCH_TENANTS)',
    result.non2xx > 0 && `${result.non2xx} non-2xx responses`,
    result.errors > 0 && `${result.errors} errors`,
    result.timeouts > 0 && `${result.timeouts} timeouts`,
    result.mismatches > 0 && `${result.mismatches} responses differing from the verified body`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`${name} ${phase}: ${problems.join(', ')}`);
}
