import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a millisecond cache hit to a slow export. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type Transport = 'http' | 'graphql' | 'websocket';

/**
 * The API's Prometheus metrics, in a registry of this app's own (not prom-client's global one),
 * so several apps in one process (tests, benchmarks) never clash. Gauges that describe the
 * outside world (queues, dependencies, sockets) are filled by collect callbacks at scrape time.
 */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'vetcares_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'vetcares_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by type and root fields, and whether they failed',
    labelNames: ['type', 'operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'vetcares_errors_total',
    help: 'Errors answered, by transport and error code',
    labelNames: ['transport', 'code'] as const,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'vetcares_job_failures_total',
    help: 'Background job attempts that failed, by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  constructor(options: { prefix?: string; defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) {
      collectDefaultMetrics({ register: this.registry, prefix: options.prefix ?? 'vetcares_' });
    }
  }

  /** A gauge whose values are read when Prometheus scrapes. */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: Gauge<L>) => void | Promise<void>,
  ): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  countError(transport: Transport, code: string): void {
    this.errors.inc({ transport, code });
  }

  exposition(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
