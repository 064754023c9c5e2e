import Stripe from 'stripe';
import type { Currency } from '../tenants/tenant.constants.js';

export interface CollectableInvoice {
  id: string;
  tenant_id: string;
  number: string | null;
  total: number;
  currency: Currency;
}

export interface CollectionResult {
  /** paid: the money is in; failed: the attempt was refused; pending: waiting (manual, 3-D Secure). */
  outcome: 'paid' | 'failed' | 'pending';
  reference: string | null;
  failure: string | null;
}

export interface CustomerFacts {
  tenant_id: string;
  name: string;
  email: string;
}

/** How invoices are paid: Stripe when configured, else an admin records payments by hand. */
export interface PaymentProvider {
  readonly name: 'stripe' | 'manual';
  /** The provider's customer for a tenant, made on first use; null when the provider has none. */
  ensureCustomer(customer: CustomerFacts, existing: string | null): Promise<string | null>;
  /** A SetupIntent's client secret, for the clinic to save a card; null when not supported. */
  setupPaymentMethod(customerId: string | null): Promise<string | null>;
  collect(
    invoice: CollectableInvoice,
    customerId: string | null,
    attempt: number,
  ): Promise<CollectionResult>;
}

/** No processor: every invoice waits for an admin to record its payment. */
export class ManualPaymentProvider implements PaymentProvider {
  readonly name = 'manual' as const;

  async ensureCustomer(): Promise<string | null> {
    return null;
  }

  async setupPaymentMethod(): Promise<string | null> {
    return null;
  }

  async collect(): Promise<CollectionResult> {
    return { outcome: 'pending', reference: null, failure: null };
  }
}

export interface StripeSettings {
  secretKey: string;
  /** Another API base (stripe-mock in tests); null for Stripe itself. */
  apiUrl: string | null;
}

export function createStripeClient(settings: StripeSettings): Stripe {
  if (!settings.apiUrl) return new Stripe(settings.secretKey, { maxNetworkRetries: 2 });
  const url = new URL(settings.apiUrl);
  return new Stripe(settings.secretKey, {
    host: url.hostname,
    port: url.port,
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
  });
}

/**
 * Stripe: a customer per tenant, cards saved through SetupIntents, each invoice collected by an
 * off-session PaymentIntent whose idempotency key names the invoice and the attempt, so a retried
 * job never charges twice. The PaymentIntent carries our invoice id, which webhooks map back.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;

  constructor(readonly stripe: Stripe) {}

  async ensureCustomer(customer: CustomerFacts, existing: string | null): Promise<string> {
    if (existing) return existing;
    const created = await this.stripe.customers.create(
      { name: customer.name, email: customer.email, metadata: { tenant_id: customer.tenant_id } },
      { idempotencyKey: `customer-${customer.tenant_id}` },
    );
    return created.id;
  }

  async setupPaymentMethod(customerId: string | null): Promise<string | null> {
    if (!customerId) return null;
    const intent = await this.stripe.setupIntents.create({
      customer: customerId,
      usage: 'off_session',
      payment_method_types: ['card'],
    });
    return intent.client_secret;
  }

  async collect(
    invoice: CollectableInvoice,
    customerId: string | null,
    attempt: number,
  ): Promise<CollectionResult> {
    if (!customerId) return { outcome: 'failed', reference: null, failure: 'No Stripe customer' };
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: invoice.total,
          currency: invoice.currency.toLowerCase(),
          customer: customerId,
          off_session: true,
          confirm: true,
          description: invoice.number ? `Invoice ${invoice.number}` : undefined,
          metadata: {
            vetcares_invoice_id: invoice.id,
            tenant_id: invoice.tenant_id,
            invoice_number: invoice.number ?? '',
          },
        },
        { idempotencyKey: `invoice-${invoice.id}-attempt-${attempt}` },
      );
      if (intent.status === 'succeeded') {
        return { outcome: 'paid', reference: `stripe:${intent.id}`, failure: null };
      }
      if (intent.status === 'processing') {
        return { outcome: 'pending', reference: `stripe:${intent.id}`, failure: null };
      }
      return {
        outcome: 'failed',
        reference: `stripe:${intent.id}`,
        failure:
          intent.last_payment_error?.message ?? `Payment ${intent.status.replace(/_/g, ' ')}`,
      };
    } catch (error) {
      if (error instanceof Stripe.errors.StripeCardError) {
        return { outcome: 'failed', reference: null, failure: error.message };
      }
      throw error;
    }
  }
}
