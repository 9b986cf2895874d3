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
});
