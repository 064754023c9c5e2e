import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock.js';
import { codes, createClinicFixture, type ClinicFixture } from './clinic-api.js';
import { graphql, rest } from './client.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const START = '2026-03-01T00:00:00.000Z';

let api: TestApi;
let token: string;
const clock = new ManualClock(START);

beforeAll(async () => {
  api = await startTestApi({ clock, env: { JOBS_ENABLED: 'false' } });
  token = await api.token();
});

afterAll(async () => {
  await api?.stop();
});

const admin = () => systemAdmin(api.app);

describe('the plan catalog', () => {
  it("is the spec's three plans in its words, with a price per currency in minor units", async () => {
    const response = await graphql<{
      plans: {
        id: string;
        price_monthly: number;
        features: string[];
        limits: { staff: number | null; clients: number | null; storage: number | null };
        prices: { currency: string; amount: number }[];
      }[];
    }>(
      api.url,
      '{ plans { id price_monthly features limits { staff clients storage } prices { currency amount } } }',
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    const plans = Object.fromEntries(response.data!.plans.map((plan) => [plan.id, plan]));
    expect(plans.basic).toMatchObject({
      price_monthly: 29,
      limits: { staff: 10, clients: 1000, storage: 10 },
      features: [
        'Up to 10 staff members',
        'Up to 1,000 clients',
        'Basic support',
        'Standard features',
      ],
    });
    expect(plans.professional).toMatchObject({
      price_monthly: 79,
      limits: { staff: 25, clients: 5000, storage: 50 },
      features: [
        'Up to 25 staff members',
        'Up to 5,000 clients',
        'Priority support',
        'Custom branding',
        'Advanced analytics',
      ],
    });
    expect(plans.enterprise).toMatchObject({
      price_monthly: 199,
      limits: { staff: null, clients: null, storage: 500 },
    });
    expect(plans.enterprise!.features).toContain('24/7 support');
    expect(plans.professional!.prices).toEqual([
      { currency: 'USD', amount: 7900 },
      { currency: 'EUR', amount: 7300 },
      { currency: 'GBP', amount: 6300 },
      { currency: 'CAD', amount: 10900 },
    ]);
  });
});

describe("a tenant's billing in the spec's shape", () => {
  it('answers on REST and GraphQL; switching to professional shows 79 and 25 / 5000 / 50', async () => {
    const tenant = await createClinicTenant(api.app, { billing_plan: 'basic' });
    const before = await rest<Record<string, unknown>>(
      api.url,
      'GET',
      `/api/admin/tenants/${tenant.id}/billing`,
      { token },
    );
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      plan: 'basic',
      price: 29,
      limits: { staff: 10, clients: 1000, storage: 10 },
      status: 'trialing',
      trial_days: 14,
      trial_ends_at: new Date(clock.now().getTime() + 14 * DAY_MS).toISOString(),
      next_billing_date: new Date(clock.now().getTime() + 14 * DAY_MS).toISOString(),
    });

    const changed = await graphql<{ changeTenantPlan: { plan: string; price: number } }>(
      api.url,
      'mutation($id: ID!) { changeTenantPlan(tenant_id: $id, plan: professional) { plan price } }',
      { id: tenant.id },
      token,
    );
    expect(changed.errors).toBeUndefined();
    const after = await rest<Record<string, unknown>>(
      api.url,
      'GET',
      `/api/admin/tenants/${tenant.id}/billing`,
      { token },
    );
    expect(after.body).toMatchObject({
      plan: 'professional',
      price: 79,
      features: expect.arrayContaining(['Up to 25 staff members', 'Custom branding']),
      limits: { staff: 25, clients: 5000, storage: 50 },
      status: 'trialing',
      next_billing_date: expect.any(String),
    });
    const viaGraphql = await graphql<{ tenantBilling: Record<string, unknown> }>(
      api.url,
      'query($id: ID!) { tenantBilling(tenant_id: $id) { plan price features limits { staff clients storage } next_billing_date status trial_ends_at balance payment_method } }',
      { id: tenant.id },
      token,
    );
    expect(viaGraphql.data!.tenantBilling).toMatchObject({
      plan: 'professional',
      price: 79,
      limits: { staff: 25, clients: 5000, storage: 50 },
      status: 'trialing',
      balance: 0,
    });
  });

  it('answers 404 for an unknown tenant and 400 for a malformed id', async () => {
    const missing = await rest(
      api.url,
      'GET',
      '/api/admin/tenants/0123456789abcdef01234567/billing',
      {
        token,
      },
    );
    expect(missing.status).toBe(404);
    const malformed = await rest(api.url, 'GET', '/api/admin/tenants/nope/billing', { token });
    expect(malformed.status).toBe(400);
  });
});

