import type { Types } from 'mongoose';
import {
  CLINIC_MAX_LENGTH,
  MAX_WEIGHT_KG,
  PATIENT_SEXES,
  SPECIES,
  type PatientSex,
  type Species,
} from '../clinic.constants.js';
import { FieldReader, setIfGiven } from '../../../common/field-reader.js';

export interface PatientFields {
  name: string;
  species: Species;
  breed: string | null;
  sex: PatientSex;
  date_of_birth: string | null;
  weight_kg: number | null;
  microchip_id: string | null;
  client_id: Types.ObjectId;
  notes: string | null;
}

export type PatientField = keyof PatientFields;

/** Patient fields as callers send them: unchecked until they pass through here. */
export type PatientInput = Partial<Record<PatientField, unknown>>;

/** ISO 11784 chips are 15 digits; older ones have 9 or 10 characters, some with letters. */
const MICROCHIP = /^[A-Z0-9]{9,15}$/;
const OLDEST_PATIENT_YEARS = 100;

/** Chips are printed with spaces, dots or dashes in many ways; they are compared without them. */
export const normalizeMicrochip = (raw: string): string => raw.replace(/[\s.-]/g, '').toUpperCase();

export function validatePatientFields(
  input: PatientInput,
  mode: 'create' | 'update',
  today: Date = new Date(),
): Partial<PatientFields> {
  const reader = new FieldReader<PatientField>(input);
  if (mode === 'create') reader.requirePresent(['name', 'species', 'client_id']);
  const out: Partial<PatientFields> = {};
  setIfGiven(out, 'name', reader.text('name', CLINIC_MAX_LENGTH.name) ?? undefined);
  setIfGiven(out, 'species', reader.oneOf('species', SPECIES) ?? undefined);
  setIfGiven(out, 'breed', reader.text('breed', CLINIC_MAX_LENGTH.breed, true));
  setIfGiven(out, 'sex', reader.oneOf('sex', PATIENT_SEXES) ?? undefined);
  setIfGiven(out, 'weight_kg', reader.decimal('weight_kg', MAX_WEIGHT_KG, 3, true));
  setIfGiven(out, 'client_id', reader.id('client_id') ?? undefined);
  setIfGiven(out, 'notes', reader.text('notes', CLINIC_MAX_LENGTH.notes, true));

  const born = reader.calendarDate('date_of_birth');
  if (typeof born === 'string') {
    const todayText = today.toISOString().slice(0, 10);
    const oldest = `${today.getUTCFullYear() - OLDEST_PATIENT_YEARS}${todayText.slice(4)}`;
    if (born > todayText) reader.add('date_of_birth', 'cannot be in the future');
    else if (born < oldest) {
      reader.add('date_of_birth', `cannot be more than ${OLDEST_PATIENT_YEARS} years ago`);
    } else out.date_of_birth = born;
  } else setIfGiven(out, 'date_of_birth', born);

  const chip = reader.text('microchip_id', CLINIC_MAX_LENGTH.microchip_id, true);
  if (typeof chip === 'string') {
    const normalized = normalizeMicrochip(chip);
    if (MICROCHIP.test(normalized)) out.microchip_id = normalized;
    else reader.add('microchip_id', 'must be 9 to 15 letters or digits, such as 985112345678901');
  } else setIfGiven(out, 'microchip_id', chip);

  reader.done();
  return out;
}
