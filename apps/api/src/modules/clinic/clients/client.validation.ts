import { CLINIC_MAX_LENGTH } from '../clinic.constants.js';
import { FieldReader, setIfGiven } from '../../../common/field-reader.js';

export interface ClientFields {
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
}

export type ClientField = keyof ClientFields;

/** Client fields as callers send them: unchecked until they pass through here. */
export type ClientInput = Partial<Record<ClientField, unknown>>;

export function validateClientFields(
  input: ClientInput,
  mode: 'create' | 'update',
): Partial<ClientFields> {
  const reader = new FieldReader<ClientField>(input);
  if (mode === 'create') reader.requirePresent(['first_name', 'last_name']);
  const out: Partial<ClientFields> = {};
  setIfGiven(out, 'first_name', reader.text('first_name', CLINIC_MAX_LENGTH.name) ?? undefined);
  setIfGiven(out, 'last_name', reader.text('last_name', CLINIC_MAX_LENGTH.name) ?? undefined);
  setIfGiven(out, 'email', reader.email('email', true));
  setIfGiven(out, 'phone', reader.phone('phone'));
  setIfGiven(out, 'address', reader.text('address', CLINIC_MAX_LENGTH.address, true));
  setIfGiven(out, 'notes', reader.text('notes', CLINIC_MAX_LENGTH.notes, true));
  reader.done();
  return out;
}
