/** What one `pnpm bench` run does; the defaults keep a whole run under about two minutes. */
export interface BenchSettings {
  tenantCount: number;
  /** Why tenantCount is what it is, printed so a reader knows what the figures stand for. */
  tenantCountReason: string;
  seedBatchSize: number;
  /** Seconds of measured load per server. */
  durationSeconds: number;
  /** Seconds of unmeasured load per server first, so JIT, pools and caches are warm. */
  warmupSeconds: number;
  connections: number;
  /** The page every load request asks for (fixed, so every response can be checked byte for byte). */
  page: number;
  pageSize: number;
  /** Page sizes for the commands-per-request check. */
  commandCountPageSizes: number[];
  /** The service's page-size cap; must allow the largest size above. */
  listMaxLimit: number;
  /** Ours must serve at least this share of the baseline's requests per second. */
  throughputGoal: number;
}

type Env = Record<string, string | undefined>;

const MONGODB_TENANTS = 10_000;
/**
 * FerretDB v1 (our embedded database) never pushes a sort or a count down to SQLite: each page
 * reads and decodes every tenant twice, about 0.2 ms per tenant. At 10,000 tenants one page takes
 * ~4 s unloaded, and 20 connections complete no request at all in 10 s. At 200 a page takes
 * ~100 ms, which still leaves the database the bottleneck but lets the run finish and measure.
 */
const FERRETDB_TENANTS = 200;

export function readBenchSettings(env: Env = process.env): BenchSettings {
  const embedded = !env.MONGODB_URI?.trim();
  const given = env.BENCH_TENANTS?.trim();
  return {
    tenantCount: positiveInteger(
      env,
      'BENCH_TENANTS',
      embedded ? FERRETDB_TENANTS : MONGODB_TENANTS,
    ),
    tenantCountReason: given
      ? 'BENCH_TENANTS'
      : embedded
        ? `embedded FerretDB sorts and counts in memory, so ${MONGODB_TENANTS} tenants would take seconds per page; ` +
          'set MONGODB_URI for a real MongoDB, or BENCH_TENANTS'
        : 'default for MongoDB',
    seedBatchSize: 1000,
    durationSeconds: positiveInteger(env, 'BENCH_DURATION', 10),
    warmupSeconds: positiveInteger(env, 'BENCH_WARMUP', 2),
    connections: positiveInteger(env, 'BENCH_CONNECTIONS', 20),
    page: 3,
    pageSize: 20,
    commandCountPageSizes: [10, 50, 200],
    listMaxLimit: 200,
    throughputGoal: 0.7,
  };
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  }
  return value;
}

/** The engine envelope section: how large a collection the embedded FerretDB serves in time. */
export interface EnvelopeSettings {
  /** GOGC values to compare, each on its own FerretDB; default: the launcher's. */
  gogc: string[];
  /** Collection sizes timed, ascending. */
  sizes: number[];
  samples: number;
}

export function readEnvelopeSettings(env: Env, launcherGogc: string): EnvelopeSettings {
  const list = (name: string) =>
    env[name]
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const sizes = list('BENCH_ENVELOPE_SIZES')?.map((size) => {
    const value = Number(size);
    if (!Number.isInteger(value) || value < 100) {
      throw new Error(
        `BENCH_ENVELOPE_SIZES must list whole numbers of at least 100, got "${size}"`,
      );
    }
    return value;
  });
  return {
    gogc: list('BENCH_GOGC') ?? [launcherGogc],
    // Around where the default setting passes 100 ms, so the line is read where it matters.
    sizes: (sizes ?? [250, 500, 1000, 2000]).sort((a, b) => a - b),
    samples: positiveInteger(env, 'BENCH_ENVELOPE_SAMPLES', 7),
  };
}
