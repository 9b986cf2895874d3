// Opening the werkbank: the database file, its migrations (after a backup),
// the embedded data set on first start, and the service over it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../db/backup';
import { migrate } from '../db/migrations';
import { openDatabase } from '../db/open';
import { findSetId, seedAgreementSet } from '../db/seed';
import type { AgreementSetData } from '../domain/dataset';
import { appRoot, resourcesDir } from '../paths';
import type { WerkbankApi } from './contract';
import { createService } from './service';

export const DEFAULT_SET_CODE = 'druten-2025-2028';

export interface OpenWerkbankOptions {
  databasePath: string;
  /** Who is recorded in the audit log; the operating-system user by default. */
  changedBy?: string;
  nativeBinding?: string;
  /** For tests: a fixed clock. */
  now?: () => Date;
}

export interface Werkbank {
  api: WerkbankApi;
  databasePath: string;
  close(): void;
}

export function loadDefaultDataSet(): AgreementSetData {
  const file = path.join(resourcesDir(), `${DEFAULT_SET_CODE}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AgreementSetData;
}

export function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function openWerkbank(options: OpenWerkbankOptions): Werkbank {
  const databasePath = path.resolve(options.databasePath);
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const db = openDatabase(databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(db, { beforeMigrating: () => backupDatabase(db, databasePath, 'voor-migratie', { appVersion: appVersion() }) });
    const setId = findSetId(db, DEFAULT_SET_CODE) ?? seedAgreementSet(db, loadDefaultDataSet());
    const api = createService({
      db,
      setId,
      databasePath,
      version: appVersion(),
      changedBy: options.changedBy ?? currentUser(),
      now: options.now ?? (() => new Date()),
    });
    return { api, databasePath, close: () => db.close() };
  } catch (err) {
    db.close();
    throw err;
  }
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'onbekend';
  }
}
