import { index, prop } from '@typegoose/typegoose';
import mongoose, { type PipelineStage } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { modelOn } from './model.js';
import { runAsTenant } from './tenant-context.js';
import { setTenantScoping, TenantScopeError } from './tenant-scope.plugin.js';
import { TenantScopedDocument } from './tenant-scoped.js';

@index({ tenant_id: 1, name: 1 })
class ScopeProbe extends TenantScopedDocument {
  @prop({ type: () => String, required: true })
  name!: string;

  @prop({ type: () => Number, default: 0 })
  visits!: number;
}

const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';
/** The tenants of the refusal tests below, whose documents those tests make and check. */
const C = 'cccccccccccccccccccccccc';
const D = 'dddddddddddddddddddddddd';
let connection: mongoose.Connection;
let Probe: ReturnType<typeof modelOn<typeof ScopeProbe>>;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(inject('mongoUri'), { dbName: `test_scope_${Date.now().toString(36)}` })
    .asPromise();
  Probe = modelOn(connection, ScopeProbe);
  await runAsTenant(A, () => Probe.create([{ name: 'a1' }, { name: 'a2' }]));
  await runAsTenant(B, () => Probe.create({ name: 'b1' }));
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

describe('the tenant-scope plugin', () => {
  it('stamps the tenant in context on inserts', async () => {
    const docs = await connection.db!.collection('scopeprobes').find({}).toArray();
    expect(docs.map((d) => [d.tenant_id, d.name]).sort()).toEqual([
      [A, 'a1'],
      [A, 'a2'],
      [B, 'b1'],
    ]);
  });

  it('confines reads, counts and aggregates to the tenant in context', async () => {
    const aDoc = await runAsTenant(A, () => Probe.findOne({ name: 'a1' }).lean());
    expect(await runAsTenant(B, () => Probe.findById(aDoc!._id).lean())).toBeNull();
    expect(await runAsTenant(B, () => Probe.find({}).lean())).toHaveLength(1);
    expect(await runAsTenant(A, () => Probe.countDocuments())).toBe(2);
    const grouped = await runAsTenant(B, () =>
      Probe.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }]),
    );
    expect(grouped).toEqual([{ _id: null, n: 1 }]);
  });

  it('confines updates and deletes', async () => {
    const aDoc = await runAsTenant(A, () => Probe.findOne({ name: 'a2' }).lean());
    const update = await runAsTenant(B, () =>
      Probe.updateOne({ _id: aDoc!._id }, { $inc: { visits: 1 } }),
    );
    expect(update.matchedCount).toBe(0);
    const removed = await runAsTenant(B, () => Probe.deleteMany({}));
    expect(removed.deletedCount).toBe(1);
    expect(await runAsTenant(A, () => Probe.countDocuments())).toBe(2);
    await runAsTenant(B, () => Probe.create({ name: 'b1' }));
  });

  it('throws with no tenant in context, or for a filter naming another tenant', async () => {
    await expect(Probe.find({}).lean()).rejects.toBeInstanceOf(TenantScopeError);
    await expect(Probe.create({ name: 'orphan' })).rejects.toBeInstanceOf(TenantScopeError);
    await expect(runAsTenant(B, () => Probe.find({ tenant_id: A }).lean())).rejects.toBeInstanceOf(
      TenantScopeError,
    );
    await expect(
      runAsTenant(B, () => Probe.create({ name: 'x', tenant_id: A })),
    ).rejects.toBeInstanceOf(TenantScopeError);
    await expect(
      runAsTenant(A, () => Probe.updateMany({}, { $set: { tenant_id: B } })),
    ).rejects.toBeInstanceOf(TenantScopeError);
    await expect(runAsTenant(A, () => Probe.estimatedDocumentCount())).rejects.toBeInstanceOf(
      TenantScopeError,
    );
  });

  it('leaks across tenants when switched off, which is what the isolation suite must catch', async () => {
    setTenantScoping('ScopeProbe', false);
    try {
      expect(await runAsTenant(B, () => Probe.countDocuments())).toBe(3);
    } finally {
      setTenantScoping('ScopeProbe', true);
    }
    expect(await runAsTenant(B, () => Probe.countDocuments())).toBe(1);
  });
});

