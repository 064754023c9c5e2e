import { readAppSetupEnv, readServicesEnv } from '../env.js';
import { startServices } from '../services.js';
import { openDatabase, type Database } from './database.js';

/**
 * Runs a setup step against MONGODB_URI, or against the embedded database in DATA_DIR when none
 * is set (the same data the dev command uses; don't run both at once on the embedded engine).
 */
export async function withDatabase<T>(step: (db: Database) => Promise<T>): Promise<T> {
  const setup = readAppSetupEnv();
  const given = readServicesEnv().mongodbUri;
  const services = given ? null : await startServices({ persistent: true, dataDir: setup.dataDir });
  const uri = given ?? services!.mongoUri;
  const db = await openDatabase(uri, setup.mongodbDatabase);
  try {
    return await step(db);
  } finally {
    await db.close();
    await services?.stop();
  }
}
