import { index, prop } from '@typegoose/typegoose';
import mongoose from 'mongoose';
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
