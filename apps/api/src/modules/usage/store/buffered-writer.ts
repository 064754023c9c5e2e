import { EventEmitter } from 'node:events';
import { ReplyError } from 'ioredis';
import type { Logger } from 'pino';
import { AppError } from '../../../common/errors.js';
import type { CounterBatch } from './counter-batch.js';
import type { ApplyOutcome, CounterStore } from './counter-store.js';

export type WriteOutcome = ApplyOutcome | 'buffered';

export interface BufferSettings {
  /** The most counter changes held in memory while Redis is unreachable. */
  maxBufferedWrites: number;
  retryInitialDelayMs: number;
  retryMaxDelayMs: number;
}

/** A Redis that answered with an error is a bug to report; anything else is Redis being away. */
const isUnavailable = (error: unknown): boolean => !(error instanceof ReplyError);

const sizeOf = (batch: CounterBatch): number => batch.writes.length + batch.once.length;

/**
 * Writes counter batches, riding out a Redis outage: a batch Redis cannot take now is kept in
 * memory, within a bound, and retried in the background (the idempotency key makes a retry of a
 * batch that did land count nothing). Past the bound a write is refused with SERVICE_UNAVAILABLE,
 * so callers keep their events and retry; nothing is dropped silently. What is held is lost if
 * the process itself dies during the outage.
 */
export class BufferedCounterWriter extends EventEmitter<{ drained: []; buffered: [] }> {
  private readonly queue: CounterBatch[] = [];
  private readonly queuedKeys = new Set<string>();
  private queuedWrites = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs: number;
  private draining = false;

  constructor(
    private readonly store: CounterStore,
    private readonly settings: BufferSettings,
    private readonly log: Logger,
  ) {
    super();
    this.retryDelayMs = settings.retryInitialDelayMs;
  }

  get buffered(): { batches: number; writes: number } {
    return { batches: this.queue.length, writes: this.queuedWrites };
  }

  async write(batch: CounterBatch): Promise<WriteOutcome> {
    if (batch.idempotencyKey && this.queuedKeys.has(batch.idempotencyKey)) return 'duplicate';
    try {
      return await this.store.apply(batch);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      return this.hold(batch, error);
    }
  }

  /** One last attempt at what is held; whatever Redis still cannot take is reported as lost. */
  async stop(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.drain();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.queue.length > 0) {
      this.log.error(
        { batches: this.queue.length, writes: this.queuedWrites },
        'stopping with usage counters Redis never took; they are lost',
      );
    }
  }

  private hold(batch: CounterBatch, cause: unknown): WriteOutcome {
    const size = sizeOf(batch);
    if (this.queuedWrites + size > this.settings.maxBufferedWrites) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `Usage cannot be stored right now: the counter store is unreachable and this server already holds ${this.queuedWrites} counter changes (its limit is ${this.settings.maxBufferedWrites}). Nothing was counted; send the same batch again later.`,
        [],
        { retry_after_seconds: Math.ceil(this.settings.retryMaxDelayMs / 1000) },
      );
    }
    if (this.queue.length === 0) {
      this.log.warn({ err: cause }, 'Redis unreachable: holding usage counters until it is back');
    }
    this.queue.push(batch);
    this.queuedWrites += size;
    if (batch.idempotencyKey) this.queuedKeys.add(batch.idempotencyKey);
    this.scheduleRetry();
    this.emit('buffered');
    return 'buffered';
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.draining) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.drain();
    }, this.retryDelayMs);
    this.retryTimer.unref();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue[0]!;
        try {
          await this.store.apply(batch);
        } catch (error) {
          if (isUnavailable(error)) {
            this.retryDelayMs = Math.min(this.retryDelayMs * 2, this.settings.retryMaxDelayMs);
            return;
          }
          // Redis refused the batch itself: retrying cannot help, and holding it would block the rest.
          this.log.error({ err: error }, 'Redis refused a held usage batch; it is lost');
        }
        this.queue.shift();
        this.queuedWrites -= sizeOf(batch);
        if (batch.idempotencyKey) this.queuedKeys.delete(batch.idempotencyKey);
      }
      this.retryDelayMs = this.settings.retryInitialDelayMs;
      this.log.info('Redis is back: every held usage counter is stored');
      this.emit('drained');
    } finally {
      this.draining = false;
      if (this.queue.length > 0) this.scheduleRetry();
    }
  }
}
