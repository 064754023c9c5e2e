interface Entry<T> {
  value: Promise<T>;
  expiresAt: number;
}

/**
 * Remembers answers briefly, and shares one request among callers asking the same thing at once.
 * Failures are not remembered: the next call asks again. Bounded, dropping the oldest entry.
 */
export class ShortLivedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 100,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.value;
    const value = load();
    const entry = { value, expiresAt: this.now() + this.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Hostnames differ only in case, a trailing dot and a port for the same clinic. */
export function hostnameKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}
