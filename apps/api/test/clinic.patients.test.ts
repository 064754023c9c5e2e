import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  createClinicFixture,
  dataOf,
  daysFromNow,
  expectFieldErrors,
  PATIENT_FIELDS,
  unknownId,
  type ClinicFixture,
} from './clinic-api.js';
import { startTestApi, type TestApi } from './harness.js';

const CREATE = `mutation($input: CreatePatientInput!) { createPatient(input: $input) { ${PATIENT_FIELDS} owner { id last_name } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { ${PATIENT_FIELDS} } }`;
const GET = `query($id: ID!) { patient(id: $id) { ${PATIENT_FIELDS} owner { id first_name } } }`;
const DELETE = 'mutation($id: ID!) { deletePatient(id: $id) { id deleted } }';
const LIST = `query($page: Int, $limit: Int, $client_id: ID, $species: Species, $search: String, $sortBy: PatientSortField, $sortOrder: SortOrder) {
  patients(page: $page, limit: $limit, client_id: $client_id, species: $species, search: $search, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount page limit items { name species owner { last_name } }
  }
}`;

type PatientData = Record<string, unknown> & { id: string };

let api: TestApi;
let clinic: ClinicFixture;
let ownerId: string;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
  ownerId = (
    await api.app.services.clients.create(clinic.principal, {
      first_name: 'Olga',
      last_name: 'Owner',
    })
  ).id;
});
afterAll(() => api.stop());

const create = async (input: Record<string, unknown>) =>
  dataOf(
    await clinic.call<{ createPatient: PatientData }>(
      CREATE,
      { input: { client_id: ownerId, ...input } },
      clinic.staff,
    ),
  ).createPatient;

describe('patients', () => {
  it('are created with their owner, read, updated and deleted', async () => {
    const created = await create({
      name: 'Biscuit',
      species: 'dog',
      breed: 'Beagle',
      sex: 'male_neutered',
      date_of_birth: '2019-04-23',
      weight_kg: 12.4,
      microchip_id: '985 112 345 678 901',
    });
    expect(created).toMatchObject({
      name: 'Biscuit',
      species: 'dog',
      sex: 'male_neutered',
      date_of_birth: '2019-04-23',
      weight_kg: 12.4,
      microchip_id: '985112345678901',
      client_id: ownerId,
      owner: { id: ownerId, last_name: 'Owner' },
    });

    const read = dataOf(await clinic.call<{ patient: PatientData }>(GET, { id: created.id }));
    expect(read.patient.owner).toEqual({ id: ownerId, first_name: 'Olga' });

    const newOwner = await api.app.services.clients.create(clinic.principal, {
      first_name: 'Nina',
      last_name: 'New',
    });
    const updated = dataOf(
      await clinic.call<{ updatePatient: PatientData }>(UPDATE, {
        id: created.id,
        input: { client_id: newOwner.id, weight_kg: 13, microchip_id: null, breed: null },
      }),
    ).updatePatient;
    expect(updated).toMatchObject({
      client_id: newOwner.id,
      weight_kg: 13,
      microchip_id: null,
      breed: null,
    });

    expect(dataOf(await clinic.call(DELETE, { id: created.id }))).toEqual({
      deletePatient: { id: created.id, deleted: true },
    });
    expect(codes(await clinic.call(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('defaults sex to unknown and leaves optional fields empty', async () => {
    const created = await create({ name: 'Tweety', species: 'bird' });
    expect(created).toMatchObject({
      sex: 'unknown',
      breed: null,
      date_of_birth: null,
      weight_kg: null,
      microchip_id: null,
    });
  });

  it('names every invalid field', async () => {
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: {
          name: '',
          species: 'cat',
          client_id: 'not-an-id',
          date_of_birth: '2019-02-30',
          weight_kg: -2,
          microchip_id: '12-34',
        },
      }),
      ['client_id', 'date_of_birth', 'microchip_id', 'name', 'weight_kg'],
    );
    const tomorrow = daysFromNow(1).slice(0, 10);
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: {
          name: 'Future',
          species: 'cat',
          client_id: ownerId,
          date_of_birth: tomorrow,
          weight_kg: 3.14159,
        },
      }),
      ['date_of_birth', 'weight_kg'],
    );
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: { name: 'Old', species: 'cat', client_id: ownerId, date_of_birth: '1890-01-01' },
      }),
      ['date_of_birth'],
    );
  });

  it('refuses enum values GraphQL does not know', async () => {
    const response = await clinic.call(CREATE, {
      input: { name: 'Nessie', species: 'dragon', client_id: ownerId },
    });
    expect(response.status).toBe(400);
  });

  it('needs an owner that exists in this clinic', async () => {
    const missing = await clinic.call(CREATE, {
      input: { name: 'Stray', species: 'cat', client_id: unknownId() },
    });
    expectFieldErrors(missing, ['client_id']);
    expect(missing.errors![0]!.message).toBe('client_id: no client has this id');
    const pet = await create({ name: 'Kept', species: 'cat' });
    expectFieldErrors(
      await clinic.call(UPDATE, { id: pet.id, input: { client_id: unknownId() } }),
      ['client_id'],
    );
    expect(
      (await clinic.call<{ patient: PatientData }>(GET, { id: pet.id })).data!.patient.client_id,
    ).toBe(ownerId);
  });

  it('keeps microchips unique within the clinic, however they are written', async () => {
    await create({ name: 'Chipped', species: 'cat', microchip_id: '900-000-000-000-001' });
    const clash = await clinic.call(CREATE, {
      input: { name: 'Twin', species: 'cat', client_id: ownerId, microchip_id: '900000000000001' },
    });
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect(clash.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'microchip_id' }),
    ]);
    // Many patients without a chip never clash.
    await create({ name: 'No chip 1', species: 'rabbit' });
    await create({ name: 'No chip 2', species: 'rabbit' });
    // Another clinic may have a pet with the same chip number (say, a transferred record).
    const other = await createClinicFixture(api);
    const otherOwner = await api.app.services.clients.create(other.principal, {
      first_name: 'Else',
      last_name: 'Where',
    });
    const elsewhere = await other.call(CREATE, {
      input: {
        name: 'Same chip',
        species: 'cat',
        client_id: otherOwner.id,
        microchip_id: '900000000000001',
      },
    });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('refuses to delete a patient with appointments', async () => {
    const pet = await create({ name: 'Booked', species: 'dog' });
    const vet = await api.app.services.staffMembers.create(clinic.principal, {
      name: 'Dr. Who',
      email: 'who@clinic.example',
      role: 'veterinarian',
    });
    await api.app.services.appointments.create(clinic.principal, {
      patient_id: pet.id,
      staff_member_id: vet.id,
      starts_at: daysFromNow(3),
      reason: 'Vaccination',
    });
    const refused = await clinic.call(DELETE, { id: pet.id });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0]!.message).toMatch(/appointments/);
    expect(dataOf(await clinic.call(GET, { id: pet.id }))).toBeTruthy();
  });
});

