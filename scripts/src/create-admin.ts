import path from 'node:path';
import { loadDotEnv, readAppSetupEnv } from './env.js';
import { repoRoot } from './paths.js';
import { createCollectionsAndIndexes, createFirstAdmin } from './setup/database.js';
import { withDatabase } from './setup/with-database.js';
import { describeSetupError } from './setup/errors.js';

loadDotEnv();
loadDotEnv(path.join(repoRoot, '.env.example'));
const { adminEmail, adminPassword } = readAppSetupEnv();
try {
  const { database, email, created } = await withDatabase(async (db) => {
    await createCollectionsAndIndexes(db);
    return { database: db.name, ...(await createFirstAdmin(db, adminEmail, adminPassword)) };
  });
  const where = `in database "${database}"`;
  console.log(
    created ? `Admin ${email} created ${where}.` : `Admin ${email} is up to date ${where}.`,
  );
} catch (error) {
  console.error(`create-admin failed: ${describeSetupError(error)}`);
  process.exitCode = 1;
}
