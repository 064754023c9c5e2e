import mongoose, { type Connection, type Model } from 'mongoose';
import type { ModelRegistry } from '../core/registry.js';

export async function connectMongo(
  uri: string,
  dbName: string,
  monitorCommands = false,
  serverSelectionTimeoutMS = 10_000,
  socketTimeoutMS = 0,
  operationTimeoutMS = 0,
): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    autoIndex: false,
    autoCreate: false,
    // While the database is away an operation fails after serverSelectionTimeoutMS (the API
    // answers SERVICE_UNAVAILABLE) instead of waiting in mongoose's buffer for its return.
    bufferCommands: false,
    serverSelectionTimeoutMS,
    // An operation on a connection whose server went silent (a hung or partitioned server, or
    // a socket whose end was never read) fails after this long instead of waiting forever.
    socketTimeoutMS,
    // The driver's own bound on a whole operation (selection, checkout, reply). Off by default:
    // with it on, a cursor's whole life is bounded too, so long streams (exports, backups) must
    // then ask for `timeoutMode: 'iteration'`.
    ...(operationTimeoutMS > 0 ? { timeoutMS: operationTimeoutMS } : {}),
    // Lets benchmarks and diagnostics count the commands each request sends. Off by default:
    // the driver then decodes every reply twice.
    monitorCommands,
  });
  await connection.asPromise();
  return connection;
}

/** Creates every collection and index; safe to run any number of times. */
export async function initDatabase(models: ModelRegistry): Promise<string[]> {
  const names: string[] = [];
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.createCollection().catch((error: { code?: number }) => {
      if (error.code !== 48) throw error; // 48: NamespaceExists
    });
    await model.createIndexes();
    names.push(model.collection.collectionName);
  }
  return names;
}
