import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * One run at a time of one backup or restore, across instances: a Redis key held with an expiry
 * and renewed at every heartbeat. A second run (BullMQ handing a "stalled" task to another worker
 * while the first still lives, or the watchdog re-queueing) finds it held and stands down; a run
 * that died lets it expire, and the next run takes over.
 */
export class RunLease {
  private readonly token = randomUUID();

  constructor(
    private readonly redis: Redis,
    readonly key: string,
    private readonly ttlMs: number,
  ) {}

  /** Set once a renewal finds the lease gone: the run must stop. */
  lost = false;

  /**
   * Renews the lease every third of its life while the run lives, whatever it is doing (a long
   * read, a nested backup); answers how to stop. A dead process renews nothing.
   */
  keepAlive(): () => void {
    const timer = setInterval(() => {
      this.renew().then(
        (held) => {
          if (!held) this.lost = true;
        },
        () => undefined, // Redis away for a moment: the next tick tries again
      );
    }, this.ttlMs / 3);
    timer.unref();
    return () => clearInterval(timer);
  }

  async acquire(): Promise<boolean> {
    return (await this.redis.set(this.key, this.token, 'PX', this.ttlMs, 'NX')) === 'OK';
  }

  /** Extends the lease; false if it was lost (expired and taken by another run). */
  async renew(): Promise<boolean> {
    const renewed = await this.redis.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
      1,
      this.key,
      this.token,
      String(this.ttlMs),
    );
    return renewed === 1;
  }

  async release(): Promise<void> {
    await this.redis.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
      1,
      this.key,
      this.token,
    );
  }
}
