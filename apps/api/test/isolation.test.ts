import type { Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api-schema.js';
import { startTestApi, type TestApi } from './harness.js';
import { CASES, coverageProblems, runIsolationCase } from './isolation-cases.js';
import { OPERATION_PROBES, runOperationProbe } from './isolation-operations.js';
import { seedWorld, tenantScopedModels, type IsolationWorld } from './isolation-world.js';

/**
 * Tenant B, with its owner's token and with its API key, aims every tenant-scoped operation at
 * tenant A's records: in arguments, nested inputs and filters. A's documents must not be read
 * (the database replies are watched) or changed (they are compared before and after), and the
 * answer must be exactly the one ids that exist nowhere get.
 */

let api: TestApi;
let world: IsolationWorld;
let models: Model<never>[];

beforeAll(async () => {
  // Command events on, so every database reply can be checked for A's documents.
  api = await startTestApi({ env: { MONGODB_MONITOR_COMMANDS: 'true' } });
  world = await seedWorld(api);
  models = await tenantScopedModels(api);
});
afterAll(() => api.stop());

describe('the isolation cases', () => {
  it('cover every query, mutation and subscription that is not explicitly platform-only', async () => {
    expect(coverageProblems(await buildApiSchema())).toEqual([]);
  });

  it("watch every tenant-scoped model, the clinic's data among them", () => {
    expect(models.map((model) => model.collection.collectionName)).toEqual(
      expect.arrayContaining(['staff_members', 'clients', 'patients', 'appointments', 'payments']),
    );
  });
});

describe.each([
  ['owner token', 'user'],
  ['API key', 'api_key'],
] as const)("tenant B's %s against tenant A", (_label, who) => {
  it.each(CASES.map((isolationCase) => [isolationCase.name, isolationCase] as const))(
    '%s',
    async (_name, isolationCase) => {
      expect(await runIsolationCase(world, models, isolationCase, who)).toEqual([]);
    },
  );
});

describe("tenant B's model operations that no request path uses yet", () => {
  it.each(OPERATION_PROBES.map((probe) => [probe.name, probe] as const))(
    '%s: refused or confined to B on every tenant-scoped model',
    async (_name, probe) => {
      for (const model of models) {
        expect(await runOperationProbe(world, model, probe), model.modelName).toEqual({
          leaks: [],
          unmet: null,
        });
      }
    },
  );
});
