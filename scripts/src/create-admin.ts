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
  const result = await withDatabase(async (db) => {
    await createCollectionsAndIndexes(db);
    return createFirstAdmin(db, adminEmail, adminPassword);
  });
  console.log(
    result.created ? `Admin ${result.email} created.` : `Admin ${result.email} is up to date.`,
  );
} catch (error) {
  console.error(`create-admin failed: ${describeSetupError(error)}`);
  process.exitCode = 1;
}
