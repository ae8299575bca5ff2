import { LRUCache } from 'lru-cache';

export interface RowCacheOptions {
  /** How many entries one instance keeps. */
  max: number;
  /** How long an entry may be served: what a lost invalidation (a Redis message) can cost at most. */
  ttlMs?: number;
}

/**
 * Rows read on every request that rarely change (API keys, sellers, their provider accounts,
 * webhook endpoints), kept in this instance's memory so that the hot paths skip the database.
 * Whoever changes a cached row invalidates it here (and, through the bus, on every instance).
 * A load that started before an invalidation is not kept, so an invalidation is never undone by a
 * read that was already under way.
 */
export class RowCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  /** Loads under way: the many requests that miss one key at once share one read. */
  private readonly loading = new Map<string, Promise<V | undefined>>();
  private generation = 0;

  constructor(options: RowCacheOptions) {
    this.entries = new LRUCache<string, V>({ max: options.max, ...(options.ttlMs ? { ttl: options.ttlMs } : {}) });
  }

  /** The cached value, or `load`'s (kept unless absent). */
  async get(key: string, load: () => Promise<V | null | undefined>): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const loaded = load()
      .then((value) => {
        if (value != null && generation === this.generation) this.entries.set(key, value);
        return value ?? undefined;
      })
      .finally(() => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
      });
    this.loading.set(key, loaded);
    return loaded;
  }

  /** The cached value, if this instance has it. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** The values of `keys`, with every miss read by one call of `loadMissing` (what it finds is kept). */
  async getMany(keys: readonly string[], loadMissing: (keys: string[]) => Promise<Map<string, V>>): Promise<(V | undefined)[]> {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const key of keys) {
      const hit = this.entries.get(key);
      if (hit !== undefined) found.set(key, hit);
      else missing.push(key);
    }
    if (missing.length) {
      const generation = this.generation;
      for (const [key, value] of await loadMissing(missing)) {
        found.set(key, value);
        if (generation === this.generation) this.entries.set(key, value);
      }
    }
    return keys.map((key) => found.get(key));
  }

  delete(key: string): void {
    this.generation++;
    this.entries.delete(key);
    this.loading.delete(key);
  }

  /** Drops every entry `matches` (e.g. every cached lookup of one API key). */
  deleteWhere(matches: (value: V) => boolean): void {
    this.generation++;
    for (const [key, value] of this.entries.entries()) if (matches(value)) this.entries.delete(key);
    this.loading.clear();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.loading.clear();
  }
}
