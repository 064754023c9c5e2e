import { Queue, QueueEvents, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';

export interface TaskQueueOptions<T> {
  /** The BullMQ queue's name (one per kind of work). */
  name: string;
  connection: ConnectionOptions;
  /** The Redis key prefix of the deployment; the queue lives under `{prefix}bull`. */
  prefix: string;
  /** Runs one task; its result is what `runAndWait` answers. Must be safe to run again. */
  handle(data: T, attempt: number): Promise<unknown>;
  /** Runs tasks on this instance (false on API-only instances: others still enqueue). */
  work: boolean;
  /** Tries per task (a crash or throw retries it, with exponential backoff). */
  attempts?: number;
  concurrency?: number;
  log: Logger;
}

/**
 * On-demand background work on BullMQ (the JobScheduler's periodic jobs' sibling): a task is
 * enqueued by any instance and run by whichever instance's worker takes it; a worker that dies
 * mid-task loses its lock and BullMQ's stalled-job check gives the task to another, up to
 * `attempts` times. A `jobId` makes enqueueing idempotent.
 *
 * Every BullMQ object is awaited ready before it can be closed (BullMQ 5 rejects, unhandled, a
 * connection closed while it still initializes).
 */
export class TaskQueue<T extends object> {
  private queueReady: Promise<Queue> | null = null;
  private worker: Worker | null = null;

  constructor(private readonly options: TaskQueueOptions<T>) {}

  private queue(): Promise<Queue> {
    this.queueReady ??= (async () => {
      const queue = new Queue(this.options.name, {
        connection: this.options.connection,
        prefix: `${this.options.prefix}bull`,
      });
      await queue.waitUntilReady();
      return queue;
    })();
    return this.queueReady;
  }

  async start(): Promise<void> {
    if (!this.options.work) return;
    this.worker = new Worker(
      this.options.name,
      (job: Job) => this.options.handle(job.data as T, job.attemptsMade + 1),
      {
        connection: this.options.connection,
        prefix: `${this.options.prefix}bull`,
        concurrency: this.options.concurrency ?? 1,
      },
    );
    this.worker.on('failed', (job, error) =>
      this.options.log.error({ err: error, job: job?.name, id: job?.id }, 'task failed'),
    );
    await this.worker.waitUntilReady();
  }

  /** Enqueues a task; a second enqueue with the same jobId while the first exists is a no-op. */
  async enqueue(taskName: string, data: T, jobId?: string): Promise<string> {
    const queue = await this.queue();
    const job = await queue.add(taskName, data, {
      jobId,
      attempts: this.options.attempts ?? 2,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: 1000,
      removeOnFail: 1000,
    });
    return job.id!;
  }

  /** Enqueues and waits for the result (scripts, benchmarks). */
  async runAndWait(taskName: string, data: T, timeoutMs = 10 * 60_000): Promise<unknown> {
    const events = new QueueEvents(this.options.name, {
      connection: this.options.connection,
      prefix: `${this.options.prefix}bull`,
    });
    try {
      await events.waitUntilReady();
      const queue = await this.queue();
      const job = await queue.add(taskName, data, {
        attempts: 1,
        removeOnComplete: 100,
        removeOnFail: 100,
      });
      return await job.waitUntilFinished(events, timeoutMs);
    } finally {
      await events.close();
    }
  }

  /** Stops taking new tasks on this instance (the running one finishes). */
  async pause(): Promise<void> {
    await this.worker?.pause();
  }

  resume(): void {
    this.worker?.resume();
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    const queue = await this.queueReady?.catch(() => null);
    await queue?.close();
  }
}
