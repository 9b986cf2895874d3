import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/domain/bounded-cache';

describe('a bounded cache', () => {
  it('keeps the most recently used entries within its count', () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 2, maxWeight: 100 });
    cache.set('a', 1, 1);
    cache.set('b', 2, 1);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, 1);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('lets go of the oldest until the weight fits, and never keeps what is too heavy alone', () => {
    const cache = new BoundedCache<string, string>({ maxEntries: 10, maxWeight: 100 });
    cache.set('old', 'x', 60);
    cache.set('new', 'y', 50);
    expect([cache.get('old'), cache.get('new')]).toEqual([undefined, 'y']);
    cache.set('huge', 'z', 101);
    expect([cache.get('huge'), cache.get('new')]).toEqual([undefined, 'y']);
    cache.set('new', 'y2', 100);
    expect(cache.get('new')).toBe('y2');
    expect(cache.size).toBe(1);
  });

  it('gives an entry away when taken, and forgets it', () => {
    const cache = new BoundedCache<string, number[]>({ maxEntries: 2, maxWeight: 10 });
    cache.set('a', [1], 5);
    expect(cache.take('a')).toEqual([1]);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.take('a')).toBeUndefined();
    cache.set('b', [2], 10);
    expect(cache.get('b')).toEqual([2]);
  });

  it('lets go of exactly the least recently used, over many uses as a memo of thousands sees them', () => {
    const limit = 50;
    const cache = new BoundedCache<number, number>({ maxEntries: limit, maxWeight: limit });
    // The plain definition: the keys in order of last use, the oldest first.
    let order: number[] = [];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 120;
    for (let step = 0; step < 5000; step++) {
      const key = next();
      const known = order.includes(key);
      expect(cache.get(key)).toBe(known ? key * 2 : undefined);
      order = [...order.filter((k) => k !== key), key];
      if (!known) {
        cache.set(key, key * 2, 1);
        if (order.length > limit) order = order.slice(order.length - limit);
      }
      if (step % 7 === 0) {
        const taken = order[Math.floor(order.length / 2)] as number;
        expect(cache.take(taken)).toBe(taken * 2);
        order = order.filter((k) => k !== taken);
      }
      expect(cache.size).toBe(order.length);
    }
  });
});

