import { AppointmentResolver } from './appointments/appointment.resolver.js';
import { ClientResolver } from './clients/client.resolver.js';
import { TenantClinicCountsResolver } from './counts/clinic-counts.resolver.js';
import { PatientResolver } from './patients/patient.resolver.js';
import { PaymentResolver } from './payments/payment.resolver.js';
import { StaffMemberResolver } from './staff/staff-member.resolver.js';

/** Every resolver of the clinic module, for the schema's one list. */
export const clinicResolvers = [
  StaffMemberResolver,
  ClientResolver,
  PatientResolver,
  AppointmentResolver,
  PaymentResolver,
  TenantClinicCountsResolver,
] as const;
