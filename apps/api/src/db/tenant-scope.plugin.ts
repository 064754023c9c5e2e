import type { Aggregate, MongooseQueryMiddleware, Query, Schema } from 'mongoose';
import { currentTenantId } from './tenant-context.js';

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
 * cross-tenant read. `estimatedDocumentCount` is refused outright, since it cannot be filtered.
 */
export function tenantScopePlugin(schema: Schema): void {
  schema.pre(QUERY_OPERATIONS, function (this: Query<unknown, unknown> & { op?: string }) {
    const modelName = this.model.modelName;
    if (unscopedModels.has(modelName)) return;
    const tenantId = requireTenant(modelName, this.op ?? 'query');
    const filter = this.getFilter();
    if (filter.tenant_id !== undefined && filter.tenant_id !== tenantId) {
      throw new TenantScopeError(`${modelName}.${this.op}: the filter names another tenant`);
    }
    this.where({ tenant_id: tenantId });
    const update = this.getUpdate() as Record<string, unknown> | null;
    if (update && hasTenantChange(update)) {
      throw new TenantScopeError(`${modelName}.${this.op}: tenant_id cannot be changed`);
    }
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
    // Prepended, so every later stage (including $lookup-free joins) only ever sees this tenant.
    this.pipeline().unshift({ $match: { tenant_id: tenantId } });
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

  schema.pre('insertMany', function (this: { modelName: string }, _next: unknown, docs: unknown) {
    const tenantId = requireTenant(this.modelName, 'insertMany');
    for (const doc of (Array.isArray(docs) ? docs : [docs]) as Record<string, unknown>[]) {
      if (doc.tenant_id === undefined || doc.tenant_id === null) doc.tenant_id = tenantId;
      else if (doc.tenant_id !== tenantId)
        throw new TenantScopeError(`${this.modelName}.insertMany: another tenant's document`);
    }
  });

  schema.pre('bulkWrite', function (this: { modelName: string }) {
    throw new TenantScopeError(
      `${this.modelName}.bulkWrite bypasses tenant scoping; use scoped operations`,
    );
  });
}

function hasTenantChange(update: Record<string, unknown>): boolean {
  if ('tenant_id' in update) return true;
  return Object.entries(update).some(
    ([operator, fields]) =>
      operator.startsWith('$') &&
      fields !== null &&
      typeof fields === 'object' &&
      'tenant_id' in fields,
  );
}
