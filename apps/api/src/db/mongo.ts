import mongoose, { type Connection, type Model } from 'mongoose';
import type { ModelRegistry } from '../core/registry.js';

export async function connectMongo(
  uri: string,
  dbName: string,
  monitorCommands = false,
  serverSelectionTimeoutMS = 10_000,
): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    autoIndex: false,
    autoCreate: false,
    // While the database is away an operation fails after serverSelectionTimeoutMS (the API
    // answers SERVICE_UNAVAILABLE) instead of waiting in mongoose's buffer for its return.
    bufferCommands: false,
    serverSelectionTimeoutMS,
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
