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
 */
export class JobScheduler {
  private readonly queue: Queue;
  private worker: Worker | null = null;

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
    private readonly jobs: ScheduledJob[],
    private readonly log: Logger,
  ) {
    this.queue = new Queue('maintenance', { connection, prefix: `${prefix}bull` });
  }

  async start(): Promise<void> {
    for (const job of this.jobs) {
      await this.queue.upsertJobScheduler(job.name, { every: job.every }, { name: job.name });
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
      const bullJob = await this.queue.add(name, {}, { removeOnComplete: 100, removeOnFail: 100 });
      return await bullJob.waitUntilFinished(events, 60_000);
    } finally {
      await events.close();
    }
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }
}
