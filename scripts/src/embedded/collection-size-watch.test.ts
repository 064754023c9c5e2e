import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  collectionSizeCheck,
  tooLargeMessage,
  watchCollectionSizes,
} from './collection-size-watch.js';

const database = `test_sizes_${randomBytes(4).toString('hex')}`;
let client: MongoClient;

const insert = (collection: string, count: number) =>
  client
    .db(database)
    .collection(collection)
    .insertMany(Array.from({ length: count }, (_, i) => ({ i })));

beforeAll(async () => {
  client = await new MongoClient(inject('mongoUri')).connect();
});

afterAll(async () => {
  await client.db(database).dropDatabase();
  await client.close();
});

describe('the collection size check (embedded FerretDB)', () => {
  it('warns once per collection that passes the limit, and not at the limit', async () => {
    await insert('tenants', 4);
    await insert('admins', 3);
    const warnings: string[] = [];
    const check = collectionSizeCheck(client.db(database), 3, (message) => warnings.push(message));

    await check();
    expect(warnings).toEqual([tooLargeMessage('tenants', 4, 3)]);
    expect(warnings[0]).toContain('set MONGODB_URI');

    await insert('tenants', 10);
    await check();
    expect(warnings).toHaveLength(1); // once per collection

    await insert('admins', 1);
    await check();
    expect(warnings).toEqual([tooLargeMessage('tenants', 4, 3), tooLargeMessage('admins', 4, 3)]);
  });

  it('the dev watch checks once before it resolves', async () => {
    const warnings: string[] = [];
    const watch = await watchCollectionSizes({
      mongoUri: inject('mongoUri'),
      database,
      limit: 10,
      everyMs: 60 * 60_000,
      warn: (message) => warnings.push(message),
    });
    await watch.stop();
    expect(warnings).toEqual([tooLargeMessage('tenants', 14, 10)]);
  });
});
