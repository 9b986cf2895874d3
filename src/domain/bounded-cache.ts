// A small least-recently-used cache, bounded by its number of entries and by
// the total weight of what it holds (cells, activities), so that keeping the
// last few files read never keeps more than one large one. Pure.

export interface BoundedCacheOptions {
  maxEntries: number;
  /** The most weight held at once; an entry heavier than this alone is not kept. */
  maxWeight: number;
}

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;
  /**
   * Where eviction goes on: a Map iterator lives on as entries come and go, so the next oldest is
   * found past the entries evicted before, not by skipping them all again from the start (a Map
   * keeps a removed entry's place until it is rebuilt, and a cache of thousands evicts at every set).
   */
  private eviction: Iterator<K> | undefined;

  constructor(private readonly options: Readonly<BoundedCacheOptions>) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, now the most recently used; undefined when not held. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value, no longer held: for a caller that changes it. */
  take(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.delete(key);
    return entry.value;
  }

  set(key: K, value: V, weight: number): void {
    this.delete(key);
    if (weight > this.options.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    while (this.entries.size > this.options.maxEntries || this.weight > this.options.maxWeight) this.evictOldest();
  }

  private evictOldest(): void {
    let next = this.eviction?.next();
    if (!next || next.done) {
      this.eviction = this.entries.keys();
      next = this.eviction.next();
    }
    if (!next.done) this.delete(next.value);
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }
}
