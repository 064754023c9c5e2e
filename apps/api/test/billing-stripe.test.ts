import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '../src/core/clock.js';
import { PAYMENT_OVERDUE } from '../src/modules/billing/billing.constants.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEBHOOK_SECRET = 'whsec_vetcares_billing_test';

let api: TestApi;
const clock = new ManualClock('2026-05-01T00:00:00.000Z');
const signer = new Stripe('sk_test_signer');

beforeAll(async () => {
  api = await startTestApi({
    clock,
    env: {
      JOBS_ENABLED: 'false',
      STRIPE_SECRET_KEY: 'sk_test_vetcares',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: inject('stripeMockUrl'),
    },
  });
});

afterAll(async () => {
  await api?.stop();
});

const admin = () => systemAdmin(api.app);
const seconds = () => Math.floor(clock.now().getTime() / 1000);

/** A Stripe event as Stripe sends it: pretty-printed JSON, signed at the given time. */
function signedEvent(
  id: string,
  type: string,
  object: Record<string, unknown>,
  options: { timestamp?: number; secret?: string } = {},
) {
  const payload = JSON.stringify(
    { id, object: 'event', api_version: Stripe.API_VERSION, type, data: { object } },
    null,
    2,
  );
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp ?? seconds(),
  });
  return { payload, header };
}

