import { Types, type Model } from 'mongoose';
import { runAsTenant } from '../../../db/tenant-context.js';

const HEX_ID = /^[0-9a-f]{24}$/i;

/**
 * The message for a reference that resolves to nothing. References are looked up inside the
 * caller's tenant, so an id of another tenant's record gets exactly this answer too.
 */
export const noSuch = (what: string): string => `no ${what} has this id`;

/** Whether a record with this id exists in the tenant in context. */
export async function exists<M>(model: Model<M>, id: Types.ObjectId): Promise<boolean> {
  return (await model.exists({ _id: id })) !== null;
}

/**
 * A DataLoader batch: the tenant's records with these ids, in the order asked, null where there
 * is none. One query for the whole batch, confined to the tenant by the scope plugin.
 */
export async function loadByIds<M, D extends { _id: Types.ObjectId }, T>(
  model: Model<M>,
  tenantId: string,
  ids: readonly string[],
  toItem: (doc: D) => T,
): Promise<(T | null)[]> {
  const wanted = ids.filter((id) => HEX_ID.test(id)).map((id) => new Types.ObjectId(id));
  const docs = await runAsTenant(tenantId, () => model.find({ _id: { $in: wanted } }).lean<D[]>());
  const found = new Map(docs.map((doc) => [doc._id.toHexString(), toItem(doc)]));
  return ids.map((id) => found.get(id) ?? null);
}
