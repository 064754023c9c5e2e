import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { clinicLoaders } from '../clinic.loaders.js';
import { Patient } from '../patients/patient.types.js';
import { DeletedRecord } from '../shared/page.types.js';
import { StaffMember } from '../staff/staff-member.types.js';
import {
  AppointmentListArgs,
  CreateAppointmentInput,
  UpdateAppointmentInput,
} from './appointment.inputs.js';
import { Appointment, AppointmentPage } from './appointment.types.js';

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => AppointmentPage, { description: "The clinic's appointments, a page at a time" })
  appointments(
    @Args(() => AppointmentListArgs) args: AppointmentListArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AppointmentPage> {
    return ctx.services.appointments.list(ctx.principal, { ...args });
  }

  @Query(() => Appointment)
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Appointment> {
    return ctx.services.appointments.get(ctx.principal, id);
  }

  @Mutation(() => Appointment, {
    description: 'Books an active staff member, refusing a time they are already booked',
  })
  createAppointment(
    @Arg('input', () => CreateAppointmentInput) input: CreateAppointmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Appointment> {
    return ctx.services.appointments.create(ctx.principal, { ...input });
  }

  @Mutation(() => Appointment)
  updateAppointment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAppointmentInput) input: UpdateAppointmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Appointment> {
    return ctx.services.appointments.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeletedRecord, { description: 'Refused while payments refer to it' })
  deleteAppointment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.appointments.delete(ctx.principal, id);
  }

  @FieldResolver(() => Patient, { nullable: true })
  patient(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext): Promise<Patient | null> {
    return clinicLoaders.patient(ctx, appointment.tenant_id).load(appointment.patient_id);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  staff_member(
    @Root() appointment: Appointment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffMember | null> {
    return clinicLoaders.staffMember(ctx, appointment.tenant_id).load(appointment.staff_member_id);
  }
}
