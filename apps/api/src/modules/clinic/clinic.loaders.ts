import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context.js';
import type { Appointment } from './appointments/appointment.types.js';
import type { Client } from './clients/client.types.js';
import type { Patient } from './patients/patient.types.js';
import type { StaffMember } from './staff/staff-member.types.js';

type RecordLoader<T> = DataLoader<string, T | null>;

/**
 * Loaders for records nested in others (a patient's owner, an appointment's patient): one query
 * per kind for a whole page, per request. The tenant is the parent record's own, which the
 * service already confined to the caller's tenant, and each batch runs inside that tenant.
 */
export const clinicLoaders = {
  client: (ctx: GraphQLContext, tenantId: string): RecordLoader<Client> =>
    ctx.loaders.get('clinic.client', tenantId, (ids: readonly string[]) =>
      ctx.services.clients.byIds(tenantId, ids),
    ),
  patient: (ctx: GraphQLContext, tenantId: string): RecordLoader<Patient> =>
    ctx.loaders.get('clinic.patient', tenantId, (ids: readonly string[]) =>
      ctx.services.patients.byIds(tenantId, ids),
    ),
  staffMember: (ctx: GraphQLContext, tenantId: string): RecordLoader<StaffMember> =>
    ctx.loaders.get('clinic.staffMember', tenantId, (ids: readonly string[]) =>
      ctx.services.staffMembers.byIds(tenantId, ids),
    ),
  appointment: (ctx: GraphQLContext, tenantId: string): RecordLoader<Appointment> =>
    ctx.loaders.get('clinic.appointment', tenantId, (ids: readonly string[]) =>
      ctx.services.appointments.byIds(tenantId, ids),
    ),
};
