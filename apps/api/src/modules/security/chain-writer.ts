import { Types } from 'mongoose';
import { isDuplicateKey } from '../../common/mongo-errors.js';
import type { Keyring } from '../../crypto/keyring.js';
import { chainOf, entryHash, GENESIS_HASH, type ChainedContent } from './audit-chain.js';
import type { SecurityChainModel } from './security-chain.model.js';
import type { SecurityLogModel } from './security-log.model.js';

export type EntryContent = Omit<ChainedContent, 'key_id'>;

const MAX_ATTEMPTS = 200;

interface Position {
  seq: number;
  hash: string;
}

/**
 * Appends entries to their chain, safely from any number of API processes and without a
 * transaction. The unique index on (tenant_id, seq) decides who gets a position: a writer reads
 * the head, links its entry to it and inserts it at the next position; if another writer took
 * that position first, it moves to that writer's entry and tries the next one. The head is then
 * advanced by a conditional update that only ever moves it forward.
 */
export class ChainWriter {
  constructor(
    private readonly logs: SecurityLogModel,
    private readonly chains: SecurityChainModel,
    private readonly keyring: Keyring,
  ) {}

  async append(entry: EntryContent, id = new Types.ObjectId()): Promise<Types.ObjectId> {
    const chain = chainOf(entry.tenant_id);
    let at = await this.headOf(chain);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const content: ChainedContent = { ...entry, key_id: this.keyring.activeHmacKey.id };
      const hash = entryHash(this.keyring, content, at.hash);
      const seq = at.seq + 1;
      try {
        await this.logs.create({ _id: id, ...content, seq, prev_hash: at.hash, hash });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        if (await this.logs.exists({ _id: id })) return id; // written already (a retried flush)
        at = await this.after(entry.tenant_id, at);
        continue;
      }
      await this.advanceHead(chain, { seq, hash });
      return id;
    }
    throw new Error(`Could not append to the ${chain} chain: too much contention`);
  }

  private async headOf(chain: string): Promise<Position> {
    const head = await this.chains.findById(chain, { seq: 1, hash: 1 }).lean();
    return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** The entry that took the position after `at` (the head may lag behind the log). */
  private async after(tenantId: string | null, at: Position): Promise<Position> {
    const taken = await this.logs
      .findOne({ tenant_id: tenantId, seq: at.seq + 1 }, { seq: 1, hash: 1 })
      .lean();
    if (taken) return { seq: taken.seq, hash: taken.hash };
    return this.headOf(chainOf(tenantId));
  }

  private async advanceHead(chain: string, to: Position): Promise<void> {
    try {
      await this.chains.updateOne(
        { _id: chain, seq: { $lt: to.seq } },
        { $set: { seq: to.seq, hash: to.hash, updated_at: new Date() } },
        { upsert: true },
      );
    } catch (error) {
      // The head exists and is already at or past this entry: someone advanced it further.
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
