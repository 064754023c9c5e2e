// First: its mongoose plugin must be in place before the test app compiles its models.
import { afterNextUpdate } from './mid-write.js';
import type { Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsTenant } from '../src/db/tenant-context.js';
import {
  createClinicFixture,
  daysFromNow,
  expectFieldErrors,
  type ClinicFixture,
} from './clinic-api.js';
import { startTestApi, type TestApi } from './harness.js';

const UPDATE_PATIENT =
  'mutation($id: ID!, $input: UpdatePatientInput!) { updatePatient(id: $id, input: $input) { id } }';
const UPDATE_APPOINTMENT =
  'mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { id } }';
const UPDATE_PAYMENT =
  'mutation($id: ID!, $input: UpdatePaymentInput!) { updatePayment(id: $id, input: $input) { id } }';

let api: TestApi;
let clinic: ClinicFixture;
let owner: string;
let vet: string;

beforeAll(async () => {
  api = await startTestApi();
  clinic = await createClinicFixture(api);
  const { services } = api.app;
  owner = (await services.clients.create(clinic.principal, { first_name: 'Ada', last_name: 'Old' }))
    .id;
  vet = (
    await services.staffMembers.create(clinic.principal, {
      name: 'Dr. Stay',
      email: 'stay@clinic.example',
      role: 'veterinarian',
    })
  ).id;
});
afterAll(() => api.stop());

/** The record exactly as stored, every field included. */
const stored = <M>(model: Model<M>, id: string) =>
  runAsTenant(clinic.tenantId, () => model.findById(id).lean().exec());

/** Deletes a record the way a concurrent request would, straight through the model. */
const vanish = async <M>(model: Model<M>, id: string): Promise<void> => {
  const { deletedCount } = await runAsTenant(clinic.tenantId, () =>
    model.deleteOne({ _id: id }).exec(),
  );
  expect(deletedCount).toBe(1);
};

const microchip = (): string => `9${Math.floor(Math.random() * 1e14)}`.padEnd(15, '0');

const newClient = async (last_name: string) =>
  (await api.app.services.clients.create(clinic.principal, { first_name: 'Nel', last_name })).id;

const newPatient = async (input: Record<string, unknown> = {}) =>
  (
    await api.app.services.patients.create(clinic.principal, {
      name: 'Rex',
      species: 'dog',
      breed: 'Boxer',
      weight_kg: 20,
      microchip_id: microchip(),
      client_id: owner,
      notes: 'Calm',
      ...input,
    })
  ).id;

