import { Types, type Model, type mongo, type PipelineStage } from 'mongoose';
import { runAsTenant } from '../src/db/tenant-context.js';
import { TenantScopeError } from '../src/db/tenant-scope.plugin.js';
import { readsDuring, snapshotOf, type IsolationWorld } from './isolation-world.js';

/**
 * Model operations no request path uses yet but any module could: each would let tenant B move
 * a document into tenant A, strip a document of its tenant (so the purge never finds it), or read
 * and write beyond its own documents. The probes run as B against every tenant-scoped model:
 * isolation.test.ts runs them with scoping on (refused, or confined to B), isolation-bites.test.ts
 * with it switched off, where the checks here must see the leak.
 */

type StoredDocument = mongo.WithId<mongo.Document>;
/** A tenant-scoped model seen as holding any fields: the probes run against every one. */
type ScopedModel = Model<Record<string, unknown>>;

export interface ProbeAim {
  /** B's document the operation aims at, as stored. */
  own: StoredDocument;
  otherTenant: string;
  /** The id an inserted document gets, so it can be found and removed afterwards. */
  newId: Types.ObjectId;
}

export interface OperationProbe {
  name: string;
  /** With scoping on: refused with a TenantScopeError, or done inside B. */
  expect: 'refused' | 'confined';
  /**
   * With scoping off, the leak shows on every database we run on. Update pipelines and the
   * stages that reach other collections are refused by the plugin, but FerretDB v1 cannot run
   * them at all: switched off, they fail there rather than leak, so only the plugin test and the
   * scoped run check them.
   */
  leaksUnscoped: boolean;
  /** Puts B's document in the state the operation needs, below the plugin. */
  prepare?: (collection: mongo.Collection, aim: ProbeAim) => Promise<unknown>;
  run: (model: ScopedModel, aim: ProbeAim) => PromiseLike<unknown>;
}

const withoutTenant = ({ _id, tenant_id: _tenant, ...fields }: StoredDocument) => fields;

/** Immutable paths are silently dropped from updates unless the caller insists, as a module could. */
const INSISTING = { overwriteImmutable: true } as const;

const aggregateProbe = (
  name: string,
  pipeline: (collectionName: string) => PipelineStage[],
): OperationProbe => ({
  name: `aggregate with ${name}`,
  expect: 'refused',
  leaksUnscoped: false,
  run: (model) => model.aggregate(pipeline(model.collection.collectionName)),
});

export const OPERATION_PROBES: readonly OperationProbe[] = [
  {
    name: "insertMany of a document naming A's tenant",
    expect: 'refused',
    leaksUnscoped: true,
    // Lean skips validation, so nothing but the insertMany hook stands in the way.
    run: (model, aim) =>
      model.insertMany([{ _id: aim.newId, tenant_id: aim.otherTenant }], { lean: true }),
  },
  {
    name: "$rename of a field holding A's tenant id onto tenant_id",
    expect: 'refused',
    leaksUnscoped: true,
    prepare: (collection, aim) =>
      collection.updateOne({ _id: aim.own._id }, { $set: { legacy_owner: aim.otherTenant } }),
    run: (model, aim) =>
      model.updateOne(
        { _id: aim.own._id },
        { $rename: { legacy_owner: 'tenant_id' } },
        { strict: false },
      ),
  },
  {
    name: '$rename of tenant_id to another field',
    expect: 'refused',
    leaksUnscoped: true,
    run: (model, aim) =>
      model.updateOne({ _id: aim.own._id }, { $rename: { tenant_id: 'former_tenant' } }, INSISTING),
  },
  {
    name: '$unset of tenant_id',
    expect: 'refused',
    leaksUnscoped: true,
    run: (model, aim) =>
      model.updateOne({ _id: aim.own._id }, { $unset: { tenant_id: 1 } }, INSISTING),
  },
  {
    name: "replaceOne of B's document without tenant_id",
    expect: 'confined',
    leaksUnscoped: true,
    run: (model, aim) => model.replaceOne({ _id: aim.own._id }, withoutTenant(aim.own)),
  },
  {
    name: "findOneAndReplace of B's document without tenant_id",
    expect: 'confined',
    leaksUnscoped: true,
    run: (model, aim) => model.findOneAndReplace({ _id: aim.own._id }, withoutTenant(aim.own)),
  },
  {
    name: "replaceOne of B's document naming A's tenant",
    expect: 'refused',
    leaksUnscoped: true,
    run: (model, aim) =>
      model.replaceOne(
        { _id: aim.own._id },
        { ...withoutTenant(aim.own), tenant_id: aim.otherTenant },
      ),
  },
  {
    name: "update pipeline setting A's tenant",
    expect: 'refused',
    leaksUnscoped: false,
    run: (model, aim) =>
      model.updateOne({ _id: aim.own._id }, [{ $set: { tenant_id: aim.otherTenant } }], {
        updatePipeline: true,
      }),
  },
  aggregateProbe('$lookup', (self) => [{ $lookup: { from: self, pipeline: [], as: 'all' } }]),
  aggregateProbe('$graphLookup', (self) => [
    {
      $graphLookup: {
        from: self,
        startWith: '$tenant_id',
        connectFromField: 'tenant_id',
        connectToField: 'tenant_id',
        as: 'all',
      },
    },
  ]),
  aggregateProbe('$unionWith', (self) => [{ $unionWith: self }]),
  aggregateProbe('$unionWith inside $facet', (self) => [
    { $facet: { all: [{ $unionWith: { coll: self, pipeline: [] } }] } } as PipelineStage,
  ]),
  aggregateProbe('$out', (self) => [{ $out: `${self}_copy` }]),
  aggregateProbe('$merge', (self) => [{ $merge: { into: self } }]),
];

