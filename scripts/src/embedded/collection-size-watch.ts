import { MongoClient, type Db } from 'mongodb';

/**
 * How large a collection the embedded FerretDB serves comfortably. It reads and decodes a whole
 * collection for every sorted or counted query, so a list page slows down in step with the
 * collection. Measured with `pnpm bench` (section "engine envelope": a sorted page of 20 tenants
 * plus their count, the launcher's GOGC, on a 2-CPU machine); the README states the same figure.
 */
export const LIST_PAGE_BUDGET_MS = 100;
export const EMBEDDED_DOCUMENTS_PER_COLLECTION = 1000;

export type Warn = (message: string) => void;

/**
 * A check to run now and then: warns once for each collection of `db` holding more than `limit`
 * documents. Sizes come from $collStats, which FerretDB answers from SQLite without reading the
 * documents (its `count`, behind estimatedDocumentCount too, decodes them all: 0.2 s at 4,000).
 */
export function collectionSizeCheck(db: Db, limit: number, warn: Warn): () => Promise<void> {
  const warned = new Set<string>();
  return async () => {
    const collections = await db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of collections) {
      if (warned.has(name) || name.startsWith('system.')) continue;
      const [stats] = await db
        .collection(name)
        .aggregate<{ count: number }>([{ $collStats: { count: {} } }])
        .toArray();
      const documents = stats?.count ?? 0;
      if (documents <= limit) continue;
      warned.add(name);
      warn(tooLargeMessage(name, documents, limit));
    }
  };
}

export function tooLargeMessage(collection: string, documents: number, limit: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    `The "${collection}" collection holds ${count(documents)} documents. The embedded database ` +
    `reads a whole collection for every sorted or counted query, so past about ${count(limit)} ` +
    `documents a list page takes more than ${LIST_PAGE_BUDGET_MS} ms, growing with the ` +
    'collection. For data this size, set MONGODB_URI to a MongoDB server.'
  );
}

export interface CollectionSizeWatch {
  stop(): Promise<void>;
}

/**
 * For `pnpm dev` on the embedded engine: runs the check once before resolving, then every
 * `everyMs`. A check that fails (the database restarting, say) is simply tried again next time.
 */
export async function watchCollectionSizes(options: {
  mongoUri: string;
  database: string;
  limit: number;
  everyMs: number;
  warn: Warn;
}): Promise<CollectionSizeWatch> {
  const client = await new MongoClient(options.mongoUri).connect();
  const check = collectionSizeCheck(client.db(options.database), options.limit, options.warn);
  let running: Promise<void> | undefined;
  const run = () =>
    (running ??= check()
      .catch(() => {})
      .finally(() => (running = undefined)));
  await run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await client.close();
    },
  };
}
