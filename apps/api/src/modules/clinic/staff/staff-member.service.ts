import type { Types } from 'mongoose';
import { conflict, notFound } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import type { Principal } from '../../../common/principal.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import { STAFF_ROLES, STAFF_SORT_FIELDS } from '../clinic.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import type { ClinicAccess } from '../../tenants/clinic-access.js';
import { FieldReader } from '../../../common/field-reader.js';
import { readListParams, type ListParams, type Page } from '../../../common/list.js';
import { findProtectedPage } from '../../../db/protected-page.js';
import { clinicListRules } from '../shared/list-rules.js';
import { isDuplicateKey } from '../../../common/mongo-errors.js';
import { loadByIds } from '../shared/records.js';
import type { ClinicActivity } from '../shared/activity.js';
import { storedBytes, type ClinicLimits } from '../shared/limits.js';
import { deleteUnlessReferenced } from '../shared/references.js';
import type { StaffMemberDocument } from './staff-member.model.js';
import type { StaffMember } from './staff-member.types.js';
import { validateStaffMemberFields, type StaffMemberInput } from './staff-member.validation.js';

export interface StaffMemberListQuery extends ListParams {
  role?: unknown;
  active?: unknown;
}

export const toStaffMember = (doc: StaffMemberDocument): StaffMember => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  name: doc.name,
  email: doc.email,
  role: doc.role,
  phone: doc.phone ?? null,
  active: doc.active ?? true,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
});

const STAFF_SEARCH_FIELDS = ['name', 'email'];

export class StaffMemberService {
  constructor(
    private readonly models: ClinicModels,
    private readonly access: ClinicAccess,
    private readonly maxPageSize: number,
    private readonly activity: ClinicActivity,
    private readonly limits: ClinicLimits,
  ) {}

  async list(principal: Principal, query: StaffMemberListQuery): Promise<Page<StaffMember>> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const reader = new FieldReader<keyof StaffMemberListQuery>(query);
    const page = readListParams(
      reader,
      query,
      clinicListRules(STAFF_SORT_FIELDS, 'name', STAFF_SEARCH_FIELDS, this.maxPageSize),
    );
    const role = reader.oneOf('role', STAFF_ROLES, true);
    const active = reader.flag('active', true);
    reader.done();

    const filter: Record<string, unknown> = {};
    if (role) filter.role = role;
    if (typeof active === 'boolean') filter.active = active;
    return runAsTenant(clinic.tenantId, () =>
      findProtectedPage(this.models.staffMembers, filter, page, toStaffMember, {
        searchFields: STAFF_SEARCH_FIELDS,
        verify: true,
      }),
    );
  }

  async get(principal: Principal, id: unknown): Promise<StaffMember> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, () => this.find(_id));
  }

  async create(principal: Principal, input: StaffMemberInput): Promise<StaffMember> {
    const clinic = await this.access.require(principal, 'clinic:staff:write');
    const given = validateStaffMemberFields(input, 'create');
    const tenantId = clinic.tenantId;
    return runAsTenant(tenantId, async () => {
      await this.assertEmailFree(given.email!, null);
      const active = given.active ?? true;
      // The seat is taken before the write, so concurrent creations never pass max_staff.
      if (active) await this.limits.claim(tenantId, 'staff');
      else await this.limits.assertStorageRoom(tenantId);
      let doc;
      try {
        doc = await this.withEmailConflict(() =>
          this.models.staffMembers.create({
            name: given.name!,
            email: given.email!,
            role: given.role!,
            phone: given.phone ?? null,
            active,
          }),
        );
      } catch (error) {
        if (active) await this.limits.release(tenantId, 'staff');
        throw error;
      }
      const stored = doc.toObject();
      await this.limits.storageChanged(tenantId, storedBytes(stored));
      if (doc.active) await this.activity.activeStaffChanged(tenantId, 1);
      return toStaffMember(stored);
    });
  }

  async update(principal: Principal, id: unknown, input: StaffMemberInput): Promise<StaffMember> {
    const clinic = await this.access.require(principal, 'clinic:staff:write');
    const _id = parseObjectId(id);
    const given = validateStaffMemberFields(input, 'update');
    return runAsTenant(clinic.tenantId, async () => {
      const current = await this.find(_id);
      if (Object.keys(given).length === 0) return current;
      if (given.email !== undefined) await this.assertEmailFree(given.email, _id);
      // Coming back to work takes a seat again, claimed before the write like a new member's.
      const reactivating = given.active === true && !current.active;
      if (reactivating) await this.limits.claim(clinic.tenantId, 'staff');
      let doc: StaffMemberDocument | null;
      try {
        doc = await this.withEmailConflict(() =>
          this.models.staffMembers
            // No projection: FerretDB v1's findAndModify does not support one.
            .findOneAndUpdate({ _id }, { $set: given }, { returnDocument: 'after' })
            .lean<StaffMemberDocument>(),
        );
      } catch (error) {
        if (reactivating) await this.limits.release(clinic.tenantId, 'staff');
        throw error;
      }
      if (!doc) {
        if (reactivating) await this.limits.release(clinic.tenantId, 'staff');
        throw notFound('Staff member');
      }
      if (given.active === false && current.active) {
        await this.limits.release(clinic.tenantId, 'staff');
      }
      const change = Number(doc.active ?? true) - Number(current.active);
      if (change !== 0) await this.activity.activeStaffChanged(clinic.tenantId, change);
      return toStaffMember(doc);
    });
  }

  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const clinic = await this.access.require(principal, 'clinic:staff:write');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, async () => {
      let wasActive = false;
      let removedBytes = 0;
      await deleteUnlessReferenced(
        'Staff member',
        [
          {
            exist: () => this.models.appointments.exists({ staff_member_id: _id }),
            conflict: 'This staff member has appointments; set active to false instead of deleting',
          },
        ],
        async () => {
          const removed = await this.models.staffMembers
            .findOneAndDelete({ _id })
            .lean<StaffMemberDocument>();
          wasActive = (removed?.active ?? true) && removed !== null;
          if (removed) removedBytes = storedBytes(removed);
          return removed;
        },
        (removed) => this.models.staffMembers.create(removed),
      );
      await this.limits.storageChanged(clinic.tenantId, -removedBytes);
      if (wasActive) {
        await this.limits.release(clinic.tenantId, 'staff');
        await this.activity.activeStaffChanged(clinic.tenantId, -1);
      }
      return { id: _id.toHexString(), deleted: true };
    });
  }

  /** DataLoader batch for nested fields; the caller names the tenant the parent record lives in. */
  byIds(tenantId: string, ids: readonly string[]): Promise<(StaffMember | null)[]> {
    return loadByIds(this.models.staffMembers, tenantId, ids, toStaffMember);
  }

  private async find(_id: Types.ObjectId): Promise<StaffMember> {
    const doc = await this.models.staffMembers.findById(_id).lean<StaffMemberDocument>();
    if (!doc) throw notFound('Staff member');
    return toStaffMember(doc);
  }

  /** A friendly check first, so the common case names the field; the unique index is the real guard. */
  private async assertEmailFree(email: string, exceptId: Types.ObjectId | null): Promise<void> {
    const taken = await this.models.staffMembers.exists({
      email,
      ...(exceptId ? { _id: { $ne: exceptId } } : {}),
    });
    if (taken) throw conflict('email', `A staff member with the e-mail ${email} already exists`);
  }

  private async withEmailConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw conflict('email', 'A staff member with this e-mail already exists');
      }
      throw error;
    }
  }
}
