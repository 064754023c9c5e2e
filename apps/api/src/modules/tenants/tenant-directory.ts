import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { TtlCache } from '../../common/ttl-cache.js';
import type { AppPubSub } from '../../graphql/pubsub.js';
import {
  SUMMARY_PROJECTION,
  toTenantSummary,
  type TenantSummary,
  type TenantSummarySource,
} from './tenant.fields.js';
import type { TenantModel } from './tenant.model.js';
import { hostsOf, hostTarget, normalizeHost } from './tenant-host.js';

export const TENANT_CACHE_INVALIDATED = 'TENANT_CACHE_INVALIDATED';

export interface TenantCacheInvalidation {
  tenant_id: string;
  hosts: string[];
}

const MISSING = 'missing';

/**
 * Finds tenants by id or by request host, through two caches: this process (bounded, short TTL)
 * and Redis (shared by every instance). A change on any instance publishes an invalidation that
 * every instance applies to its own cache, so a suspension takes effect everywhere at once.
 */
export class TenantDirectory {
  private readonly byIdCache: TtlCache<string, TenantSummary | null>;
  private readonly byHostCache: TtlCache<string, string | null>;
  private listening: AbortController | null = null;

  constructor(
    private readonly tenants: TenantModel,
    private readonly redis: Redis,
    private readonly pubSub: AppPubSub,
    private readonly settings: { baseDomain: string; ttlSeconds: number; keyPrefix: string },
    private readonly log: Logger,
  ) {
    this.byIdCache = new TtlCache(10_000, settings.ttlSeconds * 1000);
    this.byHostCache = new TtlCache(20_000, settings.ttlSeconds * 1000);
  }

  /**
   * Starts applying invalidations published by any instance (this one included). Resolves once
   * they are heard: an instance serving before that would keep a change made elsewhere meanwhile
   * stale until the entry expires.
   */
  start(): Promise<void> {
    const controller = new AbortController();
    this.listening = controller;
    void (async () => {
      for await (const message of this.pubSub.subscribe(TENANT_CACHE_INVALIDATED)) {
        if (controller.signal.aborted) break;
        this.forgetLocally(message);
        this.log.debug({ tenant_id: message.tenant_id }, 'tenant cache invalidation applied');
      }
    })().catch((error: unknown) =>
      this.log.error({ err: error }, 'tenant cache invalidation stopped'),
    );
    return this.pubSub.subscribed(TENANT_CACHE_INVALIDATED);
  }

  stop(): void {
    this.listening?.abort();
  }

  async byId(tenantId: string): Promise<TenantSummary | null> {
    if (!/^[0-9a-f]{24}$/.test(tenantId)) return null;
    const cached = this.byIdCache.get(tenantId);
    if (cached !== undefined) return cached;
    const shared = await this.redis.get(this.idKey(tenantId));
    let summary: TenantSummary | null;
    if (shared !== null) {
      summary = shared === MISSING ? null : (JSON.parse(shared) as TenantSummary);
    } else {
      const doc = await this.tenants
        .findById(tenantId, SUMMARY_PROJECTION)
        .lean<TenantSummarySource>();
      summary = doc ? toTenantSummary(doc) : null;
      await this.redis.set(
        this.idKey(tenantId),
        summary ? JSON.stringify(summary) : MISSING,
        'EX',
        this.settings.ttlSeconds,
      );
    }
    this.byIdCache.set(tenantId, summary);
    return summary;
  }

  /** The tenant a request's Host names: a slug under the base domain, or a verified custom domain. */
  async byHost(rawHost: string): Promise<TenantSummary | null> {
    const host = normalizeHost(rawHost);
    if (!host) return null;
    let tenantId = this.byHostCache.get(host);
    if (tenantId === undefined) {
      const shared = await this.redis.get(this.hostKey(host));
      if (shared !== null) tenantId = shared === MISSING ? null : shared;
      else {
        tenantId = await this.lookUpHost(host);
        await this.redis.set(
          this.hostKey(host),
          tenantId ?? MISSING,
          'EX',
          this.settings.ttlSeconds,
        );
      }
      this.byHostCache.set(host, tenantId);
    }
    return tenantId ? this.byId(tenantId) : null;
  }

  /** Drops a tenant from every instance's caches; call after any change to it. */
  async invalidate(tenantId: string, hostsBefore: string[], hostsAfter: string[]): Promise<void> {
    const hosts = [...new Set([...hostsBefore, ...hostsAfter])];
    await this.redis.del(this.idKey(tenantId), ...hosts.map((host) => this.hostKey(host)));
    this.forgetLocally({ tenant_id: tenantId, hosts });
    this.pubSub.publish(TENANT_CACHE_INVALIDATED, { tenant_id: tenantId, hosts });
  }

  hostsOf(tenant: { slug: string; domain: string | null }): string[] {
    return hostsOf(tenant, this.settings.baseDomain);
  }

  private async lookUpHost(host: string): Promise<string | null> {
    const target = hostTarget(host, this.settings.baseDomain);
    const doc =
      target.kind === 'slug'
        ? await this.tenants.findOne({ slug: target.slug }, { _id: 1 }).lean()
        : await this.tenants
            .findOne({ domain_key: target.domain, domain_verified: true }, { _id: 1 })
            .lean();
    return doc ? doc._id.toHexString() : null;
  }

  private forgetLocally({ tenant_id, hosts }: TenantCacheInvalidation): void {
    this.byIdCache.delete(tenant_id);
    for (const host of hosts) this.byHostCache.delete(host);
  }

  private idKey(tenantId: string): string {
    return `${this.settings.keyPrefix}tenant:id:${tenantId}`;
  }

  private hostKey(host: string): string {
    return `${this.settings.keyPrefix}tenant:host:${host}`;
  }
}
