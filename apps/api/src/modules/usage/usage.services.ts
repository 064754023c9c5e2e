import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { ClinicModels } from '../clinic/clinic.models.js';
import type { ClinicAccess } from '../tenants/clinic-access.js';
import type { TenantDirectory } from '../tenants/tenant-directory.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import { TenantLimitService } from './tenant-limits.service.js';
import { UsageService } from './usage.service.js';

export interface UsageDependencies {
  models: ClinicModels & { tenants: TenantModel };
  redis: Redis;
  clinicAccess: ClinicAccess;
  directory: TenantDirectory;
  config: Pick<Config, 'redisKeyPrefix'>;
}

/** The usage module's services, spread into the app's services. */
export function createUsageServices(deps: UsageDependencies) {
  return {
    usage: new UsageService(
      deps.redis,
      deps.clinicAccess,
      deps.directory,
      deps.config.redisKeyPrefix,
    ),
    tenantLimits: new TenantLimitService(deps.models, deps.clinicAccess),
  };
}
