import { describe, expect, it } from 'vitest';
import { TenantClientError } from './errors.js';
import { UsageQueue, type QueuedEvent, type SendBatch } from './usage-queue.js';

const event = (count: number): QueuedEvent => ({
  event: 'api_call',
  count,
  at: '2026-01-01T00:00:00.000Z',
});

function queueWith(send: SendBatch, clock = { now: 0 }) {
  const errors: string[] = [];
  const queue = new UsageQueue(send, {
    maxBatch: 10,
    maxBuffered: 100,
    retryInitialDelayMs: 1_000,
    retryMaxDelayMs: 8_000,
    onError: (error) => errors.push(error.code),
    now: () => clock.now,
  });
  return { queue, errors, clock };
}

describe('UsageQueue', () => {
  it('drops only the entries the API named as invalid, reports them, and sends the rest', async () => {
    const sent: number[][] = [];
    const { queue, errors } = queueWith(async (events) => {
      if (events.some((e) => e.count === 2)) {
        throw new TenantClientError('BAD_USER_INPUT', 'bad', [
          { field: 'events[1].count', message: 'no' },
        ]);
      }
      sent.push(events.map((e) => e.count));
    });
    [1, 2, 3].forEach((n) => queue.add(event(n)));
    await queue.flush();
    expect(sent).toEqual([[1, 3]]);
    expect(errors).toEqual(['BAD_USER_INPUT']);
    expect(queue.stats).toMatchObject({ buffered: 0, sent: 2, rejected: 1, refused: 0 });
  });

  it('backs off exponentially between automatic attempts, and resets after a success', async () => {
    let down = true;
    const { queue, clock } = queueWith(async () => {
      if (down) throw new TenantClientError('NETWORK_ERROR', 'down');
    });
    queue.add(event(1));
    await expect(queue.flush()).rejects.toThrow('down');
    const attempts = () => queue.stats.consecutiveFailures;

    queue.flushIfDue(); // within the first delay (0.5 to 1 s): no attempt
    await Promise.resolve();
    expect(attempts()).toBe(1);

    clock.now = 1_000;
    queue.flushIfDue();
    await expect.poll(attempts).toBe(2);
    clock.now = 1_999; // the second delay is 1 to 2 s after the second failure
    queue.flushIfDue();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(attempts()).toBe(2);

    down = false;
    clock.now = 3_000;
    queue.flushIfDue();
    await expect.poll(() => queue.stats.sent).toBe(1);
    expect(queue.stats).toMatchObject({ buffered: 0, consecutiveFailures: 0 });
  });

  it('sends one batch at a time, in order, even when flushes overlap', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    const { queue } = queueWith(async (events) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      batches.push(events.map((e) => e.count));
      inFlight -= 1;
    });
    for (let n = 1; n <= 25; n += 1) queue.add(event(n));
    await Promise.all([queue.flush(), queue.flush()]);
    expect(batches.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 5]);
  });

  it('merges entries of one event and quarter hour at the bound, keeping every count and its day', async () => {
    const sent: QueuedEvent[][] = [];
    const errors: string[] = [];
    const queue = new UsageQueue(
      async (events) => {
        sent.push(events);
      },
      {
        maxBatch: 10,
        maxBuffered: 3,
        retryInitialDelayMs: 1_000,
        retryMaxDelayMs: 8_000,
        onError: (error) => errors.push(error.code),
      },
    );
    const at = (time: string) => `2026-01-01T${time}:00.000Z`;
    queue.add({ event: 'api_call', count: 1, at: at('09:01') });
    queue.add({ event: 'api_call', count: 2, at: at('09:14') });
    queue.add({ event: 'api_call', count: 4, at: at('09:15') });
    queue.add({ event: 'user_login', count: 8, at: at('09:16') });
    queue.add({ event: 'api_call', count: 16, at: at('09:29') });
    expect(queue.stats).toMatchObject({ buffered: 5, refused: 0 });
    await queue.flush();
    expect(sent).toEqual([
      [
        { event: 'api_call', count: 3, at: at('09:00') },
        { event: 'api_call', count: 20, at: at('09:15') },
        { event: 'user_login', count: 8, at: at('09:15') },
      ],
    ]);
    expect(queue.stats).toMatchObject({ buffered: 0, sent: 5 });
    expect(errors).toEqual([]);
  });
});
