import { Types } from 'mongoose';
import { badInput, notFound } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import type { Principal } from '../../../common/principal.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import type { Currency } from '../../tenants/tenant.constants.js';
import type { AppointmentDocument } from '../appointments/appointment.model.js';
import {
  PAYMENT_METHODS,
  PAYMENT_SORT_FIELDS,
  type PaymentSortField,
} from '../clinic.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import type { PatientDocument } from '../patients/patient.model.js';
import type { ClinicAccess } from '../../tenants/clinic-access.js';
import { FieldReader } from '../../../common/field-reader.js';
import { findPage, readListParams, type ListParams, type Page } from '../../../common/list.js';
import { clinicListRules } from '../shared/list-rules.js';
import { exists } from '../shared/records.js';
import type { ClinicActivity } from '../shared/activity.js';
import { undoUpdate, writeReferencing, type Reference } from '../shared/references.js';
import type { PaymentDocument } from './payment.model.js';
import type { Payment } from './payment.types.js';
import { toMajorUnits, validatePaymentFields, type PaymentInput } from './payment.validation.js';

export interface PaymentListQuery extends ListParams {
  client_id?: unknown;
  appointment_id?: unknown;
  method?: unknown;
  from?: unknown;
  to?: unknown;
}

/** The tenant's own currency, which payments are recorded in unless they say otherwise. */
export type CurrencyOfTenant = (tenantId: string) => Promise<Currency>;

export const toPayment = (doc: PaymentDocument): Payment => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  client_id: doc.client_id ? doc.client_id.toHexString() : null,
  payer_erased_at: doc.payer_erased_at ?? null,
  appointment_id: doc.appointment_id ? doc.appointment_id.toHexString() : null,
  amount: toMajorUnits(doc.amount_cents),
  currency: doc.currency,
  method: doc.method,
  paid_at: doc.paid_at,
  note: doc.note ?? null,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
});

const SORT_PATHS: Record<PaymentSortField, string> = {
  paid_at: 'paid_at',
  amount: 'amount_cents',
  created_date: 'created_date',
};

export class PaymentService {
  constructor(
    private readonly models: ClinicModels,
    private readonly access: ClinicAccess,
    private readonly maxPageSize: number,
    private readonly currencyOf: CurrencyOfTenant,
    private readonly activity: ClinicActivity,
  ) {}

  async list(principal: Principal, query: PaymentListQuery): Promise<Page<Payment>> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const reader = new FieldReader<keyof PaymentListQuery>(query);
    const page = readListParams(
      reader,
      query,
      clinicListRules(PAYMENT_SORT_FIELDS, 'paid_at', ['note'], this.maxPageSize),
    );
    const clientId = reader.id('client_id', true);
    const appointmentId = reader.id('appointment_id', true);
    const method = reader.oneOf('method', PAYMENT_METHODS, true);
    const from = reader.dateTime('from', true);
    const to = reader.dateTime('to', true);
    if (from && to && from >= to) reader.add('to', 'must be after from');
    reader.done();

