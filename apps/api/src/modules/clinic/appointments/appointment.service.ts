import { Types } from 'mongoose';
import { badInput, conflict, notFound } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import type { Principal } from '../../../common/principal.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import {
  APPOINTMENT_SORT_FIELDS,
  APPOINTMENT_STATUSES,
  APPOINTMENT_TRANSITIONS,
  BOOKED_STATUSES,
  type AppointmentStatus,
} from '../clinic.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import type { ClinicAccess } from '../../tenants/clinic-access.js';
import { FieldReader } from '../../../common/field-reader.js';
import { findPage, readListParams, type ListParams, type Page } from '../../../common/list.js';
import { clinicListRules } from '../shared/list-rules.js';
import { exists, loadByIds } from '../shared/records.js';
import type { ClinicActivity } from '../shared/activity.js';
import { deleteUnlessReferenced, writeReferencing, type Reference } from '../shared/references.js';
import type { AppointmentDocument } from './appointment.model.js';
import type { Appointment } from './appointment.types.js';
import {
  endOf,
  validateAppointmentFields,
  type AppointmentFields,
  type AppointmentInput,
} from './appointment.validation.js';

export interface AppointmentListQuery extends ListParams {
  patient_id?: unknown;
  staff_member_id?: unknown;
  status?: unknown;
  from?: unknown;
  to?: unknown;
}

export const toAppointment = (doc: AppointmentDocument): Appointment => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  patient_id: doc.patient_id.toHexString(),
  staff_member_id: doc.staff_member_id.toHexString(),
  starts_at: doc.starts_at,
  duration_minutes: doc.duration_minutes,
  ends_at: doc.ends_at,
  reason: doc.reason,
  status: doc.status,
  notes: doc.notes ?? null,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
});

const DEFAULT_MINUTES = 30;

type Booking = Pick<
  AppointmentFields,
  'patient_id' | 'staff_member_id' | 'starts_at' | 'duration_minutes' | 'status'
>;

export class AppointmentService {
  constructor(
    private readonly models: ClinicModels,
    private readonly access: ClinicAccess,
    private readonly maxPageSize: number,
    private readonly activity: ClinicActivity,
  ) {}

  async list(principal: Principal, query: AppointmentListQuery): Promise<Page<Appointment>> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const reader = new FieldReader<keyof AppointmentListQuery>(query);
    const page = readListParams(
      reader,
      query,
      clinicListRules(APPOINTMENT_SORT_FIELDS, 'starts_at', ['reason', 'notes'], this.maxPageSize),
    );
    const patientId = reader.id('patient_id', true);
    const staffMemberId = reader.id('staff_member_id', true);
    const status = reader.oneOf('status', APPOINTMENT_STATUSES, true);
    const from = reader.dateTime('from', true);
    const to = reader.dateTime('to', true);
    if (from && to && from >= to) reader.add('to', 'must be after from');
    reader.done();

