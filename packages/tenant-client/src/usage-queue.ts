import { TenantClientError } from './errors.js';
import type { UsageEventName } from './usage-events.js';

export interface QueuedEvent {
  event: UsageEventName;
  count: number;
  /** When it happened (ISO), so an event sent late is still counted on its own day. */
  at: string;
}

export interface UsageStats {
  /** Waiting to be sent. */
  buffered: number;
  /** Accepted by the API. */
  sent: number;
  /** Dropped, oldest first, because the buffer was full while the API could not take them. */
  dropped: number;
  /** Refused by the API as invalid; each refusal was reported to onError. */
  rejected: number;
  /** Failed attempts since the last success. */
  consecutiveFailures: number;
  lastError: TenantClientError | null;
}

export interface UsageQueueSettings {
  maxBatch: number;
  maxBuffered: number;
  retryInitialDelayMs: number;
  retryMaxDelayMs: number;
  onError: (error: TenantClientError) => void;
  now?: () => number;
}

export type SendBatch = (events: QueuedEvent[], options: { keepalive: boolean }) => Promise<void>;

/**
 * Usage events waiting to be sent, in batches, one send at a time. A batch the API cannot take
 * now goes back to the front and is retried with exponential backoff; the buffer is bounded, so
 * an API down for long costs the oldest events, counted in `dropped`. Nothing is lost silently:
 * every failure reaches onError and the counters.
 */
export class UsageQueue {
  private buffer: QueuedEvent[] = [];
  private sending: Promise<void> = Promise.resolve();
  private retryAt = 0;
  private newSinceShutdownFlush = false;
  private readonly counters = { sent: 0, dropped: 0, rejected: 0, consecutiveFailures: 0 };
  private lastError: TenantClientError | null = null;
  private readonly now: () => number;

  constructor(
    private readonly send: SendBatch,
    private readonly settings: UsageQueueSettings,
  ) {
    this.now = settings.now ?? Date.now;
  }

  get stats(): UsageStats {
    return { buffered: this.buffer.length, ...this.counters, lastError: this.lastError };
  }

  add(event: QueuedEvent): void {
    this.buffer.push(event);
    this.dropBeyondBound();
    this.newSinceShutdownFlush = true;
    if (this.buffer.length >= this.settings.maxBatch && !this.backingOff())
      this.flushInBackground();
  }

  /** Sends everything queued; rejects, keeping the events for a retry, when the API cannot take them. */
  flush(options: { keepalive: boolean } = { keepalive: false }): Promise<void> {
    const run = this.sending.catch(() => undefined).then(() => this.drain(options));
    this.sending = run;
    return run;
  }

  /** For the interval timer: a flush unless there is nothing to send or a retry is not yet due. */
  flushIfDue(): void {
    if (this.buffer.length > 0 && !this.backingOff()) this.flushInBackground();
  }

  /**
   * For exit hooks: one attempt per run of new events. Node emits beforeExit again after every
   * flush, so without this an API that stays down would keep the process alive forever.
   */
  flushForShutdown(options: { keepalive: boolean }): Promise<void> | null {
    if (!this.newSinceShutdownFlush || this.buffer.length === 0) return null;
    this.newSinceShutdownFlush = false;
    return this.flush(options);
  }

  private flushInBackground(): void {
    // Failures are already in onError and the counters; the events wait for the next attempt.
    this.flush().catch(() => undefined);
  }

  private async drain(options: { keepalive: boolean }): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.settings.maxBatch);
      try {
        await this.send(batch, options);
        this.counters.sent += batch.length;
        this.counters.consecutiveFailures = 0;
        this.retryAt = 0;
      } catch (error) {
        const failure = asClientError(error);
        this.lastError = failure;
        this.settings.onError(failure);
        if (failure.code === 'BAD_USER_INPUT') {
          // Sending these again can never succeed: drop the entries the API named, keep the rest.
          const refused = refusedEntries(failure, batch.length);
          this.counters.rejected += refused.size;
          this.buffer.unshift(...batch.filter((_, index) => !refused.has(index)));
          continue;
        }
        this.buffer.unshift(...batch);
        this.dropBeyondBound();
        this.counters.consecutiveFailures += 1;
        this.retryAt = this.now() + this.retryDelay();
        throw failure;
      }
    }
  }

  private backingOff(): boolean {
    return this.now() < this.retryAt;
  }

  /** Exponential, capped, with jitter so many clients recovering together do not stampede. */
  private retryDelay(): number {
    const { retryInitialDelayMs, retryMaxDelayMs } = this.settings;
    const exponential = retryInitialDelayMs * 2 ** (this.counters.consecutiveFailures - 1);
    const capped = Math.min(retryMaxDelayMs, exponential);
    return capped / 2 + Math.random() * (capped / 2);
  }

  private dropBeyondBound(): void {
    const excess = this.buffer.length - this.settings.maxBuffered;
    if (excess <= 0) return;
    this.buffer.splice(0, excess);
    this.counters.dropped += excess;
  }
}

function asClientError(error: unknown): TenantClientError {
  if (error instanceof TenantClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TenantClientError('NETWORK_ERROR', message, [], null, { cause: error });
}

/** The batch positions a BAD_USER_INPUT names (`events[3].event`); all of them if it names none. */
function refusedEntries(error: TenantClientError, batchSize: number): Set<number> {
  const named = error.fields
    .map((problem) => /^events\[(\d+)\]/.exec(problem.field)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number)
    .filter((index) => index < batchSize);
  return new Set(named.length > 0 ? named : Array.from({ length: batchSize }, (_, index) => index));
}
