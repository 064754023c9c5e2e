import { Types } from 'mongoose';
import { conflict, notFound } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import type { Principal } from '../../../common/principal.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import { PATIENT_SORT_FIELDS, SPECIES } from '../clinic.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import type { ClinicAccess } from '../../tenants/clinic-access.js';
import { FieldReader } from '../../../common/field-reader.js';
import { findPage, readListParams, type ListParams, type Page } from '../../../common/list.js';
import { clinicListRules } from '../shared/list-rules.js';
import { isDuplicateKey } from '../../../common/mongo-errors.js';
import { exists, loadByIds } from '../shared/records.js';
import {
  deleteUnlessReferenced,
  undoUpdate,
  writeReferencing,
  type Reference,
} from '../shared/references.js';
import { noMicrochipKey, type PatientDocument } from './patient.model.js';
import type { Patient } from './patient.types.js';
import { validatePatientFields, type PatientInput } from './patient.validation.js';

export interface PatientListQuery extends ListParams {
  client_id?: unknown;
  species?: unknown;
}

export const toPatient = (doc: PatientDocument): Patient => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  name: doc.name,
  species: doc.species,
  breed: doc.breed ?? null,
  sex: doc.sex ?? 'unknown',
  date_of_birth: doc.date_of_birth ?? null,
  weight_kg: doc.weight_kg ?? null,
  microchip_id: doc.microchip_id ?? null,
  client_id: doc.client_id.toHexString(),
  notes: doc.notes ?? null,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
});

export class PatientService {
  constructor(
    private readonly models: ClinicModels,
    private readonly access: ClinicAccess,
    private readonly maxPageSize: number,
  ) {}

  async list(principal: Principal, query: PatientListQuery): Promise<Page<Patient>> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const reader = new FieldReader<keyof PatientListQuery>(query);
    const page = readListParams(
      reader,
      query,
      clinicListRules(
        PATIENT_SORT_FIELDS,
        'name',
        ['name', 'breed', 'microchip_id'],
        this.maxPageSize,
      ),
    );
    const clientId = reader.id('client_id', true);
    const species = reader.oneOf('species', SPECIES, true);
    reader.done();

    // An owner id from another clinic simply matches nothing here, like an unknown one.
    const filter: Record<string, unknown> = {};
    if (clientId) filter.client_id = clientId;
    if (species) filter.species = species;
    if (page.search) filter.$or = page.search;
    return runAsTenant(clinic.tenantId, () =>
      findPage(this.models.patients, filter, page, toPatient),
    );
  }

  async get(principal: Principal, id: unknown): Promise<Patient> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, () => this.find(_id));
  }

  async create(principal: Principal, input: PatientInput): Promise<Patient> {
    const clinic = await this.access.require(principal, 'clinic:patients:write');
    const given = validatePatientFields(input, 'create');
    return runAsTenant(clinic.tenantId, async () => {
      const _id = new Types.ObjectId();
      const chip = given.microchip_id ?? null;
      if (chip) await this.assertMicrochipFree(chip, null);
      const doc = await writeReferencing({
        references: [this.owner(given.client_id!)],
        write: () =>
          this.withMicrochipConflict(() =>
            this.models.patients.create({
              _id,
              name: given.name!,
              species: given.species!,
              breed: given.breed ?? null,
              sex: given.sex ?? 'unknown',
              date_of_birth: given.date_of_birth ?? null,
              weight_kg: given.weight_kg ?? null,
              microchip_id: chip,
              microchip_key: chip ?? noMicrochipKey(_id),
              client_id: given.client_id!,
              notes: given.notes ?? null,
            }),
          ),
        undo: () => this.models.patients.deleteOne({ _id }),
      });
      return toPatient(doc.toObject());
    });
  }

  async update(principal: Principal, id: unknown, input: PatientInput): Promise<Patient> {
    const clinic = await this.access.require(principal, 'clinic:patients:write');
    const _id = parseObjectId(id);
    const given = validatePatientFields(input, 'update');
    return runAsTenant(clinic.tenantId, async () => {
      const current = await this.models.patients.findById(_id).lean<PatientDocument>();
      if (!current) throw notFound('Patient');
      if (Object.keys(given).length === 0) return toPatient(current);
      const changes: Record<string, unknown> = { ...given };
      if (given.microchip_id !== undefined) {
        if (given.microchip_id) await this.assertMicrochipFree(given.microchip_id, _id);
        changes.microchip_key = given.microchip_id ?? noMicrochipKey(_id);
      }
      const newOwner = given.client_id;
      const doc = await writeReferencing({
        references: newOwner ? [this.owner(newOwner)] : [],
        write: () =>
          this.withMicrochipConflict(() =>
            this.models.patients
              // No projection: FerretDB v1's findAndModify does not support one.
              .findOneAndUpdate({ _id }, { $set: changes }, { returnDocument: 'after' })
              .lean<PatientDocument>(),
          ),
        undo: (written) =>
          undoUpdate(this.models.patients, {
            before: current,
            after: written,
            fields: Object.keys(changes) as (keyof PatientDocument)[],
            together: [['microchip_id', 'microchip_key']],
          }),
      });
      if (!doc) throw notFound('Patient');
      return toPatient(doc);
    });
  }

  /** Refused while appointments name the patient: the visit history must keep its patient. */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const clinic = await this.access.require(principal, 'clinic:patients:write');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, async () => {
      await deleteUnlessReferenced(
        'Patient',
        [
          {
            exist: () => this.models.appointments.exists({ patient_id: _id }),
            conflict: 'This patient has appointments; delete those first to delete the patient',
          },
        ],
        () => this.models.patients.findOneAndDelete({ _id }).lean<PatientDocument>(),
        (removed) => this.models.patients.create(removed),
      );
      return { id: _id.toHexString(), deleted: true };
    });
  }

  /** DataLoader batch for nested fields; the caller names the tenant the parent record lives in. */
  byIds(tenantId: string, ids: readonly string[]): Promise<(Patient | null)[]> {
    return loadByIds(this.models.patients, tenantId, ids, toPatient);
  }

  private owner(clientId: Types.ObjectId): Reference {
    return {
      field: 'client_id',
      what: 'client',
      exists: () => exists(this.models.clients, clientId),
    };
  }

  private async find(_id: Types.ObjectId): Promise<Patient> {
    const doc = await this.models.patients.findById(_id).lean<PatientDocument>();
    if (!doc) throw notFound('Patient');
    return toPatient(doc);
  }

  /** A friendly check first, so the common case names the field; the unique index is the real guard. */
  private async assertMicrochipFree(chip: string, exceptId: Types.ObjectId | null): Promise<void> {
    const taken = await this.models.patients.exists({
      microchip_key: chip,
      ...(exceptId ? { _id: { $ne: exceptId } } : {}),
    });
    if (taken) throw conflict('microchip_id', `Another patient has the microchip ${chip}`);
  }

  private async withMicrochipConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw conflict('microchip_id', 'Another patient has this microchip');
      }
      throw error;
    }
  }
}
