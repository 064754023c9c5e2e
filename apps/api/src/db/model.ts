import { buildSchema, type ReturnModelType } from '@typegoose/typegoose';
import type { AnyParamConstructor } from '@typegoose/typegoose/lib/types.js';
import type { Connection, Model } from 'mongoose';
import { TenantScopedDocument } from './tenant-scoped.js';

const tenantScopedModels = new WeakSet<Model<never>>();

/** Whether a model's documents belong to tenants (its class extends TenantScopedDocument). */
export const isTenantScopedModel = (model: Model<never>): boolean => tenantScopedModels.has(model);

/**
 * A model bound to one connection. typegoose's getModelForClass caches models by name across
 * connections, so a second app in the same process (tests, multi-instance checks) would write
 * through the first app's connection; compiling the schema onto each connection avoids that.
 */
export function modelOn<T extends AnyParamConstructor<unknown>>(
  connection: Connection,
  documentClass: T,
): ReturnModelType<T> {
  const model = connection.model(documentClass.name, buildSchema(documentClass));
  if (documentClass.prototype instanceof TenantScopedDocument)
    tenantScopedModels.add(model as Model<never>);
  return model as unknown as ReturnModelType<T>;
}
