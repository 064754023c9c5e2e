import type { Model } from 'mongoose';
import type { BillingSignals } from '../../common/billing-signals.js';
import { defineModule } from '../../core/module.js';
import { isTenantScopedModel } from '../../db/model.js';
import { BillingRevenue, MeasuredStorage } from './billing-revenue.js';
import { BillingSignalService } from './billing-signals.service.js';
import { createBillingModels, type BillingModels } from './billing.models.js';
import { BillingResolver } from './billing.resolver.js';
import { invoiceRestRouter, tenantBillingRestRouter } from './billing.rest.js';
import { BillingService } from './billing.service.js';
import { InvoiceLedger } from './invoice-ledger.js';
import {
  createStripeClient,
  ManualPaymentProvider,
  StripePaymentProvider,
  type PaymentProvider,
} from './payment-provider.js';
import { StripeWebhooks, stripeWebhookRouter } from './stripe-webhooks.js';
import { UsageLimitService } from './usage-limits.service.js';

declare module '../../core/registry.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the models are BillingModels'
  interface ModelRegistry extends BillingModels {}
  interface ServiceRegistry {
    usageLimits: UsageLimitService;
    billing: BillingService;
    billingRevenue: BillingRevenue;
    billingStorage: MeasuredStorage;
    billingSignals: BillingSignals;
    stripeWebhooks: StripeWebhooks;
  }
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Billing: the plan catalog, limits that hold under concurrency (per-tenant counters), storage
 * measurement, subscriptions with trials, proration and cancellation, invoices, the billing cycle
 * and dunning, Stripe or manual payments with signed webhooks, and the revenue analytics read.
 */
export const billingModule = defineModule({
  name: 'billing',
  models: createBillingModels,
  services: ({ config, models, services, redis, clock, log }) => {
    const usageLimits = new UsageLimitService(
      models,
      models,
      () => (Object.values(models) as Model<never>[]).filter(isTenantScopedModel),
      clock,
      log.child({ part: 'limits' }),
    );
    const stripe = config.stripeSecretKey
      ? createStripeClient({ secretKey: config.stripeSecretKey, apiUrl: config.stripeApiUrl })
      : null;
    const provider: PaymentProvider = stripe
      ? new StripePaymentProvider(stripe)
      : new ManualPaymentProvider();
    const billingRevenue = new BillingRevenue(redis, config.redisKeyPrefix);
    const billing = new BillingService(
      models,
      new InvoiceLedger(models, clock, config.billingTaxRateBps),
      usageLimits,
      services.tenants,
      provider,
      billingRevenue,
      clock,
      config.billingTrialDays,
      log.child({ part: 'billing' }),
      config.billingCycleIntervalSeconds * 1000,
    );
    return {
      usageLimits,
      billing,
      billingRevenue,
      billingStorage: new MeasuredStorage((tenantId) => usageLimits.storageBytes(tenantId)),
      billingSignals: new BillingSignalService(models),
      stripeWebhooks: new StripeWebhooks(
        stripe,
        config.stripeWebhookSecret,
        models.billingWebhookEvents,
        models.billingSubscriptions,
        billing,
        clock,
        log.child({ part: 'stripe-webhooks' }),
      ),
    };
  },
  resolvers: [BillingResolver],
  jobs: (services) => [
    {
      name: 'billing-cycle',
      every: services.billing.cycleIntervalMs,
      run: () => services.billing.runCycle(),
    },
    {
      name: 'billing-reconcile-usage',
      every: HOUR_MS,
      run: async () => {
        await services.usageLimits.reconcileAll();
        await services.usageLimits.recomputeStorage();
      },
    },
  ],
  rest: (services) => [
    { path: '/admin/tenants', router: tenantBillingRestRouter(services.billing) },
    { path: '/admin/invoices', router: invoiceRestRouter(services.billing) },
  ],
  http: (services) => [
    { path: '/webhooks/stripe', router: stripeWebhookRouter(services.stripeWebhooks) },
  ],
});
