import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TenantManager,
  type TenantClientError,
} from '../../../packages/tenant-client/src/index.js';
import { runAsTenant } from '../src/db/tenant-context.js';
import { createApiKey, createClinicTenant } from './clinic-factories.js';
import { startTestApi, type TestApi } from './harness.js';
import { OwnRedis } from './redis-server.js';

/**
 * Clinic apps keep tracking usage through the TenantManager while Redis is down for 30 seconds.
 * The API holds batches within its bound and then refuses them (503); the SDK keeps every event
 * and retries with the same idempotency keys. Afterwards every event is counted exactly once.
 */

const OUTAGE_MS = 30_000;
const CLINICS = 4;

let redis: OwnRedis;
let api: TestApi;

beforeAll(async () => {
  redis = await OwnRedis.create();
  api = await startTestApi({
    env: {
      REDIS_URL: redis.url,
      JOBS_ENABLED: 'false',
      // Small, so the outage fills it and the refusal path is exercised too.
      USAGE_BUFFER_MAX_WRITES: '400',
      TENANT_CACHE_TTL_SECONDS: '3600',
    },
  });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await redis?.destroy();
});

describe('a Redis outage under load', () => {
  it(
    'loses no event and counts none twice',
    async () => {
      const errors: string[] = [];
      const clinics = await Promise.all(
        Array.from({ length: CLINICS }, async () => {
          const tenant = await createClinicTenant(api.app);
          const manager = new TenantManager({
            apiUrl: `${api.url}/graphql`,
            apiKey: await createApiKey(api, tenant.id),
            flushIntervalMs: 50,
            maxBatch: 40,
            retryInitialDelayMs: 100,
            retryMaxDelayMs: 1_000,
            requestTimeoutMs: 5_000,
            onUsageError: (error: TenantClientError) => errors.push(error.code),
          });
          return { tenant, manager, sent: 0 };
        }),
      );
      const writer = api.app.services.counterWriter;
      let heldBatches = 0;
      writer.on('buffered', () => (heldBatches += 1));

      // Load: every 10 ms each clinic tracks an event of count 1 to 3.
      let tick = 0;
      const load = setInterval(() => {
        tick += 1;
        for (const clinic of clinics) {
          const count = (tick % 3) + 1;
          clinic.manager.trackUsage(clinic.tenant.id, tick % 2 ? 'api_call' : 'reminder_sent', {
            count,
          });
          clinic.sent += count;
        }
      }, 10);

      try {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await redis.stop();
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
        await redis.start();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      } finally {
        clearInterval(load);
      }

      if (writer.buffered.batches > 0) await once(writer, 'drained');
      for (const { manager } of clinics) await manager.close();

      // Both halves of the outage path ran: batches were held, and refused past the bound.
      expect(heldBatches).toBeGreaterThan(0);
      expect(errors).toContain('SERVICE_UNAVAILABLE');
      for (const clinic of clinics) {
        expect(clinic.manager.usageStats).toMatchObject({
          buffered: 0,
          refused: 0,
          rejected: 0,
        });
      }

      const key = (tenantId: string) =>
        `${api.redisKeyPrefix}t:${tenantId}:usage:${new Date().toISOString().slice(0, 10)}`;
      const inRedis = await Promise.all(
        clinics.map(async ({ tenant }) => {
          const hash = await api.app.redis.hgetall(key(tenant.id));
          return Number(hash.api_call ?? 0) + Number(hash.reminder_sent ?? 0);
        }),
      );
      const sent = clinics.map((clinic) => clinic.sent);
      expect(sent.every((total) => total > 1_000)).toBe(true);
      expect(inRedis).toEqual(sent);

      await api.app.services.usageFlush.flush();
      const inRollups = await Promise.all(
        clinics.map(async ({ tenant }) => {
          const docs = await runAsTenant(tenant.id, () =>
            api.app.models.usageRollups.find({}).lean(),
          );
          return docs.reduce(
            (sum, doc) => sum + (doc.usage.api_call ?? 0) + (doc.usage.reminder_sent ?? 0),
            0,
          );
        }),
      );
      expect(inRollups).toEqual(sent);
    },
    OUTAGE_MS + 60_000,
  );
});