const newStaffMember = async (name: string) =>
  (
    await api.app.services.staffMembers.create(clinic.principal, {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@clinic.example`,
      role: 'technician',
    })
  ).id;

describe('an update whose reference vanishes before it is re-checked', () => {
  it('leaves the patient exactly as it was, every field it changed put back', async () => {
    const patient = await newPatient();
    const before = await stored(api.app.models.patients, patient);
    const leaving = await newClient('Leaving');
    const vanished = afterNextUpdate('patients', () => vanish(api.app.models.clients, leaving));

    const response = await clinic.call(UPDATE_PATIENT, {
      id: patient,
      input: {
        name: 'Max',
        breed: null,
        weight_kg: 22.5,
        microchip_id: microchip(),
        notes: 'Nervous',
        client_id: leaving,
      },
    });
    await vanished;

    expectFieldErrors(response, ['client_id']);
    expect(await stored(api.app.models.patients, patient)).toEqual(before);
  });

  it("keeps a newer write by someone else and puts back the rest of the patient's fields", async () => {
    const patient = await newPatient();
    const before = (await stored(api.app.models.patients, patient))!;
    const leaving = await newClient('Leaving');
    const vanished = afterNextUpdate('patients', async () => {
      await vanish(api.app.models.clients, leaving);
      // Another request writes one of the fields this update wrote, after it.
      await api.app.services.patients.update(clinic.principal, patient, { notes: 'Newer note' });
    });

    const response = await clinic.call(UPDATE_PATIENT, {
      id: patient,
      input: { name: 'Max', weight_kg: 22.5, notes: 'Nervous', client_id: leaving },
    });
    await vanished;

    expectFieldErrors(response, ['client_id']);
    const after = (await stored(api.app.models.patients, patient))!;
    expect(after).toEqual({ ...before, notes: 'Newer note', updated_date: after.updated_date });
    expect(after.updated_date.getTime()).toBeGreaterThanOrEqual(before.updated_date.getTime());
  });

  it('leaves the appointment exactly as it was, every field it changed put back', async () => {
    const [pet, otherPet] = [await newPatient(), await newPatient({ name: 'Tom', species: 'cat' })];
    const appointment = await api.app.services.appointments.create(clinic.principal, {
      patient_id: pet,
      staff_member_id: vet,
      starts_at: daysFromNow(3, 9),
      duration_minutes: 30,
      reason: 'Check-up',
      notes: 'Bring records',
    });
    const before = await stored(api.app.models.appointments, appointment.id);
    const leaving = await newStaffMember('Leaving Soon');
    const vanished = afterNextUpdate('appointments', () =>
      vanish(api.app.models.staffMembers, leaving),
    );

    const response = await clinic.call(UPDATE_APPOINTMENT, {
      id: appointment.id,
      input: {
        patient_id: otherPet,
        staff_member_id: leaving,
        starts_at: daysFromNow(4, 14),
        duration_minutes: 45,
        reason: 'Vaccination',
        status: 'checked_in',
        notes: null,
      },
    });
    await vanished;

    expectFieldErrors(response, ['staff_member_id']);
    expect(await stored(api.app.models.appointments, appointment.id)).toEqual(before);
  });

  it('keeps a newer change to the time whole, and puts back the fields nobody wrote since', async () => {
    const pet = await newPatient();
    const appointment = await api.app.services.appointments.create(clinic.principal, {
      patient_id: pet,
      staff_member_id: vet,
      starts_at: daysFromNow(5, 9),
      duration_minutes: 30,
      reason: 'Check-up',
    });
    const before = (await stored(api.app.models.appointments, appointment.id))!;
    const leaving = await newStaffMember('Leaving Later');
    const movedTo = daysFromNow(6, 15);
    const vanished = afterNextUpdate('appointments', async () => {
      await vanish(api.app.models.staffMembers, leaving);
      // Another request lengthens the visit at the time this update moved it to.
      await api.app.services.appointments.update(clinic.principal, appointment.id, {
        duration_minutes: 60,
      });
    });

    const response = await clinic.call(UPDATE_APPOINTMENT, {
      id: appointment.id,
      input: { staff_member_id: leaving, starts_at: movedTo, reason: 'Surgery' },
    });
    await vanished;

    expectFieldErrors(response, ['staff_member_id']);
    const after = (await stored(api.app.models.appointments, appointment.id))!;
    // Start, duration and end stay together as the newer write left them; never the old start
    // with the new end.
    const start = new Date(movedTo);
    expect(after).toEqual({
      ...before,
      starts_at: start,
      duration_minutes: 60,
      ends_at: new Date(start.getTime() + 60 * 60_000),
      updated_date: after.updated_date,
    });
  });

  it('leaves the payment exactly as it was, every field it changed put back', async () => {
    const pet = await newPatient();
    const payment = await api.app.services.payments.record(clinic.principal, {
      client_id: owner,
      amount: 40,
      method: 'card',
      note: 'Deposit',
    });
    const before = await stored(api.app.models.payments, payment.id);
    const visit = await api.app.services.appointments.create(clinic.principal, {
      patient_id: pet,
      staff_member_id: vet,
      starts_at: daysFromNow(7, 11),
      reason: 'Dental',
    });
    const vanished = afterNextUpdate('payments', () =>
      vanish(api.app.models.appointments, visit.id),
    );

    const response = await clinic.call(UPDATE_PAYMENT, {
      id: payment.id,
      input: { appointment_id: visit.id, amount: 55.5, method: 'cash', note: 'For the dental' },
    });
    await vanished;

    expectFieldErrors(response, ['appointment_id']);
    expect(await stored(api.app.models.payments, payment.id)).toEqual(before);
  });
});
