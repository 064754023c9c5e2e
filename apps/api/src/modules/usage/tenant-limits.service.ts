import { badInput, notFound } from '../../common/errors.js';
import type { Principal } from '../../common/principal.js';
import { runAsTenant } from '../../db/tenant-context.js';
import type { ClinicModels } from '../clinic/clinic.models.js';
import type { ClinicAccess } from '../tenants/clinic-access.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import {
  TENANT_LIMIT_ACTIONS,
  type TenantLimitAction,
  type TenantLimitCheck,
} from './tenant-limits.types.js';

type LimitModels = Pick<ClinicModels, 'staffMembers' | 'clients'> & { tenants: TenantModel };

interface LimitRule {
  limitField: 'max_staff' | 'max_clients';
  /** Counts what the limit applies to; runs as the tenant. */
  count(models: LimitModels): Promise<number>;
}

const RULES: Record<TenantLimitAction, LimitRule> = {
  // Inactive staff stay on record for history but no longer take a seat.
  add_staff: {
    limitField: 'max_staff',
    count: (m) => m.staffMembers.countDocuments({ active: true }),
  },
  add_client: { limitField: 'max_clients', count: (m) => m.clients.countDocuments({}) },
};

const isAction = (value: unknown): value is TenantLimitAction =>
  (TENANT_LIMIT_ACTIONS as readonly unknown[]).includes(value);

/** Answers a clinic app's "may I add one more?" against its own tenant's limits. */
export class TenantLimitService {
  constructor(
    private readonly models: LimitModels,
    private readonly access: ClinicAccess,
  ) {}

  async check(principal: Principal, action: unknown): Promise<TenantLimitCheck> {
    const { tenantId } = await this.access.require(principal, 'limits:read');
    if (!isAction(action)) {
      throw badInput([
        { field: 'action', message: `must be one of ${TENANT_LIMIT_ACTIONS.join(', ')}` },
      ]);
    }
    const rule = RULES[action];
    const [limits, current] = await Promise.all([
      // The directory's cached summary carries no limits: they are read where they are stored.
      this.models.tenants.findById(tenantId, { max_staff: 1, max_clients: 1 }).lean(),
      runAsTenant(tenantId, () => rule.count(this.models)),
    ]);
    if (!limits) throw notFound('Tenant');
    const limit = limits[rule.limitField] ?? null;
    return {
      action,
      allowed: limit === null || current < limit,
      limit,
      current,
      remaining: limit === null ? null : Math.max(0, limit - current),
    };
  }
}
