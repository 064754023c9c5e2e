import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_FIELDS,
  codes,
  createClinicFixture,
  dataOf,
  expectFieldErrors,
  unknownId,
  type ClinicFixture,
} from './clinic-api.js';
import { startTestApi, type TestApi } from './harness.js';

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { ${CLIENT_FIELDS} } }`;
const GET = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteClient(id: $id) { id deleted } }';
const LIST = `query($page: Int, $limit: Int, $search: String, $sortBy: ClientSortField, $sortOrder: SortOrder) {
  clients(page: $page, limit: $limit, search: $search, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount page limit items { first_name last_name }
  }
}`;

type ClientData = Record<string, unknown> & { id: string };

let api: TestApi;
let clinic: ClinicFixture;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
});
afterAll(() => api.stop());

const create = async (input: Record<string, unknown>, as = clinic.staff) =>
  dataOf(await clinic.call<{ createClient: ClientData }>(CREATE, { input }, as)).createClient;

describe('clients', () => {
  it('are created, read, updated and deleted by staff users', async () => {
    const created = await create({
      first_name: ' Maria ',
      last_name: 'Lopez',
      email: 'Maria@Example.com',
      phone: '+34 600 123 456',
      address: '12 Calle Mayor, Madrid',
      notes: 'Prefers morning visits',
    });
    expect(created).toMatchObject({
      first_name: 'Maria',
      last_name: 'Lopez',
      email: 'maria@example.com',
      phone: '+34 600 123 456',
    });
    expect(dataOf(await clinic.call(GET, { id: created.id }, clinic.staff))).toEqual({
      client: created,
    });

    const updated = dataOf(
      await clinic.call<{ updateClient: ClientData }>(
        UPDATE,
        { id: created.id, input: { last_name: 'López', notes: null, email: null } },
        clinic.staff,
      ),
    ).updateClient;
    expect(updated).toMatchObject({ last_name: 'López', notes: null, email: null });
    expect(new Date(updated.updated_date as string).getTime()).toBeGreaterThanOrEqual(
      new Date(created.updated_date as string).getTime(),
    );

    expect(dataOf(await clinic.call(DELETE, { id: created.id }, clinic.staff))).toEqual({
      deleteClient: { id: created.id, deleted: true },
    });
    expect(codes(await clinic.call(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('works the same through an API key', async () => {
    const created = await create({ first_name: 'Key', last_name: 'Holder' }, clinic.apiKey);
    expect(created).toMatchObject({ email: null, phone: null, address: null, notes: null });
  });

  it('names every invalid field', async () => {
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: {
          first_name: '',
          last_name: 'x'.repeat(201),
          email: 'maria@',
          phone: '12',
          notes: 'n'.repeat(5001),
        },
      }),
      ['email', 'first_name', 'last_name', 'notes', 'phone'],
    );
    const client = await create({ first_name: 'Valid', last_name: 'Person' });
    expectFieldErrors(await clinic.call(UPDATE, { id: client.id, input: { first_name: null } }), [
      'first_name',
    ]);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    expect(codes(await clinic.call(GET, { id: unknownId() }))).toEqual(['NOT_FOUND']);
    expect(codes(await clinic.call(DELETE, { id: unknownId() }))).toEqual(['NOT_FOUND']);
    expect(
      codes(await clinic.call(UPDATE, { id: unknownId(), input: { last_name: 'X' } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('refuses to delete a client who still has patients or payments', async () => {
    const owner = await create({ first_name: 'Pet', last_name: 'Owner' });
    const pet = await api.app.services.patients.create(clinic.principal, {
      name: 'Rex',
      species: 'dog',
      client_id: owner.id,
    });
    const refused = await clinic.call(DELETE, { id: owner.id });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0]!.message).toMatch(/still has patients/);
    expect(dataOf(await clinic.call(GET, { id: owner.id }))).toBeTruthy();

    await api.app.services.patients.delete(clinic.principal, pet.id);
    await api.app.services.payments.record(clinic.principal, {
      client_id: owner.id,
      amount: 45,
      method: 'cash',
    });
    const withPayment = await clinic.call(DELETE, { id: owner.id });
    expect(codes(withPayment)).toEqual(['CONFLICT']);
    expect(withPayment.errors![0]!.message).toMatch(/payments/);
  });
});

describe('the clients list', () => {
  let listed: ClinicFixture;

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    const names = [
      ['Ana', 'Zamora', 'ana@list.example'],
      ['Ben', 'Young', null],
      ['Cleo', 'Xu', 'cleo@list.example'],
      ['Dan', 'Young', 'dan@list.example'],
    ] as const;
    for (const [first_name, last_name, email] of names) {
      await api.app.services.clients.create(listed.principal, { first_name, last_name, email });
    }
  });

  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        clients: {
          totalCount: number;
          limit: number;
          items: { first_name: string; last_name: string }[];
        };
      }>(LIST, variables),
    ).clients;

  it('sorts by last name, then pages', async () => {
    const all = await list({});
    expect(all.items.map((c) => c.last_name)).toEqual(['Xu', 'Young', 'Young', 'Zamora']);
    const page = await list({ page: 2, limit: 3 });
    expect(page.items.map((c) => c.first_name)).toEqual(['Ana']);
    expect(page.totalCount).toBe(4);
    const byFirst = await list({ sortBy: 'first_name', sortOrder: 'desc' });
    expect(byFirst.items.map((c) => c.first_name)).toEqual(['Dan', 'Cleo', 'Ben', 'Ana']);
  });

  it('searches names and e-mail as plain text', async () => {
    expect((await list({ search: 'young' })).totalCount).toBe(2);
    expect((await list({ search: 'cleo@' })).items.map((c) => c.last_name)).toEqual(['Xu']);
    expect((await list({ search: '[a-z]+' })).totalCount).toBe(0);
  });

  it('caps the limit', async () => {
    expect((await list({ limit: 5000 })).limit).toBe(100);
  });
});
