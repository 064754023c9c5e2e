import Stripe from 'stripe';
import { describe, expect, inject, it } from 'vitest';

// How to drive the real `stripe` SDK against Stripe's stripe-mock (started by the vitest global
// setup, or STRIPE_MOCK_URL), and what the mock does and does not do. Read the comment at the top
// of scripts/src/embedded/stripe-mock-process.ts first: the mock is stateless.

/** The API version stripe-mock v0.203.0 serves; the SDK must pin the same one. */
const MOCK_API_VERSION = '2026-08-26.dahlia';

function stripeForMock(): Stripe {
  const url = new URL(inject('stripeMockUrl'));
  return new Stripe('sk_test_vetcares', {
    host: url.hostname,
    port: url.port,
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    // A failed call should fail the test at once, not be retried behind our back.
    maxNetworkRetries: 0,
  });
}

const stripe = stripeForMock();

describe('the stripe SDK against stripe-mock', () => {
  it('speaks the API version the mock serves (the mock runs with -strict-version-check)', async () => {
    expect(Stripe.API_VERSION).toBe(MOCK_API_VERSION);
    await expect(
      stripe.customers.retrieve('cus_any', {}, { apiVersion: '2025-03-31.basil' }),
    ).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      message: expect.stringContaining(`doesn't match version in OpenAPI specification`),
    });
  });

  it('creates a customer, a SetupIntent and a PaymentIntent, and reads each back by id', async () => {
    const customer = await stripe.customers.create({
      email: 'billing@happy-paws.example',
      name: 'Happy Paws Clinic',
      metadata: { tenant_id: 'tenant-1' },
    });
    expect(customer).toMatchObject({
      object: 'customer',
      id: expect.stringMatching(/^cus_/),
      email: 'billing@happy-paws.example',
      name: 'Happy Paws Clinic',
    });
    const customerAgain = await stripe.customers.retrieve(customer.id);
    expect(customerAgain).toMatchObject({ object: 'customer', id: customer.id });

    const setupIntent = await stripe.setupIntents.create({
      customer: customer.id,
      usage: 'off_session',
      payment_method_types: ['card'],
    });
    expect(setupIntent).toMatchObject({
      object: 'setup_intent',
      id: expect.stringMatching(/^seti_/),
      customer: customer.id,
      usage: 'off_session',
      payment_method_types: ['card'],
      status: 'requires_payment_method',
      client_secret: expect.stringContaining('_secret_'),
    });
    const setupIntentAgain = await stripe.setupIntents.retrieve(setupIntent.id);
    expect(setupIntentAgain).toMatchObject({ object: 'setup_intent', id: setupIntent.id });

    const paymentIntent = await stripe.paymentIntents.create(
      { amount: 4900, currency: 'usd', customer: customer.id, off_session: true, confirm: true },
      { idempotencyKey: 'invoice-1-attempt-1' },
    );
    expect(paymentIntent).toMatchObject({
      object: 'payment_intent',
      id: expect.stringMatching(/^pi_/),
      amount: 4900,
      currency: 'usd',
      customer: customer.id,
    });
    const paymentIntentAgain = await stripe.paymentIntents.retrieve(paymentIntent.id);
    expect(paymentIntentAgain).toMatchObject({ object: 'payment_intent', id: paymentIntent.id });
  });

  it('keeps nothing: a read answers fixture data under any id, even one never created', async () => {
    const created = await stripe.customers.create({ email: 'kept@nowhere.example' });
    const readBack = await stripe.customers.retrieve(created.id);
    expect(readBack).toMatchObject({ id: created.id, email: null });

    const neverCreated = await stripe.paymentIntents.retrieve('pi_never_created');
    expect(neverCreated).toMatchObject({ id: 'pi_never_created', object: 'payment_intent' });
  });

  it('runs no payment state machine: confirming changes nothing, even with a declining card', async () => {
    const confirmed = await stripe.paymentIntents.confirm('pi_any', {
      payment_method: 'pm_card_chargeDeclined',
    });
    expect(confirmed).toMatchObject({ id: 'pi_any', status: 'requires_payment_method' });
    expect(await stripe.invoices.pay('in_any')).toMatchObject({ id: 'in_any', status: 'draft' });
  });

  it('does not honour idempotency keys: a repeated create makes a new object', async () => {
    const options = { idempotencyKey: 'same-key-twice' };
    const first = await stripe.customers.create({ email: 'twice@example.test' }, options);
    const second = await stripe.customers.create({ email: 'twice@example.test' }, options);
    expect(second.id).not.toBe(first.id);
  });

  it('validates parameters against the OpenAPI spec: required, types, enums, unknown names', async () => {
    const invalid = { type: 'StripeInvalidRequestError', statusCode: 400 };
    await expect(
      stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams),
    ).rejects.toMatchObject({ ...invalid, message: expect.stringMatching(/'amount' is required/) });
    await expect(
      stripe.paymentIntents.create({
        amount: 'a lot',
        currency: 'usd',
      } as unknown as Stripe.PaymentIntentCreateParams),
    ).rejects.toMatchObject({ ...invalid, message: expect.stringMatching(/not numeric/) });
    await expect(
      stripe.setupIntents.create({
        usage: 'sometimes',
      } as unknown as Stripe.SetupIntentCreateParams),
    ).rejects.toMatchObject({ ...invalid, message: expect.stringMatching(/not in enumeration/) });
    await expect(
      stripe.customers.create({ tenant_id: 't1' } as Stripe.CustomerCreateParams),
    ).rejects.toMatchObject({
      ...invalid,
      message: expect.stringMatching(/additional properties are not allowed/),
    });
  });

  it('rejects an API key that is not a test-mode secret key', async () => {
    const url = new URL(inject('stripeMockUrl'));
    const live = new Stripe('sk_live_vetcares', {
      host: url.hostname,
      port: url.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    await expect(live.customers.retrieve('cus_any')).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
    });
  });
});

