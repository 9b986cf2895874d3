// The one place a database connection is made and its pragmas are set.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron in development). */
  nativeBinding?: string;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a secretary's edit survives a power cut; the cost is invisible at this size.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
