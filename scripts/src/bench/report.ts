import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CommandCount } from './command-count.js';
import type { LoadResult } from './load-in-turns.js';
import type { SeedResult } from './seed.js';

export interface BenchSummary {
  finishedAt: string;
  machine: { node: string; cpus: number; cpuModel: string };
  database: string;
  settings: {
    tenants: number;
    tenantsReason: string;
    connections: number;
    warmupSeconds: number;
    durationSeconds: number;
    page: number;
    pageSize: number;
  };
  seed: SeedResult;
  /** Medians of sequential requests with nothing else running. */
  unloadedLatencyMs: { databaseAlone: number; baseline: number; ours: number };
  load: {
    ours: LoadResult;
    baseline: LoadResult;
    /** ours ÷ baseline requests per second. */
    throughputRatio: number;
    throughputGoal: number;
    meetsThroughputGoal: boolean;
    /** baseline ÷ ours server CPU time per request: the ratio if the database cost nothing. */
    serverCostRatio: number;
  };
  commandsPerRequest: { ours: CommandCount[]; sameAtEveryPageSize: boolean };
}

export function machineInfo(): BenchSummary['machine'] {
  const cpus = os.cpus();
  return { node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown' };
}

export function printCommandCounts(counts: CommandCount[], same: boolean): void {
  console.log('\nDatabase commands per request (ours; heartbeats ignored)');
  printTable(
    ['page size', 'commands', 'which'],
    counts.map((count) => [String(count.pageSize), String(count.commands), count.names.join(', ')]),
  );
  console.log(`Same at every page size: ${same ? 'yes' : 'NO (goal: same)'}`);
}

export function printSummary(summary: BenchSummary): void {
  const { seed, load, settings, unloadedLatencyMs: unloaded } = summary;
  const { ours, baseline } = load;
  const ms = (value: number) => value.toFixed(1);
  const half = settings.durationSeconds / 2;
  console.log(
    `\nSummary: ${summary.database}, ${settings.tenants} tenants, page ${settings.page} of ` +
      `${settings.pageSize}; ${settings.connections} connections, servers in turn A B B A, ` +
      `each time ${settings.warmupSeconds} s warm-up + ${half} s measured; ` +
      `${summary.machine.cpus} CPUs, Node ${summary.machine.node}`,
  );
  printTable(
    ['', 'ours', 'baseline'],
    [
      ['requests/s (mean)', ms(ours.requestsPerSecond), ms(baseline.requestsPerSecond)],
      ['latency p50 (ms, mean)', ms(ours.p50Ms), ms(baseline.p50Ms)],
      ['latency p99 (ms, worse run)', ms(ours.p99Ms), ms(baseline.p99Ms)],
      ['requests completed', String(ours.completedRequests), String(baseline.completedRequests)],
      ['unloaded latency (ms)', ms(unloaded.ours), ms(unloaded.baseline)],
      ['server CPU ms/request', ms(ours.serverCpuMsPerRequest), ms(baseline.serverCpuMsPerRequest)],
    ],
  );
  const verdict = load.meetsThroughputGoal ? 'met' : 'NOT met';
  console.log(
    `ours / baseline requests/s: ${load.throughputRatio.toFixed(2)} (goal ≥ ${load.throughputGoal}: ${verdict})`,
  );
  console.log(
    `if the database cost nothing (baseline ÷ ours server CPU per request): ${load.serverCostRatio.toFixed(2)}`,
  );
  console.log(`database alone, unloaded (find + count): ${ms(unloaded.databaseAlone)} ms per page`);
  const counts = summary.commandsPerRequest;
  console.log(
    `database commands per request: ${counts.ours.map((c) => `${c.pageSize} → ${c.commands}`).join(', ')} ` +
      `(same at every size: ${counts.sameAtEveryPageSize ? 'yes' : 'NO'})`,
  );
  console.log(
    `seeding: ${seed.count} tenants in ${(seed.ms / 1000).toFixed(2)} s (${Math.round(seed.docsPerSecond)}/s)`,
  );
}

export async function writeSummary(file: string, summary: object): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}
