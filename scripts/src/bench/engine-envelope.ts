import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { startFerretDb, type RunningFerretDb } from '../embedded/ferretdb-process.js';
import { createCollectionsAndIndexes, openDatabase, type Database } from '../setup/database.js';
import { fetchTenantsPage } from './baseline-server.js';
import { seedTenants } from './seed.js';
import { SORT } from './tenants-query.js';

/**
 * How large a collection the embedded FerretDB serves before the tenants list page (a sorted
 * page of 20 plus its count, as the API asks) takes longer than a budget. FerretDB v1 on SQLite
 * decodes the whole collection for each, so the time grows in a straight line with the
 * collection; we time a few sizes and read where that line crosses the budget.
 *
 * Several variants (each its own FerretDB process, differing in environment such as GOGC) are
 * timed in turns, one request at a time, so a machine busy with something else slows them alike.
 */

export interface EngineVariant {
  /** e.g. "GOGC=400" */
  name: string;
  /** Added to the FerretDB process's environment. */
  env: Record<string, string>;
}

export interface EnvelopePoint {
  documents: number;
  /** Median wall time of one list page (find + count in parallel), database alone. */
  pageMs: number;
  /**
   * FerretDB's CPU time per page (both queries, garbage collection included): what the page
   * costs the machine, and less disturbed than wall time when other work shares the CPUs.
   */
  cpuMs: number;
}

export interface EnvelopeResult {
  variant: string;
  points: EnvelopePoint[];
  /** Extra milliseconds per 1,000 more documents (the fitted line's slope). */
  msPerThousandDocuments: number;
  /** Documents per collection at which a list page reaches the budget. */
  documentsWithinBudget: number;
  /** Peak resident memory of the FerretDB process over the run; undefined where /proc is absent. */
  peakRssMb: number | undefined;
}

export interface EnvelopeOptions {
  variants: EngineVariant[];
  /** Collection sizes to time, ascending. */
  sizes: number[];
  /** Timed pages per size and variant (after one untimed). */
  samples: number;
  budgetMs: number;
  progress: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

const PAGE = { page: 3, limit: 20, ...SORT };
const SEED_BATCH = 1000;
const DATABASE = 'engine_envelope';

interface RunningVariant {
  variant: EngineVariant;
  server: RunningFerretDb;
  db: Database;
  client: MongoClient;
  points: EnvelopePoint[];
}

export async function measureEngineEnvelope(options: EnvelopeOptions): Promise<EnvelopeResult[]> {
  const running: RunningVariant[] = [];
  try {
    for (const variant of options.variants) {
      running.push(await startVariant(variant, options));
    }
    let seeded = 0;
    for (const size of options.sizes) {
      options.progress(`engine envelope: ${size} tenants per collection`);
      for (const each of running) {
        await seedTenants(each.db.models.tenants, size - seeded, SEED_BATCH, seeded);
      }
      seeded = size;
      await timeAtSize(running, size, options.samples);
    }
    const results: EnvelopeResult[] = [];
    for (const each of running) {
      const line = fitLine(each.points);
      results.push({
        variant: each.variant.name,
        points: each.points,
        msPerThousandDocuments: round1(line.slope * 1000),
        documentsWithinBudget: documentsAt(line, options.budgetMs),
        peakRssMb: await peakRssMb(each.server.pid),
      });
    }
    return results;
  } finally {
    for (const each of running) {
      await each.client.close().catch(() => {});
      await each.db.close().catch(() => {});
      await each.server.stop().catch(() => {});
    }
  }
}

/** One untimed page each (caches), then `samples` rounds of one page per variant in turn. */
async function timeAtSize(running: RunningVariant[], size: number, samples: number) {
  const wallMs = new Map<RunningVariant, number[]>(running.map((each) => [each, []]));
  const cpuMs = new Map<RunningVariant, number>(running.map((each) => [each, 0]));
  for (let round = 0; round <= samples; round++) {
    for (const each of running) {
      const cpuBefore = await cpuMsOf(each.server.pid);
      const ms = await timePage(each.client, size);
      const cpu = (await cpuMsOf(each.server.pid)) - cpuBefore;
      if (round === 0) continue;
      wallMs.get(each)!.push(ms);
      cpuMs.set(each, cpuMs.get(each)! + cpu);
    }
  }
  for (const each of running) {
    each.points.push({
      documents: size,
      pageMs: median(wallMs.get(each)!),
      cpuMs: round1(cpuMs.get(each)! / samples),
    });
  }
}

async function startVariant(
  variant: EngineVariant,
  options: EnvelopeOptions,
): Promise<RunningVariant> {
  const server = await startFerretDb({
    dataDir: undefined,
    log: options.progress,
    env: { ...(options.env ?? process.env), ...variant.env },
  });
  try {
    const db = await openDatabase(server.url, DATABASE);
    await createCollectionsAndIndexes(db);
    const client = await new MongoClient(server.url).connect();
    return { variant, server, db, client, points: [] };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function timePage(client: MongoClient, documents: number): Promise<number> {
  const tenants = client.db(DATABASE).collection('tenants');
  const started = performance.now();
  const { docs, totalCount } = await fetchTenantsPage(tenants, PAGE);
  const ms = performance.now() - started;
  if (
    totalCount !== documents ||
    docs.length !== Math.max(0, Math.min(PAGE.limit, documents - 2 * PAGE.limit))
  ) {
    throw new Error(`expected page 3 of ${documents} tenants, got ${docs.length} of ${totalCount}`);
  }
  return ms;
}

interface Line {
  intercept: number;
  slope: number;
}

/** Least squares, so one noisy size moves the answer less than reading two points would. */
export function fitLine(points: EnvelopePoint[]): Line {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.documents, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.pageMs, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.documents - meanX) * (p.pageMs - meanY);
    variance += (p.documents - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { intercept: meanY - slope * meanX, slope };
}

/** Where the line reaches budgetMs, rounded down to a multiple of 50 documents. */
export function documentsAt(line: Line, budgetMs: number): number {
  if (line.slope <= 0) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((budgetMs - line.intercept) / line.slope / 50) * 50);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? sorted[middle]!
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return round1(value);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux we run on

/** User + system CPU time of a process so far, from /proc; 0 where there is no /proc. */
async function cpuMsOf(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing paren.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

async function peakRssMb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}
