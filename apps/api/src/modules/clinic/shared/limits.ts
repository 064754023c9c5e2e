import { mongo } from 'mongoose';

/** A document's stored size: its BSON bytes, as the storage measurement counts them. */
export const storedBytes = (doc: object): number => mongo.BSON.calculateObjectSize(doc);

/** What clinic writes are counted against: active staff members and clients. */
export type CountedLimit = 'staff' | 'clients';

/**
 * The clinic's limits as its writes meet them, implemented by the billing module. A slot is
 * claimed before the record is written and released if the write fails, so concurrent creations
 * never pass the limit; storage is checked before a write and the written bytes recorded after.
 */
export interface ClinicLimits {
  /**
   * Takes one slot or refuses with LIMIT_EXCEEDED naming the limit, the count and the plan; also
   * refuses when storage is full, as assertStorageRoom does.
   */
  claim(tenantId: string, limit: CountedLimit): Promise<void>;
  /** Gives a slot back (the write failed, or the record left the count). */
  release(tenantId: string, limit: CountedLimit): Promise<void>;
  /** Refuses with LIMIT_EXCEEDED when the clinic stores as much as its plan allows. */
  assertStorageRoom(tenantId: string): Promise<void>;
  /** Bytes the clinic's stored documents grew (+) or shrank (−) by. */
  storageChanged(tenantId: string, bytes: number): Promise<void>;
}
