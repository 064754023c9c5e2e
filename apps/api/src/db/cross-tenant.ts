import type { Model, mongo } from 'mongoose';

/**
 * Platform reporting across tenants (admin only), e.g. the clinic counts of a page of tenants in
 * one query per collection. It reads through the driver's collection, below the tenant-scope
 * plugin, which by design refuses any query that spans tenants; so it always names the tenants
 * it reads, and nothing on a clinic's request path may call it.
 */
export async function groupAcrossTenants<R extends mongo.Document, M>(
  model: Model<M>,
  tenantIds: readonly string[],
  group: Record<string, unknown>,
): Promise<R[]> {
  if (tenantIds.length === 0) return [];
  return model.collection
    .aggregate<R>([{ $match: { tenant_id: { $in: [...tenantIds] } } }, { $group: group }])
    .toArray();
}