describe('what the tenant-scope plugin refuses before the database is asked', () => {
  const stored = () => connection.db!.collection('scopeprobes');
  const storedOf = async (name: string) => stored().findOne({ name });
  const refused = (work: () => PromiseLike<unknown>) =>
    expect(runAsTenant(C, work)).rejects.toBeInstanceOf(TenantScopeError);

  it('refuses updates that would move a document to another tenant or drop its tenant', async () => {
    // A field holding another tenant's id, as a careless migration might leave behind.
    await runAsTenant(C, () => Probe.create({ name: D }));
    const overwrite = { overwriteImmutable: true };
    await refused(() => Probe.updateOne({ name: D }, { $rename: { name: 'tenant_id' } }));
    await refused(() => Probe.updateMany({}, { $rename: { name: 'tenant_id' } }));
    await refused(() => Probe.findOneAndUpdate({ name: D }, { $rename: { name: 'tenant_id' } }));
    await refused(() => Probe.updateOne({ name: D }, { $rename: { name: 'tenant_id.owner' } }));
    await refused(() =>
      Probe.updateOne({ name: D }, { $rename: { tenant_id: 'former_tenant' } }, overwrite),
    );
    await refused(() => Probe.updateOne({ name: D }, { $unset: { tenant_id: 1 } }, overwrite));
    await refused(() => Probe.updateOne({ name: D }, { $set: { 'tenant_id.owner': D } }));
    await refused(() =>
      Probe.updateOne({ name: 'new' }, { $setOnInsert: { tenant_id: D } }, { upsert: true }),
    );
    await refused(async () => {
      const doc = await Probe.findOne({ name: D }).orFail();
      return doc.updateOne({ $rename: { name: 'tenant_id' } });
    });
    expect(await storedOf(D)).toMatchObject({ tenant_id: C, name: D });
    expect(await stored().countDocuments({ name: 'new' })).toBe(0);
  });

  it('refuses update pipelines, whatever their stages', async () => {
    await runAsTenant(C, () => Probe.create({ name: 'piped' }));
    const pipelines = [
      [{ $set: { tenant_id: D } }],
      [{ $unset: 'tenant_id' }],
      [{ $replaceWith: { name: 'replaced' } }],
      [{ $replaceRoot: { newRoot: { name: 'replaced' } } }],
      [{ $project: { name: 1 } }],
      [{ $set: { visits: 1 } }],
    ];
    const pipelineUpdates = { updatePipeline: true };
    for (const pipeline of pipelines) {
      await refused(() => Probe.updateOne({ name: 'piped' }, pipeline, pipelineUpdates));
      await refused(() => Probe.updateMany({}, pipeline, pipelineUpdates));
      await refused(() => Probe.findOneAndUpdate({ name: 'piped' }, pipeline, pipelineUpdates));
    }
    expect(await storedOf('piped')).toMatchObject({ tenant_id: C, visits: 0 });
  });

  it('stamps replacements with the tenant, and refuses one naming another tenant', async () => {
    await runAsTenant(C, () => Probe.create({ name: 'c-replace' }));
    const replaced = await runAsTenant(C, () =>
      Probe.replaceOne({ name: 'c-replace' }, { name: 'c-replaced', visits: 3 }),
    );
    expect(replaced.modifiedCount).toBe(1);
    expect(await storedOf('c-replaced')).toMatchObject({ tenant_id: C, visits: 3 });

    const returned = await runAsTenant(C, () =>
      Probe.findOneAndReplace(
        { name: 'c-replaced' },
        { name: 'c-found' },
        { returnDocument: 'after' },
      ).lean(),
    );
    expect(returned).toMatchObject({ tenant_id: C, name: 'c-found' });
    expect(await storedOf('c-found')).toMatchObject({ tenant_id: C });

    // Naming the tenant in context is fine; naming another is refused.
    await runAsTenant(C, () =>
      Probe.replaceOne({ name: 'c-found' }, { name: 'c-own', tenant_id: C }),
    );
    expect(await storedOf('c-own')).toMatchObject({ tenant_id: C });
    await refused(() => Probe.replaceOne({ name: 'c-own' }, { name: 'c-moved', tenant_id: D }));
    await refused(() =>
      Probe.findOneAndReplace({ name: 'c-own' }, { name: 'c-moved', tenant_id: D }),
    );
    expect(await stored().countDocuments({ name: 'c-moved' })).toBe(0);

    // Another tenant's replacement reaches nothing of C's.
    const fromD = await runAsTenant(D, () => Probe.replaceOne({ name: 'c-own' }, { name: 'd' }));
    expect(fromD.matchedCount).toBe(0);
    expect(await storedOf('c-own')).toMatchObject({ tenant_id: C });
  });

  it("stamps insertMany documents with the tenant, and refuses another tenant's", async () => {
    await runAsTenant(C, () => Probe.insertMany([{ name: 'many-1' }, { name: 'many-2' }]));
    await runAsTenant(C, () => Probe.insertMany({ name: 'many-single' }));
    // Lean skips validation, and with it save's stamp: the insertMany hook alone stamps these.
    await runAsTenant(C, () => Probe.insertMany([{ name: 'many-lean' }], { lean: true }));
    for (const name of ['many-1', 'many-2', 'many-single', 'many-lean']) {
      expect(await storedOf(name), name).toMatchObject({ tenant_id: C });
    }

    await refused(() => Probe.insertMany([{ name: 'many-3' }, { name: 'many-4', tenant_id: D }]));
    await refused(() => Probe.insertMany([{ name: 'many-4', tenant_id: D }], { lean: true }));
    await expect(Probe.insertMany([{ name: 'many-5' }])).rejects.toBeInstanceOf(TenantScopeError);
    expect(await stored().countDocuments({ name: { $in: ['many-3', 'many-4', 'many-5'] } })).toBe(
      0,
    );
  });

  it('refuses aggregate stages that read or write another collection, however nested', async () => {
    const lookup = { $lookup: { from: 'others', localField: 'name', foreignField: 'n', as: 'j' } };
    const pipelines: PipelineStage[][] = [
      [lookup],
      [{ $lookup: { from: 'others', pipeline: [{ $match: {} }], as: 'j' } }],
      [
        {
          $graphLookup: {
            from: 'others',
            startWith: '$name',
            connectFromField: 'n',
            connectToField: 'n',
            as: 'j',
          },
        },
      ],
      [{ $unionWith: 'others' }],
      [{ $unionWith: { coll: 'others', pipeline: [{ $match: {} }] } }],
      [{ $match: {} }, { $out: 'copied' }],
      [{ $merge: { into: 'copied' } }],
      [{ $facet: { joined: [{ $match: {} }, lookup] } }],
      [{ $facet: { plain: [{ $match: {} }], nested: [{ $facet: { u: [{ $unionWith: 'x' }] } }] } }],
    ] as PipelineStage[][];
    for (const pipeline of pipelines) {
      await expect(
        runAsTenant(C, () => Probe.aggregate(pipeline)),
        JSON.stringify(pipeline),
      ).rejects.toBeInstanceOf(TenantScopeError);
    }
  });
});
