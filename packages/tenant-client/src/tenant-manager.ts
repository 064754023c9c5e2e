import { credentialTenantId } from './credential-tenant.js';
import { TenantClientError } from './errors.js';
import { GraphQLTransport } from './graphql-transport.js';
import {
  CheckTenantLimitDocument,
  ResolveTenantDocument,
  TrackUsageDocument,
} from './operations.js';
import { onShutdown } from './shutdown-hooks.js';
import { hostnameKey, ShortLivedCache } from './tenant-cache.js';
import { toResolvedTenant, toLimitCheck } from './result-shapes.js';
import type { ResolvedTenant, TenantLimitAction, TenantLimitCheck } from './types.js';
import {
  isUsageEvent,
  MAX_COUNT_PER_EVENT,
  MAX_EVENTS_PER_CALL,
  USAGE_EVENTS,
  type UsageEventName,
} from './usage-events.js';
import { UsageQueue, type UsageStats } from './usage-queue.js';

export interface TenantManagerOptions {
  /** The API's GraphQL endpoint, e.g. https://api.example.com/graphql */
  apiUrl: string;
  /** A clinic API key (sent as X-API-Key). Give this or `token` for usage and limits. */
  apiKey?: string;
  /** A signed-in clinic user's token (sent as a bearer token). */
  token?: string;
  /** How often queued usage is sent. Default 5000. */
  flushIntervalMs?: number;
  /** Events per request, and the queue length that triggers a send. Default 200, at most 500. */
  maxBatch?: number;
  /**
   * Entries kept while the API cannot be reached. At the bound, entries of one event within one
   * quarter hour are merged (never dropped); only if that makes no room does trackUsage throw
   * USAGE_BUFFER_FULL. Default 10000.
   */
  maxBufferedEvents?: number;
  /** How long resolveTenant answers are reused. Default 30000. */
  tenantCacheMs?: number;
  /** Per request. Default 10000. */
  requestTimeoutMs?: number;
  /** First retry delay after a failed usage send, doubling up to retryMaxDelayMs. Default 1000. */
  retryInitialDelayMs?: number;
  /** Default 60000. */
  retryMaxDelayMs?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Hears every failed usage send (it is retried unless the API refused it as invalid). Default: console.warn. */
  onUsageError?: (error: TenantClientError) => void;
}

export interface TrackUsageOptions {
  /** How many times it happened. Default 1. */
  count?: number;
  /** When it happened. Default: now. */
  at?: Date;
}

/**
 * The spec's TenantManager for clinic apps, in browsers and Node: which clinic a hostname is,
 * usage tracking (batched, flushed on an interval, when a batch fills, and on exit), and limit
 * checks. The server always acts for the credential's own clinic; a tenant id naming another
 * clinic is refused here, before anything is sent.
 */
export class TenantManager {
  private static defaultInstance: TenantManager | null = null;

  private readonly transport: GraphQLTransport;
  private readonly usage: UsageQueue;
  private readonly tenants: ShortLivedCache<ResolvedTenant>;
  private readonly credentialTenant: string | null;
  private readonly hasCredential: boolean;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly removeShutdownHooks: () => void;
  private closed = false;

  constructor(options: TenantManagerOptions) {
    const settings = readOptions(options);
    this.transport = new GraphQLTransport({
      apiUrl: settings.apiUrl,
      apiKey: options.apiKey,
      token: options.token,
      fetch: settings.fetch,
      timeoutMs: settings.requestTimeoutMs,
    });
    this.hasCredential = Boolean(options.apiKey || options.token);
    this.credentialTenant = credentialTenantId(options);
    this.tenants = new ShortLivedCache(settings.tenantCacheMs);
    this.usage = new UsageQueue(
      async (events, { keepalive, idempotencyKey }) => {
        await this.transport.request(TrackUsageDocument, { events, idempotencyKey }, { keepalive });
      },
      {
        maxBatch: settings.maxBatch,
        maxBuffered: settings.maxBufferedEvents,
        retryInitialDelayMs: settings.retryInitialDelayMs,
        retryMaxDelayMs: settings.retryMaxDelayMs,
        onError: settings.onUsageError,
      },
    );
    this.timer = setInterval(() => this.usage.flushIfDue(), settings.flushIntervalMs);
    // In Node the timer must not keep the process alive; beforeExit does the last flush.
    (this.timer as unknown as { unref?: () => void }).unref?.();
    this.removeShutdownHooks = onShutdown((flushOptions) => {
      this.usage.flushForShutdown(flushOptions)?.catch(() => undefined);
    });
  }

