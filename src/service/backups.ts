// The backups beside the database: which there are and what they hold, and
// making one of them the database's contents again (after a backup of now).
import fs from 'node:fs';
import path from 'node:path';
import { backupDir, listBackupInfo, restoreBackup } from '../db/backup';
import { LATEST_VERSION, migrate } from '../db/migrations';
import { ServiceError, type WerkbankApi } from './contract';
import type { ServiceContext } from './service';
import { objectArg, optionalString } from './validate';

type BackupMethods = Pick<WerkbankApi, 'listBackups' | 'restoreBackup'>;

export function createBackupMethods(ctx: ServiceContext): BackupMethods {
  return {
    async listBackups() {
      return listBackupInfo(ctx.databasePath)
        .reverse()
        .map((b) => ({
          name: path.basename(b.path),
          madeAt: b.manifest.madeAt,
          reason: b.manifest.reason,
          appVersion: b.manifest.appVersion,
          sizeBytes: fs.statSync(b.path).size,
          current: b.manifest.current,
        }));
    },

    async restoreBackup(arg) {
      const name = optionalString(objectArg(arg), 'name', 'De reservekopie', 300)?.trim();
      // A name from the list, never a path: the backups folder is the only place restored from.
      const known = name ? listBackupInfo(ctx.databasePath).find((b) => path.basename(b.path) === name) : undefined;
      if (!name || !known) {
        throw new ServiceError('not_found', `Er is geen reservekopie ${name ? `"${name}" ` : ''}in ${backupDir(ctx.databasePath)}.`);
      }
      const result = restoreBackup(ctx.db, ctx.databasePath, known.path, {
        now: ctx.now(),
        appVersion: ctx.version,
        latestSchema: LATEST_VERSION,
        migrateCopy: (copy) => {
          migrate(copy);
        },
      });
      return { restoredFrom: path.basename(result.restoredFrom), safetyBackup: path.basename(result.safetyBackup) };
    },
  };
}
