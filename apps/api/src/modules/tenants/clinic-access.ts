import { AppError, forbidden, unauthenticated } from '../../common/errors.js';
import { authorizeClinic, type Action } from '../../common/policy.js';
import type { ClinicPrincipal, Principal } from '../../common/principal.js';
import type { TenantDirectory } from './tenant-directory.js';
import type { TenantSummary } from './tenant.fields.js';

/**
 * The gate in front of every clinic operation: the caller must be one of a clinic's principals
 * whose role allows the action, and the clinic must be open for business. A suspended clinic
 * hears why; admin operations on it go through other gates and keep working.
 */
export class ClinicAccess {
  private readonly writeGates: WriteGate[] = [];

  constructor(private readonly directory: TenantDirectory) {}

  async require(principal: Principal, action: Action): Promise<ClinicPrincipal> {
    const clinic = authorizeClinic(principal, action);
    assertOpen(await this.directory.byId(clinic.tenantId));
    if (isClinicWrite(action)) {
      for (const gate of this.writeGates) await gate(clinic.tenantId);
    }
    return clinic;
  }

  /**
   * Adds a check every clinic write passes (a later module's, e.g. backups refusing writes to a
   * clinic while it is being restored); it throws to refuse.
   */
  addWriteGate(gate: WriteGate): void {
    this.writeGates.push(gate);
  }
}

export type WriteGate = (tenantId: string) => Promise<void>;

const isClinicWrite = (action: Action): boolean =>
  action.startsWith('clinic:') && action.endsWith(':write');

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