export interface ProbeOutcome {
  /** What the operation did to A, or to B's document, that it must not. */
  leaks: string[];
  /** How the answer differed from the probe's expectation. */
  unmet: string | null;
}

/**
 * Runs one probe as B against one model, aimed at B's own document, and reports what leaked:
 * A's documents read or changed, B's document taken out of B, a document left with no tenant.
 * Inspection and clean-up go through the driver's collection, below the plugin, so they hold
 * whether the model's scoping is on or off; afterwards B's document is as it was.
 */
export async function runOperationProbe(
  world: IsolationWorld,
  model: Model<never>,
  probe: OperationProbe,
): Promise<ProbeOutcome> {
  const ownTenant = world.b.target.tenant;
  const otherTenant = world.a.target.tenant;
  const collection = model.collection;
  const own = await collection.findOne({ tenant_id: ownTenant });
  if (!own) return { leaks: [], unmet: `B has no ${model.modelName} document to aim at` };
  const aim: ProbeAim = { own, otherTenant, newId: new Types.ObjectId() };
  const leaks: string[] = [];
  let failure: unknown = null;
  try {
    const before = await snapshotOf([model], otherTenant);
    const orphansBefore = await collection.countDocuments({ tenant_id: null });
    await probe.prepare?.(collection, aim);
    const { reads } = await readsDuring(world.api, world.a.target, () =>
      runAsTenant(ownTenant, () => probe.run(model as unknown as ScopedModel, aim)).catch(
        (error: unknown) => {
          failure = error;
        },
      ),
    );
    leaks.push(...reads.map((read) => `read tenant A's data: ${read}`));
    const after = await snapshotOf([model], otherTenant);
    if (after[model.modelName] !== before[model.modelName]) {
      leaks.push(`changed tenant A's ${model.modelName} documents`);
    }
    const aimed = await collection.findOne({ _id: own._id });
    if (aimed?.tenant_id !== ownTenant) {
      leaks.push(`took B's document out of B (tenant_id now ${String(aimed?.tenant_id)})`);
    }
    const orphans = (await collection.countDocuments({ tenant_id: null })) - orphansBefore;
    if (orphans > 0) leaks.push(`left ${orphans} document(s) with no tenant, beyond the purge`);
  } finally {
    await collection.replaceOne({ _id: own._id }, own, { upsert: true });
    await collection.deleteOne({ _id: aim.newId });
  }
  return { leaks, unmet: unmetExpectation(probe.expect, failure) };
}

function unmetExpectation(expected: OperationProbe['expect'], failure: unknown): string | null {
  const got = failure === null ? 'success' : String(failure);
  if (expected === 'refused') {
    return failure instanceof TenantScopeError ? null : `expected a TenantScopeError, got ${got}`;
  }
  return failure === null ? null : `expected success, got ${got}`;
}
