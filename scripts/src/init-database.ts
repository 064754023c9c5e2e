import { loadDotEnv } from './env.js';
import { createCollectionsAndIndexes } from './setup/database.js';
import { describeSetupError } from './setup/errors.js';
import { withDatabase } from './setup/with-database.js';

loadDotEnv();
try {
  const { name, collections } = await withDatabase(async (db) => ({
    name: db.name,
    collections: await createCollectionsAndIndexes(db),
  }));
  console.log(
    `Database "${name}" ready: ${collections.join(', ')} (collections and indexes in place)`,
  );
} catch (error) {
  console.error(`init-database failed: ${describeSetupError(error)}`);
  process.exitCode = 1;
}
