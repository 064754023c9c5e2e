import type { Redis } from 'ioredis';
import { badInput, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin, type Action } from '../../common/policy.js';
import type { Principal } from '../../common/principal.js';
import type { ClinicAccess } from '../tenants/clinic-access.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import { recentDays } from './local-day.js';
import type { BufferedCounterWriter } from './store/buffered-writer.js';
import { IDEMPOTENCY_KEY_PATTERN } from './usage.constants.js';
import { usageEventsBatch } from './usage-events.recorder.js';
import type { UsageKeys } from './usage-keys.js';
import type { TenantUsage, TrackUsagePayload, UsageDay } from './usage.types.js';
import { parseReportDays, parseUsageEvents } from './usage.validation.js';

export interface UsageReportQuery {
  days?: unknown;
  tenant_id?: unknown;
}

/**
 * Counts what clinic apps report they did (see usage-keys.ts for the layout): each batch once,
 * however often it is sent, and without losing it while Redis is briefly away.
 */
export class UsageService {
  constructor(
    private readonly redis: Redis,
    private readonly writer: BufferedCounterWriter,
    private readonly access: ClinicAccess,
    private readonly directory: TenantDirectory,
    private readonly keys: UsageKeys,
    private readonly now: () => Date = () => new Date(),
    /** Per credential and per clinic budgets of usage reports (the rate-limits module). */
    private readonly rateLimits?: { admitUsageIngest(principal: Principal): Promise<void> },
  ) {}

  /**
   * Always the caller's own clinic: a clinic principal cannot count usage for another. A batch
   * whose idempotency key was already counted is acknowledged as a duplicate and adds nothing.
   */
  async track(
    principal: Principal,
    events: unknown,
    idempotencyKey?: unknown,
  ): Promise<TrackUsagePayload> {
    const { tenantId } = await this.access.require(principal, 'usage:track');
    await this.rateLimits?.admitUsageIngest(principal);
    const parsed = parseUsageEvents(events, this.now());
    const key = parseIdempotencyKey(idempotencyKey);
    const outcome = await this.writer.write(
      usageEventsBatch(this.keys, tenantId, await this.timezoneOf(tenantId), parsed, key),
    );
    return {
      accepted: parsed.length,
      duplicate: outcome === 'duplicate',
      buffered: outcome === 'buffered',
    };
  }

  /** The timezone a tenant's days are counted in. */
  async timezoneOf(tenantId: string): Promise<string> {
    return (await this.directory.byId(tenantId))?.timezone ?? 'UTC';
  }

  /** Clinic principals read their own clinic; admins name one. Days are the clinic's own. */
  async report(principal: Principal, query: UsageReportQuery): Promise<TenantUsage> {
    const tenantId = await this.reportedTenant(principal, query.tenant_id);
    const timeZone = await this.timezoneOf(tenantId);
    const days = recentDays(timeZone, parseReportDays(query.days), this.now());
    const pipeline = this.redis.pipeline();
    for (const day of days) {
      pipeline.hgetall(this.keys.day(tenantId, 'usage', day));
      pipeline.hget(this.keys.day(tenantId, 'perf', day), 'requests');
    }
    const results = (await pipeline.exec()) ?? [];
    for (const [error] of results) if (error) throw error;
    return {
      tenant_id: tenantId,
      timezone: timeZone,
      days: days.map((day, index) => {
        const hash = (results[index * 2]?.[1] ?? {}) as Record<string, string>;
        const requests = Number(results[index * 2 + 1]?.[1] ?? 0);
        return toUsageDay(day, hash, requests);
      }),
    };
  }

  /**
   * Which tenant a read is about: the clinic's own, or the one an admin names. A clinic naming
   * another clinic is told what an id that exists nowhere is told.
   */
  async reportedTenant(
    principal: Principal,
    tenantIdArg: unknown,
    action: Action = 'usage:read',
  ): Promise<string> {
    if (principal.kind !== 'admin') {
      const { tenantId } = await this.access.require(principal, action);
      // Another clinic's id answers exactly as an id that does not exist.
      if (tenantIdArg !== undefined && tenantIdArg !== null && tenantIdArg !== tenantId) {
        throw notFound('Tenant');
      }
      return tenantId;
    }
    authorizeAdmin(principal, action);
    if (tenantIdArg === undefined || tenantIdArg === null) {
      throw badInput([{ field: 'tenant_id', message: 'is required for admins' }]);
    }
    const tenantId = parseObjectId(tenantIdArg, 'tenant_id').toHexString();
    const tenant = await this.directory.byId(tenantId);
    if (!tenant || tenant.status === 'deleted') throw notFound('Tenant');
    return tenantId;
  }
}

export function parseIdempotencyKey(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value)) return value;
  throw badInput([
    {
      field: 'idempotency_key',
      message: 'must be 8 to 128 letters, digits or . _ : - (a UUID is a good choice)',
    },
  ]);
}

function toUsageDay(day: string, hash: Record<string, string>, apiRequests: number): UsageDay {
  const events = Object.entries(hash)
    .map(([event, count]) => ({ event, count: Number(count) }))
    .filter(({ count }) => count !== 0)
    .sort((a, b) => a.event.localeCompare(b.event));
  return {
    day,
    total: events.reduce((sum, { count }) => sum + count, 0),
    events,
    api_requests: apiRequests,
  };
}
