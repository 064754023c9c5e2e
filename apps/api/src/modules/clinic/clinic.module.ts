import { defineModule } from '../../core/module.js';
import { AppointmentResolver } from './appointments/appointment.resolver.js';
import { AppointmentService } from './appointments/appointment.service.js';
import { createClinicModels, type ClinicModels } from './clinic.models.js';
import { ClientResolver } from './clients/client.resolver.js';
import { ClientService } from './clients/client.service.js';
import { TenantClinicCountsResolver } from './counts/clinic-counts.resolver.js';
import { ClinicCountsService } from './counts/clinic-counts.service.js';
import { PatientResolver } from './patients/patient.resolver.js';
import { PatientService } from './patients/patient.service.js';
import { PaymentResolver } from './payments/payment.resolver.js';
import { PaymentService } from './payments/payment.service.js';
import { StaffMemberResolver } from './staff/staff-member.resolver.js';
import { StaffMemberService } from './staff/staff-member.service.js';

declare module '../../core/registry.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the models are ClinicModels'
  interface ModelRegistry extends ClinicModels {}
  interface ServiceRegistry {
    staffMembers: StaffMemberService;
    clients: ClientService;
    patients: PatientService;
    appointments: AppointmentService;
    payments: PaymentService;
    clinicCounts: ClinicCountsService;
  }
}

/** A clinic's own records: staff, clients (pet owners), patients, appointments, payments. */
export const clinicModule = defineModule({
  name: 'clinic',
  models: createClinicModels,
  services: ({ config, models, services }) => {
    const access = services.clinicAccess;
    const pageSize = config.listMaxLimit;
    // The usage module (listed before this one) keeps the clinic's analytics counters.
    const activity = services.clinicActivity;
    // The billing module (listed before this one) holds the limits staff and clients count against.
    const limits = services.usageLimits;
    return {
      staffMembers: new StaffMemberService(models, access, pageSize, activity, limits),
      clients: new ClientService(models, access, pageSize, activity, limits),
      patients: new PatientService(models, access, pageSize),
      appointments: new AppointmentService(models, access, pageSize, activity),
      payments: new PaymentService(
        models,
        access,
        pageSize,
        async (tenantId) => (await services.directory.byId(tenantId))?.currency ?? 'USD',
        activity,
      ),
      clinicCounts: new ClinicCountsService(models, async (tenantIds) => {
        const tenants = await models.tenants
          .find({ _id: { $in: [...tenantIds] } }, { currency: 1 })
          .lean();
        return new Map(tenants.map((tenant) => [tenant._id.toHexString(), tenant.currency]));
      }),
    };
  },
  resolvers: [
    StaffMemberResolver,
    ClientResolver,
    PatientResolver,
    AppointmentResolver,
    PaymentResolver,
    TenantClinicCountsResolver,
  ],
});
