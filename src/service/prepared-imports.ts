// What a preview prepared, kept for its commit: both imports (activities and
// results) read and link or match a file once between a preview and its
// commit, and once more only when the data changed in between. Kept by the
// file (the SHA-256 of its bytes and its name) and what was asked of it, with
// the data generation it was prepared from; a few files at most, and never
// more rows together than one sheet may have.
import { createHash } from 'node:crypto';
import { dataGeneration, type Db } from '../db/open';
import { BoundedCache } from '../domain/bounded-cache';
import { IMPORT_LIMITS } from '../imports/sniff';

export type PreparedUse =
  /** A preview: kept for the calls that follow. */
  | 'keep'
  /** A commit: taken out, so that what it changes is never shown again. */
  | 'take';

export type PreparedImports<T> = (
  file: { name: string; bytes: Buffer },
  asked: unknown,
  use: PreparedUse,
  prepare: () => Promise<T>,
) => Promise<T>;

/** A keeper of prepared imports; `rowsOf` weighs one (its activities or results). */
export function preparedImports<T>(db: Db, rowsOf: (prepared: T) => number): PreparedImports<T> {
  const kept = new BoundedCache<string, { generation: string; value: T }>({ maxEntries: 3, maxWeight: IMPORT_LIMITS.maxRowsPerSheet });
  return async (file, asked, use, prepare) => {
    const key = JSON.stringify([createHash('sha256').update(file.bytes).digest('hex'), file.name, asked]);
    const generation = dataGeneration(db);
    const earlier = use === 'take' ? kept.take(key) : kept.get(key);
    if (earlier?.generation === generation) return earlier.value;
    const value = await prepare();
    // Kept only when nothing was written while the file was read (the read awaits).
    if (use === 'keep' && dataGeneration(db) === generation) kept.set(key, { generation, value }, rowsOf(value) + 1);
    return value;
  };
}
