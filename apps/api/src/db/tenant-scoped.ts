import { plugin, prop } from '@typegoose/typegoose';
import type { Types } from 'mongoose';
import { tenantScopePlugin } from './tenant-scope.plugin.js';

/**
 * The base of every tenant-scoped document: it carries tenant_id and the plugin that confines
 * queries to the tenant in context. Subclasses put tenant_id first in every compound index
 * (`@index({ tenant_id: 1, ... })`), so the collection is ready to be sharded on it.
 */
@plugin(tenantScopePlugin)
export abstract class TenantScopedDocument {
  _id!: Types.ObjectId;

  @prop({ type: () => String, required: true, index: true, immutable: true })
  tenant_id!: string;
}
