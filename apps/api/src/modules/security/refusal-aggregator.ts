import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { canonicalJson } from '../../common/canonical-json.js';
import { chainOf } from './audit-chain.js';
import type { ChainWriter, EntryContent } from './chain-writer.js';

/** Beyond this many distinct callers refused in one window, a chain's further ones share one entry. */
const MAX_DISTINCT_PER_WINDOW = 100;

/**
 * Keeps a flood of refusals from growing the security log without bound. The first refusal of a
 * kind (same chain, event, actor, address and reason) in a window is written at once; its repeats
 * in that window are counted in Redis and written as one entry with `count` when the window
 * closes (the flush job). The repeats' entry id is chosen up front, so evidence can name it before
 * it is written. Past MAX_DISTINCT_PER_WINDOW kinds in a window, a chain's new ones are folded into
 * one catch-all entry per window, so even a flood from rotating addresses stays bounded.
 */
export class RefusalAggregator {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly windowMs: number,
    private readonly writer: ChainWriter,
  ) {}

  /** Records one refusal; answers the id of the entry that stands (or will stand) for it. */
  async note(content: EntryContent): Promise<Types.ObjectId> {
    const window = Math.floor(content.timestamp.getTime() / this.windowMs);
    let kind = content;
    let bucket = this.bucketKey(window, kind);
    let seen = await this.count(bucket);
    if (seen === 1) {
      const distinct = await this.count(
        `${this.keyPrefix}sec:agg-kinds:${window}:${chainOf(content.tenant_id)}`,
      );
      if (distinct <= MAX_DISTINCT_PER_WINDOW) return this.writer.append(content);
      kind = overflowOf(content);
      bucket = this.bucketKey(window, kind);
      seen = await this.count(bucket);
      if (seen === 1) return this.writer.append(kind);
    }
    const closesAt = (window + 1) * this.windowMs;
    const details = `${bucket}:entry`;
    const candidate = new Types.ObjectId().toHexString();
    const replies = await this.redis
      .multi()
      .hsetnx(details, 'id', candidate)
      .hsetnx(details, 'template', JSON.stringify(kind))
      .hset(details, 'last_at', content.timestamp.toISOString())
      .hget(details, 'id')
      .pexpire(details, this.windowMs * 10)
      .zadd(this.pendingKey(), closesAt, bucket)
      .exec();
    const id = replies?.[3]?.[1];
    return new Types.ObjectId(typeof id === 'string' ? id : candidate);
  }

  /** Writes every closed window's repeats as one entry each; safe on any number of instances. */
  async flush(now: Date): Promise<number> {
    const due = await this.redis.zrangebyscore(this.pendingKey(), '-inf', now.getTime());
    let written = 0;
    for (const bucket of due) {
      // Whoever removes it from the pending set writes it: one instance per window.
      if ((await this.redis.zrem(this.pendingKey(), bucket)) !== 1) continue;
      const [count, stored] = await Promise.all([
        this.redis.get(bucket),
        this.redis.hgetall(`${bucket}:entry`),
      ]);
      const repeats = Number(count ?? 0) - 1;
      if (repeats < 1 || !stored.id || !stored.template) continue;
      const template = JSON.parse(stored.template) as EntryContent & { timestamp: string };
      const windowStart = new Date(
        Math.floor(Date.parse(template.timestamp) / this.windowMs) * this.windowMs,
      );
      try {
        await this.writer.append(
          {
            ...template,
            timestamp: new Date(stored.last_at ?? template.timestamp),
            count: repeats,
            window_start: windowStart,
            window_end: new Date(windowStart.getTime() + this.windowMs),
            details: { ...template.details, repeated: true },
          },
          new Types.ObjectId(stored.id),
        );
      } catch (error) {
        await this.redis.zadd(this.pendingKey(), now.getTime(), bucket);
        throw error;
      }
      await this.redis.del(bucket, `${bucket}:entry`);
      written += 1;
    }
    return written;
  }

  private async count(key: string): Promise<number> {
    const replies = await this.redis
      .multi()
      .incr(key)
      .pexpire(key, this.windowMs * 10)
      .exec();
    return Number(replies?.[0]?.[1] ?? 0);
  }

  private bucketKey(window: number, content: EntryContent): string {
    const kind = canonicalJson({
      chain: chainOf(content.tenant_id),
      event: content.event,
      actor: content.actor,
      ip: content.ip_address,
      code: content.details.code ?? null,
      operation: content.details.operation ?? null,
      account: content.details.user_id ?? content.details.email_hash ?? null,
    });
    const digest = createHash('sha256').update(kind).digest('hex').slice(0, 32);
    return `${this.keyPrefix}sec:agg:${window}:${digest}`;
  }

  private pendingKey(): string {
    return `${this.keyPrefix}sec:agg-pending`;
  }
}

function overflowOf(content: EntryContent): EntryContent {
  return {
    ...content,
    actor: 'various',
    actor_label: null,
    ip_address: null,
    user_agent: null,
    details: { overflow: true, note: 'Refusals from more callers than are logged one by one' },
  };
}
