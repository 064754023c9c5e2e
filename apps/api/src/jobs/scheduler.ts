import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';

export interface ScheduledJob {
  name: string;
  /** Milliseconds between runs. */
  every: number;
  run(): Promise<unknown>;
}

/**
 * Periodic jobs on BullMQ. The job scheduler is upserted by every instance but exists once in
 * Redis, so each run happens on exactly one instance however many are running.
 *
 * The queue is made on first use and every BullMQ object is awaited ready before it can be
 * closed: BullMQ 5 rejects, unhandled, a connection closed while it still initializes.
 */
export class JobScheduler {
  private queueReady: Promise<Queue> | null = null;
  private worker: Worker | null = null;

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
    private readonly jobs: ScheduledJob[],
    private readonly log: Logger,
  ) {}

  private queue(): Promise<Queue> {
    this.queueReady ??= (async () => {
      const queue = new Queue('maintenance', {
        connection: this.connection,
        prefix: `${this.prefix}bull`,
      });
      await queue.waitUntilReady();
      return queue;
    })();
    return this.queueReady;
  }

  async start(): Promise<void> {
    const queue = await this.queue();
    for (const job of this.jobs) {
      await queue.upsertJobScheduler(job.name, { every: job.every }, { name: job.name });
    }
    this.worker = new Worker(
      'maintenance',
      async (bullJob) => {
        const job = this.jobs.find((candidate) => candidate.name === bullJob.name);
        if (!job) throw new Error(`no job named ${bullJob.name}`);
        return job.run();
      },
      { connection: this.connection, prefix: `${this.prefix}bull`, concurrency: 1 },
    );
    this.worker.on('failed', (bullJob, error) =>
      this.log.error({ err: error, job: bullJob?.name }, 'job failed'),
    );
    await this.worker.waitUntilReady();
  }

  /** Runs a job now, through the queue (as a scheduled run would), and waits for its result. */
  async runNow(name: string): Promise<unknown> {
    const { QueueEvents } = await import('bullmq');
    const events = new QueueEvents('maintenance', {
      connection: this.connection,
      prefix: `${this.prefix}bull`,
    });
    try {
      await events.waitUntilReady();
      const queue = await this.queue();
      const bullJob = await queue.add(name, {}, { removeOnComplete: 100, removeOnFail: 100 });
      return await bullJob.waitUntilFinished(events, 60_000);
    } finally {
      await events.close();
    }
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    const queue = await this.queueReady?.catch(() => null);
    await queue?.close();
  }
}
