import type { Model } from 'mongoose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setTenantScoping } from '../src/db/tenant-scope.plugin.js';
import { startTestApi, type TestApi } from './harness.js';
import { CASES, runIsolationCase, type CredentialKind } from './isolation-cases.js';
import { OPERATION_PROBES, runOperationProbe } from './isolation-operations.js';
import { seedWorld, tenantScopedModels } from './isolation-world.js';

/**
 * The isolation suite must notice a leak: with the scope plugin switched off for one model at a
 * time, at least one isolation case has to fail. A model no case catches is a model whose
 * isolation nothing would defend if the plugin broke. The same goes for the model operations no
 * request path uses yet: left unscoped, each must visibly leak from every model.
 */

let api: TestApi;
let models: Model<never>[];

beforeAll(async () => {
  api = await startTestApi({ env: { MONGODB_MONITOR_COMMANDS: 'true' } });
  models = await tenantScopedModels(api);
});
afterAll(() => api.stop());

const CREDENTIALS: readonly CredentialKind[] = ['user', 'api_key'];

it('fails at least one isolation case for every tenant-scoped model left unscoped', async () => {
  const uncaught: string[] = [];
  for (const model of models) {
    // Fresh clinics per model: a leak that wrote into A must not change what the next model sees.
    const world = await seedWorld(api);
    let caughtBy: string | null = null;
    setTenantScoping(model.modelName, false);
    try {
      search: for (const isolationCase of CASES) {
        for (const who of CREDENTIALS) {
          const problems = await runIsolationCase(world, models, isolationCase, who);
          if (problems.length > 0) {
            caughtBy = `${isolationCase.name} (${who})`;
            break search;
          }
        }
      }
    } finally {
      setTenantScoping(model.modelName, true);
    }
    if (!caughtBy) uncaught.push(model.modelName);
  }
  expect(uncaught, 'models whose unscoped queries no isolation case notices').toEqual([]);
  expect(models.length).toBeGreaterThanOrEqual(5);
}, 600_000);

it('sees every probed model operation leak from every tenant-scoped model left unscoped', async () => {
  // One world will do: each probe puts B's document back and removes what it inserted.
  const world = await seedWorld(api);
  const unnoticed: string[] = [];
  for (const probe of OPERATION_PROBES.filter((candidate) => candidate.leaksUnscoped)) {
    for (const model of models) {
      setTenantScoping(model.modelName, false);
      try {
        const { leaks } = await runOperationProbe(world, model, probe);
        if (leaks.length === 0) unnoticed.push(`${probe.name} on ${model.modelName}`);
      } finally {
        setTenantScoping(model.modelName, true);
      }
    }
  }
  expect(unnoticed, 'unscoped operations whose leak no check noticed').toEqual([]);
}, 120_000);
