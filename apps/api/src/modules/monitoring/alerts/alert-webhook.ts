import { createHmac, timingSafeEqual } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Clock } from '../../../core/clock.js';
import { ALERT_WEBHOOK_QUEUE } from './alert.constants.js';
import type { AlertChange, AlertNotifier } from './alert.service.js';

export const SIGNATURE_HEADER = 'x-vetcares-signature';
export const EVENT_HEADER = 'x-vetcares-event';
export const DELIVERY_HEADER = 'x-vetcares-delivery';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs its webhooks. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** What a receiver runs: the signature matches the body and is no older than `toleranceSeconds`. */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((part) => part.split('=', 2) as [string, string]),
  );
  const timestamp = Number(parts.t);
  const given = parts.v1;
  if (!Number.isInteger(timestamp) || !given) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = signWebhook(secret, body, timestamp).split('v1=')[1]!;
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

export interface WebhookOptions {
  url: string;
  secret: string;
  attempts: number;
  backoffMs: number;
  /** One delivery's time limit. */
  timeoutMs?: number;
}

interface DeliveryData {
  body: string;
  event: string;
}

/**
 * Posts every alert change to ALERT_WEBHOOK_URL, signed, through a BullMQ queue: a failed
 * delivery (network error, timeout, non-2xx) is retried with exponential backoff by whichever
 * instance's worker is free, and survives a restart. The body is made once, when queued, so every
 * attempt sends the same bytes (receivers dedupe on X-VetCares-Delivery).
 */
export class AlertWebhook implements AlertNotifier {
  private queue: Queue<DeliveryData> | null = null;
  private worker: Worker<DeliveryData> | null = null;

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
    private readonly options: WebhookOptions,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly onFailedAttempt: () => void = () => undefined,
  ) {}

  async start(runWorker: boolean): Promise<void> {
    this.queue = new Queue<DeliveryData>(ALERT_WEBHOOK_QUEUE, {
      connection: this.connection,
      prefix: this.prefix,
    });
    await this.queue.waitUntilReady();
    if (!runWorker) return;
    this.worker = new Worker<DeliveryData>(ALERT_WEBHOOK_QUEUE, (job) => this.deliver(job), {
      connection: this.connection,
      prefix: this.prefix,
      concurrency: 4,
    });
    this.worker.on('failed', (job, error) => {
      this.onFailedAttempt();
      this.log.warn(
        { err: error, delivery: job?.id, attempt: job?.attemptsMade },
        'alert webhook delivery failed',
      );
    });
    await this.worker.waitUntilReady();
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }

  async notify(change: AlertChange): Promise<void> {
    if (!this.queue) throw new Error('the alert webhook is not started');
    const event = `alert.${change.event}`;
    const body = JSON.stringify({ event, alert: change.alert });
    await this.queue.add(
      event,
      { body, event },
      {
        attempts: this.options.attempts,
        backoff: { type: 'exponential', delay: this.options.backoffMs },
        removeOnComplete: 1000,
        removeOnFail: 1000,
      },
    );
  }

  private async deliver(job: Job<DeliveryData>): Promise<void> {
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_HEADER]: job.data.event,
        [DELIVERY_HEADER]: String(job.id),
        [SIGNATURE_HEADER]: signWebhook(this.options.secret, job.data.body, timestamp),
      },
      body: job.data.body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    // Drain the body so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`the receiver answered ${response.status}`);
  }
}
