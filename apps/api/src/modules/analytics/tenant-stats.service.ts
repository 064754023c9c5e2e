import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppPubSub } from '../../graphql/pubsub.js';
import { utcDay } from '../usage/local-day.js';
import type { UsageKeys } from '../usage/usage-keys.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import {
  BILLING_PLANS,
  TENANT_STATUSES,
  type BillingPlanId,
  type Currency,
  type TenantStatus,
} from '../tenants/tenant.constants.js';
import { TENANT_CHANGED, type TenantChange } from '../tenants/tenant.events.js';

/**
 * Records a tenant's state and moves the platform's counts with it, atomically and only if this
 * state is newer than the one recorded: every instance hears each change and applies it, and
 * exactly one application moves the counts.
 *
 * KEYS: 1 state hash, 2 counts hash, 3 created day hash, 4 churn day hash, 5 live set.
 * ARGV: 1 tenant id, 2 "status|plan|currency" or "" when deleted, 3 version.
 */
const APPLY_TENANT_STATE = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
local version = tonumber(ARGV[3])
local oldStatus, oldPlan, oldCurrency, oldVersion
if old then
  oldStatus, oldPlan, oldCurrency, oldVersion = string.match(old, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)$')
  if tonumber(oldVersion) >= version then return 0 end
end
local status, plan, currency
if ARGV[2] == '' then
  -- Deleted (the event carries no tenant): keep what was known of its plan.
  status, plan, currency = 'deleted', oldPlan or '', oldCurrency or ''
else
  status, plan, currency = string.match(ARGV[2], '^([^|]*)|([^|]*)|([^|]*)$')
end
local function move(s, p, c, by)
  redis.call('HINCRBY', KEYS[2], 'status:' .. s, by)
  if s ~= 'deleted' and p ~= '' then redis.call('HINCRBY', KEYS[2], 'plan:' .. p, by) end
  if s == 'active' then redis.call('HINCRBY', KEYS[2], 'active:' .. p .. ':' .. c, by) end
