import mongoose, { type Query } from 'mongoose';

type Step = () => Promise<void>;

const armed = new Map<string, { step: Step; done: () => void; failed: (error: unknown) => void }>();

/**
 * A global mongoose plugin: models compiled after this module loads (so import it before the test
 * app starts) run an armed step right after a findOneAndUpdate on their collection has been
 * applied, before the service that sent it sees the result. That is where a concurrent request
 * can act between a service's write and its next step; here the test acts there, every time.
 */
mongoose.plugin((schema) => {
  schema.post('findOneAndUpdate', async function (this: Query<unknown, unknown>) {
    const collection = this.model.collection.collectionName;
    const entry = armed.get(collection);
    if (!entry) return;
    armed.delete(collection);
    try {
      await entry.step();
      entry.done();
    } catch (error) {
      entry.failed(error);
      throw error;
    }
  });
});

/**
 * Runs `step` once, right after the next findOneAndUpdate on `collection` is applied. Resolves
 * when the step has run, so a test can tell it did.
 */
export function afterNextUpdate(collection: string, step: Step): Promise<void> {
  return new Promise<void>((done, failed) => {
    armed.set(collection, { step, done, failed });
  });
}
