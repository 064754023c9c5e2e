import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { authorizeAdmin } from '../../../common/policy.js';
import type { Principal } from '../../../common/principal.js';
import type { Clock } from '../../../core/clock.js';
import { emptyWebSocketStats, type WebSocketStats } from '../../../graphql/ws/stats.js';
import { checkDependencies, type DependencyCheck } from '../../../http/health.js';
import {
  bucketField,
  LATENCY_BOUNDS_MS,
  quantileMs,
} from '../../usage/performance/latency-buckets.js';
import { dayIn } from '../../usage/local-day.js';
import { PLATFORM_SCOPE, type UsageKeys } from '../../usage/usage-keys.js';
import type { QueueCounts, QueueWatch } from './queue-watch.js';

export interface RequestHealth {
  /** The UTC day the figures cover (so far). */
  day: string;
  requests: number;
  /** Percent of requests that failed with a server error. */
  server_error_rate: number;
  /** Percent of requests that failed at all (client errors included). */
  error_rate: number;
  average_ms: number;
  p95_ms: number;
}

export interface SystemHealth {
  status: 'ok' | 'degraded';
  checked_at: Date;
  dependencies: { name: string; state: DependencyCheck['state']; latency_ms: number }[];
  queues: QueueCounts[];
  websocket: WebSocketStats;
  /** Null while Redis (which holds the counters) is away. */
  requests: RequestHealth | null;
  process: { uptime_seconds: number; rss_bytes: number; heap_used_bytes: number };
  thresholds: { error_rate_percent: number; latency_p95_ms: number };
}

const CACHE_MS = 1_000;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The platform's health as one instance sees it: dependencies (pinged, bounded, cached a
 * second so scrapes and pages do not multiply pings), job queues, websockets, and today's
 * platform-wide error rate and latency from the usage module's counters.
 */
export class SystemHealthService {
  private websocketStats: () => WebSocketStats = emptyWebSocketStats;
  private cached: { at: number; checks: Promise<DependencyCheck[]> } | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly redis: Redis,
    private readonly keys: UsageKeys,
    readonly queues: QueueWatch,
    private readonly clock: Clock,
    private readonly thresholds: { errorRatePercent: number; latencyP95Ms: number },
  ) {}

  /** Given by the server once it exists (modules are made before it). */
  observeWebSockets(stats: () => WebSocketStats): void {
    this.websocketStats = stats;
  }

  websockets(): WebSocketStats {
    return this.websocketStats();
  }

  dependencies(): Promise<DependencyCheck[]> {
    const now = performance.now();
    if (!this.cached || now - this.cached.at > CACHE_MS) {
      this.cached = { at: now, checks: checkDependencies(this.connection, this.redis) };
    }
    return this.cached.checks;
  }

  async health(principal: Principal): Promise<SystemHealth> {
    authorizeAdmin(principal, 'monitoring:read');
    const [dependencies, queues, requests] = await Promise.all([
      this.dependencies(),
      this.queues.counts(),
      this.requestsToday().catch(() => null),
    ]);
    const memory = process.memoryUsage();
    return {
      status: dependencies.every((check) => check.state === 'ok') ? 'ok' : 'degraded',
      checked_at: this.clock.now(),
      dependencies: dependencies.map(({ name, state, ms }) => ({
        name,
        state,
        latency_ms: round(ms),
      })),
      queues,
      websocket: this.websocketStats(),
      requests,
      process: {
        uptime_seconds: Math.round(process.uptime()),
        rss_bytes: memory.rss,
        heap_used_bytes: memory.heapUsed,
      },
      thresholds: {
        error_rate_percent: this.thresholds.errorRatePercent,
        latency_p95_ms: this.thresholds.latencyP95Ms,
      },
    };
  }

  private async requestsToday(): Promise<RequestHealth> {
    const day = dayIn('UTC', this.clock.now());
    const hash = await this.redis.hgetall(this.keys.day(PLATFORM_SCOPE, 'perf', day));
    const field = (name: string) => Number(hash[name] ?? 0);
    const requests = field('requests');
    const buckets = LATENCY_BOUNDS_MS.map((_, index) => field(bucketField(index)));
    return {
      day,
      requests,
      server_error_rate: requests ? round((field('server_errors') / requests) * 100) : 0,
      error_rate: requests ? round((field('errors') / requests) * 100) : 0,
      average_ms: requests ? round(field('latency_us') / requests / 1000) : 0,
      p95_ms: round(quantileMs(buckets, 0.95) ?? 0),
    };
  }
}
