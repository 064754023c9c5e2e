import { Queue, type ConnectionOptions } from 'bullmq';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueCounts {
  name: string;
  /** null when the counts could not be read (Redis away). */
  counts: Record<QueueState, number> | null;
}

const COUNT_TIMEOUT_MS = 2_000;

/**
 * Reads the job counts of BullMQ queues for metrics and the health page: the JobScheduler's
 * `maintenance` queue, the alert webhook's, and any a module adds with `watch(name)`. Queue
 * objects are made on first read; a read is bounded, because BullMQ connections wait for Redis
 * forever.
 */
export class QueueWatch {
  private readonly names: string[];
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
    names: readonly string[],
  ) {
    this.names = [...names];
  }

  /** Watches one more queue (a module's own, e.g. backups). */
  watch(name: string): void {
    if (!this.names.includes(name)) this.names.push(name);
  }

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(this.names.map((name) => this.countsOf(name)));
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }

  private async countsOf(name: string): Promise<QueueCounts> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      queue.on('error', () => undefined); // outages are reported by the counts being null
      this.queues.set(name, queue);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const counts = await Promise.race([
        queue.getJobCounts(...QUEUE_STATES),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), COUNT_TIMEOUT_MS);
        }),
      ]);
      return {
        name,
        counts: Object.fromEntries(
          QUEUE_STATES.map((state) => [state, counts[state] ?? 0]),
        ) as Record<QueueState, number>,
      };
    } catch {
      return { name, counts: null };
    } finally {
      clearTimeout(timer);
    }
  }
}
