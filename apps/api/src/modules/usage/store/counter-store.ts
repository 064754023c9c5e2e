import type { Redis } from 'ioredis';
import type { UsageKeys } from '../usage-keys.js';
import type { CounterBatch } from './counter-batch.js';

/**
 * Applies a batch atomically: nothing when its idempotency key was seen (answers 0), otherwise
 * every counter change, its pending twin for the flush, the once-only changes whose marker is
 * new, the expiry of every touched key, and the tenant's mark for the live feed (answers 1).
 *
 * KEYS: 1 idempotency key (or the pending hash when there is none), 2 pending hash, 3 live set,
 *       4.. counter and marker keys.
 * ARGV: 1 has-idempotency, 2 idempotency TTL, 3 counter TTL, 4 live member ('' for none),
 *       5 writes, 6 once-writes, then per write: kind, key index, field, delta, pending field,
 *       then per once-write: marker index, marker TTL, kind, key index, field, delta, pending field.
 */
const APPLY_COUNTERS = `
if ARGV[1] == '1' then
  if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return 0 end
end
local touched = {}
local function apply(kind, key, field, delta, pending)
  if kind == 'z' then
    redis.call('ZINCRBY', key, delta, field)
  else
    redis.call('HINCRBY', key, field, delta)
  end
  if pending ~= '' then redis.call('HINCRBY', KEYS[2], pending, delta) end
  touched[key] = true
end
local i = 7
for _ = 1, tonumber(ARGV[5]) do
  apply(ARGV[i], KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4])
  i = i + 5
end
for _ = 1, tonumber(ARGV[6]) do
  if redis.call('SET', KEYS[tonumber(ARGV[i])], '1', 'NX', 'EX', ARGV[i + 1]) then
    apply(ARGV[i + 2], KEYS[tonumber(ARGV[i + 3])], ARGV[i + 4], ARGV[i + 5], ARGV[i + 6])
  end
  i = i + 7
end
for key in pairs(touched) do redis.call('EXPIRE', key, ARGV[3]) end
if ARGV[4] ~= '' then redis.call('SADD', KEYS[3], ARGV[4]) end
return 1
`;

type ApplyCounters = (numberOfKeys: number, ...args: (string | number)[]) => Promise<number>;

export type ApplyOutcome = 'applied' | 'duplicate';

/** Writes counter batches to Redis, each in one round trip and all or nothing. */
export class CounterStore {
  private readonly applyCounters: ApplyCounters;

  constructor(
    redis: Redis,
    private readonly keys: UsageKeys,
    private readonly settings: { counterTtlSeconds: number; idempotencyTtlSeconds: number },
  ) {
    // defineCommand sends EVALSHA and falls back to EVAL after a restarted Redis forgot the script.
    redis.defineCommand('vetcaresApplyCounters', { lua: APPLY_COUNTERS });
    const commands = redis as unknown as { vetcaresApplyCounters: ApplyCounters };
    this.applyCounters = commands.vetcaresApplyCounters.bind(redis);
  }

  async apply(batch: CounterBatch): Promise<ApplyOutcome> {
    const keys = [
      batch.idempotencyKey ?? this.keys.pending,
      this.keys.pending,
      this.keys.liveDirty,
    ];
    const indexOf = new Map<string, number>();
    const keyIndex = (key: string): number => {
      let index = indexOf.get(key);
      if (index === undefined) {
        keys.push(key);
        index = keys.length;
        indexOf.set(key, index);
      }
      return index;
    };
    const args: (string | number)[] = [
      batch.idempotencyKey ? '1' : '0',
      this.settings.idempotencyTtlSeconds,
      this.settings.counterTtlSeconds,
      batch.dirtyTenant ?? '',
      batch.writes.length,
      batch.once.length,
    ];
    for (const write of batch.writes) {
      args.push(
        write.kind === 'zset' ? 'z' : 'h',
        keyIndex(write.key),
        write.field,
        write.delta,
        write.pending ?? '',
      );
    }
    for (const { marker, markerTtlSeconds, write } of batch.once) {
      args.push(
        keyIndex(marker),
        markerTtlSeconds,
        write.kind === 'zset' ? 'z' : 'h',
        keyIndex(write.key),
        write.field,
        write.delta,
        write.pending ?? '',
      );
    }
    const result = await this.applyCounters(keys.length, ...keys, ...args);
    return result === 1 ? 'applied' : 'duplicate';
  }
}
