import { mongo, type Types } from 'mongoose';
import type { Logger } from 'pino';
import { AppError, badInput, notFound } from '../../common/errors.js';
import { parseObjectId } from '../../common/object-id.js';
import { authorizeAdmin } from '../../common/policy.js';
import type { AdminPrincipal, Principal } from '../../common/principal.js';
import type { Clock } from '../../core/clock.js';
import { PLANS } from '../tenants/plans.js';
import type { TenantModel } from '../tenants/tenant.model.js';
import type { TenantService } from '../tenants/tenant.service.js';
import { BILLING_PLANS, type BillingPlanId, type Currency } from '../tenants/tenant.constants.js';
import {
  DAY_MS,
  DUNNING_RETRY_DAYS,
  PAYMENT_OVERDUE,
  type SubscriptionStatus,
} from './billing.constants.js';
import type { BillingModels, SubscriptionDocument } from './billing.models.js';
import type { BillingRevenue } from './billing-revenue.js';
import { catalog, PLAN_RANK, priceOf, toMajor, type CatalogPlan } from './catalog.js';
import type { InvoiceLedger, StoredInvoice } from './invoice-ledger.js';
import { invoiceHtml } from './invoice-html.js';
import type { PaymentProvider } from './payment-provider.js';
import type { UsageLimitService } from './usage-limits.service.js';

/** Billing's own hand on the tenants service (dunning suspends, payments reactivate). */
const BILLING_SYSTEM: AdminPrincipal = {
  kind: 'admin',
  adminId: 'system-billing',
  email: 'billing@system',
  role: 'super_admin',
};

/** Days a clinic has to pay an invoice before it counts as failed and dunning starts. */
const PAYMENT_TERMS_DAYS = 14;

/** One calendar month later, UTC, the day clamped to the month's end (Jan 31 → Feb 28). */
export function addMonth(date: Date): Date {
  const next = new Date(date.getTime());
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}

export const dayKey = (date: Date): string => date.toISOString().slice(0, 10);

export interface TenantBillingView {
  tenant_id: string;
  plan: BillingPlanId;
  /** Monthly price in major units in the tenant's currency (the spec's 79). */
  price: number;
  price_minor: number;
  currency: Currency;
  features: string[];
  limits: { staff: number | null; clients: number | null; storage: number | null };
  usage: { staff: number; clients: number; storage_gb: number };
  next_billing_date: Date | null;
  status: SubscriptionStatus;
  trial_days: number;
  trial_ends_at: Date | null;
  current_period_start: Date;
  current_period_end: Date;
  cancel_at_period_end: boolean;
  pending_plan: BillingPlanId | null;
  /** Credit (negative) or amount owed (positive) across open invoices, major units. */
  balance: number;
  payment_provider: string;
  payment_method: string | null;
  past_due_since: Date | null;
  dunning_attempts: number;
  next_retry_at: Date | null;
}

export interface PlanChangePreview {
  tenant_id: string;
  from_plan: BillingPlanId;
  to_plan: BillingPlanId;
  kind: 'upgrade' | 'downgrade';
  currency: Currency;
  /** Minor units: credit for the unused time on the old plan, charge for the rest on the new. */
  credit: number;
  charge: number;
  amount_due: number;
  effective_at: Date;
  limits: { staff: number | null; clients: number | null; storage: number | null };
  /** Limits the clinic's current usage exceeds on the new plan (a downgrade is then refused). */
  blocked_by: { limit: string; current: number; maximum: number }[];
}

const isDuplicateKey = (error: unknown): boolean =>
  error instanceof mongo.MongoServerError && error.code === 11000;

/**
 * Subscriptions, plan changes with proration, invoices and their payment, the billing cycle and
 * dunning. Every admin-facing method authorizes a named action first; the cycle and webhooks act
 * as the billing system itself.
 */
export class BillingService {
  constructor(
    private readonly models: Pick<BillingModels, 'billingSubscriptions'> & {
      tenants: TenantModel;
    },
    readonly ledger: InvoiceLedger,
    readonly limits: UsageLimitService,
    private readonly tenants: TenantService,
    readonly provider: PaymentProvider,
    readonly revenue: BillingRevenue,
    private readonly clock: Clock,
    private readonly trialDays: number,
    private readonly log: Logger,
    /** How often the billing cycle job runs. */
    readonly cycleIntervalMs: number = 60 * 60 * 1000,
  ) {}

