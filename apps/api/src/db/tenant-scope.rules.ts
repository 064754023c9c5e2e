/**
 * What the tenant-scope plugin refuses, as pure checks on what a caller hands mongoose: each
 * answers why the work would escape its tenant, or null when it stays inside it.
 */

const TENANT_FIELD = 'tenant_id';

/** tenant_id itself, or a path inside it ('tenant_id.x', 'tenant_id.$'). */
const namesTenantField = (path: string): boolean =>
  path === TENANT_FIELD || path.startsWith(`${TENANT_FIELD}.`);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Why an update would change or drop tenant_id. Any operator naming it is refused, even one that
 * would write the same tenant: an upsert takes its tenant from the filter the plugin adds, so no
 * update ever needs to name it. An update pipeline is refused whatever it does: its stages
 * ($set, $unset, $project, $replaceWith, ...) compute documents from expressions, and telling
 * the harmless ones apart is not worth the risk when FerretDB v1 cannot run them anyway.
 */
export function tenantChangeIn(update: unknown): string | null {
  if (Array.isArray(update)) return 'update pipelines are refused on tenant-scoped models';
  if (!isRecord(update)) return null;
  for (const [key, value] of Object.entries(update)) {
    if (!key.startsWith('$')) {
      if (namesTenantField(key)) return `the update sets ${key}`;
      continue;
    }
    if (!isRecord(value)) continue;
    for (const [path, argument] of Object.entries(value)) {
      if (namesTenantField(path)) return `${key} names ${path}`;
      if (key === '$rename' && typeof argument === 'string' && namesTenantField(argument)) {
        return `$rename moves ${path} onto ${argument}`;
      }
    }
  }
  return null;
}

/** The stages that read another collection, or write one, bypassing the plugin's $match. */
const OTHER_COLLECTION_STAGES = new Set([
  '$lookup',
  '$graphLookup',
  '$unionWith',
  '$out',
  '$merge',
]);

/**
 * The first stage of an aggregation pipeline that reaches beyond the model's own collection,
 * looking inside $facet's sub-pipelines too. Stages that must come first ($changeStream,
 * $collStats, $currentOp, $documents, ...) need no check: the plugin's prepended $match makes
 * the database reject them.
 */
export function otherCollectionStageIn(pipeline: readonly unknown[]): string | null {
  for (const stage of pipeline) {
    if (!isRecord(stage)) continue;
    for (const [name, specification] of Object.entries(stage)) {
      if (OTHER_COLLECTION_STAGES.has(name)) return name;
      if (name !== '$facet' || !isRecord(specification)) continue;
      for (const facet of Object.values(specification)) {
        const inner = Array.isArray(facet) ? otherCollectionStageIn(facet) : null;
        if (inner) return `${inner} inside $facet`;
      }
    }
  }
  return null;
}
