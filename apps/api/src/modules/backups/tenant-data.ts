import type { Model, mongo } from 'mongoose';
import type { ModelRegistry } from '../../core/registry.js';
import { isTenantScopedModel } from '../../db/model.js';
import { canonicalText, MultisetHash, RAW_READ } from './canonical.js';

const DELETE_CHUNK = 20_000;

/**
 * A tenant's data as stored, below the mongoose plugins: the documents of every model the
 * tenant-scope plugin confines (so a module's new model is backed up with no edit here), read
 * and written raw (ciphertext stays ciphertext), always naming the tenant. Platform collections
 * (tenants, admins, the audit trail, backups themselves) are never tenant data.
 */
export class TenantData {
  constructor(private readonly models: ModelRegistry) {}

  /** Every tenant-scoped model, by collection name, in a stable order. */
  scopedModels(): Model<never>[] {
    return (Object.values(this.models) as Model<never>[])
      .filter(isTenantScopedModel)
      .sort((a, b) => a.collection.collectionName.localeCompare(b.collection.collectionName));
  }

  modelFor(collection: string): Model<never> | undefined {
    return this.scopedModels().find((model) => model.collection.collectionName === collection);
  }

  /** The tenant's documents of one collection, streamed in batches, with exact BSON types. */
  read(model: Model<never>, tenantId: string, db?: mongo.Db): AsyncIterable<mongo.Document> {
    const collection = db
      ? db.collection(model.collection.collectionName)
      : (model.collection as unknown as mongo.Collection);
    return collection.find({ tenant_id: tenantId }, { ...RAW_READ, batchSize: 1000 });
  }

  /**
   * Deletes the tenant's documents of one collection. One deleteMany where it can; the embedded
   * engine (FerretDB on SQLite) refuses to delete more documents at once than SQLite takes
   * variables, so there it deletes by ranges of ids, each holding at most DELETE_CHUNK of the
   * tenant's documents (a range, not `$in`: FerretDB tests `$in` by scanning its list for every
   * stored document, which is quadratic).
   */
  async empty(model: Model<never>, tenantId: string): Promise<void> {
    const collection = model.collection as unknown as mongo.Collection;
    try {
      await collection.deleteMany({ tenant_id: tenantId });
      return;
    } catch (error) {
      if (!/too many SQL variables/.test((error as Error).message)) throw error;
    }
    const ids: mongo.ObjectId[] = [];
    const cursor = collection.find(
      { tenant_id: tenantId },
      { projection: { _id: 1 }, batchSize: 5000 },
    );
    for await (const doc of cursor) ids.push(doc._id as mongo.ObjectId);
    ids.sort((a, b) => a.toHexString().localeCompare(b.toHexString()));
    for (let start = 0; start < ids.length; start += DELETE_CHUNK) {
      const chunk = ids.slice(start, start + DELETE_CHUNK);
      await collection.deleteMany({
        tenant_id: tenantId,
        _id: { $gte: chunk[0]!, $lte: chunk.at(-1)! },
      });
    }
  }

  count(model: Model<never>, tenantId: string): Promise<number> {
    return (model.collection as unknown as mongo.Collection).countDocuments({
      tenant_id: tenantId,
    });
  }

  /**
   * The canonical hash of each of the tenant's collections (see canonical.ts), in `db` (a scratch
   * database) or the live one: what a restore drill and the round-trip tests compare.
   */
  async hashes(tenantId: string, db?: mongo.Db): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const model of this.scopedModels()) {
      const set = new MultisetHash();
      for await (const doc of this.read(model, tenantId, db)) set.add(canonicalText(doc));
      out[model.collection.collectionName] = `${set.count}:${set.digest()}`;
    }
    return out;
  }
}
