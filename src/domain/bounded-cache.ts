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
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.weight <= this.options.maxWeight) break;
      this.delete(oldest);
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }
}
