import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isDuplicateKey } from '../../../common/mongo-errors.js';
import { runAsTenant } from '../../../db/tenant-context.js';
import { addDays, utcDay } from '../local-day.js';
import {
  parsePendingField,
  PLATFORM_SCOPE,
  type CounterFamily,
  type CounterScope,
  type UsageKeys,
} from '../usage-keys.js';
import type {
  CounterMap,
  PlatformRollupModel,
  UsageRollupDocument,
  UsageRollupModel,
} from '../usage-rollup.model.js';

/**
 * Moves the pending hash aside under a new flush id, unless a flush that crashed left one there:
 * then that one is finished first, under its own id. Answers the id, or null with nothing to do.
 */
const START_FLUSH = `
local current = redis.call('GET', KEYS[3])
if current then return current end
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local id = redis.call('INCR', KEYS[4])
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SET', KEYS[3], id)
return tostring(id)
`;

/**
 * Sets counters to what the rollups hold plus what is pending, atomically against new writes
 * (which add to both the counter and the pending hash).
 * KEYS: 1 pending, 2.. counter keys. ARGV: 1 TTL, 2 count, then per value: key index, kind, field, value, pending field.
 */
const RESTORE_COUNTERS = `
local i = 3
for _ = 1, tonumber(ARGV[2]) do
  local key = KEYS[tonumber(ARGV[i])]
  local value = tonumber(ARGV[i + 3])
  if ARGV[i + 4] ~= '' then
    value = value + tonumber(redis.call('HGET', KEYS[1], ARGV[i + 4]) or '0')
  end
  if ARGV[i + 1] == 'z' then
    redis.call('ZADD', key, value, ARGV[i + 2])
  else
    redis.call('HSET', key, ARGV[i + 2], value)
  end
  redis.call('EXPIRE', key, ARGV[1])
  i = i + 5
end
return 1
`;

const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type Script = (numberOfKeys: number, ...args: (string | number)[]) => Promise<unknown>;

export interface FlushResult {
  /** False when another flush held the lock. */
  ran: boolean;
  flushId: number | null;
  /** Rollup documents the flush added to (those an earlier, crashed run had done are skipped). */
  applied: number;
  skipped: number;
}

const FAMILIES: readonly CounterFamily[] = ['usage', 'perf', 'ops', 'clinic'];
const LOCK_MS = 5 * 60_000;

interface RollupChange {
  scope: CounterScope;
  day: string;
  inc: Record<string, number>;
}

/**
 * Flushes the Redis counters into the MongoDB rollups, and rebuilds the counters from the
 * rollups when Redis has lost them. One flush at a time across every instance (a Redis lock);
 * each rollup document records the last flush it took, so a flush that crashed half way and
 * runs again adds each change exactly once.
 */
export class UsageFlushService {
  private readonly startFlush: Script;
  private readonly restoreCounters: Script;
  private readonly releaseLock: Script;