describe('the patients list', () => {
  let listed: ClinicFixture;
  const owners: Record<string, string> = {};

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    for (const last_name of ['Kim', 'Park']) {
      owners[last_name] = (
        await api.app.services.clients.create(listed.principal, { first_name: 'A', last_name })
      ).id;
    }
    const pets = [
      ['Apollo', 'dog', 'Kim'],
      ['Bella', 'cat', 'Kim'],
      ['Coco', 'dog', 'Park'],
      ['Duke', 'horse', 'Park'],
      ['Echo', 'dog', 'Park'],
    ] as const;
    for (const [name, species, owner] of pets) {
      await api.app.services.patients.create(listed.principal, {
        name,
        species,
        client_id: owners[owner],
      });
    }
  });

  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        patients: {
          totalCount: number;
          items: { name: string; species: string; owner: { last_name: string } }[];
        };
      }>(LIST, variables),
    ).patients;

  it("filters by owner and species, with each pet's owner loaded", async () => {
    const parks = await list({ client_id: owners.Park });
    expect(parks.items.map((p) => p.name)).toEqual(['Coco', 'Duke', 'Echo']);
    expect(parks.items.every((p) => p.owner.last_name === 'Park')).toBe(true);
    expect((await list({ species: 'dog' })).totalCount).toBe(3);
    expect(
      (await list({ client_id: owners.Kim, species: 'dog' })).items.map((p) => p.name),
    ).toEqual(['Apollo']);
    expect((await list({ client_id: unknownId() })).totalCount).toBe(0);
    expectFieldErrors(await listed.call(LIST, { client_id: 'x' }), ['client_id']);
  });

  it('pages and sorts', async () => {
    const page = await list({ page: 2, limit: 2, sortBy: 'name', sortOrder: 'desc' });
    expect(page.items.map((p) => p.name)).toEqual(['Coco', 'Bella']);
    expect(page.totalCount).toBe(5);
    expect((await list({ search: 'ech' })).items.map((p) => p.name)).toEqual(['Echo']);
  });
});
