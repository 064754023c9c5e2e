import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { BillingPlanId } from '../tenants/tenant.constants.js';
import { BillingPlanEnum } from '../tenants/tenant.types.js';
import type { StoredInvoice } from './invoice-ledger.js';
import { CatalogPlanInfo, Invoice, PlanChangePreviewInfo, TenantBilling } from './billing.types.js';

export const toInvoice = (doc: StoredInvoice): Invoice => ({
  ...doc,
  id: doc._id.toHexString(),
  lines: doc.lines.map((line) => ({ ...line })),
});

@Resolver()
export class BillingResolver {
  @Query(() => [CatalogPlanInfo], { description: 'The plan catalog with prices per currency' })
  plans(@Ctx() ctx: GraphQLContext): CatalogPlanInfo[] {
    return ctx.services.billing.plans(ctx.principal).map((plan) => ({
      ...plan,
      limits: { staff: plan.max_staff, clients: plan.max_clients, storage: plan.max_storage_gb },
    }));
  }

  @Query(() => TenantBilling, { description: "A tenant's plan, price, limits and subscription" })
  tenantBilling(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantBilling> {
    return ctx.services.billing.view(ctx.principal, tenantId);
  }

  @Query(() => [Invoice], { description: "A tenant's invoices, newest first" })
  async tenantInvoices(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Invoice[]> {
    return (await ctx.services.billing.invoices(ctx.principal, tenantId)).map(toInvoice);
  }

  @Query(() => Invoice)
  async invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Invoice> {
    return toInvoice(await ctx.services.billing.invoice(ctx.principal, id));
  }

  @Query(() => PlanChangePreviewInfo, { description: 'Proration and limits before a change' })
  previewPlanChange(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Arg('plan', () => BillingPlanEnum) plan: BillingPlanId,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanChangePreviewInfo> {
    return ctx.services.billing.previewPlanChange(ctx.principal, tenantId, plan);
  }

  @Mutation(() => TenantBilling, {
    description: 'Upgrade now with proration, or downgrade at period end',
  })
  changeTenantPlan(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Arg('plan', () => BillingPlanEnum) plan: BillingPlanId,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantBilling> {
    return ctx.services.billing.changePlan(ctx.principal, tenantId, plan);
  }

  @Mutation(() => TenantBilling, { description: 'Cancel at the end of the current period' })
  cancelSubscription(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantBilling> {
    return ctx.services.billing.cancelAtPeriodEnd(ctx.principal, tenantId);
  }

  @Mutation(() => TenantBilling, { description: 'Undo a cancellation before the period ends' })
  resumeSubscription(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantBilling> {
    return ctx.services.billing.resume(ctx.principal, tenantId);
  }

  @Mutation(() => TenantBilling, { description: 'Set the trial length while it runs' })
  setTenantTrialDays(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Arg('days', () => Int) days: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TenantBilling> {
    return ctx.services.billing.setTrialDays(ctx.principal, tenantId, days);
  }

  @Mutation(() => Invoice, { description: 'Record money received for an open invoice' })
  async recordManualPayment(
    @Arg('invoice_id', () => ID) invoiceId: string,
    @Arg('reference', () => String, { nullable: true }) reference: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Invoice> {
    return toInvoice(
      await ctx.services.billing.recordManualPayment(ctx.principal, invoiceId, reference),
    );
  }

  @Mutation(() => String, {
    nullable: true,
    description:
      "A Stripe SetupIntent's client secret for saving the clinic's card (null with manual payments)",
  })
  createBillingSetupIntent(
    @Arg('tenant_id', () => ID) tenantId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return ctx.services.billing.setupPaymentMethod(ctx.principal, tenantId);
  }

  @Mutation(() => Invoice, { description: 'Void an invoice that should not be paid' })
  async voidInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Invoice> {
    return toInvoice(await ctx.services.billing.voidInvoice(ctx.principal, id));
  }
}
