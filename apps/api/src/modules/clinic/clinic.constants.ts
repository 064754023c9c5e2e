export const STAFF_ROLES = [
  'veterinarian',
  'technician',
  'receptionist',
  'manager',
  'groomer',
  'assistant',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const SPECIES = [
  'dog',
  'cat',
  'rabbit',
  'bird',
  'reptile',
  'rodent',
  'ferret',
  'horse',
  'other',
] as const;
export type Species = (typeof SPECIES)[number];

export const PATIENT_SEXES = [
  'male',
  'female',
  'male_neutered',
  'female_spayed',
  'unknown',
] as const;
export type PatientSex = (typeof PATIENT_SEXES)[number];

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * Which status may follow which. Completed, cancelled and no-show visits are history: a new
 * visit is a new appointment, so the record of what happened stays true.
 */
export const APPOINTMENT_TRANSITIONS: Readonly<
  Record<AppointmentStatus, readonly AppointmentStatus[]>
> = {
  scheduled: ['checked_in', 'completed', 'cancelled', 'no_show'],
  checked_in: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
  no_show: [],
};

/** Statuses in which an appointment holds its staff member's time. */
export const BOOKED_STATUSES: readonly AppointmentStatus[] = ['scheduled', 'checked_in'];

export const PAYMENT_METHODS = ['card', 'cash', 'transfer', 'insurance'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const STAFF_SORT_FIELDS = ['name', 'email', 'role', 'created_date'] as const;
export type StaffSortField = (typeof STAFF_SORT_FIELDS)[number];

export const CLIENT_SORT_FIELDS = ['last_name', 'first_name', 'email', 'created_date'] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];

export const PATIENT_SORT_FIELDS = ['name', 'species', 'date_of_birth', 'created_date'] as const;
export type PatientSortField = (typeof PATIENT_SORT_FIELDS)[number];

export const APPOINTMENT_SORT_FIELDS = ['starts_at', 'status', 'created_date'] as const;
export type AppointmentSortField = (typeof APPOINTMENT_SORT_FIELDS)[number];

export const PAYMENT_SORT_FIELDS = ['paid_at', 'amount', 'created_date'] as const;
export type PaymentSortField = (typeof PAYMENT_SORT_FIELDS)[number];

export const CLINIC_MAX_LENGTH = {
  name: 200,
  email: 254,
  phone: 40,
  address: 500,
  notes: 5000,
  breed: 100,
  microchip_id: 32,
  reason: 500,
  note: 1000,
  search: 100,
} as const;

/** Appointment lengths: 5 minutes to a full working day. */
export const APPOINTMENT_MINUTES = { min: 5, max: 12 * 60 } as const;

/** The largest single payment, in major units: far above any vet bill, well below float trouble. */
export const MAX_PAYMENT_AMOUNT = 10_000_000;

/** A heavy horse is about 1,000 kg; anything far beyond is a typo. */
export const MAX_WEIGHT_KG = 2_000;
