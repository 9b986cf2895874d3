// The one place a database connection is made and its pragmas are set.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron in development). */
  nativeBinding?: string;
  /**
   * Runs before anything is written (the switch to WAL writes the file's
   * header): the place to refuse a database this version must not touch.
   */
  beforeWriting?: (db: Db) => void;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
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