    // Ids from another clinic simply match nothing here, like unknown ones.
    const filter: Record<string, unknown> = {};
    if (clientId) filter.client_id = clientId;
    if (appointmentId) filter.appointment_id = appointmentId;
    if (method) filter.method = method;
    if (from || to) filter.paid_at = { ...(from && { $gte: from }), ...(to && { $lt: to }) };
    if (page.search) filter.$or = page.search;
    return runAsTenant(clinic.tenantId, () =>
      findPage(
        this.models.payments,
        filter,
        { ...page, sortBy: SORT_PATHS[page.sortBy] },
        toPayment,
      ),
    );
  }

  async get(principal: Principal, id: unknown): Promise<Payment> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, () => this.find(_id));
  }

  async record(principal: Principal, input: PaymentInput): Promise<Payment> {
    const clinic = await this.access.require(principal, 'clinic:payments:write');
    const given = validatePaymentFields(input, 'create');
    return runAsTenant(clinic.tenantId, async () => {
      const _id = new Types.ObjectId();
      const clientId = given.client_id!;
      const appointmentId = given.appointment_id ?? null;
      const currency = given.currency ?? (await this.currencyOf(clinic.tenantId));
      const references = [this.client(clientId)];
      if (appointmentId) references.push(this.appointment(appointmentId));
      const doc = await writeReferencing({
        references,
        check: () =>
          appointmentId ? this.assertVisitOf(clientId, appointmentId) : Promise.resolve(),
        write: () =>
          this.models.payments.create({
            _id,
            client_id: clientId,
            appointment_id: appointmentId,
            amount_cents: given.amount_cents!,
            currency,
            method: given.method!,
            paid_at: given.paid_at ?? new Date(),
            note: given.note ?? null,
          }),
        undo: () => this.models.payments.deleteOne({ _id }),
      });
      await this.activity.paymentChanged(clinic.tenantId, null, doc);
      return toPayment(doc.toObject());
    });
  }

  async update(principal: Principal, id: unknown, input: PaymentInput): Promise<Payment> {
    const clinic = await this.access.require(principal, 'clinic:payments:write');
    const _id = parseObjectId(id);
    const given = validatePaymentFields(input, 'update');
    return runAsTenant(clinic.tenantId, async () => {
      const current = await this.models.payments.findById(_id).lean<PaymentDocument>();
      if (!current) throw notFound('Payment');
      if (Object.keys(given).length === 0) return toPayment(current);
      const appointmentId = given.appointment_id;
      const doc = await writeReferencing({
        references: appointmentId ? [this.appointment(appointmentId)] : [],
        check: () =>
          appointmentId ? this.assertVisitOf(current.client_id, appointmentId) : Promise.resolve(),
        write: () =>
          this.models.payments
            // No projection: FerretDB v1's findAndModify does not support one.
            .findOneAndUpdate({ _id }, { $set: given }, { returnDocument: 'after' })
            .lean<PaymentDocument>(),
        undo: (written) =>
          undoUpdate(this.models.payments, {
            before: current,
            after: written,
            fields: Object.keys(given) as (keyof PaymentDocument)[],
          }),
      });
      if (!doc) throw notFound('Payment');
      await this.activity.paymentChanged(clinic.tenantId, current, doc);
      return toPayment(doc);
    });
  }

  /** For entries made by mistake; corrections to real payments are better made with update. */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const clinic = await this.access.require(principal, 'clinic:payments:write');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, async () => {
      const removed = await this.models.payments.findOneAndDelete({ _id }).lean<PaymentDocument>();
      if (!removed) throw notFound('Payment');
      await this.activity.paymentChanged(clinic.tenantId, removed, null);
      return { id: _id.toHexString(), deleted: true };
    });
  }

  private client(id: Types.ObjectId): Reference {
    return { field: 'client_id', what: 'client', exists: () => exists(this.models.clients, id) };
  }

  private appointment(id: Types.ObjectId): Reference {
    return {
      field: 'appointment_id',
      what: 'appointment',
      exists: () => exists(this.models.appointments, id),
    };
  }

  /** A payment for a visit must come from the owner of the pet that was seen. */
  private async assertVisitOf(clientId: Types.ObjectId | null, appointmentId: Types.ObjectId) {
    const appointment = await this.models.appointments
      .findById(appointmentId)
      .lean<AppointmentDocument>();
    const patient =
      appointment &&
      (await this.models.patients.findById(appointment.patient_id).lean<PatientDocument>());
    if (!patient || !clientId || !patient.client_id.equals(clientId)) {
      throw badInput([{ field: 'appointment_id', message: "is a visit of another client's pet" }]);
    }
  }

  private async find(_id: Types.ObjectId): Promise<Payment> {
    const doc = await this.models.payments.findById(_id).lean<PaymentDocument>();
    if (!doc) throw notFound('Payment');
    return toPayment(doc);
  }
}
