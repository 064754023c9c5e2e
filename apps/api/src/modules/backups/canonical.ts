import { createHash } from 'node:crypto';
import { mongo } from 'mongoose';

const { EJSON } = mongo.BSON;
const MOD = 1n << 256n;

/** Raw documents as the driver returns them with exact types (Int32, Double, Long kept apart). */
export const RAW_READ = { promoteValues: false } as const;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

/**
 * One text per document whatever order its fields were stored in: canonical Extended JSON
 * (every BSON type spelled out: `{"$oid"}`, `{"$date"}`, `{"$numberInt"}`...) with sorted keys.
 * It is both the archive's line for the document and what its hash is taken over.
 */
export const canonicalText = (doc: mongo.Document): string =>
  JSON.stringify(sortKeys(EJSON.serialize(doc, { relaxed: false })));

/** A document back from its canonical text, with its BSON types. */
export const fromCanonicalText = (text: string): mongo.Document =>
  EJSON.deserialize(JSON.parse(text) as mongo.Document, { relaxed: false }) as mongo.Document;

/**
 * An order-free hash of a set of documents: the sum of their SHA-256s modulo 2^256 (and the
 * count beside it). Streaming and constant in memory, so a collection can be hashed while it is
 * read in whatever order the database returns it.
 */
export class MultisetHash {
  private sum = 0n;
  count = 0;

  add(canonical: string): void {
    const digest = createHash('sha256').update(canonical).digest('hex');
    this.sum = (this.sum + BigInt(`0x${digest}`)) % MOD;
    this.count += 1;
  }

  digest(): string {
    return this.sum.toString(16).padStart(64, '0');
  }
}