  /** The clinic a hostname belongs to (its subdomain or verified custom domain), briefly cached. Public: needs no credential. */
  resolveTenant(hostname: string): Promise<ResolvedTenant> {
    return this.tenants.get(hostnameKey(hostname), async () => {
      const data = await this.transport.request(ResolveTenantDocument, { hostname });
      return toResolvedTenant(data.resolveTenant);
    });
  }

  /**
   * Queues a usage event; it is sent with the next batch. Throws at once (nothing is queued) for
   * an unknown event, a bad count, a missing credential, another clinic's tenant id, or a buffer
   * that is full even after compaction (USAGE_BUFFER_FULL, after a long time without the API).
   */
  trackUsage(tenantId: string, event: UsageEventName, options: TrackUsageOptions = {}): void {
    this.assertOpen();
    this.assertOwnTenant(tenantId);
    if (!isUsageEvent(event)) {
      throw new TenantClientError(
        'BAD_USER_INPUT',
        `"${String(event)}" is not a usage event (known: ${USAGE_EVENTS.join(', ')})`,
        [{ field: 'event', message: 'is not a usage event' }],
      );
    }
    const count = options.count ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT_PER_EVENT) {
      throw new TenantClientError(
        'BAD_USER_INPUT',
        `count must be a whole number from 1 to ${MAX_COUNT_PER_EVENT}`,
        [{ field: 'count', message: 'is out of range' }],
      );
    }
    this.usage.add({ event, count, at: (options.at ?? new Date()).toISOString() });
  }

  /** Sends all queued usage now. Rejects if the API cannot take it; the events stay queued for a retry. */
  flush(): Promise<void> {
    return this.usage.flush();
  }

  /** Flushes, then stops the timer and the exit hooks. Rejects if the last flush fails (see usageStats). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.removeShutdownHooks();
    await this.usage.flush();
  }

  /** Counters of the usage queue: buffered, sent, refused, rejected, failures, and the last error. */
  get usageStats(): UsageStats {
    return this.usage.stats;
  }

  /** Whether the clinic may add one more staff member or client, with its limit and current count. */
  async checkTenantLimit(tenantId: string, action: TenantLimitAction): Promise<TenantLimitCheck> {
    this.assertOwnTenant(tenantId);
    const data = await this.transport.request(CheckTenantLimitDocument, { action });
    return toLimitCheck(data.checkTenantLimit);
  }

  /** The spec's check before adding staff or clients: true when one more fits. */
  async validateTenantLimits(tenantId: string, action: TenantLimitAction): Promise<boolean> {
    return (await this.checkTenantLimit(tenantId, action)).allowed;
  }

  /** Sets up the instance the static methods use (the spec's `TenantManager.resolveTenant(...)` form). */
  static configure(options: TenantManagerOptions): TenantManager {
    const previous = TenantManager.defaultInstance;
    TenantManager.defaultInstance = new TenantManager(options);
    previous?.close().catch(() => undefined);
    return TenantManager.defaultInstance;
  }

  static get instance(): TenantManager {
    if (!TenantManager.defaultInstance) {
      throw new TenantClientError(
        'NOT_CONFIGURED',
        'Call TenantManager.configure({ apiUrl, apiKey }) first',
      );
    }
    return TenantManager.defaultInstance;
  }

  static resolveTenant(hostname: string): Promise<ResolvedTenant> {
    return TenantManager.instance.resolveTenant(hostname);
  }

  static trackUsage(tenantId: string, event: UsageEventName, options?: TrackUsageOptions): void {
    TenantManager.instance.trackUsage(tenantId, event, options);
  }

  static validateTenantLimits(tenantId: string, action: TenantLimitAction): Promise<boolean> {
    return TenantManager.instance.validateTenantLimits(tenantId, action);
  }

  static checkTenantLimit(tenantId: string, action: TenantLimitAction): Promise<TenantLimitCheck> {
    return TenantManager.instance.checkTenantLimit(tenantId, action);
  }

  static flush(): Promise<void> {
    return TenantManager.instance.flush();
  }

  /** Closes the configured instance, if any; the static methods then need configure() again. */
  static async close(): Promise<void> {
    const instance = TenantManager.defaultInstance;
    TenantManager.defaultInstance = null;
    await instance?.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new TenantClientError('CLOSED', 'This TenantManager was closed');
  }

  /** Usage and limits need a clinic credential, and always act for that credential's clinic. */
  private assertOwnTenant(tenantId: string): void {
    if (!this.hasCredential) {
      throw new TenantClientError(
        'UNAUTHENTICATED',
        'Give the TenantManager an apiKey or a token for usage and limits',
      );
    }
    if (typeof tenantId !== 'string' || tenantId === '') {
      throw new TenantClientError('BAD_USER_INPUT', 'tenantId is required', [
        { field: 'tenantId', message: 'is required' },
      ]);
    }
    if (this.credentialTenant && tenantId !== this.credentialTenant) {
      throw new TenantClientError(
        'TENANT_MISMATCH',
        `This TenantManager's credential belongs to tenant ${this.credentialTenant}, not ${tenantId}; the API only acts for the credential's own clinic`,
      );
    }
  }
}

