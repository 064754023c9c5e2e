import type { TenantModel } from '../tenants/tenant.model.js';
import { AppointmentService } from './appointments/appointment.service.js';
import type { ClinicModels } from './clinic.models.js';
import { ClientService } from './clients/client.service.js';
import { ClinicCountsService } from './counts/clinic-counts.service.js';
import { PatientService } from './patients/patient.service.js';
import { PaymentService } from './payments/payment.service.js';
import type { ClinicGate } from './shared/clinic-gate.js';
import { StaffMemberService } from './staff/staff-member.service.js';

export interface ClinicServices {
  staffMembers: StaffMemberService;
  clients: ClientService;
  patients: PatientService;
  appointments: AppointmentService;
  payments: PaymentService;
  clinicCounts: ClinicCountsService;
}

/** The clinic data services, all behind the one gate that admits a clinic's principals. */
export function createClinicServices(
  models: ClinicModels & { tenants: TenantModel },
  access: ClinicGate,
  maxPageSize: number,
): ClinicServices {
  return {
    staffMembers: new StaffMemberService(models, access, maxPageSize),
    clients: new ClientService(models, access, maxPageSize),
    patients: new PatientService(models, access, maxPageSize),
    appointments: new AppointmentService(models, access, maxPageSize),
    payments: new PaymentService(models, access, maxPageSize, async (tenantId) => {
      const tenant = await models.tenants.findById(tenantId, { currency: 1 }).lean();
      return tenant?.currency ?? 'USD';
    }),
    clinicCounts: new ClinicCountsService(models, async (tenantIds) => {
      const tenants = await models.tenants
        .find({ _id: { $in: [...tenantIds] } }, { currency: 1 })
        .lean();
      return new Map(tenants.map((tenant) => [tenant._id.toHexString(), tenant.currency]));
    }),
  };
}
