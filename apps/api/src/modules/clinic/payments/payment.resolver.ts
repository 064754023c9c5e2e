import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context.js';
import { Appointment } from '../appointments/appointment.types.js';
import { clinicLoaders } from '../clinic.loaders.js';
import { Client } from '../clients/client.types.js';
import { DeletedRecord } from '../shared/page.types.js';
import { PaymentListArgs, RecordPaymentInput, UpdatePaymentInput } from './payment.inputs.js';
import { Payment, PaymentPage } from './payment.types.js';

@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => PaymentPage, {
    description: "The clinic's payments (its revenue), a page at a time",
  })
  payments(
    @Args(() => PaymentListArgs) args: PaymentListArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PaymentPage> {
    return ctx.services.payments.list(ctx.principal, { ...args });
  }

  @Query(() => Payment)
  payment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Payment> {
    return ctx.services.payments.get(ctx.principal, id);
  }

  @Mutation(() => Payment, { description: 'Records money the clinic received' })
  recordPayment(
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Payment> {
    return ctx.services.payments.record(ctx.principal, { ...input });
  }

  @Mutation(() => Payment)
  updatePayment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePaymentInput) input: UpdatePaymentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Payment> {
    return ctx.services.payments.update(ctx.principal, id, { ...input });
  }

  @Mutation(() => DeletedRecord, { description: 'For payments recorded by mistake' })
  deletePayment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletedRecord> {
    return ctx.services.payments.delete(ctx.principal, id);
  }

  @FieldResolver(() => Client, { nullable: true, description: 'Who paid' })
  client(@Root() payment: Payment, @Ctx() ctx: GraphQLContext): Promise<Client | null> {
    if (!payment.client_id) return Promise.resolve(null);
    return clinicLoaders.client(ctx, payment.tenant_id).load(payment.client_id);
  }

  @FieldResolver(() => Appointment, { nullable: true, description: 'The visit paid for' })
  appointment(@Root() payment: Payment, @Ctx() ctx: GraphQLContext): Promise<Appointment | null> {
    if (!payment.appointment_id) return Promise.resolve(null);
    return clinicLoaders.appointment(ctx, payment.tenant_id).load(payment.appointment_id);
  }
}
