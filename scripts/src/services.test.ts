import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isPortClosed } from './embedded/free-port.js';
import { startServices, type ServiceHandles } from './services.js';

// These tests are about the embedded servers, so they ignore MONGODB_URI / REDIS_URL.
const embeddedEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'MONGODB_URI' && key !== 'REDIS_URL'),
);
const quiet = () => {};

function portOf(url: string): number {
  return Number(new URL(url).port);
}

async function withMongo<T>(mongoUri: string, use: (db: mongoose.Connection) => Promise<T>) {
  const connection = await mongoose
    .createConnection(mongoUri, { dbName: 'services_test', serverSelectionTimeoutMS: 5000 })
    .asPromise();
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

async function withRedis<T>(redisUrl: string, use: (redis: Redis) => Promise<T>) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    return await use(redis);
  } finally {
    redis.disconnect();
  }
}

/** Pids of live processes whose command line mentions the port (Linux /proc only). */
function processesMentioningPort(port: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return (
          args.some((arg) => arg.endsWith(`:${port}`)) || args.join(' ').includes(`--port ${port}`)
        );
      } catch {
        return false; // exited while we looked
      }
    })
    .map(Number);
}

describe('startServices with embedded servers', () => {
  let services: ServiceHandles;

  beforeAll(async () => {
    services = await startServices({ persistent: false, env: embeddedEnv, log: quiet });
  });

  afterAll(async () => {
    await services?.stop();
  });

  it('returns a MongoDB URI without a database and a Redis URL on loopback', () => {
    expect(services.mongoUri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    expect(services.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the MongoDB wire protocol: insert, then find through mongoose', async () => {
    await withMongo(services.mongoUri, async (connection) => {
      const Pet = connection.model('Pet', new mongoose.Schema({ name: String, species: String }));
      await Pet.create([
        { name: 'Rex', species: 'dog' },
        { name: 'Tom', species: 'cat' },
      ]);
      const cats = await Pet.find({ species: 'cat' }).lean();
      expect(cats.map((pet) => pet.name)).toEqual(['Tom']);
    });
  });

  it('does not lose concurrent updates to one document (FerretDB v1 alone would)', async () => {
    await withMongo(services.mongoUri, async (connection) => {
      const counters = connection.collection<{ _id: string; n: number }>('counters');
      await counters.insertOne({ _id: 'visits', n: 0 });
      await Promise.all(
        Array.from({ length: 50 }, () => counters.updateOne({ _id: 'visits' }, { $inc: { n: 1 } })),
      );
      expect((await counters.findOne({ _id: 'visits' }))?.n).toBe(50);

      // a limit check done as one conditional update must admit exactly `limit` callers
      await counters.insertOne({ _id: 'seats', n: 0 });
      const attempts = await Promise.all(
        Array.from({ length: 20 }, () =>
          counters.updateOne({ _id: 'seats', n: { $lt: 5 } }, { $inc: { n: 1 } }),
        ),
      );
      expect(attempts.filter((result) => result.modifiedCount === 1)).toHaveLength(5);
      expect((await counters.findOne({ _id: 'seats' }))?.n).toBe(5);
    });
  });

  it('serves several databases at once, as parallel test files do', async () => {
    const databases = Array.from({ length: 6 }, (_, i) => `services_parallel_${i}`);
    const counts = await Promise.all(
      databases.map(async (dbName) => {
        const connection = await mongoose
          .createConnection(services.mongoUri, { dbName })
          .asPromise();
        try {
          const clients = connection.collection('clients');
          await clients.createIndex({ tenant_id: 1, email: 1 }, { unique: true });
          await Promise.all(
            Array.from({ length: 40 }, (_, n) =>
              clients.insertOne({ tenant_id: 't1', email: `c${n}@example.test` }),
            ),
          );
          await expect(
            clients.insertOne({ tenant_id: 't1', email: 'c0@example.test' }),
          ).rejects.toMatchObject({ code: 11000 });
          return await clients.countDocuments();
        } finally {
          await connection.close();
        }
      }),
    );
    expect(counts).toEqual(databases.map(() => 40));
  });

  it('passes large documents and multi-batch cursors through', async () => {
    await withMongo(services.mongoUri, async (connection) => {
      const files = connection.collection<{ i: number; blob: string }>('files');
      await files.insertMany(Array.from({ length: 300 }, (_, i) => ({ i, blob: 'x'.repeat(100) })));
      await files.insertOne({ i: 1000, blob: 'y'.repeat(2_000_000) });
      const all = await files.find({}, { batchSize: 50 }).sort({ i: 1 }).toArray();
      expect(all).toHaveLength(301);
      expect(all.at(-1)?.blob).toHaveLength(2_000_000);
    });
  });

  it('serves Redis: SET then GET', async () => {
    await withRedis(services.redisUrl, async (redis) => {
      await redis.set('services-test:greeting', 'woof');
      expect(await redis.get('services-test:greeting')).toBe('woof');
    });
  });

  it('stop() leaves nothing listening and no process behind', async () => {
    const own = await startServices({ persistent: false, env: embeddedEnv, log: quiet });
    const ports = [portOf(own.mongoUri), portOf(own.redisUrl)];
    for (const port of ports) expect(await isPortClosed(port)).toBe(false);
    expect(ports.flatMap(processesMentioningPort).length).toBeGreaterThan(0);

    await own.stop();

    for (const port of ports) expect(await isPortClosed(port)).toBe(true);
    expect(ports.flatMap(processesMentioningPort)).toEqual([]);
    await own.stop(); // a second stop is harmless
  });
});

describe('startServices with persistent data', () => {
  it('keeps MongoDB and Redis data across a restart', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vetcares-services-test-'));
    try {
      const first = await startServices({
        persistent: true,
        dataDir,
        env: embeddedEnv,
        log: quiet,
      });
      await withMongo(first.mongoUri, (db) => db.collection('notes').insertOne({ text: 'kept' }));
      await withRedis(first.redisUrl, (redis) => redis.set('note', 'kept'));
      await first.stop();

      const second = await startServices({
        persistent: true,
        dataDir,
        env: embeddedEnv,
        log: quiet,
      });
      try {
        const note = await withMongo(second.mongoUri, (db) => db.collection('notes').findOne());
        expect(note?.text).toBe('kept');
        expect(await withRedis(second.redisUrl, (redis) => redis.get('note'))).toBe('kept');
      } finally {
        await second.stop();
      }
      expect(existsSync(path.join(dataDir, 'ferretdb', 'services_test.sqlite'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'redis'))).toBe(true);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the vitest global setup', () => {
  it('provides reachable services to tests', async () => {
    const mongoUri = inject('mongoUri');
    const redisUrl = inject('redisUrl');
    const ping = await withMongo(mongoUri, (db) => db.db!.admin().ping());
    expect(ping.ok).toBe(1);
    expect(await withRedis(redisUrl, (redis) => redis.ping())).toBe('PONG');
  });
});