describe('limits that hold under concurrency', () => {
  let clinic: ClinicFixture;

  beforeAll(async () => {
    clinic = await createClinicFixture(api);
    await api.app.services.tenants.update(await admin(), clinic.tenantId, {
      max_staff: 2,
      max_clients: 3,
    });
  });

  it('lets exactly one of 12 concurrent createStaffMember calls take the last seat', async () => {
    await api.app.services.staffMembers.create(clinic.principal, {
      name: 'First',
      email: 'first@clinic.example',
      role: 'veterinarian',
    });
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        clinic.call(
          'mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
          { input: { name: `S${i}`, email: `s${i}@clinic.example`, role: 'receptionist' } },
        ),
      ),
    );
    const through = attempts.filter((response) => response.data?.createStaffMember);
    expect(through).toHaveLength(1);
    const refused = attempts.filter((response) => codes(response).includes('LIMIT_EXCEEDED'));
    expect(refused).toHaveLength(11);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'staff',
      current: 2,
      maximum: 2,
      plan: 'basic',
    });
    const check = await clinic.call<{ checkTenantLimit: Record<string, unknown> }>(
      '{ checkTenantLimit(action: add_staff) { allowed limit current remaining } }',
    );
    expect(check.data!.checkTenantLimit).toEqual({
      allowed: false,
      limit: 2,
      current: 2,
      remaining: 0,
    });
    // Reconciling from the records finds the same count.
    await api.app.services.usageLimits.reconcile(clinic.tenantId);
    expect((await api.app.services.usageLimits.counters(clinic.tenantId)).staff).toBe(2);
  });

  it('lets exactly the free client slots through, and gives a slot back on delete', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        clinic.call('mutation($input: CreateClientInput!) { createClient(input: $input) { id } }', {
          input: { first_name: 'C', last_name: `N${i}` },
        }),
      ),
    );
    const created = attempts.flatMap((response) =>
      response.data?.createClient ? [(response.data.createClient as { id: string }).id] : [],
    );
    expect(created).toHaveLength(3);
    const refused = attempts.find((response) => codes(response).includes('LIMIT_EXCEEDED'));
    expect(refused!.errors![0]!.message).toMatch(/basic plan allows 3 clients; the clinic has 3/);

    await api.app.services.clients.delete(clinic.principal, created[0]);
    const again = await clinic.call(
      'mutation { createClient(input: { first_name: "D", last_name: "E" }) { id } }',
    );
    expect(again.errors).toBeUndefined();
  });

  it('the reconcile job gives back a slot claimed by a write that never happened (a crash)', async () => {
    const limits = api.app.services.usageLimits;
    await api.app.services.tenants.update(await admin(), clinic.tenantId, { max_clients: 10 });
    const before = (await limits.counters(clinic.tenantId)).clients;
    await limits.claim(clinic.tenantId, 'clients');
    expect((await limits.counters(clinic.tenantId)).clients).toBe(before + 1);
    await limits.reconcileAll();
    expect((await limits.counters(clinic.tenantId)).clients).toBe(before);
    await api.app.services.tenants.update(await admin(), clinic.tenantId, { max_clients: 3 });
  });

  it('records 80 % and 100 % crossings as usage alerts and billing signals', async () => {
    const alerts = await api.app.services.usageLimits.recentAlerts(clinic.tenantId);
    expect(alerts.map((alert) => `${alert.limit}:${alert.threshold}`)).toEqual(
      expect.arrayContaining(['staff:100', 'clients:100']),
    );
    // Each crossing once, however many refused attempts followed.
    expect(
      alerts.filter((alert) => alert.limit === 'staff' && alert.threshold === 100),
    ).toHaveLength(1);
    const signals = await api.app.services.billingSignals.current();
    expect(signals).toContainEqual(
      expect.objectContaining({
        kind: 'limit_reached',
        tenant_id: clinic.tenantId,
        subject: 'staff',
      }),
    );
  });

  it('measures storage in bytes, on write and by the recompute job, and refuses writes past the limit', async () => {
    const limits = api.app.services.usageLimits;
    const kept = (await limits.counters(clinic.tenantId)).storage_bytes;
    expect(kept).toBeGreaterThan(0);
    const recomputed = await limits.recomputeStorage();
    expect(recomputed.get(clinic.tenantId)).toBeGreaterThanOrEqual(kept);
    expect(
      await api.app.services.billingStorage.gigabytesUsed(clinic.tenantId),
    ).toBeGreaterThanOrEqual(0);

    await api.app.services.tenants.update(await admin(), clinic.tenantId, {
      max_storage_gb: 0,
      max_clients: null,
    });
    const refused = await clinic.call(
      'mutation { createClient(input: { first_name: "F", last_name: "G" }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'storage',
    });
    await api.app.services.tenants.update(await admin(), clinic.tenantId, { max_storage_gb: 10 });
  });
});

