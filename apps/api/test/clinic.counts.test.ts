import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, createClinicFixture, daysFromNow, type ClinicFixture } from './clinic-api.js';
import { graphql } from './client.js';
import { createClinicTenant } from './clinic-factories.js';
import { systemAdmin } from './factories.js';
import { startTestApi, type TestApi } from './harness.js';

const COUNTS = `clinic_counts { staff clients patients appointments payments revenue_total currency revenue_by_currency { currency total } }`;
const TENANT_COUNTS = `query($id: ID!) { tenant(id: $id) { id ${COUNTS} } }`;
const PAGE_COUNTS = `query($limit: Int) { tenants(limit: $limit, sortBy: name) { items { id ${COUNTS} } } }`;

let api: TestApi;
let adminToken: string;
let busy: ClinicFixture;

beforeAll(async () => {
  // Command events on, so the test can count the queries a page of tenants costs.
  api = await startTestApi({ env: { MONGODB_MONITOR_COMMANDS: 'true' } });
  adminToken = await api.token();
  busy = await createClinicFixture(api);
  const services = api.app.services;
  const p = busy.principal;
  const vet = await services.staffMembers.create(p, {
    name: 'V',
    email: 'v@c.example',
    role: 'veterinarian',
  });
  await services.staffMembers.create(p, { name: 'R', email: 'r@c.example', role: 'receptionist' });
  const owners = [];
  for (const last_name of ['A', 'B', 'C']) {
    owners.push(await services.clients.create(p, { first_name: 'X', last_name }));
  }
  const pet = await services.patients.create(p, {
    name: 'P',
    species: 'dog',
    client_id: owners[0]!.id,
  });
  await services.appointments.create(p, {
    patient_id: pet.id,
    staff_member_id: vet.id,
    starts_at: new Date(daysFromNow(1)),
    reason: 'R',
  });
  for (const [amount, currency] of [
    [100.1, undefined],
    [0.2, undefined],
    [50, 'EUR'],
  ] as const) {
    await services.payments.record(p, {
      client_id: owners[1]!.id,
      amount,
      currency,
      method: 'card',
    });
  }
});
afterAll(() => api.stop());

describe("a tenant's clinic counts", () => {
  it("count the clinic's data and its revenue, per currency", async () => {
    const response = await graphql<{ tenant: { clinic_counts: Record<string, unknown> } }>(
      api.url,
      TENANT_COUNTS,
      { id: busy.tenantId },
      adminToken,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.tenant.clinic_counts).toEqual({
      staff: 2,
      clients: 3,
      patients: 1,
      appointments: 1,
      payments: 3,
      revenue_total: 100.3,
      currency: 'USD',
      revenue_by_currency: [
        { currency: 'EUR', total: 50 },
        { currency: 'USD', total: 100.3 },
      ],
    });
  });

  it('are the same through the service', async () => {
    const counts = await api.app.services.clinicCounts.countsFor(
      await systemAdmin(api.app),
      busy.tenantId,
    );
    expect(counts).toMatchObject({ staff: 2, clients: 3, revenue_total: 100.3 });
    const empty = await createClinicTenant(api.app);
    expect(
      await api.app.services.clinicCounts.countsFor(await systemAdmin(api.app), empty.id),
    ).toMatchObject({
      staff: 0,
      clients: 0,
      payments: 0,
      revenue_total: 0,
      revenue_by_currency: [],
    });
  });

  it('cost the same number of queries for a page of 2 tenants as for a page of 12', async () => {
    for (let i = 0; i < 10; i += 1) await createClinicTenant(api.app);
    const commandsFor = async (limit: number) => {
      const seen: string[] = [];
      const client = api.app.connection.getClient();
      const listener = (event: { commandName: string }) => seen.push(event.commandName);
      client.on('commandStarted', listener);
      try {
        const response = await graphql(api.url, PAGE_COUNTS, { limit }, adminToken);
        expect(response.errors).toBeUndefined();
      } finally {
        client.off('commandStarted', listener);
      }
      return seen.filter((name) => name === 'aggregate' || name === 'find' || name === 'count');
    };
    const small = await commandsFor(2);
    const large = await commandsFor(12);
    expect(large.length).toBe(small.length);
    // The page and its count, the tenants' currencies, and six clinic-data aggregations.
    expect(small.length).toBeLessThanOrEqual(9);
  });

  it('are for platform admins only', async () => {
    const asClinic = await busy.call(TENANT_COUNTS, { id: busy.tenantId });
    expect(codes(asClinic)).toEqual(['FORBIDDEN']);
    await expect(
      api.app.services.clinicCounts.countsFor(busy.principal, busy.tenantId),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
