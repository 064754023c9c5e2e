import {
  connectMongo,
  ensureAdmin,
  createModels,
  databaseName,
  initDatabase,
  MODULES,
  type ModelRegistry,
} from '@vetcares/api';
import type { Connection } from 'mongoose';

export interface Database {
  /** The database's name, as the API would choose it from the same settings. */
  name: string;
  connection: Connection;
  models: ModelRegistry;
  close(): Promise<void>;
}

/**
 * Opens the database the API uses with the same MONGODB_URI and MONGODB_DATABASE: the URI's own,
 * else the given name, else vet_cares (the one rule, databaseName, shared with the API).
 */
export async function openDatabase(
  mongoUri: string,
  mongodbDatabase: string | undefined,
): Promise<Database> {
  const name = databaseName(mongoUri, mongodbDatabase);
  const connection = await connectMongo(mongoUri, name);
  return {
    name,
    connection,
    models: createModels(connection, MODULES),
    close: () => connection.close(),
  };
}

/** What scripts/init-database does: every collection and index, idempotently. */
export const createCollectionsAndIndexes = (db: Database): Promise<string[]> =>
  initDatabase(db.models);

/** What scripts/create-admin does: the first super admin, idempotently, refusing a weak password. */
export async function createFirstAdmin(
  db: Database,
  email: string | undefined,
  password: string | undefined,
): Promise<{ email: string; created: boolean }> {
  if (!email || !password) {
    throw new Error(
      'Set ADMIN_EMAIL and ADMIN_PASSWORD (in the environment or .env) to create the first admin.',
    );
  }
  // A reset admin's open sessions are not ended here (no Redis); they expire within minutes.
  const { admin, created } = await ensureAdmin(db.models.admins, {
    email,
    password,
    name: 'Platform admin',
    role: 'super_admin',
  });
  return { email: admin.email, created };
}
