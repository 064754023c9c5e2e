import { badInput, notFound } from '../../common/errors.js';
import type { Principal } from '../../common/principal.js';
import type { ClinicAccess } from '../tenants/clinic-access.js';
import {
  TENANT_LIMIT_ACTIONS,
  type TenantLimitAction,
  type TenantLimitCheck,
} from './tenant-limits.types.js';

/** The counters the clinic's creations claim against (the billing module's UsageLimitService). */
export interface LimitCounters {
  usage(tenantId: string): Promise<{ limit: string; current: number; maximum: number | null }[]>;
}

const COUNTED: Record<TenantLimitAction, 'staff' | 'clients'> = {
  add_staff: 'staff',
  add_client: 'clients',
};

const isAction = (value: unknown): value is TenantLimitAction =>
  (TENANT_LIMIT_ACTIONS as readonly unknown[]).includes(value);

/**
 * Answers a clinic app's "may I add one more?" against its own tenant's limits, from the same
 * per-tenant counters that creations claim slots on (so the answer and the refusal agree).
 */
export class TenantLimitService {
  constructor(
    private readonly counters: LimitCounters,
    private readonly access: ClinicAccess,
  ) {}

  async check(principal: Principal, action: unknown): Promise<TenantLimitCheck> {
    const { tenantId } = await this.access.require(principal, 'limits:read');
    if (!isAction(action)) {
      throw badInput([
        { field: 'action', message: `must be one of ${TENANT_LIMIT_ACTIONS.join(', ')}` },
      ]);
    }
    const usage = await this.counters.usage(tenantId);
    const entry = usage.find((candidate) => candidate.limit === COUNTED[action]);
    if (!entry) throw notFound('Tenant');
    const { current, maximum: limit } = entry;
    return {
      action,
      allowed: limit === null || current < limit,
      limit,
      current,
      remaining: limit === null ? null : Math.max(0, limit - current),
    };
  }
}
