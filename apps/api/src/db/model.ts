import { buildSchema, type ReturnModelType } from '@typegoose/typegoose';
import type { AnyParamConstructor } from '@typegoose/typegoose/lib/types.js';
import type { Connection } from 'mongoose';

/**
 * A model bound to one connection. typegoose's getModelForClass caches models by name across
 * connections, so a second app in the same process (tests, multi-instance checks) would write
 * through the first app's connection; compiling the schema onto each connection avoids that.
 */
export function modelOn<T extends AnyParamConstructor<unknown>>(
  connection: Connection,
  documentClass: T,
): ReturnModelType<T> {
  return connection.model(
    documentClass.name,
    buildSchema(documentClass),
  ) as unknown as ReturnModelType<T>;
}
