import { forbidden } from '../../../common/errors.js';
import type { ClinicPrincipal, Principal } from '../../../common/principal.js';
import type { ClinicAccessLevel } from '../../tenants/clinic-access.js';

/**
 * What the clinic services need from the tenants module's ClinicAccess: it turns a request's
 * principal into a clinic principal of an open tenant, or throws UNAUTHENTICATED, FORBIDDEN or
 * TENANT_SUSPENDED. An interface, so the clinic module depends on the behaviour, not the class.
 */
export interface ClinicGate {
  require(principal: Principal, access: ClinicAccessLevel): Promise<ClinicPrincipal>;
}

/**
 * Staff records decide who can be booked, so only owners and the clinic's own software (its API
 * keys) change them; staff users can read them.
 */
export function requireStaffManager(clinic: ClinicPrincipal): void {
  if (clinic.kind === 'clinic_user' && clinic.role !== 'owner') {
    throw forbidden('Only clinic owners can manage staff members');
  }
}
