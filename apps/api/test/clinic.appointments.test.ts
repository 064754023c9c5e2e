import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPOINTMENT_FIELDS,
  codes,
  createClinicFixture,
  dataOf,
  daysFromNow,
  expectFieldErrors,
  unknownId,
  type ClinicFixture,
} from './clinic-api.js';
import { startTestApi, type TestApi } from './harness.js';

const CREATE = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { ${APPOINTMENT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { ${APPOINTMENT_FIELDS} } }`;
const GET = `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT_FIELDS} patient { name owner { last_name } } staff_member { name } } }`;
const DELETE = 'mutation($id: ID!) { deleteAppointment(id: $id) { id deleted } }';
const LIST = `query($page: Int, $limit: Int, $patient_id: ID, $staff_member_id: ID, $status: AppointmentStatus, $from: DateTimeISO, $to: DateTimeISO, $sortBy: AppointmentSortField, $sortOrder: SortOrder) {
  appointments(page: $page, limit: $limit, patient_id: $patient_id, staff_member_id: $staff_member_id, status: $status, from: $from, to: $to, sortBy: $sortBy, sortOrder: $sortOrder) {
    totalCount items { reason status starts_at patient { name } staff_member { name } }
  }
}`;

type AppointmentData = Record<string, unknown> & { id: string; status: string };

let api: TestApi;
let clinic: ClinicFixture;
let vet: string;
let nurse: string;
let pet: string;
let otherPet: string;

beforeAll(async () => {
  // Command events on, so a test can count the queries nested fields cost.
  api = await startTestApi({ env: { MONGODB_MONITOR_COMMANDS: 'true' } });
  clinic = await createClinicFixture(api);
  const services = api.app.services;
  vet = (
    await services.staffMembers.create(clinic.principal, {
      name: 'Dr. Vet',
      email: 'vet@clinic.example',
      role: 'veterinarian',
    })
  ).id;
  nurse = (
    await services.staffMembers.create(clinic.principal, {
      name: 'Nurse Joy',
      email: 'joy@clinic.example',
      role: 'technician',
    })
  ).id;
  const owner = await services.clients.create(clinic.principal, {
    first_name: 'Ash',
    last_name: 'Ketchum',
  });
  pet = (
    await services.patients.create(clinic.principal, {
      name: 'Pika',
      species: 'rodent',
      client_id: owner.id,
    })
  ).id;
  otherPet = (
    await services.patients.create(clinic.principal, {
      name: 'Snor',
      species: 'other',
      client_id: owner.id,
    })
  ).id;
});
afterAll(() => api.stop());

const book = async (input: Record<string, unknown>) =>
  dataOf(
    await clinic.call<{ createAppointment: AppointmentData }>(
      CREATE,
      { input: { patient_id: pet, staff_member_id: vet, reason: 'Check-up', ...input } },
      clinic.staff,
    ),
  ).createAppointment;

describe('appointments', () => {
  it('are booked, read with their patient and staff member, moved through a visit, and deleted', async () => {
    const startsAt = daysFromNow(5, 9, 0);
    const created = await book({ starts_at: startsAt, duration_minutes: 45, notes: 'Nervous' });
    expect(created).toMatchObject({
      patient_id: pet,
      staff_member_id: vet,
      starts_at: startsAt,
      duration_minutes: 45,
      ends_at: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
      status: 'scheduled',
      notes: 'Nervous',
    });

    const read = dataOf(
      await clinic.call<{ appointment: Record<string, unknown> }>(GET, { id: created.id }),
    );
    expect(read.appointment).toMatchObject({
      patient: { name: 'Pika', owner: { last_name: 'Ketchum' } },
      staff_member: { name: 'Dr. Vet' },
    });

    for (const status of ['checked_in', 'completed']) {
      const moved = await clinic.call<{ updateAppointment: AppointmentData }>(UPDATE, {
        id: created.id,
        input: { status },
      });
      expect(dataOf(moved).updateAppointment.status).toBe(status);
    }
    const backwards = await clinic.call(UPDATE, { id: created.id, input: { status: 'scheduled' } });
    expectFieldErrors(backwards, ['status']);
    expect(backwards.errors![0]!.message).toMatch(/final/);

    expect(dataOf(await clinic.call(DELETE, { id: created.id }))).toEqual({
      deleteAppointment: { id: created.id, deleted: true },
    });
    expect(codes(await clinic.call(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('names the allowed status changes', async () => {
    const created = await book({ starts_at: daysFromNow(6, 9, 0) });
    const cancelled = dataOf(
      await clinic.call<{ updateAppointment: AppointmentData }>(UPDATE, {
        id: created.id,
        input: { status: 'cancelled' },
      }),
    ).updateAppointment;
    expect(cancelled.status).toBe('cancelled');
    const checkedIn = await book({ starts_at: daysFromNow(6, 11, 0), status: 'checked_in' });
    const noShow = await clinic.call(UPDATE, { id: checkedIn.id, input: { status: 'no_show' } });
    expectFieldErrors(noShow, ['status']);
    expect(noShow.errors![0]!.message).toContain('allowed: completed, cancelled');
  });

  it('refuses to double-book a staff member, but not after a cancellation', async () => {
    const first = await book({ starts_at: daysFromNow(7, 14, 0), duration_minutes: 60 });
    const overlapping = await clinic.call(CREATE, {
      input: {
        patient_id: otherPet,
        staff_member_id: vet,
        reason: 'Overlap',
        starts_at: daysFromNow(7, 14, 30),
      },
    });
    expect(codes(overlapping)).toEqual(['CONFLICT']);
    expect(overlapping.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ field: 'starts_at' }),
    ]);
    // Back to back is fine, and so is another staff member at the same time.
    await book({ patient_id: otherPet, starts_at: daysFromNow(7, 15, 0) });
    await book({ patient_id: otherPet, staff_member_id: nurse, starts_at: daysFromNow(7, 14, 30) });
    // Moving another appointment onto the busy slot is refused too.
    const later = await book({ starts_at: daysFromNow(7, 17, 0) });
    expect(
      codes(
        await clinic.call(UPDATE, { id: later.id, input: { starts_at: daysFromNow(7, 14, 15) } }),
      ),
    ).toEqual(['CONFLICT']);

    await clinic.call(UPDATE, { id: first.id, input: { status: 'cancelled' } });
    await book({ patient_id: otherPet, starts_at: daysFromNow(7, 14, 30) });
  });

  it('names every invalid field', async () => {
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: {
          patient_id: 'nope',
          staff_member_id: vet,
          starts_at: daysFromNow(1000),
          duration_minutes: 2,
          reason: ' ',
        },
      }),
      ['duration_minutes', 'patient_id', 'reason', 'starts_at'],
    );
    expectFieldErrors(
      await clinic.call(CREATE, {
        input: {
          patient_id: pet,
          staff_member_id: vet,
          starts_at: daysFromNow(2),
          reason: 'x',
          duration_minutes: 721,
        },
      }),
      ['duration_minutes'],
    );
  });

  it('needs a patient and an active staff member of this clinic', async () => {
    const missing = await clinic.call(CREATE, {
      input: {
        patient_id: unknownId(),
        staff_member_id: unknownId(),
        starts_at: daysFromNow(8),
        reason: 'Ghosts',
      },
    });
    expectFieldErrors(missing, ['patient_id', 'staff_member_id']);
    expect(missing.errors![0]!.extensions!.fields).toEqual([
      { field: 'patient_id', message: 'no patient has this id' },
      { field: 'staff_member_id', message: 'no staff member has this id' },
    ]);

    const retired = await api.app.services.staffMembers.create(clinic.principal, {
      name: 'Retired',
      email: 'retired@clinic.example',
      role: 'veterinarian',
      active: false,
    });
    const inactive = await clinic.call(CREATE, {
      input: {
        patient_id: pet,
        staff_member_id: retired.id,
        starts_at: daysFromNow(8),
        reason: 'x',
      },
    });
    expectFieldErrors(inactive, ['staff_member_id']);
    expect(inactive.errors![0]!.message).toMatch(/not active/);

    const booked = await book({ starts_at: daysFromNow(9) });
    expectFieldErrors(
      await clinic.call(UPDATE, { id: booked.id, input: { patient_id: unknownId() } }),
      ['patient_id'],
    );
  });

  it('refuses to delete an appointment that was paid for', async () => {
    const visit = await book({ starts_at: daysFromNow(-2), status: 'completed' });
    const owner = dataOf(
      await clinic.call<{ patient: { client_id: string } }>(
        'query($id: ID!) { patient(id: $id) { client_id } }',
        {
          id: pet,
        },
      ),
    ).patient.client_id;
    await api.app.services.payments.record(clinic.principal, {
      client_id: owner,
      appointment_id: visit.id,
      amount: 80,
      method: 'card',
    });
    expect(codes(await clinic.call(DELETE, { id: visit.id }))).toEqual(['CONFLICT']);
  });

  it('refuses to delete a staff member with appointments', async () => {
    await book({ staff_member_id: nurse, starts_at: daysFromNow(10) });
    const refused = await clinic.call('mutation($id: ID!) { deleteStaffMember(id: $id) { id } }', {
      id: nurse,
    });
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors![0]!.message).toMatch(/set active to false/);
  });
});

describe('the appointments list', () => {
  let listed: ClinicFixture;
  let listVet: string;
  let listPets: string[];

  beforeAll(async () => {
    listed = await createClinicFixture(api);
    const services = api.app.services;
    listVet = (
      await services.staffMembers.create(listed.principal, {
        name: 'Dr. List',
        email: 'list@clinic.example',
        role: 'veterinarian',
      })
    ).id;
    const helper = await services.staffMembers.create(listed.principal, {
      name: 'Helper',
      email: 'helper@clinic.example',
      role: 'assistant',
    });
    const owner = await services.clients.create(listed.principal, {
      first_name: 'L',
      last_name: 'Ist',
    });
    listPets = [];
    for (const name of ['Alpha', 'Beta']) {
      listPets.push(
        (
          await services.patients.create(listed.principal, {
            name,
            species: 'cat',
            client_id: owner.id,
          })
        ).id,
      );
    }
    const visits = [
      [listPets[0], listVet, 1, 'Vaccination', 'scheduled'],
      [listPets[0], helper.id, 2, 'Grooming', 'scheduled'],
      [listPets[1], listVet, 3, 'Dental', 'scheduled'],
      [listPets[1], listVet, -3, 'Surgery follow-up', 'completed'],
    ] as const;
    for (const [patient_id, staff_member_id, days, reason, status] of visits) {
      await services.appointments.create(listed.principal, {
        patient_id,
        staff_member_id,
        starts_at: new Date(daysFromNow(days)),
        reason,
        status,
      });
    }
  });

  const list = async (variables: Record<string, unknown>) =>
    dataOf(
      await listed.call<{
        appointments: {
          totalCount: number;
          items: { reason: string; patient: { name: string }; staff_member: { name: string } }[];
        };
      }>(LIST, variables),
    ).appointments;

  it('sorts by start time and loads each patient and staff member', async () => {
    const all = await list({});
    expect(all.items.map((a) => a.reason)).toEqual([
      'Surgery follow-up',
      'Vaccination',
      'Grooming',
      'Dental',
    ]);
    expect(all.items.map((a) => a.patient.name)).toEqual(['Beta', 'Alpha', 'Alpha', 'Beta']);
    expect(all.items[1]!.staff_member.name).toBe('Dr. List');
  });

  it('filters by patient, staff member, status and time window', async () => {
    expect((await list({ patient_id: listPets[0] })).totalCount).toBe(2);
    expect((await list({ staff_member_id: listVet })).totalCount).toBe(3);
    expect((await list({ status: 'completed' })).items.map((a) => a.reason)).toEqual([
      'Surgery follow-up',
    ]);
    const window = await list({ from: daysFromNow(0), to: daysFromNow(2, 23) });
    expect(window.items.map((a) => a.reason)).toEqual(['Vaccination', 'Grooming']);
    expectFieldErrors(await listed.call(LIST, { from: daysFromNow(2), to: daysFromNow(1) }), [
      'to',
    ]);
  });

  it('loads nested patients, owners and staff with a fixed number of queries, whatever the page size', async () => {
    const NESTED = `query($limit: Int) { appointments(limit: $limit) { items { patient { name owner { last_name } } staff_member { name } } } }`;
    const queriesFor = async (limit: number) => {
      const client = api.app.connection.getClient();
      let finds = 0;
      const count = (event: { commandName: string }) => {
        if (event.commandName === 'find') finds += 1;
      };
      client.on('commandStarted', count);
      try {
        dataOf(await listed.call(NESTED, { limit }));
      } finally {
        client.off('commandStarted', count);
      }
      return finds;
    };
    const one = await queriesFor(1);
    expect(await queriesFor(4)).toBe(one);
    // The page, then one batch each for patients, their owners and staff members.
    expect(one).toBeLessThanOrEqual(6);
  });

  it('pages', async () => {
    const page = await list({ page: 2, limit: 3, sortOrder: 'desc' });
    expect(page.items.map((a) => a.reason)).toEqual(['Surgery follow-up']);
    expect(page.totalCount).toBe(4);
  });
});