  plans(principal: Principal): CatalogPlan[] {
    authorizeAdmin(principal, 'plans:read');
    return catalog();
  }

  async view(principal: Principal, tenantId: unknown): Promise<TenantBillingView> {
    authorizeAdmin(principal, 'billing:read');
    return this.viewOf(this.tenantIdOf(tenantId));
  }

  async invoices(principal: Principal, tenantId: unknown): Promise<StoredInvoice[]> {
    authorizeAdmin(principal, 'billing:read');
    const id = this.tenantIdOf(tenantId);
    await this.tenantOf(id);
    return this.ledger.ofTenant(id);
  }

  async invoice(principal: Principal, id: unknown): Promise<StoredInvoice> {
    authorizeAdmin(principal, 'billing:read');
    const invoice = await this.ledger.byId(parseObjectId(id).toHexString());
    if (!invoice) throw notFound('Invoice');
    return invoice;
  }

  async invoiceHtml(principal: Principal, id: unknown): Promise<string> {
    const invoice = await this.invoice(principal, id);
    // Through the tenants service: the address is encrypted at rest.
    const tenant = await this.tenants.get(BILLING_SYSTEM, invoice.tenant_id);
    return invoiceHtml(invoice, { name: tenant.name, address: tenant.address ?? null });
  }

  async previewPlanChange(
    principal: Principal,
    tenantId: unknown,
    plan: unknown,
  ): Promise<PlanChangePreview> {
    authorizeAdmin(principal, 'billing:read');
    return this.preview(this.tenantIdOf(tenantId), this.planOf(plan));
  }

  /**
   * An upgrade takes effect now, with a prorated invoice (charge for the rest of the period on
   * the new plan, credit for the unused time on the old one); a downgrade waits for the period's
   * end and is refused while the clinic's usage exceeds the smaller plan's limits.
   */
  async changePlan(
    principal: Principal,
    tenantId: unknown,
    plan: unknown,
  ): Promise<TenantBillingView> {
    const actor = authorizeAdmin(principal, 'billing:manage');
    const id = this.tenantIdOf(tenantId);
    const preview = await this.preview(id, this.planOf(plan));
    if (preview.kind === 'downgrade') {
      if (preview.blocked_by.length > 0) {
        throw new AppError(
          'LIMIT_EXCEEDED',
          `The ${preview.to_plan} plan is too small for this clinic: ${preview.blocked_by
            .map((over) => `${over.limit} ${over.current} of ${over.maximum}`)
            .join(', ')}`,
          preview.blocked_by.map((over) => ({
            field: over.limit,
            message: `uses ${over.current}, the ${preview.to_plan} plan allows ${over.maximum}`,
          })),
          { plan: preview.to_plan, exceeded: preview.blocked_by },
        );
      }
      await this.models.billingSubscriptions.updateOne(
        { _id: id },
        { $set: { pending_plan: preview.to_plan } },
      );
      return this.viewOf(id);
    }
    await this.tenants.update(actor, id, { billing_plan: preview.to_plan });
    await this.models.billingSubscriptions.updateOne({ _id: id }, { $set: { pending_plan: null } });
    const subscription = await this.ensure(id);
    if (preview.amount_due > 0 && subscription.status !== 'trialing') {
      const lines = [
        {
          kind: 'proration' as const,
          description: `${PLANS[preview.to_plan].name} plan, rest of the period`,
          amount: preview.charge,
        },
        {
          kind: 'credit' as const,
          description: `Unused time on the ${PLANS[preview.from_plan].name} plan`,
          amount: -preview.credit,
        },
      ];
      const { invoice } = await this.ledger.issue({
        tenant_id: id,
        key: `proration:${preview.to_plan}:${this.clock.now().getTime()}`,
        plan: preview.to_plan,
        currency: preview.currency,
        lines,
        period_start: this.clock.now(),
        period_end: subscription.current_period_end,
        due_days: PAYMENT_TERMS_DAYS,
      });
      await this.collect(invoice);
    }
    await this.syncRecurring(id);
    return this.viewOf(id);
  }