  constructor(
    private readonly redis: Redis,
    private readonly keys: UsageKeys,
    private readonly models: {
      usageRollups: UsageRollupModel;
      platformRollups: PlatformRollupModel;
    },
    private readonly settings: {
      retentionDays: number;
      counterTtlSeconds: number;
      intervalMs: number;
    },
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {
    redis.defineCommand('vetcaresStartFlush', { lua: START_FLUSH });
    redis.defineCommand('vetcaresRestoreCounters', { lua: RESTORE_COUNTERS });
    redis.defineCommand('vetcaresReleaseLock', { lua: RELEASE_LOCK });
    const commands = redis as unknown as Record<string, Script>;
    this.startFlush = commands.vetcaresStartFlush!.bind(redis);
    this.restoreCounters = commands.vetcaresRestoreCounters!.bind(redis);
    this.releaseLock = commands.vetcaresReleaseLock!.bind(redis);
  }

  /** How often the flush job runs. */
  get intervalMs(): number {
    return this.settings.intervalMs;
  }

  /** The flush job: rebuilds first if Redis lost its counters, then flushes what is pending. */
  async flush(): Promise<FlushResult> {
    return (
      (await this.locked(async () => {
        await this.rebuildUnlessIntact();
        return this.flushLocked();
      })) ?? { ran: false, flushId: null, applied: 0, skipped: 0 }
    );
  }

  /** At start: counters are rebuilt from the rollups if Redis lost them (a new Redis, a wipe). */
  async ensureCounters(): Promise<void> {
    await this.locked(() => this.rebuildUnlessIntact());
  }

  /** Rebuilds the Redis counters from the rollups, whatever state they are in. */
  async rebuild(): Promise<number> {
    return (await this.locked(() => this.rebuildLocked())) ?? 0;
  }

  private async rebuildUnlessIntact(): Promise<void> {
    if ((await this.redis.exists(this.keys.rebuilt)) === 1) return;
    const restored = await this.rebuildLocked();
    this.log.info({ restored }, 'usage counters rebuilt from the rollups');
  }

  private async flushLocked(): Promise<FlushResult> {
    const started = (await this.startFlush(
      4,
      this.keys.pending,
      this.keys.flushing,
      this.keys.flushingId,
      this.keys.flushSequence,
    )) as string | null;
    if (started === null) return { ran: true, flushId: null, applied: 0, skipped: 0 };
    const flushId = Number(started);
    const snapshot = await this.redis.hgetall(this.keys.flushing);
    let applied = 0;
    let skipped = 0;
    for (const change of groupChanges(snapshot)) {
      if (await this.applyChange(change, flushId)) applied += 1;
      else skipped += 1;
    }
    await this.redis.del(this.keys.flushing, this.keys.flushingId);
    return { ran: true, flushId, applied, skipped };
  }

  /** Adds one document's changes unless this flush already did; answers whether it added them. */
  private async applyChange(change: RollupChange, flushId: number): Promise<boolean> {
    const update = { $inc: change.inc, $set: { last_flush: flushId } };
    const options = { upsert: true };
    try {
      if (change.scope === PLATFORM_SCOPE) {
        await this.models.platformRollups.updateOne(
          { day: change.day, last_flush: { $lt: flushId } },
          update,
          options,
        );
      } else {
        await runAsTenant(change.scope, () =>
          this.models.usageRollups.updateOne(
            {
              key: rollupKey(change.scope, change.day),
              day: change.day,
              last_flush: { $lt: flushId },
            },
            update,
            options,
          ),
        );
      }
      return true;
    } catch (error) {
      // The document exists and already took this flush: the upsert's insert collides.
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  private async rebuildLocked(): Promise<number> {
    // Anything a crashed flush left is written first, so the rollups plus pending is everything.
    await this.flushLocked();
    const since = addDays(utcDay(this.now()), -this.settings.retentionDays);
    let restored = 0;
    const tenantDocs = this.models.usageRollups.collection
      .find({ day: { $gte: since } })
      .batchSize(500);
    for await (const doc of tenantDocs) {
      restored += await this.restoreDocument(doc as unknown as UsageRollupDocument);
    }
    const platformDocs = this.models.platformRollups
      .find({ day: { $gte: since } })
      .lean()
      .cursor();
    for await (const doc of platformDocs) {
      restored += await this.restoreDocument({ ...doc, tenant_id: PLATFORM_SCOPE });
    }
    await this.redis.set(this.keys.rebuilt, this.now().toISOString());
    return restored;
  }

  private async restoreDocument(
    doc: Pick<UsageRollupDocument, 'tenant_id' | 'day' | 'usage' | 'perf' | 'ops' | 'clinic'>,
  ): Promise<number> {
    const scope = doc.tenant_id;
    const keys: string[] = [this.keys.pending];
    const args: (string | number)[] = [];
    const indexOf = new Map<string, number>();
    const add = (key: string, kind: 'h' | 'z', field: string, value: number, pending: string) => {
      let index = indexOf.get(key);
      if (index === undefined) {
        keys.push(key);
        index = keys.length;
        indexOf.set(key, index);
      }
      args.push(index, kind, field, value, pending);
    };
    for (const family of FAMILIES) {
      for (const [field, value] of flattenFamily(family, doc[family] ?? {})) {
        add(
          this.keys.day(scope, family, doc.day),
          'h',
          field,
          value,
          `${scope}|${doc.day}|${family}|${field}`,
        );
      }
    }
    if (scope !== PLATFORM_SCOPE) {
      const total = Object.values(doc.usage ?? {}).reduce((sum, value) => sum + value, 0);
      if (total > 0) add(this.keys.topUsage(doc.day), 'z', scope, total, '');
    }
    if (args.length === 0) return 0;
    await this.restoreCounters(
      keys.length,
      ...keys,
      this.settings.counterTtlSeconds,
      args.length / 5,
      ...args,
    );
    return 1;
  }

  private async locked<T>(work: () => Promise<T>): Promise<T | null> {
    const token = randomUUID();
    const acquired = await this.redis.set(this.keys.flushLock, token, 'PX', LOCK_MS, 'NX');
    if (acquired !== 'OK') return null;
    try {
      return await work();
    } finally {
      await this.releaseLock(1, this.keys.flushLock, token);
    }
  }
}

export const rollupKey = (tenantId: string, day: string): string => `${tenantId}:${day}`;

/** The pending fields, as one $inc per rollup document. */
function groupChanges(snapshot: Record<string, string>): RollupChange[] {
  const changes = new Map<string, RollupChange>();
  for (const [text, value] of Object.entries(snapshot)) {
    const parsed = parsePendingField(text);
    const delta = Number(value);
    if (!parsed || !Number.isFinite(delta) || delta === 0) continue;
    const id = `${parsed.scope}|${parsed.day}`;
    let change = changes.get(id);
    if (!change) {
      change = { scope: parsed.scope, day: parsed.day, inc: {} };
      changes.set(id, change);
    }
    change.inc[rollupPath(parsed.family, parsed.field)] = delta;
  }
  return [...changes.values()].sort((a, b) =>
    `${a.scope}|${a.day}`.localeCompare(`${b.scope}|${b.day}`),
  );
}

/** Where a counter lives in a rollup document: per-operation ones are nested by operation. */
function rollupPath(family: CounterFamily, field: string): string {
  if (family !== 'ops') return `${family}.${field}`;
  const [operation, metric] = splitOperationField(field);
  return `ops.${operation}.${metric}`;
}

/** "{operation}|{metric}": the operation name never holds a "|" (see operationName). */
export function splitOperationField(field: string): [string, string] {
  const at = field.lastIndexOf('|');
  return [field.slice(0, at), field.slice(at + 1)];
}

export function* flattenFamily(
  family: CounterFamily,
  stored: CounterMap | Record<string, CounterMap>,
): Generator<[string, number]> {
  for (const [name, value] of Object.entries(stored)) {
    if (family === 'ops' && value !== null && typeof value === 'object') {
      for (const [metric, count] of Object.entries(value)) {
        if (typeof count === 'number') yield [`${name}|${metric}`, count];
      }
    } else if (typeof value === 'number') {
      yield [name, value];
    }
  }
}