    // Ids from another clinic simply match nothing here, like unknown ones.
    const filter: Record<string, unknown> = {};
    if (patientId) filter.patient_id = patientId;
    if (staffMemberId) filter.staff_member_id = staffMemberId;
    if (status) filter.status = status;
    if (from || to) filter.starts_at = { ...(from && { $gte: from }), ...(to && { $lt: to }) };
    if (page.search) filter.$or = page.search;
    return runAsTenant(clinic.tenantId, () =>
      findPage(this.models.appointments, filter, page, toAppointment),
    );
  }

  async get(principal: Principal, id: unknown): Promise<Appointment> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, () => this.find(_id));
  }

  async create(principal: Principal, input: AppointmentInput): Promise<Appointment> {
    const clinic = await this.access.require(principal, 'clinic:appointments:write');
    const given = validateAppointmentFields(input, 'create');
    return runAsTenant(clinic.tenantId, async () => {
      const _id = new Types.ObjectId();
      const booking: Booking = {
        patient_id: given.patient_id!,
        staff_member_id: given.staff_member_id!,
        starts_at: given.starts_at!,
        duration_minutes: given.duration_minutes ?? DEFAULT_MINUTES,
        status: given.status ?? 'scheduled',
      };
      const doc = await writeReferencing({
        references: [this.patient(booking.patient_id), this.staffMember(booking.staff_member_id)],
        check: () => this.assertBookable(booking, null, true),
        write: () =>
          this.models.appointments.create({
            _id,
            ...booking,
            ends_at: endOf(booking.starts_at, booking.duration_minutes),
            reason: given.reason!,
            notes: given.notes ?? null,
          }),
        undo: () => this.models.appointments.deleteOne({ _id }),
      });
      await this.activity.appointmentChanged(clinic.tenantId, null, doc);
      return toAppointment(doc.toObject());
    });
  }

  async update(principal: Principal, id: unknown, input: AppointmentInput): Promise<Appointment> {
    const clinic = await this.access.require(principal, 'clinic:appointments:write');
    const _id = parseObjectId(id);
    const given = validateAppointmentFields(input, 'update');
    return runAsTenant(clinic.tenantId, async () => {
      const current = await this.models.appointments.findById(_id).lean<AppointmentDocument>();
      if (!current) throw notFound('Appointment');
      if (Object.keys(given).length === 0) return toAppointment(current);
      if (given.status !== undefined) assertTransition(current.status, given.status);

      const booking: Booking = {
        patient_id: given.patient_id ?? current.patient_id,
        staff_member_id: given.staff_member_id ?? current.staff_member_id,
        starts_at: given.starts_at ?? current.starts_at,
        duration_minutes: given.duration_minutes ?? current.duration_minutes,
        status: given.status ?? current.status,
      };
      const staffChanged = given.staff_member_id !== undefined;
      const references: Reference[] = [];
      if (given.patient_id) references.push(this.patient(given.patient_id));
      if (given.staff_member_id) references.push(this.staffMember(given.staff_member_id));
      // Status changes alone never need a new slot: no transition leads back into a booked status.
      const rebooked =
        staffChanged || given.starts_at !== undefined || given.duration_minutes !== undefined;

      const doc = await writeReferencing({
        references,
        check: () =>
          rebooked ? this.assertBookable(booking, _id, staffChanged) : Promise.resolve(),
        write: () =>
          this.models.appointments
            // No projection: FerretDB v1's findAndModify does not support one.
            .findOneAndUpdate(
              { _id },
              {
                $set: {
                  ...given,
                  ends_at: endOf(booking.starts_at, booking.duration_minutes),
                },
              },
              { returnDocument: 'after' },
            )
            .lean<AppointmentDocument>(),
        undo: () =>
          this.models.appointments.updateOne(
            { _id },
            {
              $set: { patient_id: current.patient_id, staff_member_id: current.staff_member_id },
            },
          ),
      });
      if (!doc) throw notFound('Appointment');
      await this.activity.appointmentChanged(clinic.tenantId, current, doc);
      return toAppointment(doc);
    });
  }

  /** Refused while payments name the appointment: revenue records keep what they paid for. */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const clinic = await this.access.require(principal, 'clinic:appointments:write');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, async () => {
      let deleted: AppointmentDocument | null = null;
      await deleteUnlessReferenced(
        'Appointment',
        [
          {
            exist: () => this.models.payments.exists({ appointment_id: _id }),
            conflict: 'Payments refer to this appointment; cancel it instead of deleting it',
          },
        ],
        async () =>
          (deleted = await this.models.appointments
            .findOneAndDelete({ _id })
            .lean<AppointmentDocument>()),
        (removed) => this.models.appointments.create(removed),
      );
      await this.activity.appointmentChanged(clinic.tenantId, deleted, null);
      return { id: _id.toHexString(), deleted: true };
    });
  }

  /** DataLoader batch for nested fields; the caller names the tenant the parent record lives in. */
  byIds(tenantId: string, ids: readonly string[]): Promise<(Appointment | null)[]> {
    return loadByIds(this.models.appointments, tenantId, ids, toAppointment);
  }

  private patient(id: Types.ObjectId): Reference {
    return { field: 'patient_id', what: 'patient', exists: () => exists(this.models.patients, id) };
  }

  private staffMember(id: Types.ObjectId): Reference {
    return {
      field: 'staff_member_id',
      what: 'staff member',
      exists: () => exists(this.models.staffMembers, id),
    };
  }

  /**
   * A new booking needs an active staff member who is free at that time. Like any check before
   * a write without transactions, two simultaneous bookings can both pass; the clinic sees both.
   */
  private async assertBookable(
    booking: Booking,
    exceptId: Types.ObjectId | null,
    checkActive: boolean,
  ): Promise<void> {
    if (checkActive) {
      const inactive = await this.models.staffMembers.exists({
        _id: booking.staff_member_id,
        active: false,
      });
      if (inactive) {
        throw badInput([
          { field: 'staff_member_id', message: 'is not active and cannot be booked' },
        ]);
      }
    }
    if (!BOOKED_STATUSES.includes(booking.status)) return;
    const endsAt = endOf(booking.starts_at, booking.duration_minutes);
    const clash = await this.models.appointments
      .findOne({
        staff_member_id: booking.staff_member_id,
        status: { $in: BOOKED_STATUSES },
        starts_at: { $lt: endsAt },
        ends_at: { $gt: booking.starts_at },
        ...(exceptId ? { _id: { $ne: exceptId } } : {}),
      })
      .lean<AppointmentDocument>();
    if (clash) {
      throw conflict(
        'starts_at',
        `The staff member is already booked from ${clash.starts_at.toISOString()} to ${clash.ends_at.toISOString()}`,
      );
    }
  }

  private async find(_id: Types.ObjectId): Promise<Appointment> {
    const doc = await this.models.appointments.findById(_id).lean<AppointmentDocument>();
    if (!doc) throw notFound('Appointment');
    return toAppointment(doc);
  }
}

function assertTransition(from: AppointmentStatus, to: AppointmentStatus): void {
  if (from === to) return;
  const allowed = APPOINTMENT_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const message =
    allowed.length === 0
      ? `cannot change: a ${from} appointment is final`
      : `cannot change from ${from} to ${to}; allowed: ${allowed.join(', ')}`;
  throw badInput([{ field: 'status', message }]);
}
