import type { Connection, Model } from 'mongoose';
import type { ModelRegistry } from '../core/registry.js';
import { encryptedFieldsOf, keyringOf, rotationUpdate } from './encrypted-fields.plugin.js';

export interface RotationOptions {
  batchSize: number;
  /** Stop after this many batches (the next run resumes where this one stopped). */
  maxBatches?: number;
  onBatch?: (collection: string, rewritten: number, lastId: string) => void;
}

export interface RotationReport {
  /** The active keys everything is being moved to: `<encryption key id>/<hmac key id>`. */
  target: string;
  done: boolean;
  collections: Record<string, { scanned: number; rewritten: number; done: boolean }>;
}

interface Progress {
  _id: string;
  collections: Record<
    string,
    { last_id: unknown; scanned: number; rewritten: number; done: boolean }
  >;
}

/**
 * Re-encrypts every encrypted field with the active encryption key and recomputes every keyed
 * lookup with the active HMAC key (and encrypts values still in clear, written before
 * encryption existed), in batches by _id. Progress is saved after each batch under the target
 * keys, so an interrupted run resumes; each write is conditional on the values it read, so a
 * record changed meanwhile (already written with the active keys) is left alone.
 */
export async function rotateKeys(
  connection: Connection,
  models: ModelRegistry,
  options: RotationOptions,
): Promise<RotationReport> {
  const keyring = keyringOf(connection);
  const target = `${keyring.activeEncryptionKey.id}/${keyring.activeHmacKey.id}`;
  const store = connection.db!.collection<Progress>('key_rotations');
  const saved = await store.findOne({ _id: target });
  // A finished pass is not resumed: running again starts a new one (data imported since).
  const finished = saved && Object.values(saved.collections).every((state) => state.done);
  const progress: Progress = saved && !finished ? saved : { _id: target, collections: {} };
  let batches = 0;
  const encrypted = (Object.values(models) as Model<never>[]).filter(
    (model) => Object.keys(encryptedFieldsOf(model)).length > 0,
  );
  for (const model of encrypted) {
    const name = model.collection.collectionName;
    const state = (progress.collections[name] ??= {
      last_id: null,
      scanned: 0,
      rewritten: 0,
      done: false,
    });
    const fields = Object.keys(encryptedFieldsOf(model));
    while (!state.done) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) {
        return report(progress, false);
      }
      const batch = await model.collection
        .find(state.last_id === null ? {} : { _id: { $gt: state.last_id as never } })
        .sort({ _id: 1 })
        .limit(options.batchSize)
        .toArray();
      for (const stored of batch) {
        const update = rotationUpdate(model, stored);
        if (Object.keys(update).length === 0) continue;
        const unchanged = Object.fromEntries(fields.map((field) => [field, stored[field] ?? null]));
        const result = await model.collection.updateOne(
          { _id: stored._id, ...unchanged },
          { $set: update },
        );
        state.rewritten += result.modifiedCount;
      }
      state.scanned += batch.length;
      if (batch.length < options.batchSize) state.done = true;
      if (batch.length > 0) state.last_id = batch.at(-1)!._id;
      await store.replaceOne({ _id: target }, progress, { upsert: true });
      batches += 1;
      options.onBatch?.(name, state.rewritten, String(state.last_id));
    }
  }
  return report(progress, true);
}

function report(progress: Progress, done: boolean): RotationReport {
  return {
    target: progress._id,
    done,
    collections: Object.fromEntries(
      Object.entries(progress.collections).map(([name, state]) => [
        name,
        { scanned: state.scanned, rewritten: state.rewritten, done: state.done },
      ]),
    ),
  };
}
