import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { clinicLoaders } from '../clinic.loaders.js';
import { Client } from '../clients/client.types.js';
import { DeletedRecord } from '../shared/page.types.js';
import { CreatePatientInput, PatientListArgs, UpdatePatientInput } from './patient.inputs.js';
import { Patient, PatientPage } from './patient.types.js';

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => PatientPage, { description: "The clinic's patients (pets), a page at a time" })
  patients(
    @Args(() => PatientListArgs) args: PatientListArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PatientPage> {
    return ctx.services.patients.list(ctx.principal, { ...args });
  }

  @Query(() => Patient)
  patient(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return ctx.services.patients.get(ctx.principal, id);
  }

  @Mutation(() => Patient)
  createPatient(
    @Arg('input', () => CreatePatientInput) input: CreatePatientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Patient> {
    return ctx.services.patients.create(ctx.principal, { ...input });
  }

  @Mutation(() => Patient)
  updatePatient(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePatientInput) input: UpdatePatientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Patient> {
    return ctx.services.patients.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeletedRecord, { description: 'Refused while the patient has appointments' })
  deletePatient(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.patients.delete(ctx.principal, id);
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The owner' })
  owner(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Client | null> {
    return clinicLoaders.client(ctx, patient.tenant_id).load(patient.client_id);
  }
}
