import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  createClinicFixture,
  dataOf,
  daysFromNow,
  expectFieldErrors,
  PAYMENT_FIELDS,
  unknownId,
  type ClinicFixture,
} from './clinic-api.js';
import { createClinicTenant } from './clinic-factories.js';
import { startTestApi, type TestApi } from './harness.js';

const RECORD = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { ${PAYMENT_FIELDS} client { last_name } appointment { reason } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePaymentInput!) { updatePayment(id: $id, input: $input) { ${PAYMENT_FIELDS} } }`;
const GET = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} client { first_name } } }`;
const DELETE = 'mutation($id: ID!) { deletePayment(id: $id) { id deleted } }';
const LIST = `query($page: Int, $limit: Int, $client_id: ID, $appointment_id: ID, $method: PaymentMethod, $from: DateTimeISO, $to: DateTimeISO, $sortBy: PaymentSortField, $sortOrder: SortOrder) {
  payments(page: $page, limit: $limit, client_id: $client_id, appointment_id: $appointment_id, method: $method, from: $from, to: $to, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount items { amount method note client { last_name } }
  }
}`;

type PaymentData = Record<string, unknown> & { id: string; amount: number };

let api: TestApi;
let clinic: ClinicFixture;
let payer: string;
let otherClient: string;
let visit: string;
let othersVisit: string;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
  const services = api.app.services;
  const vet = await services.staffMembers.create(clinic.principal, {
    name: 'Dr. Pay',
    email: 'pay@clinic.example',
    role: 'veterinarian',
  });
  payer = (
    await services.clients.create(clinic.principal, { first_name: 'Paula', last_name: 'Payer' })
  ).id;
  otherClient = (
    await services.clients.create(clinic.principal, { first_name: 'Otto', last_name: 'Other' })
  ).id;
  const pet = await services.patients.create(clinic.principal, {
    name: 'Coin',
    species: 'cat',
    client_id: payer,
  });
  const othersPet = await services.patients.create(clinic.principal, {
    name: 'Dime',
    species: 'dog',
    client_id: otherClient,
  });
  visit = (
    await services.appointments.create(clinic.principal, {
      patient_id: pet.id,
      staff_member_id: vet.id,
      starts_at: new Date(daysFromNow(-1)),
      reason: 'Annual exam',
      status: 'completed',
    })
  ).id;
  othersVisit = (
    await services.appointments.create(clinic.principal, {
      patient_id: othersPet.id,
      staff_member_id: vet.id,
      starts_at: new Date(daysFromNow(-1, 12)),
      reason: 'Stitches',
      status: 'completed',
    })
  ).id;
});
afterAll(() => api.stop());

const record = async (input: Record<string, unknown>) =>
  dataOf(
    await clinic.call<{ recordPayment: PaymentData }>(
      RECORD,
      { input: { client_id: payer, method: 'card', ...input } },
      clinic.staff,
    ),
  ).recordPayment;

