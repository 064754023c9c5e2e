import {
  AdminService,
  connectMongo,
  createLogger,
  createModels,
  initDatabase,
  MODULES,
  type ModelRegistry,
} from '@vetcares/api';
import type { Connection } from 'mongoose';

export interface Database {
  connection: Connection;
  models: ModelRegistry;
  close(): Promise<void>;
}

export async function openDatabase(mongoUri: string, dbName: string): Promise<Database> {
  const connection = await connectMongo(mongoUri, dbName);
  return { connection, models: createModels(connection, MODULES), close: () => connection.close() };
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
  const admins = new AdminService(
    db.models.admins,
    // Only sign-in issues tokens; creating an admin never does, so no secret is needed here.
    { secret: 'unused-by-ensure-admin', issuer: 'vetcares', ttlSeconds: 60 },
    createLogger({ logLevel: 'silent', nodeEnv: 'production' }),
  );
  const { admin, created } = await admins.ensureAdmin({
    email,
    password,
    name: 'Platform admin',
    role: 'super_admin',
  });
  return { email: admin.email, created };
}
