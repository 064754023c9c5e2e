import type { Types } from 'mongoose';
import { notFound } from '../../../common/errors.js';
import { parseObjectId } from '../../../common/object-id.js';
import type { Principal } from '../../../common/principal.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import { CLIENT_SORT_FIELDS } from '../clinic.constants.js';
import type { ClinicModels } from '../clinic.models.js';
import type { ClinicAccess } from '../../tenants/clinic-access.js';
import { FieldReader } from '../../../common/field-reader.js';
import { readListParams, type ListParams, type Page } from '../../../common/list.js';
import { findProtectedPage } from '../../../db/protected-page.js';
import { clinicListRules } from '../shared/list-rules.js';
import { loadByIds } from '../shared/records.js';
import type { ClinicActivity } from '../shared/activity.js';
import { storedBytes, type ClinicLimits } from '../shared/limits.js';
import { deleteUnlessReferenced } from '../shared/references.js';
import type { ClientDocument } from './client.model.js';
import type { Client } from './client.types.js';
import { validateClientFields, type ClientInput } from './client.validation.js';

export const toClient = (doc: ClientDocument): Client => ({
  id: doc._id.toHexString(),
  tenant_id: doc.tenant_id,
  first_name: doc.first_name,
  last_name: doc.last_name,
  email: doc.email ?? null,
  phone: doc.phone ?? null,
  address: doc.address ?? null,
  notes: doc.notes ?? null,
  created_date: doc.created_date,
  updated_date: doc.updated_date,
});

const CLIENT_SEARCH_FIELDS = ['first_name', 'last_name', 'email', 'phone'];

export interface ClientListQuery extends ListParams {
  /** Exactly this e-mail (any case). */
  email?: unknown;
}

export class ClientService {
  constructor(
    private readonly models: ClinicModels,
    private readonly access: ClinicAccess,
    private readonly maxPageSize: number,
    private readonly activity: ClinicActivity,
    private readonly limits: ClinicLimits,
  ) {}

  async list(principal: Principal, query: ClientListQuery): Promise<Page<Client>> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const reader = new FieldReader<keyof ClientListQuery>(query);
    const page = readListParams(
      reader,
      query,
      clinicListRules(CLIENT_SORT_FIELDS, 'last_name', CLIENT_SEARCH_FIELDS, this.maxPageSize),
    );
    const email = reader.email('email', true);
    reader.done();
    // An exact e-mail is found by its keyed hash (the encrypted-fields plugin rewrites it).
    const filter: Record<string, unknown> = email ? { email } : {};
    return runAsTenant(clinic.tenantId, () =>
      findProtectedPage(this.models.clients, filter, page, toClient, {
        searchFields: CLIENT_SEARCH_FIELDS,
        verify: true,
      }),
    );
  }

  async get(principal: Principal, id: unknown): Promise<Client> {
    const clinic = await this.access.require(principal, 'clinic:read');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, () => this.find(_id));
  }

  async create(principal: Principal, input: ClientInput): Promise<Client> {
    const clinic = await this.access.require(principal, 'clinic:clients:write');
    const given = validateClientFields(input, 'create');
    const tenantId = clinic.tenantId;
    return runAsTenant(tenantId, async () => {
      // The slot is taken before the write, so concurrent creations never pass max_clients.
      await this.limits.claim(tenantId, 'clients');
      let doc;
      try {
        doc = await this.models.clients.create({
          first_name: given.first_name!,
          last_name: given.last_name!,
          email: given.email ?? null,
          phone: given.phone ?? null,
          address: given.address ?? null,
          notes: given.notes ?? null,
        });
      } catch (error) {
        await this.limits.release(tenantId, 'clients');
        throw error;
      }
      const stored = doc.toObject();
      await this.limits.storageChanged(tenantId, storedBytes(stored));
      await this.activity.clientsChanged(tenantId, 1);
      return toClient(stored);
    });
  }

  async update(principal: Principal, id: unknown, input: ClientInput): Promise<Client> {
    const clinic = await this.access.require(principal, 'clinic:clients:write');
    const _id = parseObjectId(id);
    const given = validateClientFields(input, 'update');
    return runAsTenant(clinic.tenantId, async () => {
      if (Object.keys(given).length === 0) return this.find(_id);
      const doc = await this.models.clients
        // No projection: FerretDB v1's findAndModify does not support one.
        .findOneAndUpdate({ _id }, { $set: given }, { returnDocument: 'after' })
        .lean<ClientDocument>();
      if (!doc) throw notFound('Client');
      return toClient(doc);
    });
  }

  /** Refused while pets or payments name the client: deleting would leave them without an owner. */
  async delete(principal: Principal, id: unknown): Promise<{ id: string; deleted: boolean }> {
    const clinic = await this.access.require(principal, 'clinic:clients:write');
    const _id = parseObjectId(id);
    return runAsTenant(clinic.tenantId, async () => {
      let removedBytes = 0;
      await deleteUnlessReferenced(
        'Client',
        [
          {
            exist: () => this.models.patients.exists({ client_id: _id }),
            conflict:
              'This client still has patients; delete them or give them another owner first',
          },
          {
            exist: () => this.models.payments.exists({ client_id: _id }),
            conflict: 'This client has payments on record, which must be kept',
          },
        ],
        async () => {
          const removed = await this.models.clients
            .findOneAndDelete({ _id })
            .lean<ClientDocument>();
          if (removed) removedBytes = storedBytes(removed);
          return removed;
        },
        (removed) => this.models.clients.create(removed),
      );
      await this.limits.release(clinic.tenantId, 'clients');
      await this.limits.storageChanged(clinic.tenantId, -removedBytes);
      await this.activity.clientsChanged(clinic.tenantId, -1);
      return { id: _id.toHexString(), deleted: true };
    });
  }

  /** DataLoader batch for nested fields; the caller names the tenant the parent record lives in. */
  byIds(tenantId: string, ids: readonly string[]): Promise<(Client | null)[]> {
    return loadByIds(this.models.clients, tenantId, ids, toClient);
  }

  private async find(_id: Types.ObjectId): Promise<Client> {
    const doc = await this.models.clients.findById(_id).lean<ClientDocument>();
    if (!doc) throw notFound('Client');
    return toClient(doc);
  }
}