describe('payments', () => {
  it("are recorded in the clinic's currency by default, read, corrected and deleted", async () => {
    const paidAt = daysFromNow(-1, 16, 30);
    const created = await record({
      amount: 120.5,
      appointment_id: visit,
      paid_at: paidAt,
      note: 'Exam + vaccine',
    });
    expect(created).toMatchObject({
      client_id: payer,
      appointment_id: visit,
      amount: 120.5,
      currency: 'USD',
      method: 'card',
      paid_at: paidAt,
      note: 'Exam + vaccine',
      client: { last_name: 'Payer' },
      appointment: { reason: 'Annual exam' },
    });
    expect(
      dataOf(await clinic.call<{ payment: PaymentData }>(GET, { id: created.id })).payment,
    ).toMatchObject({
      amount: 120.5,
      client: { first_name: 'Paula' },
    });

    const corrected = dataOf(
      await clinic.call<{ updatePayment: PaymentData }>(UPDATE, {
        id: created.id,
        input: { amount: 99.99, method: 'insurance', appointment_id: null, currency: 'EUR' },
      }),
    ).updatePayment;
    expect(corrected).toMatchObject({
      amount: 99.99,
      method: 'insurance',
      appointment_id: null,
      currency: 'EUR',
    });

    expect(dataOf(await clinic.call(DELETE, { id: created.id }))).toEqual({
      deletePayment: { id: created.id, deleted: true },
    });
    expect(codes(await clinic.call(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it("defaults to the tenant's own currency and to now", async () => {
    const euroTenant = await createClinicTenant(api.app, { currency: 'EUR' });
    const principal = { kind: 'api_key' as const, tenantId: euroTenant.id, keyId: 'seed' };
    const client = await api.app.services.clients.create(principal, {
      first_name: 'E',
      last_name: 'U',
    });
    const payment = await api.app.services.payments.record(principal, {
      client_id: client.id,
      amount: 10,
      method: 'cash',
    });
    expect(payment.currency).toBe('EUR');
    expect(Date.now() - payment.paid_at.getTime()).toBeLessThan(60_000);
  });

  it('keeps exact cents', async () => {
    const tenth = await record({ amount: 0.1 });
    const fifth = await record({ amount: 0.2 });
    expect(tenth.amount + fifth.amount).toBeCloseTo(0.3, 10);
    expect((await record({ amount: 1234567.89 })).amount).toBe(1234567.89);
  });

  it('names every invalid field', async () => {
    expectFieldErrors(
      await clinic.call(RECORD, {
        input: {
          client_id: 'nope',
          amount: 10.005,
          method: 'cash',
          paid_at: daysFromNow(2),
          note: 'n'.repeat(1001),
        },
      }),
      ['amount', 'client_id', 'note', 'paid_at'],
    );
    expectFieldErrors(
      await clinic.call(RECORD, { input: { client_id: payer, amount: 0, method: 'cash' } }),
      ['amount'],
    );
    expectFieldErrors(
      await clinic.call(RECORD, { input: { client_id: payer, amount: -5, method: 'cash' } }),
      ['amount'],
    );
  });

  it('needs a client of this clinic and, if given, a visit of one of their pets', async () => {
    const missing = await clinic.call(RECORD, {
      input: { client_id: unknownId(), appointment_id: unknownId(), amount: 5, method: 'cash' },
    });
    expectFieldErrors(missing, ['appointment_id', 'client_id']);

    const wrongVisit = await clinic.call(RECORD, {
      input: { client_id: payer, appointment_id: othersVisit, amount: 5, method: 'cash' },
    });
    expectFieldErrors(wrongVisit, ['appointment_id']);
    expect(wrongVisit.errors![0]!.message).toMatch(/another client's pet/);

    const payment = await record({ amount: 12 });
    expectFieldErrors(
      await clinic.call(UPDATE, { id: payment.id, input: { appointment_id: othersVisit } }),
      ['appointment_id'],
    );
    expectFieldErrors(
      await clinic.call(UPDATE, { id: payment.id, input: { appointment_id: unknownId() } }),
      ['appointment_id'],
    );
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    expect(codes(await clinic.call(GET, { id: unknownId() }))).toEqual(['NOT_FOUND']);
    expect(codes(await clinic.call(UPDATE, { id: unknownId(), input: { note: 'x' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await clinic.call(DELETE, { id: unknownId() }))).toEqual(['NOT_FOUND']);
  });
});

describe('the payments list', () => {
  let listed: ClinicFixture;
  let clients: Record<string, string>;

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    const services = api.app.services;
    clients = {};
    for (const last_name of ['Rich', 'Thrifty']) {
      clients[last_name] = (
        await services.clients.create(listed.principal, { first_name: 'X', last_name })
      ).id;
    }
    const payments = [
      ['Rich', 300, 'card', -5],
      ['Rich', 50.25, 'cash', -4],
      ['Thrifty', 10, 'cash', -3],
      ['Rich', 999.99, 'insurance', -2],
      ['Thrifty', 20, 'transfer', -1],
    ] as const;
    for (const [who, amount, method, days] of payments) {
      await services.payments.record(listed.principal, {
        client_id: clients[who],
        amount,
        method,
        paid_at: new Date(daysFromNow(days)),
        note: `${who} paid ${amount}`,
      });
    }
  });

  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        payments: {
          totalCount: number;
          items: { amount: number; method: string; client: { last_name: string } }[];
        };
      }>(LIST, variables),
    ).payments;

  it('sorts by payment time or amount and loads the client', async () => {
    const byTime = await list({ sortOrder: 'desc' });
    expect(byTime.items.map((p) => p.amount)).toEqual([20, 999.99, 10, 50.25, 300]);
    const byAmount = await list({ sortBy: 'amount', sortOrder: 'desc', limit: 2 });
    expect(byAmount.items.map((p) => p.amount)).toEqual([999.99, 300]);
    expect(byAmount.items[0]!.client.last_name).toBe('Rich');
    expect(byAmount.totalCount).toBe(5);
  });

  it('filters by client, method and time window', async () => {
    expect((await list({ client_id: clients.Thrifty })).items.map((p) => p.amount)).toEqual([
      10, 20,
    ]);
    expect((await list({ method: 'cash' })).totalCount).toBe(2);
    expect(
      (await list({ from: daysFromNow(-3, 0), to: daysFromNow(-1, 0) })).items.map((p) => p.amount),
    ).toEqual([10, 999.99]);
    expect((await list({ appointment_id: unknownId() })).totalCount).toBe(0);
  });
});
