import { AppError, forbidden, unauthenticated } from '../../common/errors.js';
import { isClinicPrincipal, type ClinicPrincipal, type Principal } from '../../common/principal.js';
import type { TenantDirectory, TenantSummary } from './tenant-directory.js';

export type ClinicAccessLevel = 'read' | 'write';

/**
 * The gate in front of every clinic operation: the caller must be one of a clinic's principals,
 * and the clinic must be open for business. A suspended clinic hears why; admin operations on
 * it go through other gates and keep working.
 */
export class ClinicAccess {
  constructor(private readonly directory: TenantDirectory) {}

  async require(principal: Principal, _access: ClinicAccessLevel): Promise<ClinicPrincipal> {
    if (principal.kind === 'anonymous') {
      throw unauthenticated(principal.rejection ?? 'Sign in to the clinic, or send its API key');
    }
    if (!isClinicPrincipal(principal)) {
      throw forbidden('This operation is for clinic users and clinic API keys');
    }
    const tenant = await this.directory.byId(principal.tenantId);
    assertOpen(tenant);
    return principal;
  }
}

/** Why a clinic's own requests are refused, or nothing when it is active. */
export function assertOpen(tenant: TenantSummary | null): asserts tenant is TenantSummary {
  if (!tenant || tenant.status === 'deleted') throw unauthenticated('This clinic no longer exists');
  if (tenant.status === 'suspended') {
    throw new AppError(
      'TENANT_SUSPENDED',
      `This clinic is suspended${tenant.suspension_reason ? `: ${tenant.suspension_reason}` : ''}`,
    );
  }
  if (tenant.status !== 'active') throw forbidden(`This clinic is ${tenant.status}, not active`);
}