const deliver = (event: { payload: string; header: string }, body = event.payload) =>
  fetch(`${api.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': event.header },
    body,
  });

/** A tenant whose trial is over and whose first invoice Stripe failed to collect (stripe-mock never succeeds). */
async function pastDueTenant() {
  const services = api.app.services;
  const tenant = await createClinicTenant(api.app, { billing_plan: 'professional' });
  await services.billing.ensure(tenant.id);
  await services.billing.setTrialDays(await admin(), tenant.id, 0);
  await services.billing.runCycle();
  const [invoice] = await services.billing.invoices(await admin(), tenant.id);
  return { tenant, invoice: invoice! };
}

describe('collection through Stripe (stripe-mock)', () => {
  it('makes a customer, tries a PaymentIntent, and a refused payment makes the subscription past due', async () => {
    const { tenant, invoice } = await pastDueTenant();
    expect(invoice).toMatchObject({ status: 'open', total: 7900, attempts: 1 });
    const view = await api.app.services.billing.view(await admin(), tenant.id);
    expect(view).toMatchObject({
      status: 'past_due',
      payment_provider: 'stripe',
      dunning_attempts: 0,
    });
    expect(view.next_retry_at!.getTime() - view.past_due_since!.getTime()).toBe(3 * DAY_MS);
    const subscription = await api.app.models.billingSubscriptions.findById(tenant.id).lean();
    expect(subscription!.provider_customer_id).toMatch(/^cus_/);
    const signals = await api.app.services.billingSignals.current();
    expect(
      signals
        .filter((signal) => signal.tenant_id === tenant.id)
        .map((s) => s.kind)
        .sort(),
    ).toEqual(['past_due', 'payment_failed']);
  });
});

describe('saving a card', () => {
  it("answers a SetupIntent's client secret for the tenant's Stripe customer", async () => {
    const tenant = await createClinicTenant(api.app);
    const secret = await api.app.services.billing.setupPaymentMethod(await admin(), tenant.id);
    expect(secret).toMatch(/^seti_.*_secret_/);
    const subscription = await api.app.models.billingSubscriptions.findById(tenant.id).lean();
    expect(subscription!.provider_customer_id).toMatch(/^cus_/);
  });

  it('keeps the card summary a payment_method.attached event reports', async () => {
    const tenant = await createClinicTenant(api.app);
    await api.app.services.billing.setupPaymentMethod(await admin(), tenant.id);
    const subscription = await api.app.models.billingSubscriptions.findById(tenant.id).lean();
    const event = signedEvent(`evt_pm_${tenant.id}`, 'payment_method.attached', {
      id: 'pm_1',
      object: 'payment_method',
      customer: subscription!.provider_customer_id,
      card: { brand: 'visa', last4: '4242' },
    });
    expect((await deliver(event)).status).toBe(200);
    expect((await api.app.services.billing.view(await admin(), tenant.id)).payment_method).toBe(
      'visa ending 4242',
    );
  });
});

describe('POST /webhooks/stripe', () => {
  it('applies each event once when every event arrives three times, concurrently and out of order', async () => {
    const { tenant, invoice } = await pastDueTenant();
    const object = {
      id: 'in_stripe_1',
      object: 'invoice',
      customer: 'cus_x',
      metadata: { vetcares_invoice_id: invoice._id.toHexString() },
      last_payment_error: { message: 'Your card was declined.' },
    };
    const events = [
      signedEvent(`evt_failed_${tenant.id}`, 'invoice.payment_failed', object),
      signedEvent(`evt_paid_${tenant.id}`, 'invoice.paid', object),
      signedEvent(`evt_pi_${tenant.id}`, 'payment_intent.succeeded', { ...object, id: 'pi_1' }),
    ];
    // The paid events first, then everything again, all at once.
    const deliveries = [
      events[1]!,
      events[2]!,
      events[0]!,
      events[0]!,
      events[2]!,
      events[1]!,
      events[1]!,
      events[0]!,
      events[2]!,
    ];
    const responses = await Promise.all(deliveries.map((event) => deliver(event)));
    expect(responses.map((response) => response.status)).toEqual(deliveries.map(() => 200));

    const after = await api.app.services.billing.invoice(await admin(), invoice._id.toHexString());
    expect(after).toMatchObject({ status: 'paid', amount_paid: 7900 });
    const view = await api.app.services.billing.view(await admin(), tenant.id);
    expect(view).toMatchObject({ status: 'active', balance: 0, past_due_since: null });
    const day = clock.now().toISOString().slice(0, 10);
    const top = await api.app.services.billingRevenue.topTenants([day], 100);
    // The revenue counted once, though three events said it was paid, three times each.
    expect(top.find((entry) => entry.tenant_id === tenant.id)).toEqual({
      tenant_id: tenant.id,
      currency: 'USD',
      amount: 79,
    });
    const recorded = await api.app.models.billingWebhookEvents
      .find({ _id: { $in: events.map((event) => JSON.parse(event.payload).id) } })
      .lean();
    expect(recorded).toHaveLength(3);
  });

  it('refuses a bad signature, a stale timestamp and a re-serialized body with 400, changing nothing', async () => {
    const { tenant, invoice } = await pastDueTenant();
    const object = {
      id: 'in_stripe_2',
      object: 'invoice',
      metadata: { vetcares_invoice_id: invoice._id.toHexString() },
    };
    const forged = signedEvent('evt_forged', 'invoice.paid', object, { secret: 'whsec_other' });
    const stale = signedEvent('evt_stale', 'invoice.paid', object, { timestamp: seconds() - 301 });
    const fresh = signedEvent('evt_reserialized', 'invoice.paid', object);
    const responses = [
      await deliver(forged),
      await deliver(stale),
      await deliver(fresh, JSON.stringify(JSON.parse(fresh.payload))),
      await fetch(`${api.url}/webhooks/stripe`, { method: 'POST', body: fresh.payload }),
    ];
    expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400]);
    const body = (await responses[1]!.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/tolerance/i);
    expect(
      (await api.app.services.billing.invoice(await admin(), invoice._id.toHexString())).status,
    ).toBe('open');
    expect((await api.app.services.billing.view(await admin(), tenant.id)).status).toBe('past_due');
    expect(
      await api.app.models.billingWebhookEvents.countDocuments({
        _id: { $in: ['evt_forged', 'evt_stale', 'evt_reserialized'] },
      }),
    ).toBe(0);
    // Within the 300 s tolerance the same event is accepted.
    const late = signedEvent('evt_late_ok', 'invoice.paid', object, { timestamp: seconds() - 299 });
    expect((await deliver(late)).status).toBe(200);
  });
});

describe('dunning on a controlled clock', () => {
  it('retries after 3, 5 and 7 days, suspends with "Payment overdue", and a payment reactivates', async () => {
    const services = api.app.services;
    const { tenant, invoice } = await pastDueTenant();
    const failedAt = clock.now().getTime();
    const attempts = async () =>
      (await services.billing.invoice(await admin(), invoice._id.toHexString())).attempts;

    clock.set(new Date(failedAt + 2 * DAY_MS));
    await services.billing.runCycle();
    expect(await attempts()).toBe(1); // not due yet

    for (const [day, expected] of [
      [3, 2],
      [5, 3],
    ] as const) {
      clock.set(new Date(failedAt + day * DAY_MS));
      await services.billing.runCycle();
      await services.billing.runCycle(); // the same day twice retries once
      expect(await attempts()).toBe(expected);
      expect((await services.tenants.get(await admin(), tenant.id)).status).toBe('active');
    }

    clock.set(new Date(failedAt + 7 * DAY_MS));
    await services.billing.runCycle();
    expect(await attempts()).toBe(4);
    const suspended = await services.tenants.get(await admin(), tenant.id);
    expect(suspended).toMatchObject({ status: 'suspended', suspension_reason: PAYMENT_OVERDUE });
    expect((await services.billing.view(await admin(), tenant.id)).status).toBe('unpaid');

    const paid = signedEvent(`evt_dunning_paid_${tenant.id}`, 'invoice.paid', {
      id: 'in_late',
      object: 'invoice',
      metadata: { vetcares_invoice_id: invoice._id.toHexString() },
    });
    expect((await deliver(paid)).status).toBe(200);
    expect((await services.tenants.get(await admin(), tenant.id)).status).toBe('active');
    expect((await services.billing.view(await admin(), tenant.id)).status).toBe('active');
  });

  it('a payment never reactivates a tenant an admin suspended for another reason', async () => {
    const services = api.app.services;
    const { tenant, invoice } = await pastDueTenant();
    await services.tenants.suspend(await admin(), tenant.id, 'Terms of service review');
    await services.billing.recordManualPayment(await admin(), invoice._id.toHexString(), 'cheque');
    expect(await services.tenants.get(await admin(), tenant.id)).toMatchObject({
      status: 'suspended',
      suspension_reason: 'Terms of service review',
    });
    expect((await services.billing.view(await admin(), tenant.id)).status).toBe('active');
  });
});