end
if old then move(oldStatus, oldPlan, oldCurrency, -1) end
move(status, plan, currency, 1)
redis.call('HSET', KEYS[1], ARGV[1], status .. '|' .. plan .. '|' .. currency .. '|' .. version)
if not old then redis.call('HINCRBY', KEYS[3], 'created', 1) end
local gone = status == 'deleted' or status == 'inactive'
local wasGone = oldStatus == 'deleted' or oldStatus == 'inactive'
if gone and old and not wasGone then redis.call('HINCRBY', KEYS[4], 'churned', 1) end
redis.call('SADD', KEYS[5], 'platform')
return 1
`;

type Script = (numberOfKeys: number, ...args: (string | number)[]) => Promise<unknown>;

export interface TenantCounts {
  total: number;
  byStatus: { status: TenantStatus; count: number }[];
  byPlan: { plan: BillingPlanId; count: number }[];
  activeByPlan: { plan: BillingPlanId; currency: Currency; count: number }[];
}

interface TenantState {
  id: string;
  status: TenantStatus;
  billing_plan: BillingPlanId;
  currency: Currency;
  created_date: Date | null;
  updated_date: Date | null;
  deleted_at?: Date | null;
}

/**
 * The platform's tenant statistics, kept in Redis as tenants change so reading them costs the
 * same with ten tenants or ten thousand: how many per status and plan, active ones per plan
 * and currency (for recurring revenue), and how many were created and churned each UTC day.
 * Built once from the tenants collection when Redis has none.
 */
export class TenantStatsService extends EventEmitter<{ applied: [TenantChange] }> {
  private readonly applyState: Script;
  private listening: AbortController | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly pubSub: AppPubSub,
    private readonly tenants: TenantModel,
    private readonly keys: UsageKeys,
    private readonly log: Logger,
  ) {
    super();
    redis.defineCommand('vetcaresApplyTenantState', { lua: APPLY_TENANT_STATE });
    this.applyState = (redis as unknown as Record<string, Script>).vetcaresApplyTenantState!.bind(
      redis,
    );
  }

  private get prefix(): string {
    return `${this.keys.prefix}platform:tenants:`;
  }

  /** Builds the statistics if Redis has none, then follows every tenant change. */
  async start(): Promise<void> {
    const controller = new AbortController();
    this.listening = controller;
    const changes = this.pubSub.subscribe(TENANT_CHANGED);
    void (async () => {
      for await (const change of changes) {
        if (controller.signal.aborted) break;
        await this.apply(change).then(
          () => this.emit('applied', change),
          (error: unknown) =>
            this.log.error(
              { err: error, tenantId: change.tenant_id },
              'tenant statistics not updated',
            ),
        );
      }
    })();
    // Building twice (two instances starting together) is harmless: each state applies once.
    if ((await this.redis.exists(`${this.prefix}built`)) === 0) {
      await this.build();
      await this.redis.set(`${this.prefix}built`, new Date().toISOString());
    }
  }

  stop(): void {
    this.listening?.abort();
  }

  async counts(): Promise<TenantCounts> {
    const hash = await this.redis.hgetall(`${this.prefix}counts`);
    const count = (field: string) => Math.max(0, Number(hash[field] ?? 0));
    const byStatus = TENANT_STATUSES.map((status) => ({
      status,
      count: count(`status:${status}`),
    }));
    return {
      total: byStatus
        .filter((row) => row.status !== 'deleted')
        .reduce((n, row) => n + row.count, 0),
      byStatus,
      byPlan: BILLING_PLANS.map((plan) => ({ plan, count: count(`plan:${plan}`) })),
      activeByPlan: Object.entries(hash)
        .filter(([field]) => field.startsWith('active:'))
        .map(([field, value]) => {
          const [, plan, currency] = field.split(':') as [string, BillingPlanId, Currency];
          return { plan, currency, count: Number(value) };
        })
        .filter((row) => row.count > 0),
    };
  }

  /** Tenants created and churned (became inactive or deleted) on each UTC day. */
  async perDay(days: readonly string[]): Promise<{ created: number[]; churned: number[] }> {
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hmget(`${this.prefix}day:${day}`, 'created', 'churned');
    const rows = ((await pipeline.exec()) ?? []).map(([error, value]) => {
      if (error) throw error;
      return (value as (string | null)[]).map((n) => Number(n ?? 0));
    });
    return { created: rows.map((row) => row[0] ?? 0), churned: rows.map((row) => row[1] ?? 0) };
  }

  private async apply(change: TenantChange): Promise<void> {
    if (change.tenant) {
      await this.record({ ...change.tenant, created_date: change.tenant.created_date ?? null });
      return;
    }
    // Deletion (soft, or the purge after it) carries no tenant; nothing follows it.
    const today = utcDay(new Date());
    await this.applyState(
      5,
      ...this.scriptKeys(today, today),
      change.tenant_id,
      '',
      Number.MAX_SAFE_INTEGER,
    );
  }

  private async record(tenant: TenantState): Promise<void> {
    const version = tenant.updated_date?.getTime() ?? Date.now();
    const createdDay = utcDay(tenant.created_date ?? new Date(version));
    const churnDay = utcDay(tenant.deleted_at ?? tenant.updated_date ?? new Date(version));
    await this.applyState(
      5,
      ...this.scriptKeys(createdDay, churnDay),
      tenant.id,
      `${tenant.status}|${tenant.billing_plan}|${tenant.currency}`,
      version,
    );
  }

  private scriptKeys(createdDay: string, churnDay: string): string[] {
    return [
      `${this.prefix}state`,
      `${this.prefix}counts`,
      `${this.prefix}day:${createdDay}`,
      `${this.prefix}day:${churnDay}`,
      this.keys.liveDirty,
    ];
  }

  /** From the tenants collection, once: a tenant that is gone already counts as churned. */
  private async build(): Promise<void> {
    let built = 0;
    const cursor = this.tenants
      .find(
        {},
        {
          status: 1,
          billing_plan: 1,
          currency: 1,
          created_date: 1,
          updated_date: 1,
          deleted_at: 1,
        },
      )
      .lean()
      .cursor();
    for await (const doc of cursor) {
      const tenant: TenantState = {
        id: doc._id.toHexString(),
        status: doc.status,
        billing_plan: doc.billing_plan,
        currency: doc.currency,
        created_date: doc.created_date ?? null,
        updated_date: doc.updated_date ?? null,
        deleted_at: doc.deleted_at ?? null,
      };
      // First as created (active), then as it is now, so a gone tenant counts as churned.
      if (tenant.status === 'deleted' || tenant.status === 'inactive') {
        await this.record({ ...tenant, status: 'active', updated_date: new Date(0) });
      }
      await this.record(tenant);
      built += 1;
    }
    this.log.info({ tenants: built }, 'tenant statistics built');
  }
}
