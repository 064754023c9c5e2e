import type { Redis } from 'ioredis';
import type { Keyring } from '../../crypto/keyring.js';
import {
  anchorMac,
  chainOf,
  entryHash,
  GENESIS_HASH,
  sameHash,
  tenantOfChain,
} from './audit-chain.js';
import type { SecurityChainModel } from './security-chain.model.js';
import type { SecurityLogDocument, SecurityLogModel } from './security-log.model.js';

export type ChainProblemKind = 'edited' | 'deleted' | 'reordered' | 'inserted';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The first entry found out of place or altered (for a deletion: the one after the gap). */
  entry_id: string | null;
  seq: number | null;
  message: string;
}

export interface ChainVerification {
  chain: string;
  tenant_id: string | null;
  ok: boolean;
  /** Entries checked (those after the retention anchor). */
  entries: number;
  first_seq: number | null;
  last_seq: number | null;
  problem: ChainProblem | null;
  verified_at: Date;
}

type Entry = SecurityLogDocument;

/**
 * Walks a chain in order and names the first entry that was edited, deleted, reordered or
 * inserted. Every entry's HMAC is recomputed and every link checked:
 * - an entry whose content no longer matches its hash was edited (its successor still links to
 *   it) or inserted (its successor links past it);
 * - a genuine entry that does not link to the one before it was moved (the entry it links to
 *   sits elsewhere in the chain), copied in (an entry with its hash exists twice), or follows a
 *   deletion (what it links to is gone; a gap in the positions says the same);
 * - a chain shorter than its head, or than the position this job last saw (kept in Redis, out of
 *   the database's reach), lost entries at its end.
 */
export class ChainVerifier {
  constructor(
    private readonly logs: SecurityLogModel,
    private readonly chains: SecurityChainModel,
    private readonly keyring: Keyring,
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async verify(chain: string, now: Date): Promise<ChainVerification> {
    const tenantId = tenantOfChain(chain);
    const head = await this.chains.findById(chain).lean();
    const result = (
      problem: ChainProblem | null,
      entries: number,
      first: number | null,
      last: number | null,
    ) => ({
      chain,
      tenant_id: tenantId,
      ok: problem === null,
      entries,
      first_seq: first,
      last_seq: last,
      problem,
      verified_at: now,
    });

    const anchor = head?.anchor ?? null;
    if (anchor) {
      const expected = this.keyring.hasHmacKey(anchor.key_id)
        ? anchorMac(this.keyring, anchor.key_id, chain, anchor)
        : null;
      if (!expected || !sameHash(expected, anchor.mac)) {
        return result(
          {
            kind: 'edited',
            entry_id: null,
            seq: anchor.seq,
            message: 'The retention anchor (where the pruned chain starts) was altered',
          },
          0,
          null,
          null,
        );
      }
    }
    const startSeq = anchor?.seq ?? 0;
    const entries = await this.logs
      .find({ tenant_id: tenantId, seq: { $gt: startSeq } })
      .sort({ seq: 1 })
      .lean<Entry[]>();

    let expectedSeq = startSeq + 1;
    let previousHash = anchor?.hash ?? GENESIS_HASH;
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index]!;
      const next = entries[index + 1];
      const problem = this.check(entry, next, expectedSeq, previousHash, entries, head?.seq ?? 0);
      if (problem) return result(problem, index, entries[0]?.seq ?? null, entry.seq);
      expectedSeq = entry.seq + 1;
      previousHash = entry.hash;
    }

    const last = entries.at(-1);
    const lastSeq = last?.seq ?? startSeq;
    const seen = await this.redis.get(this.anchorKey(chain));
    const lastSeen = seen ? (JSON.parse(seen) as { seq: number; hash: string }) : null;
    const lost =
      (head && head.seq > lastSeq ? head.seq : 0) ||
      (lastSeen && lastSeen.seq > lastSeq ? lastSeen.seq : 0);
    if (lost) {
      return result(
        {
          kind: 'deleted',
          entry_id: last?._id.toHexString() ?? null,
          seq: lastSeq + 1,
          message: `Entries ${lastSeq + 1} to ${lost} are missing from the end of the chain`,
        },
        entries.length,
        entries[0]?.seq ?? null,
        lastSeq,
      );
    }
    if (lastSeen) {
      const atSeen = entries.find((entry) => entry.seq === lastSeen.seq);
      if (atSeen && !sameHash(atSeen.hash, lastSeen.hash)) {
        return result(
          {
            kind: 'edited',
            entry_id: atSeen._id.toHexString(),
            seq: atSeen.seq,
            message: 'The chain was rewritten since its last verification',
          },
          entries.length,
          entries[0]?.seq ?? null,
          lastSeq,
        );
      }
    }
    if (last) {
      await this.redis.set(
        this.anchorKey(chain),
        JSON.stringify({ seq: last.seq, hash: last.hash }),
      );
    }
    return result(null, entries.length, entries[0]?.seq ?? null, last?.seq ?? null);
  }

  /** Every chain with a head: each tenant's, and the platform's. */
  async chainIds(): Promise<string[]> {
    const heads = await this.chains.find({}, { _id: 1 }).lean();
    return heads.map((head) => head._id);
  }

  private anchorKey(chain: string): string {
    return `${this.keyPrefix}sec:chain-seen:${chain}`;
  }

  private check(
    entry: Entry,
    next: Entry | undefined,
    expectedSeq: number,
    previousHash: string,
    all: readonly Entry[],
    headSeq: number,
  ): ChainProblem | null {
    const id = entry._id.toHexString();
    const at = { entry_id: id, seq: entry.seq };
    const genuine =
      this.keyring.hasHmacKey(entry.key_id) &&
      sameHash(entryHash(this.keyring, entry, entry.prev_hash), entry.hash);
    if (entry.seq > expectedSeq && genuine && entry.prev_hash !== previousHash) {
      return {
        kind: 'deleted',
        ...at,
        message: `Entries ${expectedSeq} to ${entry.seq - 1} are missing before this entry`,
      };
    }
    if (!genuine) {
      if (!this.keyring.hasHmacKey(entry.key_id)) {
        return {
          kind: 'edited',
          ...at,
          message: `The entry names HMAC key "${entry.key_id}", which is not configured`,
        };
      }
      const skippedBySuccessor =
        next !== undefined && next.prev_hash !== entry.hash && next.prev_hash === previousHash;
      // The API advances the head after each append: a forged entry at the end sits past it.
      const pastTheHead = next === undefined && entry.seq > headSeq;
      return skippedBySuccessor || pastTheHead
        ? {
            kind: 'inserted',
            ...at,
            message: 'This entry was not written by the API: its successor links past it',
          }
        : { kind: 'edited', ...at, message: "This entry's content no longer matches its hash" };
    }
    if (entry.prev_hash === previousHash) return null;
    const duplicates = all.filter((other) => other.hash === entry.hash).length;
    if (duplicates > 1) {
      return {
        kind: 'inserted',
        ...at,
        message: 'This entry is a copy of another entry of the chain',
      };
    }
    const linked = all.find((other) => other.hash === entry.prev_hash);
    if (linked) {
      return {
        kind: 'reordered',
        ...at,
        message: `This entry belongs after entry ${linked.seq}, not here`,
      };
    }
    return {
      kind: 'deleted',
      ...at,
      message: 'The entry this one follows is missing from the chain',
    };
  }
}

export const chainKeyOf = chainOf;
