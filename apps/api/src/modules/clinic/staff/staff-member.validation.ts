import { CLINIC_MAX_LENGTH, STAFF_ROLES, type StaffRole } from '../clinic.constants.js';
import { FieldReader, setIfGiven } from '../../../common/field-reader.js';

export interface StaffMemberFields {
  name: string;
  email: string;
  role: StaffRole;
  phone: string | null;
  active: boolean;
}

export type StaffMemberField = keyof StaffMemberFields;

/** Staff member fields as callers send them: unchecked until they pass through here. */
export type StaffMemberInput = Partial<Record<StaffMemberField, unknown>>;

/** Checks the given fields and returns them normalized; on create the required ones must be there. */
export function validateStaffMemberFields(
  input: StaffMemberInput,
  mode: 'create' | 'update',
): Partial<StaffMemberFields> {
  const reader = new FieldReader<StaffMemberField>(input);
  if (mode === 'create') reader.requirePresent(['name', 'email', 'role']);
  const out: Partial<StaffMemberFields> = {};
  setIfGiven(out, 'name', reader.text('name', CLINIC_MAX_LENGTH.name) ?? undefined);
  setIfGiven(out, 'email', reader.email('email') ?? undefined);
  setIfGiven(out, 'role', reader.oneOf('role', STAFF_ROLES) ?? undefined);
  setIfGiven(out, 'phone', reader.phone('phone'));
  setIfGiven(out, 'active', reader.flag('active') ?? undefined);
  reader.done();
  return out;
}