describe('webhook signatures with the SDK helpers', () => {
  const secret = 'whsec_vetcares_test_secret';
  const toleranceSeconds = 300;
  // Stripe sends pretty-printed JSON; what we verify must be these exact bytes.
  const payload = JSON.stringify(
    {
      id: 'evt_test_1',
      object: 'event',
      api_version: MOCK_API_VERSION,
      type: 'invoice.paid',
      data: { object: { id: 'in_test_1', object: 'invoice', customer: 'cus_test_1' } },
    },
    null,
    2,
  );
  const signedAt = 1_790_000_000; // seconds, as in the Stripe-Signature header
  const secondsAfterSigning = (seconds: number) => (signedAt + seconds) * 1000; // receivedAt is ms
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: signedAt });

  const construct = (body: string | Buffer, signature: string, receivedAt: number) =>
    stripe.webhooks.constructEvent(
      body,
      signature,
      secret,
      toleranceSeconds,
      undefined,
      receivedAt,
    );

  it('accepts the raw body as signed, as a string or a Buffer', () => {
    const event = construct(payload, header, secondsAfterSigning(5));
    expect(event).toMatchObject({ id: 'evt_test_1', type: 'invoice.paid' });
    expect(construct(Buffer.from(payload), header, secondsAfterSigning(5)).id).toBe('evt_test_1');
  });

  it('rejects a signature made with another secret', () => {
    const forged = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: 'whsec_someone_else',
      timestamp: signedAt,
    });
    expect(() => construct(payload, forged, secondsAfterSigning(5))).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it(`rejects a delivery more than ${toleranceSeconds} s after signing (a replay)`, () => {
    expect(construct(payload, header, secondsAfterSigning(toleranceSeconds)).id).toBe('evt_test_1');
    expect(() => construct(payload, header, secondsAfterSigning(toleranceSeconds + 1))).toThrow(
      /Timestamp outside the tolerance zone/,
    );
  });

  it('rejects a body that was parsed and serialized again, though it means the same', () => {
    const reserialized = JSON.stringify(JSON.parse(payload));
    expect(JSON.parse(reserialized)).toEqual(JSON.parse(payload));
    expect(() => construct(reserialized, header, secondsAfterSigning(5))).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });
});
