import { TenantClientError } from './errors.js';
import { MAX_COUNT_PER_EVENT, type UsageEventName } from './usage-events.js';

export interface QueuedEvent {
  event: UsageEventName;
  count: number;
  /** When it happened (ISO), so an event sent late is still counted on its own day. */
  at: string;
}

export interface UsageStats {
  /** Events waiting to be sent (as tracked; compaction may have merged some). */
  buffered: number;
  /** Accepted by the API. */
  sent: number;
  /**
   * Refused at trackUsage because the buffer was full even after compaction (each one threw a
   * USAGE_BUFFER_FULL error to its caller). Nothing is ever dropped once queued.
   */
  refused: number;
  /** Refused by the API as invalid; each refusal was reported to onError. */
  rejected: number;
  /** Failed attempts since the last success. */
  consecutiveFailures: number;
  lastError: TenantClientError | null;
}

export interface UsageQueueSettings {
  maxBatch: number;
  /** Entries kept; past it they are compacted (same event, same quarter hour), never dropped. */
  maxBuffered: number;
  retryInitialDelayMs: number;
  retryMaxDelayMs: number;
  onError: (error: TenantClientError) => void;
  now?: () => number;
  /** A new idempotency key per batch. Default: crypto.randomUUID. */
  newKey?: () => string;
}

export type SendBatch = (
  events: QueuedEvent[],
  options: { keepalive: boolean; idempotencyKey: string },
) => Promise<void>;

/** An entry of the buffer: a tracked event, or several merged by compaction. */
interface BufferedEvent extends QueuedEvent {
  /** How many trackUsage calls it stands for. */
  tracked: number;
}

/** A batch that was sent and not acknowledged: sent again as it is, under the same key. */
interface UnacknowledgedBatch {
  key: string;
  events: BufferedEvent[];
}

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * Usage events waiting to be sent, in batches, one send at a time. Each batch gets an
 * idempotency key; a batch the API did not acknowledge is sent again unchanged under the same
 * key, so the API counts it once however many attempts it took. Retries back off exponentially.
 * Nothing queued is ever dropped: when the buffer reaches its bound, entries of the same event
 * within the same quarter hour are merged into one (every timezone's offset is a whole number of
 * quarter hours, so each still counts on its own day); only if that cannot make room is a new
 * event refused, loudly, at trackUsage.
 */
export class UsageQueue {
  private buffer: BufferedEvent[] = [];
  private unacknowledged: UnacknowledgedBatch | null = null;
  private sending: Promise<void> = Promise.resolve();
  private retryAt = 0;
  private newSinceShutdownFlush = false;
  private readonly counters = { sent: 0, refused: 0, rejected: 0, consecutiveFailures: 0 };
  private lastError: TenantClientError | null = null;
  private readonly now: () => number;
  private readonly newKey: () => string;

  constructor(
    private readonly send: SendBatch,
    private readonly settings: UsageQueueSettings,
  ) {
    this.now = settings.now ?? Date.now;
    this.newKey = settings.newKey ?? (() => globalThis.crypto.randomUUID());
  }

  get stats(): UsageStats {
    const waiting = [...this.buffer, ...(this.unacknowledged?.events ?? [])];
    return {
      buffered: waiting.reduce((sum, entry) => sum + entry.tracked, 0),
      ...this.counters,
      lastError: this.lastError,
    };
  }

  add(event: QueuedEvent): void {
    if (this.buffer.length >= this.settings.maxBuffered) {
      this.compact();
      if (this.buffer.length >= this.settings.maxBuffered && this.mergeInto(event)) return;
    }
    if (this.buffer.length >= this.settings.maxBuffered) {
      this.counters.refused += 1;
      throw new TenantClientError(
        'USAGE_BUFFER_FULL',
        `${this.settings.maxBuffered} different usage entries are already waiting for the API; this event was not queued. Flush when the API is reachable, or raise maxBufferedEvents.`,
      );
    }
    this.buffer.push({ ...event, tracked: 1 });
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
    if (this.hasWaiting() && !this.backingOff()) this.flushInBackground();
  }

  /**
   * For exit hooks: one attempt per run of new events. Node emits beforeExit again after every
   * flush, so without this an API that stays down would keep the process alive forever.
   */
  flushForShutdown(options: { keepalive: boolean }): Promise<void> | null {
    if (!this.newSinceShutdownFlush || !this.hasWaiting()) return null;
    this.newSinceShutdownFlush = false;
    return this.flush(options);
  }

  private hasWaiting(): boolean {
    return this.buffer.length > 0 || this.unacknowledged !== null;
  }

  private flushInBackground(): void {
    // Failures are already in onError and the counters; the events wait for the next attempt.
    this.flush().catch(() => undefined);
  }

  private async drain(options: { keepalive: boolean }): Promise<void> {
    while (this.hasWaiting()) {
      const batch = this.unacknowledged ?? {
        key: this.newKey(),
        events: this.buffer.splice(0, this.settings.maxBatch),
      };
      this.unacknowledged = batch;
      try {
        await this.send(
          batch.events.map(({ event, count, at }) => ({ event, count, at })),
          { ...options, idempotencyKey: batch.key },
        );
        this.unacknowledged = null;
        this.counters.sent += batch.events.reduce((sum, entry) => sum + entry.tracked, 0);
        this.counters.consecutiveFailures = 0;
        this.retryAt = 0;
      } catch (error) {
        const failure = asClientError(error);
        this.lastError = failure;
        this.settings.onError(failure);
        if (failure.code === 'BAD_USER_INPUT') {
          // Nothing of the batch was counted, and sending it again can never succeed: drop the
          // entries the API named, and send the rest as a new batch.
          const refused = refusedEntries(failure, batch.events.length);
          this.counters.rejected += batch.events
            .filter((_, index) => refused.has(index))
            .reduce((sum, entry) => sum + entry.tracked, 0);
          this.unacknowledged = null;
          this.buffer.unshift(...batch.events.filter((_, index) => !refused.has(index)));
          continue;
        }
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

  /** Adds an event to a compacted entry of its event and quarter hour, if one has room. */
  private mergeInto(event: QueuedEvent): boolean {
    const quarter = new Date(quarterOf(event.at)).toISOString();
    const into = this.buffer.find(
      (entry) =>
        entry.event === event.event &&
        entry.at === quarter &&
        entry.count + event.count <= MAX_COUNT_PER_EVENT,
    );
    if (!into) return false;
    into.count += event.count;
    into.tracked += 1;
    this.newSinceShutdownFlush = true;
    return true;
  }

  /** Merges entries of one event within one quarter hour, up to the API's count per entry. */
  private compact(): void {
    const merged = new Map<string, BufferedEvent>();
    const kept: BufferedEvent[] = [];
    for (const entry of this.buffer) {
      const quarter = quarterOf(entry.at);
      const id = `${entry.event}@${quarter}`;
      const into = merged.get(id);
      if (into && into.count + entry.count <= MAX_COUNT_PER_EVENT) {
        into.count += entry.count;
        into.tracked += entry.tracked;
        continue;
      }
      const fresh = { ...entry, at: new Date(quarter).toISOString() };
      merged.set(id, fresh);
      kept.push(fresh);
    }
    this.buffer = kept;
  }
}
const quarterOf = (at: string): number =>
  Math.floor(Date.parse(at) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;

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