interface Settings {
  apiUrl: string;
  fetch: typeof fetch;
  flushIntervalMs: number;
  maxBatch: number;
  maxBufferedEvents: number;
  tenantCacheMs: number;
  requestTimeoutMs: number;
  retryInitialDelayMs: number;
  retryMaxDelayMs: number;
  onUsageError: (error: TenantClientError) => void;
}

/** Defaults filled in, and mistakes refused at construction rather than at the first send. */
function readOptions(options: TenantManagerOptions): Settings {
  const problem = (message: string) =>
    new TenantClientError('BAD_USER_INPUT', `TenantManager: ${message}`);
  if (typeof options.apiUrl !== 'string' || !URL.canParse(options.apiUrl)) {
    throw problem('apiUrl must be the absolute URL of the GraphQL endpoint');
  }
  if (options.apiKey && options.token) throw problem('give an apiKey or a token, not both');
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchImpl !== 'function') throw problem('no global fetch here; pass options.fetch');
  const positive = (
    name: string,
    value: number | undefined,
    fallback: number,
    max = Number.MAX_SAFE_INTEGER,
  ) => {
    const chosen = value ?? fallback;
    if (!Number.isInteger(chosen) || chosen < 1 || chosen > max)
      throw problem(`${name} must be a whole number from 1 to ${max}`);
    return chosen;
  };
  const maxBatch = positive('maxBatch', options.maxBatch, 200, MAX_EVENTS_PER_CALL);
  return {
    apiUrl: options.apiUrl,
    fetch: fetchImpl,
    flushIntervalMs: positive('flushIntervalMs', options.flushIntervalMs, 5_000),
    maxBatch,
    maxBufferedEvents: positive('maxBufferedEvents', options.maxBufferedEvents, 10_000),
    tenantCacheMs: positive('tenantCacheMs', options.tenantCacheMs, 30_000),
    requestTimeoutMs: positive('requestTimeoutMs', options.requestTimeoutMs, 10_000),
    retryInitialDelayMs: positive('retryInitialDelayMs', options.retryInitialDelayMs, 1_000),
    retryMaxDelayMs: positive('retryMaxDelayMs', options.retryMaxDelayMs, 60_000),
    onUsageError:
      options.onUsageError ??
      ((error) => console.warn(`TenantManager: usage not sent (${error.code}): ${error.message}`)),
  };
}
