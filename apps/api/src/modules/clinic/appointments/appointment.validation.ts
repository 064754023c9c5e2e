import type { Types } from 'mongoose';
import {
  APPOINTMENT_MINUTES,
  APPOINTMENT_STATUSES,
  CLINIC_MAX_LENGTH,
  type AppointmentStatus,
} from '../clinic.constants.js';
import { FieldReader, setIfGiven } from '../../../common/field-reader.js';

export interface AppointmentFields {
  patient_id: Types.ObjectId;
  staff_member_id: Types.ObjectId;
  starts_at: Date;
  duration_minutes: number;
  reason: string;
  status: AppointmentStatus;
  notes: string | null;
}

export type AppointmentField = keyof AppointmentFields;

/** Appointment fields as callers send them: unchecked until they pass through here. */
export type AppointmentInput = Partial<Record<AppointmentField, unknown>>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Records as old as ten years can be imported; bookings more than two years out are typos. */
const BOOKING_WINDOW = { pastDays: 3653, futureDays: 731 } as const;

export function validateAppointmentFields(
  input: AppointmentInput,
  mode: 'create' | 'update',
  now: Date = new Date(),
): Partial<AppointmentFields> {
  const reader = new FieldReader<AppointmentField>(input);
  if (mode === 'create') {
    reader.requirePresent(['patient_id', 'staff_member_id', 'starts_at', 'reason']);
  }
  const out: Partial<AppointmentFields> = {};
  setIfGiven(out, 'patient_id', reader.id('patient_id') ?? undefined);
  setIfGiven(out, 'staff_member_id', reader.id('staff_member_id') ?? undefined);
  setIfGiven(
    out,
    'duration_minutes',
    reader.integer('duration_minutes', APPOINTMENT_MINUTES.min, APPOINTMENT_MINUTES.max),
  );
  setIfGiven(out, 'reason', reader.text('reason', CLINIC_MAX_LENGTH.reason) ?? undefined);
  setIfGiven(out, 'status', reader.oneOf('status', APPOINTMENT_STATUSES) ?? undefined);
  setIfGiven(out, 'notes', reader.text('notes', CLINIC_MAX_LENGTH.notes, true));

  const startsAt = reader.dateTime('starts_at');
  if (startsAt) {
    const offset = startsAt.getTime() - now.getTime();
    if (offset < -BOOKING_WINDOW.pastDays * DAY_MS) {
      reader.add('starts_at', 'cannot be more than ten years ago');
    } else if (offset > BOOKING_WINDOW.futureDays * DAY_MS) {
      reader.add('starts_at', 'cannot be more than two years ahead');
    } else out.starts_at = startsAt;
  }

  reader.done();
  return out;
}

export const endOf = (startsAt: Date, minutes: number): Date =>
  new Date(startsAt.getTime() + minutes * 60_000);