  async cancelAtPeriodEnd(principal: Principal, tenantId: unknown): Promise<TenantBillingView> {
    return this.setCancel(principal, tenantId, true);
  }

  async resume(principal: Principal, tenantId: unknown): Promise<TenantBillingView> {
    return this.setCancel(principal, tenantId, false);
  }

  /** A trial of this many days from the subscription's start, while it is still trialing. */
  async setTrialDays(
    principal: Principal,
    tenantId: unknown,
    days: unknown,
  ): Promise<TenantBillingView> {
    authorizeAdmin(principal, 'billing:manage');
    const id = this.tenantIdOf(tenantId);
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 365) {
      throw badInput([{ field: 'days', message: 'must be a whole number of days from 0 to 365' }]);
    }
    const subscription = await this.ensure(id);
    if (subscription.status !== 'trialing') {
      throw badInput([{ field: 'days', message: 'the trial is over; it can no longer change' }]);
    }
    const end = new Date(subscription.current_period_start.getTime() + days * DAY_MS);
    await this.models.billingSubscriptions.updateOne(
      { _id: id, status: 'trialing' },
      { $set: { trial_days: days, trial_ends_at: end, current_period_end: end } },
    );
    return this.viewOf(id);
  }

  /** An admin records money received for an invoice (bank transfer, cheque, the manual provider). */
  async recordManualPayment(
    principal: Principal,
    invoiceId: unknown,
    reference: unknown,
  ): Promise<StoredInvoice> {
    const actor = authorizeAdmin(principal, 'billing:payments');
    const _id = parseObjectId(invoiceId);
    const note = typeof reference === 'string' && reference.trim() ? reference.trim() : null;
    const invoice = await this.ledger.byId(_id.toHexString());
    if (!invoice) throw notFound('Invoice');
    if (invoice.status !== 'open' && invoice.status !== 'uncollectible') {
      throw new AppError('CONFLICT', `Invoice ${invoice.number} is ${invoice.status}`, [
        { field: 'invoice_id', message: `is ${invoice.status}` },
      ]);
    }
    const paid = await this.paymentSucceeded(
      _id,
      `manual:${actor.email}${note ? `: ${note}` : ''}`,
    );
    return paid ?? (await this.ledger.byId(_id.toHexString()))!;
  }

  async voidInvoice(principal: Principal, invoiceId: unknown): Promise<StoredInvoice> {
    authorizeAdmin(principal, 'billing:payments');
    const _id = parseObjectId(invoiceId);
    const voided = await this.ledger.setStatus(_id, ['draft', 'open', 'uncollectible'], 'void');
    if (!voided) {
      const invoice = await this.ledger.byId(_id.toHexString());
      if (!invoice) throw notFound('Invoice');
      throw new AppError('CONFLICT', `Invoice ${invoice.number} is ${invoice.status}`);
    }
    await this.settleIfClear(voided.tenant_id);
    return voided;
  }

  async setupPaymentMethod(principal: Principal, tenantId: unknown): Promise<string | null> {
    authorizeAdmin(principal, 'billing:manage');
    const id = this.tenantIdOf(tenantId);
    const subscription = await this.ensure(id);
    const customer = await this.customerOf(subscription);
    return this.provider.setupPaymentMethod(customer);
  }

  // ---- The billing system's own steps (cycle, webhooks) ----

  /** The tenant's subscription, made the first time it is needed: a trial from now. */
  async ensure(tenantId: string): Promise<SubscriptionDocument> {
    const existing = await this.models.billingSubscriptions.findById(tenantId).lean();
    if (existing) return existing;
    const tenant = await this.tenantOf(tenantId);
    const now = this.clock.now();
    const trialEnd = new Date(now.getTime() + this.trialDays * DAY_MS);
    try {
      await this.models.billingSubscriptions.create({
        _id: tenantId,
        status: this.trialDays > 0 ? 'trialing' : 'active',
        currency: tenant.currency,
        trial_days: this.trialDays,
        trial_ends_at: this.trialDays > 0 ? trialEnd : null,
        current_period_start: now,
        current_period_end: this.trialDays > 0 ? trialEnd : addMonth(now),
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    await this.syncRecurring(tenantId);
    return (await this.models.billingSubscriptions.findById(tenantId).lean())!;
  }

  /** Marks an invoice paid (once) and lifts what non-payment caused. */
  async paymentSucceeded(invoiceId: Types.ObjectId, reference: string) {
    const paid = await this.ledger.markPaid(invoiceId, reference);
    if (!paid) return null;
    await this.revenue.recordPayment(
      paid.tenant_id,
      paid.currency,
      paid.total,
      dayKey(paid.paid_at ?? this.clock.now()),
    );
    this.log.info({ tenantId: paid.tenant_id, invoice: paid.number }, 'invoice paid');
    await this.settleIfClear(paid.tenant_id);
    return paid;
  }

  /** A failed collection: the subscription goes past due and dunning is scheduled. */
  async paymentFailed(invoiceId: Types.ObjectId, reason: string): Promise<void> {
    const invoice = await this.ledger.noteFailure(invoiceId);
    if (!invoice) return; // paid or voided meanwhile: nothing failed any more
    const now = this.clock.now();
    const firstRetry = new Date(now.getTime() + DUNNING_RETRY_DAYS[0] * DAY_MS);
    await this.models.billingSubscriptions.updateOne(
      { _id: invoice.tenant_id, status: { $in: ['trialing', 'active'] } },
      {
        $set: {
          status: 'past_due',
          past_due_since: now,
          dunning_attempts: 0,
          next_retry_at: firstRetry,
          last_failure: `${invoice.number}: ${reason}`,
        },
      },
    );
    await this.models.billingSubscriptions.updateOne(
      { _id: invoice.tenant_id, status: 'past_due' },
      { $set: { last_failure: `${invoice.number}: ${reason}` } },
    );
    this.log.warn(
      { tenantId: invoice.tenant_id, invoice: invoice.number, reason },
      'payment failed',
    );
    // A payment may have landed between our read and our write: settle again so it wins.
    await this.settleIfClear(invoice.tenant_id);
    await this.syncRecurring(invoice.tenant_id);
  }

  /** Collects an open invoice through the provider and applies the outcome. */
  async collect(invoice: StoredInvoice): Promise<void> {
    if (invoice.status !== 'open') return;
    const subscription = await this.ensure(invoice.tenant_id);
    const customer = await this.customerOf(subscription);
    const result = await this.provider.collect(
      {
        id: invoice._id.toHexString(),
        tenant_id: invoice.tenant_id,
        number: invoice.number,
        total: invoice.total,
        currency: invoice.currency,
      },
      customer,
      invoice.attempts + 1,
    );
    if (result.outcome === 'paid') await this.paymentSucceeded(invoice._id, result.reference!);
    else if (result.outcome === 'failed') {
      await this.paymentFailed(invoice._id, result.failure ?? 'Payment failed');
    }
  }

  /**
   * One pass of the billing cycle for every tenant: periods that ended advance (trial → active,
   * scheduled downgrades and cancellations apply) and their invoice is issued and collected;
   * unpaid invoices past their terms fail; due dunning retries run. Each step is conditional on
   * the state it leaves, and each period's invoice has a unique key, so running it twice (or on
   * two processes at once) bills once.
   */
  async runCycle(): Promise<{ invoiced: number; retried: number; suspended: number }> {
    const tenants = await this.models.tenants
      .find({ status: { $ne: 'deleted' } }, { _id: 1 })
      .lean();
    let invoiced = 0;
    let retried = 0;
    let suspended = 0;
    for (const tenant of tenants) {
      const tenantId = tenant._id.toHexString();
      try {
        invoiced += await this.advance(tenantId);
      } catch (error) {
        this.log.error({ err: error, tenantId }, 'billing cycle failed for tenant');
      }
    }
    for (const invoice of await this.ledger.overdue(this.clock.now())) {
      const subscription = await this.ensure(invoice.tenant_id);
      if (subscription.status === 'active' || subscription.status === 'trialing') {
        await this.paymentFailed(invoice._id, 'Not paid by its due date');
      }
    }
    const dueRetries = await this.models.billingSubscriptions
      .find({ status: 'past_due', next_retry_at: { $lte: this.clock.now() } })
      .lean();
    for (const subscription of dueRetries) {
      const outcome = await this.retry(subscription);
      if (outcome === 'retried') retried += 1;
      if (outcome === 'suspended') suspended += 1;
    }
    for (const tenant of tenants) await this.syncRecurring(tenant._id.toHexString());
    return { invoiced, retried, suspended };
  }

  // ---- internals ----

  private async advance(tenantId: string): Promise<number> {
    let invoiced = 0;
    // Several periods may have passed (the job was off); each one is billed once.
    for (let guard = 0; guard < 24; guard += 1) {
      const subscription = await this.ensure(tenantId);
      const now = this.clock.now();
      if (subscription.current_period_end > now) break;
      if (subscription.status === 'canceled' || subscription.status === 'unpaid') break;
      const start = subscription.current_period_end;
      const end = addMonth(start);
      const tenant = await this.tenantOf(tenantId);
      const plan = subscription.pending_plan ?? tenant.billing_plan;
      const canceling = subscription.cancel_at_period_end;
      const next: Partial<SubscriptionDocument> = canceling
        ? { status: 'canceled', cancel_at_period_end: false, pending_plan: null }
        : {
            status: subscription.status === 'trialing' ? 'active' : subscription.status,
            current_period_start: start,
            current_period_end: end,
            pending_plan: null,
          };
      // Conditional on the period this pass read: another process advancing it wins alone.
      const moved = await this.models.billingSubscriptions.updateOne(
        { _id: tenantId, current_period_end: subscription.current_period_end },
        { $set: next },
      );
      if (moved.modifiedCount === 0 && !canceling) continue;
      if (canceling) break;
      if (subscription.pending_plan && subscription.pending_plan !== tenant.billing_plan) {
        await this.tenants.update(BILLING_SYSTEM, tenantId, { billing_plan: plan });
      }
      const price = priceOf(plan, subscription.currency);
      const credit = Math.min(subscription.balance, price);
      const lines = [
        {
          kind: 'plan' as const,
          description: `${PLANS[plan].name} plan, ${dayKey(start)} to ${dayKey(end)}`,
          amount: price,
        },
        ...(credit > 0
          ? [{ kind: 'credit' as const, description: 'Account credit', amount: -credit }]
          : []),
      ];
      const { invoice, created } = await this.ledger.issue({
        tenant_id: tenantId,
        key: `period:${dayKey(start)}`,
        plan,
        currency: subscription.currency,
        lines,
        period_start: start,
        period_end: end,
        due_days: PAYMENT_TERMS_DAYS,
      });
      if (created) {
        invoiced += 1;
        if (credit > 0) {
          await this.models.billingSubscriptions.updateOne(
            { _id: tenantId },
            { $inc: { balance: -credit } },
          );
        }
        await this.collect(invoice);
      }
    }
    return invoiced;
  }

  /** One dunning retry, claimed by moving the attempt count so it runs once. */
  private async retry(
    subscription: SubscriptionDocument,
  ): Promise<'retried' | 'suspended' | 'skipped'> {
    const attempt = subscription.dunning_attempts + 1;
    const since = subscription.past_due_since ?? this.clock.now();
    const nextDays = DUNNING_RETRY_DAYS[attempt];
    const claimed = await this.models.billingSubscriptions.updateOne(
      {
        _id: subscription._id,
        status: 'past_due',
        dunning_attempts: subscription.dunning_attempts,
      },
      {
        $set: {
          dunning_attempts: attempt,
          next_retry_at:
            nextDays === undefined ? null : new Date(since.getTime() + nextDays * DAY_MS),
        },
      },
    );
    if (claimed.modifiedCount === 0) return 'skipped';
    for (const invoice of await this.ledger.openOf(subscription._id)) await this.collect(invoice);
    const after = await this.models.billingSubscriptions.findById(subscription._id).lean();
    if (after?.status !== 'past_due') return 'retried';
    if (attempt < DUNNING_RETRY_DAYS.length) return 'retried';
    // The last retry failed: the subscription is unpaid and the clinic is suspended.
    const marked = await this.models.billingSubscriptions.updateOne(
      { _id: subscription._id, status: 'past_due' },
      { $set: { status: 'unpaid', next_retry_at: null } },
    );
    if (marked.modifiedCount === 0) return 'retried';
    const tenant = await this.tenantOf(subscription._id);
    if (tenant.status === 'active') {
      await this.tenants.suspend(BILLING_SYSTEM, subscription._id, PAYMENT_OVERDUE);
    }
    this.log.warn({ tenantId: subscription._id }, 'tenant suspended: payment overdue');
    await this.syncRecurring(subscription._id);
    return 'suspended';
  }

  /**
   * When no invoice is open any more: the subscription is active again, and a clinic that billing
   * suspended for non-payment is reactivated (never one an admin suspended for another reason).
   */
  private async settleIfClear(tenantId: string): Promise<void> {
    const open = await this.ledger.openOf(tenantId);
    const overdue = open.filter(
      (invoice) => invoice.attempts > 0 || (invoice.due_at && invoice.due_at < this.clock.now()),
    );
    if (overdue.length > 0) return;
    const subscription = await this.models.billingSubscriptions.findById(tenantId).lean();
    if (!subscription) return;
    if (subscription.status === 'past_due' || subscription.status === 'unpaid') {
      await this.models.billingSubscriptions.updateOne(
        { _id: tenantId, status: { $in: ['past_due', 'unpaid'] } },
        {
          $set: {
            status: 'active',
            past_due_since: null,
            dunning_attempts: 0,
            next_retry_at: null,
            last_failure: null,
          },
        },
      );
    }
    const tenant = await this.tenantOf(tenantId);
    if (tenant.status === 'suspended' && tenant.suspension_reason === PAYMENT_OVERDUE) {
      try {
        await this.tenants.activate(BILLING_SYSTEM, tenantId);
      } catch (error) {
        // Another delivery reactivated it at the same moment.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      }
    }
    await this.syncRecurring(tenantId);
  }

  /** The tenant's recurring revenue as analytics read it: its plan's price while it pays. */
  async syncRecurring(tenantId: string): Promise<void> {
    const subscription = await this.models.billingSubscriptions.findById(tenantId).lean();
    const tenant = await this.models.tenants
      .findById(tenantId, { billing_plan: 1, status: 1, currency: 1 })
      .lean();
    const paying =
      subscription &&
      tenant &&
      tenant.status !== 'deleted' &&
      (subscription.status === 'active' || subscription.status === 'past_due');
    await this.revenue.setRecurring(
      tenantId,
      subscription?.currency ?? 'USD',
      paying ? priceOf(tenant.billing_plan, subscription.currency) : null,
    );
  }

  private async setCancel(
    principal: Principal,
    tenantId: unknown,
    cancel: boolean,
  ): Promise<TenantBillingView> {
    authorizeAdmin(principal, 'billing:manage');
    const id = this.tenantIdOf(tenantId);
    const subscription = await this.ensure(id);
    if (subscription.status === 'canceled') {
      throw new AppError('CONFLICT', 'The subscription has ended; it cannot change any more');
    }
    await this.models.billingSubscriptions.updateOne(
      { _id: id },
      { $set: { cancel_at_period_end: cancel } },
    );
    return this.viewOf(id);
  }

  private async preview(tenantId: string, to: BillingPlanId): Promise<PlanChangePreview> {
    const tenant = await this.tenantOf(tenantId);
    const subscription = await this.ensure(tenantId);
    const from = tenant.billing_plan;
    if (from === to) {
      throw badInput([{ field: 'plan', message: `the tenant is already on the ${to} plan` }]);
    }
    const target = PLANS[to];
    const limits = {
      staff: target.max_staff,
      clients: target.max_clients,
      storage: target.max_storage_gb,
    };
    const currency = subscription.currency;
    if (PLAN_RANK[to] < PLAN_RANK[from]) {
      const usage = await this.limits.usage(tenantId);
      const blocked_by = usage.flatMap((entry) => {
        const maximum =
          entry.limit === 'storage'
            ? target.max_storage_gb === null
              ? null
              : target.max_storage_gb * 1_000_000_000
            : entry.limit === 'staff'
              ? target.max_staff
              : target.max_clients;
        return maximum !== null && entry.current > maximum
          ? [{ limit: entry.limit, current: entry.current, maximum }]
          : [];
      });
      return {
        tenant_id: tenantId,
        from_plan: from,
        to_plan: to,
        kind: 'downgrade',
        currency,
        credit: 0,
        charge: 0,
        amount_due: 0,
        effective_at: subscription.current_period_end,
        limits,
        blocked_by,
      };
    }
    const now = this.clock.now();
    let credit = 0;
    let charge = 0;
    if (subscription.status !== 'trialing') {
      const start = subscription.current_period_start.getTime();
      const end = subscription.current_period_end.getTime();
      const remaining = Math.max(0, Math.min(1, (end - now.getTime()) / Math.max(1, end - start)));
      credit = Math.round(priceOf(from, currency) * remaining);
      charge = Math.round(priceOf(to, currency) * remaining);
    }
    return {
      tenant_id: tenantId,
      from_plan: from,
      to_plan: to,
      kind: 'upgrade',
      currency,
      credit,
      charge,
      amount_due: Math.max(0, charge - credit),
      effective_at: now,
      limits,
      blocked_by: [],
    };
  }

  private async viewOf(tenantId: string): Promise<TenantBillingView> {
    const tenant = await this.tenantOf(tenantId);
    const subscription = await this.ensure(tenantId);
    const [usage, open] = await Promise.all([
      this.limits.usage(tenantId),
      this.ledger.openOf(tenantId),
    ]);
    const used = (name: string) => usage.find((entry) => entry.limit === name)?.current ?? 0;
    const plan = PLANS[tenant.billing_plan];
    const priceMinor = priceOf(tenant.billing_plan, subscription.currency);
    const owed = open.reduce((sum, invoice) => sum + invoice.total, 0) - subscription.balance;
    const ended = subscription.status === 'canceled' || subscription.status === 'unpaid';
    return {
      tenant_id: tenantId,
      plan: tenant.billing_plan,
      price: toMajor(priceMinor),
      price_minor: priceMinor,
      currency: subscription.currency,
      features: [...plan.features],
      limits: {
        staff: tenant.max_staff ?? null,
        clients: tenant.max_clients ?? null,
        storage: tenant.max_storage_gb ?? null,
      },
      usage: {
        staff: used('staff'),
        clients: used('clients'),
        storage_gb: Math.round((used('storage') / 1_000_000_000) * 1000) / 1000,
      },
      next_billing_date:
        ended || subscription.cancel_at_period_end ? null : subscription.current_period_end,
      status: subscription.status,
      trial_days: subscription.trial_days,
      trial_ends_at: subscription.trial_ends_at,
      current_period_start: subscription.current_period_start,
      current_period_end: subscription.current_period_end,
      cancel_at_period_end: subscription.cancel_at_period_end,
      pending_plan: subscription.pending_plan,
      balance: toMajor(owed),
      payment_provider: this.provider.name,
      payment_method: subscription.payment_method
        ? `${subscription.payment_method.brand} ending ${subscription.payment_method.last4}`
        : this.provider.name === 'manual'
          ? 'Invoice, paid by bank transfer (recorded by an admin)'
          : null,
      past_due_since: subscription.past_due_since,
      dunning_attempts: subscription.dunning_attempts,
      next_retry_at: subscription.next_retry_at,
    };
  }

  private async customerOf(subscription: SubscriptionDocument): Promise<string | null> {
    if (subscription.provider_customer_id) return subscription.provider_customer_id;
    // Through the tenants service: the contact e-mail is encrypted at rest.
    const tenant = await this.tenants.get(BILLING_SYSTEM, subscription._id);
    const customer = await this.provider.ensureCustomer(
      { tenant_id: subscription._id, name: tenant.name, email: tenant.contact_email },
      null,
    );
    if (customer) {
      await this.models.billingSubscriptions.updateOne(
        { _id: subscription._id, provider_customer_id: null },
        { $set: { provider_customer_id: customer } },
      );
    }
    return customer;
  }

  private async tenantOf(tenantId: string) {
    const tenant = await this.models.tenants.findById(tenantId).lean();
    if (!tenant || tenant.status === 'deleted') throw notFound('Tenant');
    return tenant;
  }

  private tenantIdOf(value: unknown): string {
    return parseObjectId(value, 'tenant_id').toHexString();
  }

  private planOf(value: unknown): BillingPlanId {
    if (typeof value !== 'string' || !(BILLING_PLANS as readonly string[]).includes(value)) {
      throw badInput([{ field: 'plan', message: `must be one of ${BILLING_PLANS.join(', ')}` }]);
    }
    return value as BillingPlanId;
  }
}
