import express, { type Router } from 'express';
import { mongo, Types } from 'mongoose';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import type { Clock } from '../../core/clock.js';
import type { BillingModels } from './billing.models.js';
import type { BillingService } from './billing.service.js';

/** Stripe's own replay window: a delivery signed longer ago than this is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const PAID_EVENTS = new Set(['invoice.paid', 'payment_intent.succeeded']);
const FAILED_EVENTS = new Set(['invoice.payment_failed', 'payment_intent.payment_failed']);

interface EventObject {
  id?: string;
  customer?: string | null;
  metadata?: Record<string, string> | null;
  last_payment_error?: { message?: string } | null;
  card?: { brand?: string; last4?: string } | null;
}

/**
 * Stripe's events, each applied once: the signature is checked on the raw bytes (so a body
 * parsed and serialized again fails), the event id is recorded before the effect (a second
 * delivery finds it and does nothing), and every effect is conditional on the state it changes
 * (a failure arriving after the payment finds the invoice paid and changes nothing).
 */
export class StripeWebhooks {
  constructor(
    private readonly stripe: Stripe | null,
    private readonly secret: string | null,
    private readonly events: BillingModels['billingWebhookEvents'],
    private readonly subscriptions: BillingModels['billingSubscriptions'],
    private readonly billing: BillingService,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Verifies and applies one delivery; the status and body the route answers. */
  async receive(
    body: Buffer,
    signature: string | undefined,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    if (!this.stripe || !this.secret) {
      return refusal(404, 'NOT_FOUND', 'Stripe webhooks are not configured here');
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        body,
        signature ?? '',
        this.secret,
        WEBHOOK_TOLERANCE_SECONDS,
        undefined,
        this.clock.now().getTime(),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : 'invalid signature';
      return refusal(400, 'BAD_USER_INPUT', `Webhook signature refused: ${message}`);
    }
    try {
      await this.events.create({ _id: event.id, type: event.type, outcome: 'applying' });
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === 11000) {
        return { status: 200, body: { received: true, duplicate: true } };
      }
      throw error;
    }
    try {
      const outcome = await this.apply(event);
      await this.events.updateOne({ _id: event.id }, { $set: { outcome } });
      return { status: 200, body: { received: true, outcome } };
    } catch (error) {
      // Forget it, so Stripe's next delivery tries again.
      await this.events.deleteOne({ _id: event.id });
      this.log.error({ err: error, event: event.id, type: event.type }, 'webhook failed');
      throw error;
    }
  }

  private async apply(event: Stripe.Event): Promise<string> {
    const object = event.data.object as EventObject;
    if (event.type === 'payment_method.attached') {
      if (!object.customer || !object.card?.brand || !object.card.last4) return 'ignored';
      await this.subscriptions.updateOne(
        { provider_customer_id: object.customer },
        { $set: { payment_method: { brand: object.card.brand, last4: object.card.last4 } } },
      );
      return 'payment method saved';
    }
    const invoiceId = object.metadata?.vetcares_invoice_id;
    if (!invoiceId || !Types.ObjectId.isValid(invoiceId)) return 'ignored: no invoice of ours';
    const _id = new Types.ObjectId(invoiceId);
    if (PAID_EVENTS.has(event.type)) {
      const paid = await this.billing.paymentSucceeded(_id, `stripe:${object.id ?? event.id}`);
      return paid ? 'invoice paid' : 'already settled';
    }
    if (FAILED_EVENTS.has(event.type)) {
      await this.billing.paymentFailed(
        _id,
        object.last_payment_error?.message ?? 'The payment failed',
      );
      return 'payment failure noted';
    }
    return 'ignored';
  }
}

const refusal = (status: number, code: string, message: string) => ({
  status,
  body: { error: { code, message } },
});

/** POST /webhooks/stripe, at the root before any body parsing: the signature needs raw bytes. */
export function stripeWebhookRouter(webhooks: StripeWebhooks): Router {
  const router = express.Router();
  router.post('/', express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await webhooks.receive(body, req.header('stripe-signature'));
      res.status(result.status).json(result.body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