describe('subscriptions, invoices and the billing cycle', () => {
  it('bills a period once however often the cycle runs, upgrades with proration, pays by hand', async () => {
    const services = api.app.services;
    const tenant = await createClinicTenant(api.app, { billing_plan: 'basic', currency: 'EUR' });
    const start = clock.now();
    await services.billing.ensure(tenant.id);
    await services.billing.setTrialDays(await admin(), tenant.id, 0);

    // The same day twice, and two runs at once: one invoice for the period.
    await Promise.all([services.billing.runCycle(), services.billing.runCycle()]);
    await services.billing.runCycle();
    let invoices = await services.billing.invoices(await admin(), tenant.id);
    expect(invoices).toHaveLength(1);
    const first = invoices[0]!;
    expect(first).toMatchObject({
      status: 'open',
      currency: 'EUR',
      total: 2700,
      lines: [expect.objectContaining({ kind: 'plan', amount: 2700 })],
      tax: 0,
    });
    expect(first.number).toMatch(/^VC-\d{6}$/);
    let view = await services.billing.view(await admin(), tenant.id);
    expect(view).toMatchObject({ status: 'active', price: 27, balance: 27 });
    expect(view.current_period_start.toISOString()).toBe(start.toISOString());

    // Half-way through the month: upgrading credits half of basic and charges half of professional.
    clock.set(
      new Date(
        view.current_period_start.getTime() +
          (view.current_period_end.getTime() - view.current_period_start.getTime()) / 2,
      ),
    );
    const preview = await graphql<{ previewPlanChange: Record<string, unknown> }>(
      api.url,
      'query($id: ID!) { previewPlanChange(tenant_id: $id, plan: professional) { kind credit charge amount_due limits { staff clients storage } blocked_by { limit } } }',
      { id: tenant.id },
      await api.token(),
    );
    expect(preview.data!.previewPlanChange).toEqual({
      kind: 'upgrade',
      credit: 1350,
      charge: 3650,
      amount_due: 2300,
      limits: { staff: 25, clients: 5000, storage: 50 },
      blocked_by: [],
    });
    await services.billing.changePlan(await admin(), tenant.id, 'professional');
    invoices = await services.billing.invoices(await admin(), tenant.id);
    expect(invoices).toHaveLength(2);
    const proration = invoices.find(
      (invoice) => invoice._id.toHexString() !== first._id.toHexString(),
    )!;
    expect(proration.lines.map((line) => [line.kind, line.amount])).toEqual([
      ['proration', 3650],
      ['credit', -1350],
    ]);
    expect(proration.total).toBe(2300);
    expect(Number(proration.number!.slice(3))).toBe(Number(first.number!.slice(3)) + 1);

    // Recording the payments by hand settles the balance and counts the revenue.
    const paid = await graphql<{ recordManualPayment: { status: string; amount_paid: number } }>(
      api.url,
      'mutation($id: ID!) { recordManualPayment(invoice_id: $id, reference: "bank transfer 42") { status amount_paid } }',
      { id: first._id.toHexString() },
      await api.token(),
    );
    expect(paid.data!.recordManualPayment).toEqual({ status: 'paid', amount_paid: 2700 });
    const twice = await graphql(
      api.url,
      'mutation($id: ID!) { recordManualPayment(invoice_id: $id) { status } }',
      { id: first._id.toHexString() },
      await api.token(),
    );
    expect(codes(twice)).toEqual(['CONFLICT']);
    await services.billing.recordManualPayment(await admin(), proration._id.toHexString(), null);
    view = await services.billing.view(await admin(), tenant.id);
    expect(view.balance).toBe(0);
    const day = clock.now().toISOString().slice(0, 10);
    const collected = await services.billingRevenue.collectedByDay([day]);
    // Both invoices were paid today: 27 + 23.
    expect(collected).toContainEqual({ currency: 'EUR', daily: [50] });
    const recurring = await services.billingRevenue.recurring();
    expect(recurring).toContainEqual(expect.objectContaining({ currency: 'EUR', mrr: 73 }));

    // The printable view.
    const html = await fetch(`${api.url}/api/admin/invoices/${proration._id.toHexString()}/html`, {
      headers: { authorization: `Bearer ${await api.token()}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    const page = await html.text();
    expect(page).toContain(proration.number!);
    expect(page).toContain('€36.50');
    expect(page).toMatch(/data-status>paid</);

    // The next period is billed on its day, on the new plan.
    clock.set(view.current_period_end);
    await services.billing.runCycle();
    invoices = await services.billing.invoices(await admin(), tenant.id);
    expect(invoices).toHaveLength(3);
    expect(invoices.find((invoice) => invoice.total === 7300)).toBeDefined();
  });

  it('refuses a downgrade naming each limit the usage exceeds, schedules one that fits', async () => {
    const services = api.app.services;
    const clinic = await createClinicFixture(api);
    await services.billing.changePlan(await admin(), clinic.tenantId, 'professional');
    for (let i = 0; i < 11; i += 1) {
      await services.staffMembers.create(clinic.principal, {
        name: `S${i}`,
        email: `d${i}@clinic.example`,
        role: 'receptionist',
      });
    }
    const refused = await graphql(
      api.url,
      'mutation($id: ID!) { changeTenantPlan(tenant_id: $id, plan: basic) { plan } }',
      { id: clinic.tenantId },
      await api.token(),
    );
    expect(codes(refused)).toEqual(['LIMIT_EXCEEDED']);
    expect(refused.errors![0]!.message).toMatch(/staff 11 of 10/);
    expect(refused.errors![0]!.extensions).toMatchObject({
      plan: 'basic',
      exceeded: [{ limit: 'staff', current: 11, maximum: 10 }],
    });

    const staff = await services.staffMembers.list(clinic.principal, { limit: 1 });
    await services.staffMembers.update(clinic.principal, staff.items[0]!.id, { active: false });
    const scheduled = await services.billing.changePlan(await admin(), clinic.tenantId, 'basic');
    expect(scheduled).toMatchObject({ plan: 'professional', pending_plan: 'basic' });
  });

  it('cancels at period end, and the cancel can be undone', async () => {
    const services = api.app.services;
    const tenant = await createClinicTenant(api.app);
    const canceled = await graphql<{ cancelSubscription: Record<string, unknown> }>(
      api.url,
      'mutation($id: ID!) { cancelSubscription(tenant_id: $id) { cancel_at_period_end next_billing_date status } }',
      { id: tenant.id },
      await api.token(),
    );
    expect(canceled.data!.cancelSubscription).toEqual({
      cancel_at_period_end: true,
      next_billing_date: null,
      status: 'trialing',
    });
    const resumed = await services.billing.resume(await admin(), tenant.id);
    expect(resumed.cancel_at_period_end).toBe(false);
    await services.billing.cancelAtPeriodEnd(await admin(), tenant.id);
    clock.advance(15 * DAY_MS);
    await services.billing.runCycle();
    expect((await services.billing.view(await admin(), tenant.id)).status).toBe('canceled');
    expect(await services.billing.invoices(await admin(), tenant.id)).toHaveLength(0);
  });

  it('two API processes running the cycle at once issue one invoice', async () => {
    const second = await startTestApi({ shareWith: api, clock, env: { JOBS_ENABLED: 'false' } });
    try {
      const tenant = await createClinicTenant(api.app);
      await api.app.services.billing.ensure(tenant.id);
      await api.app.services.billing.setTrialDays(await admin(), tenant.id, 0);
      await Promise.all([
        api.app.services.billing.runCycle(),
        second.app.services.billing.runCycle(),
      ]);
      expect(await api.app.services.billing.invoices(await admin(), tenant.id)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('support staff may read billing but not change it', async () => {
    const tenant = await createClinicTenant(api.app);
    const support = { ...(await admin()), role: 'support' as const };
    await expect(api.app.services.billing.view(support, tenant.id)).resolves.toBeDefined();
    await expect(
      api.app.services.billing.changePlan(support, tenant.id, 'enterprise'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
