/** One change to a counter: a hash field or a sorted-set member, and its pending twin for the flush. */
export interface CounterWrite {
  kind: 'hash' | 'zset';
  key: string;
  /** The hash field, or the sorted set's member. */
  field: string;
  delta: number;
  /** The pending-hash field the same change is added to, for the flush; null for derived data. */
  pending: string | null;
}

/** A write done at most once per marker (a minute counted as failed once, whoever saw it). */
export interface OnceWrite {
  marker: string;
  markerTtlSeconds: number;
  write: CounterWrite;
}

/** Counter changes applied together, atomically, once per idempotency key. */
export interface CounterBatch {
  /** The full Redis key of the batch's idempotency key; null when the batch has none. */
  idempotencyKey: string | null;
  writes: CounterWrite[];
  once: OnceWrite[];
  /** A tenant whose live usage feed should hear about this batch. */
  dirtyTenant: string | null;
}

/** Adds up writes to the same counter, so a batch of 500 repeated events is a handful of writes. */
export class CounterBatchBuilder {
  private readonly writes = new Map<string, CounterWrite>();
  private readonly once: OnceWrite[] = [];

  add(write: CounterWrite): this {
    if (write.delta === 0) return this;
    const id = `${write.kind}\u0000${write.key}\u0000${write.field}`;
    const existing = this.writes.get(id);
    if (existing) existing.delta += write.delta;
    else this.writes.set(id, { ...write });
    return this;
  }

  addOnce(once: OnceWrite): this {
    this.once.push(once);
    return this;
  }

  get isEmpty(): boolean {
    return this.writes.size === 0 && this.once.length === 0;
  }

  build(options: Omit<CounterBatch, 'writes' | 'once'>): CounterBatch {
    return {
      ...options,
      writes: [...this.writes.values()].filter((write) => write.delta !== 0),
      once: this.once,
    };
  }
}
