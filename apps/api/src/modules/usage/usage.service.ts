import type { Redis } from 'ioredis';
import { badInput, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { ClinicAccess } from '../tenants/clinic-access.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import { USAGE_RETENTION_DAYS } from './usage.constants.js';
import { recentUtcDays, usageDayKey, utcDay } from './usage-keys.js';
import type { TenantUsage, TrackUsagePayload, UsageDay } from './usage.types.js';
import { parseReportDays, parseUsageEvents, type UsageEvent } from './usage.validation.js';

const RETENTION_SECONDS = USAGE_RETENTION_DAYS * 86_400;

export interface UsageReportQuery {
  days?: unknown;
  tenant_id?: unknown;
}

/** Counts what clinic apps report they did, in Redis (see usage-keys.ts for the layout). */
export class UsageService {
  constructor(
    private readonly redis: Redis,
    private readonly access: ClinicAccess,
    private readonly directory: TenantDirectory,
    private readonly keyPrefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Always the caller's own clinic: a clinic principal cannot count usage for another. */
  async track(principal: Principal, events: unknown): Promise<TrackUsagePayload> {
    const { tenantId } = await this.access.require(principal, 'usage:track');
    const parsed = parseUsageEvents(events, this.now());
    const transaction = this.redis.multi();
    for (const [day, counts] of totalsByDay(parsed)) {
      const key = usageDayKey(this.keyPrefix, tenantId, day);
      for (const [event, count] of counts) transaction.hincrby(key, event, count);
      transaction.expire(key, RETENTION_SECONDS);
    }
    const results = await transaction.exec();
    const failure = results?.find(([error]) => error)?.[0];
    if (failure) throw failure;
    return { accepted: parsed.length };
  }

  /** Clinic principals read their own clinic; admins name one. */
  async report(principal: Principal, query: UsageReportQuery): Promise<TenantUsage> {
    const tenantId = await this.reportedTenant(principal, query.tenant_id);
    const days = recentUtcDays(parseReportDays(query.days), this.now());
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hgetall(usageDayKey(this.keyPrefix, tenantId, day));
    const results = (await pipeline.exec()) ?? [];
    return {
      tenant_id: tenantId,
      days: days.map((day, index) => {
        const [error, hash] = results[index] ?? [null, {}];
        if (error) throw error;
        return toUsageDay(day, (hash ?? {}) as Record<string, string>);
      }),
    };
  }

  private async reportedTenant(principal: Principal, tenantIdArg: unknown): Promise<string> {
    if (principal.kind !== 'admin') {
      const { tenantId } = await this.access.require(principal, 'usage:read');
      // Another clinic's id answers exactly as an id that does not exist.
      if (tenantIdArg !== undefined && tenantIdArg !== null && tenantIdArg !== tenantId) {
        throw notFound('Tenant');
      }
      return tenantId;
    }
    authorizeAdmin(principal, 'usage:read');
    if (tenantIdArg === undefined || tenantIdArg === null) {
      throw badInput([{ field: 'tenant_id', message: 'is required for admins' }]);
    }
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const tenant = await this.directory.byId(tenantId);
    if (!tenant || tenant.status === 'deleted') throw notFound('Tenant');
    return tenantId;
  }
}

/** One HINCRBY per day and event, however many entries repeat them. */
function totalsByDay(events: UsageEvent[]): Map<string, Map<string, number>> {
  const totals = new Map<string, Map<string, number>>();
  for (const { event, count, at } of events) {
    const day = utcDay(at);
    const counts = totals.get(day) ?? new Map<string, number>();
    counts.set(event, (counts.get(event) ?? 0) + count);
    totals.set(day, counts);
  }
  return totals;
}

function toUsageDay(day: string, hash: Record<string, string>): UsageDay {
  const events = Object.entries(hash)
    .map(([event, count]) => ({ event, count: Number(count) }))
    .sort((a, b) => a.event.localeCompare(b.event));
  return { day, total: events.reduce((sum, { count }) => sum + count, 0), events };
}
