import type { Connection } from 'mongoose';
import { createAppointmentModel } from './appointments/appointment.model.js';
import { createClientModel } from './clients/client.model.js';
import { createPatientModel } from './patients/patient.model.js';
import { createPaymentModel } from './payments/payment.model.js';
import { createStaffMemberModel } from './staff/staff-member.model.js';

/** The clinic's own data: every model here is tenant-scoped. */
export function createClinicModels(connection: Connection) {
  return {
    staffMembers: createStaffMemberModel(connection),
    clients: createClientModel(connection),
    patients: createPatientModel(connection),
    appointments: createAppointmentModel(connection),
    payments: createPaymentModel(connection),
  };
}

export type ClinicModels = ReturnType<typeof createClinicModels>;
