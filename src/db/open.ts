// The one place a database connection is made and its pragmas are set.
import fs from 'node:fs';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** A prepared statement that can only read: no run(), and no way back to the full handle. */
export interface ReadStatement<P extends unknown[], R> {
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
  pluck(toggleState?: boolean): this;
  raw(toggleState?: boolean): this;
  /** The result's columns, in the order raw() gives them. */
  columns(): { name: string }[];
}

/**
 * A handle that can only read: prepare and read, nothing else (no run, exec,
 * pragma or transaction). A full Db is one too. A preview takes this, and the
 * db functions it calls take this, so "a preview stores nothing" is checked
 * by the compiler: a write there does not type-check.
 */
export interface ReadonlyDb {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(source: string): P extends unknown[] ? ReadStatement<P, R> : ReadStatement<[P], R>;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron in development). */
  nativeBinding?: string;
  /**
   * Runs before anything is written (the switch to WAL writes the file's
   * header): the place to refuse a database this version must not touch.
   */
  beforeWriting?: (db: Db) => void;
  /**
   * Open to look at only: SQLite's read-only mode, and nothing written at all
   * (no switch to WAL). A WAL database in a folder where SQLite cannot make its
   * -shm file (a CD, a read-only share) is read from a copy in memory instead.
   */
  readOnly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (options.readOnly) return openReadOnly(file, options);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // First, and no write: another process holding the file makes us wait, not fail.
    db.pragma('busy_timeout = 5000');
    options.beforeWriting?.(db);
    db.pragma('journal_mode = WAL');
    // FULL: a secretary's edit survives a power cut; the cost is invisible at this size.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function openReadOnly(file: string, options: OpenOptions): Db {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // The first read: where the WAL index (-shm) cannot be made, this is where it fails.
    db.prepare('SELECT COUNT(*) FROM sqlite_schema').get();
  } catch (err) {
    db.close();
    // CANTOPEN on a read-only file system, READONLY_DIRECTORY (or _CANTINIT) where the folder is not ours to write.
    const code = String((err as { code?: unknown }).code);
    if (!code.startsWith('SQLITE_CANTOPEN') && !code.startsWith('SQLITE_READONLY')) throw err;
    const bytes = fs.readFileSync(file);
    // Bytes 18 and 19 of the header say WAL (2); an in-memory copy reads only in rollback mode (1).
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
    db = new Database(bytes, { ...binding, readonly: true });
  }
  try {
    options.beforeWriting?.(db);
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Changes whenever the data may have changed: with every row this connection
 * inserted, updated or deleted (SQLite's total_changes(), which no read moves
 * and every write does, inside a transaction that rolled back too), and with
 * every commit of another connection to the same file (data_version): the
 * command line beside the open app. What is computed from the data may be kept
 * for as long as this stays the same.
 */
export function dataGeneration(db: Db): string {
  const { changes } = db.prepare<[], { changes: number }>('SELECT total_changes() AS changes').get() as { changes: number };
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}
