import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { dayIn, utcDay } from '../local-day.js';
import { CounterBatchBuilder } from '../store/counter-batch.js';
import type { BufferedCounterWriter } from '../store/buffered-writer.js';
import { pendingField, PLATFORM_SCOPE, type CounterScope, type UsageKeys } from '../usage-keys.js';
import { bucketField, bucketOf, LATENCY_BOUNDS_MS } from './latency-buckets.js';
import type { RequestSample } from './request-sample.js';

interface Tally {
  requests: number;
  errors: number;
  server_errors: number;
  latency_us: number;
  buckets: number[];
}

interface MinuteTally extends Tally {
  operations: Map<string, Tally>;
}

const newTally = (): Tally => ({
  requests: 0,
  errors: 0,
  server_errors: 0,
  latency_us: 0,
  buckets: new Array<number>(LATENCY_BOUNDS_MS.length).fill(0),
});

function add(tally: Tally, sample: RequestSample, bucket: number): void {
  tally.requests += 1;
  if (sample.outcome !== 'ok') tally.errors += 1;
  if (sample.outcome === 'server_error') tally.server_errors += 1;
  tally.latency_us += Math.round(sample.ms * 1000);
  tally.buckets[bucket] = (tally.buckets[bucket] ?? 0) + 1;
}

const MINUTE_MS = 60_000;
/** A failed minute is remembered this long, so late reports from other instances count it once. */
const BAD_MINUTE_TTL_SECONDS = 2 * 86_400;

/**
 * Per-request performance, tallied in memory per tenant, minute and operation, and written to
 * the counters about once a second (one batch per tenant), so a request costs a few additions
 * rather than a Redis round trip. The platform's tally holds every request; a tenant's, its
 * clinic principals' requests. Tallies not yet written are lost if the process dies.
 */
export class PerformanceRecorder {
  private tallies = new Map<string, MinuteTally>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly writer: BufferedCounterWriter,
    private readonly keys: UsageKeys,
    private readonly timezoneOf: (tenantId: string) => Promise<string>,
    private readonly log: Logger,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    // A failed write is logged here; its tallies are already handed to the buffered writer.
    this.timer = setInterval(
      () =>
        void this.flush().catch((error: unknown) =>
          this.log.warn({ err: error }, 'performance tallies not written this interval'),
        ),
      this.intervalMs,
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  record(sample: RequestSample): void {
    const minute = Math.floor(sample.at / MINUTE_MS);
    const bucket = bucketOf(sample.ms);
    this.tally(PLATFORM_SCOPE, minute, sample, bucket);
    if (sample.tenantId) this.tally(sample.tenantId, minute, sample, bucket);
  }

  /** Writes what was tallied so far; resolves once it is stored (or held through an outage). */
  flush(): Promise<void> {
    const run = this.writing.then(() => this.writeTallies());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private tally(scope: CounterScope, minute: number, sample: RequestSample, bucket: number): void {
    const id = `${scope}\u0000${minute}`;
    let tally = this.tallies.get(id);
    if (!tally) {
      tally = { ...newTally(), operations: new Map() };
      this.tallies.set(id, tally);
    }
    add(tally, sample, bucket);
    let operation = tally.operations.get(sample.operation);
    if (!operation) {
      operation = newTally();
      tally.operations.set(sample.operation, operation);
    }
    add(operation, sample, bucket);
  }

  private async writeTallies(): Promise<void> {
    if (this.tallies.size === 0) return;
    const taken = this.tallies;
    this.tallies = new Map();
    const byScope = new Map<CounterScope, { minute: number; tally: MinuteTally }[]>();
    for (const [id, tally] of taken) {
      const [scope, minute] = id.split('\u0000') as [string, string];
      const list = byScope.get(scope) ?? [];
      list.push({ minute: Number(minute), tally });
      byScope.set(scope, list);
    }
    for (const [scope, minutes] of byScope) {
      try {
        const timeZone = scope === PLATFORM_SCOPE ? 'UTC' : await this.timezoneOf(scope);
        await this.writer.write(this.batchFor(scope, timeZone, minutes));
      } catch (error) {
        this.log.warn({ err: error, scope }, 'performance counters not stored');
      }
    }
  }

  private batchFor(
    scope: CounterScope,
    timeZone: string,
    minutes: { minute: number; tally: MinuteTally }[],
  ) {
    const builder = new CounterBatchBuilder();
    for (const { minute, tally } of minutes) {
      const instant = new Date(minute * MINUTE_MS);
      const day = scope === PLATFORM_SCOPE ? utcDay(instant) : dayIn(timeZone, instant);
      const perfKey = this.keys.day(scope, 'perf', day);
      const opsKey = this.keys.day(scope, 'ops', day);
      for (const [field, delta] of tallyFields(tally)) {
        builder.add({
          kind: 'hash',
          key: perfKey,
          field,
          delta,
          pending: pendingField(scope, day, 'perf', field),
        });
      }
      for (const [operation, opTally] of tally.operations) {
        for (const [metric, delta] of tallyFields(opTally)) {
          const field = `${operation}|${metric}`;
          builder.add({
            kind: 'hash',
            key: opsKey,
            field,
            delta,
            pending: pendingField(scope, day, 'ops', field),
          });
        }
      }
      if (tally.server_errors > 0) {
        builder.addOnce({
          marker: this.keys.badMinute(scope, minute),
          markerTtlSeconds: BAD_MINUTE_TTL_SECONDS,
          write: {
            kind: 'hash',
            key: perfKey,
            field: 'bad_minutes',
            delta: 1,
            pending: pendingField(scope, day, 'perf', 'bad_minutes'),
          },
        });
      }
    }
    return builder.build({
      // A retry after a timed-out write must not count the same requests twice.
      idempotencyKey: this.keys.idempotency(scope, `perf-${randomUUID()}`),
      dirtyTenant: scope === PLATFORM_SCOPE ? null : scope,
    });
  }
}

function* tallyFields(tally: Tally): Generator<[string, number]> {
  yield ['requests', tally.requests];
  yield ['errors', tally.errors];
  yield ['server_errors', tally.server_errors];
  yield ['latency_us', tally.latency_us];
  for (let index = 0; index < tally.buckets.length; index += 1) {
    yield [bucketField(index), tally.buckets[index] ?? 0];
  }
}
