import {
  Document,
  type Aggregate,
  type Model,
  type MongooseQueryMiddleware,
  type Query,
  type Schema,
} from 'mongoose';
import { currentTenantId } from './tenant-context.js';
import { otherCollectionStageIn, tenantChangeIn } from './tenant-scope.rules.js';

export class TenantScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantScopeError';
  }
}

const QUERY_OPERATIONS: MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
];

/** Operations whose "update" is a whole new document rather than operators. */
const REPLACEMENTS = new Set(['replaceOne', 'findOneAndReplace']);

/** Models whose scoping a test has switched off, to prove the isolation suite notices. */
const unscopedModels = new Set<string>();

/** Test seam: `setTenantScoping('Client', false)` makes Client queries unscoped. */
export function setTenantScoping(modelName: string, enabled: boolean): void {
  if (enabled) unscopedModels.delete(modelName);
  else unscopedModels.add(modelName);
}

function requireTenant(modelName: string, operation: string): string {
  const tenantId = currentTenantId();
  if (!tenantId) {
    throw new TenantScopeError(
      `${modelName}.${operation} ran with no tenant in context; use runAsTenant()`,
    );
  }
  return tenantId;
}

/**
 * Confines every query, update, delete, count and aggregate on a tenant-scoped model to the tenant
 * in context, and stamps that tenant on inserts. A filter naming another tenant, or work with no
 * tenant in context, throws: leaving the tenant out is a bug that fails loudly, never a silent
 * cross-tenant read. The rules, all enforced before the database is asked:
 * - Updates may not name tenant_id in any operator ($set, $unset, $rename to or from it, dotted
 *   paths inside it); update pipelines are refused outright.
 * - Replacements (replaceOne, findOneAndReplace) are stamped like inserts: a replacement without
 *   tenant_id gets the tenant in context, one naming another tenant is refused, so a document
 *   can neither lose its tenant (and escape the purge) nor move to another.
 * - insertMany stamps each document and refuses one naming another tenant, as save does.
 * - Aggregates get a leading $match on the tenant, and refuse stages that read or write another
 *   collection ($lookup, $graphLookup, $unionWith, $out, $merge, also inside $facet): those would
 *   run unscoped. Cross-tenant reporting goes below the plugin, in cross-tenant.ts.
 * - estimatedDocumentCount (it cannot be filtered) and bulkWrite (its operations skip the query
 *   hooks) are refused.
 */
export function tenantScopePlugin(schema: Schema): void {
  schema.pre(QUERY_OPERATIONS, function (this: Query<unknown, unknown> & { op?: string }) {
    const modelName = this.model.modelName;
    if (unscopedModels.has(modelName)) return;
    const operation = `${modelName}.${this.op ?? 'query'}`;
    const tenantId = requireTenant(modelName, this.op ?? 'query');
    const filter = this.getFilter();
    if (filter.tenant_id !== undefined && filter.tenant_id !== tenantId) {
      throw new TenantScopeError(`${operation}: the filter names another tenant`);
    }
    this.where({ tenant_id: tenantId });
    const update: unknown = this.getUpdate();
    if (update === undefined || update === null) return;
    if (REPLACEMENTS.has(this.op ?? '')) {
      this.setUpdate(stampedReplacement(update, tenantId, operation));
      return;
    }
    const change = tenantChangeIn(update);
    if (change) throw new TenantScopeError(`${operation}: tenant_id cannot be changed (${change})`);
  });

  schema.pre('estimatedDocumentCount', function (this: Query<unknown, unknown>) {
    throw new TenantScopeError(
      `${this.model.modelName}.estimatedDocumentCount cannot be scoped; use countDocuments`,
    );
  });

  schema.pre('aggregate', function (this: Aggregate<unknown>) {
    const modelName = (this.model() as { modelName: string }).modelName;
    if (unscopedModels.has(modelName)) return;
    const tenantId = requireTenant(modelName, 'aggregate');
    const pipeline = this.pipeline();
    const escape = otherCollectionStageIn(pipeline);
    if (escape) {
      throw new TenantScopeError(
        `${modelName}.aggregate: ${escape} reaches another collection, unscoped`,
      );
    }
    // Prepended, so every later stage only ever sees this tenant's documents.
    pipeline.unshift({ $match: { tenant_id: tenantId } });
  });

  schema.pre('validate', function () {
    const modelName = (this.constructor as unknown as { modelName: string }).modelName;
    if (unscopedModels.has(modelName) && this.get('tenant_id')) return;
    const tenantId = requireTenant(modelName, 'save');
    const current: unknown = this.get('tenant_id');
    if (current === undefined || current === null) this.set('tenant_id', tenantId);
    else if (current !== tenantId)
      throw new TenantScopeError(`${modelName}: a document of another tenant cannot be saved here`);
  });

  // Mongoose 9 hands insertMany hooks the documents (one, or an array) and no `next`. With lean,
  // validation (and so the hook above) is skipped: this is the only stamp those inserts get.
  schema.pre('insertMany', function (this: Model<unknown>, docs: unknown) {
    const modelName = this.modelName;
    for (const doc of (Array.isArray(docs) ? docs : [docs]) as unknown[]) {
      if (doc === null || typeof doc !== 'object') continue; // mongoose rejects it itself
      const fields = doc as Record<string, unknown>;
      // Switched off, like save: a tenant the caller names goes through unchecked.
      if (unscopedModels.has(modelName) && fields.tenant_id) continue;
      const tenantId = requireTenant(modelName, 'insertMany');
      if (fields.tenant_id === undefined || fields.tenant_id === null) fields.tenant_id = tenantId;
      else if (fields.tenant_id !== tenantId)
        throw new TenantScopeError(`${modelName}.insertMany: a document of another tenant`);
    }
  });

  schema.pre('bulkWrite', function (this: { modelName: string }) {
    throw new TenantScopeError(
      `${this.modelName}.bulkWrite bypasses tenant scoping; use scoped operations`,
    );
  });
}

/** The replacement with the tenant stamped on, or a refusal if it names another tenant. */
function stampedReplacement(
  replacement: unknown,
  tenantId: string,
  operation: string,
): Record<string, unknown> {
  if (replacement === null || typeof replacement !== 'object' || Array.isArray(replacement)) {
    throw new TenantScopeError(`${operation}: the replacement must be a document`);
  }
  // A document passed with cloneUpdate: false arrives as itself; spread, it would lose its fields.
  const fields =
    replacement instanceof Document
      ? (replacement.toObject() as Record<string, unknown>)
      : (replacement as Record<string, unknown>);
  if (fields.tenant_id !== undefined && fields.tenant_id !== null && fields.tenant_id !== tenantId)
    throw new TenantScopeError(`${operation}: the replacement names another tenant`);
  return { ...fields, tenant_id: tenantId };
}
