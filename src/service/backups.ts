// The backups beside the database: which there are and what they hold, and
// making one of them the database's contents again (after a backup of now).
import fs from 'node:fs';
import path from 'node:path';
import { insertActivityLog } from '../db/activity-log';
import { backupDir, listBackupInfo, restoreBackup } from '../db/backup';
import { formatDateNl } from '../domain/calendar';
import { localDay, localTime } from '../domain/local-time';
import { LATEST_VERSION, migrate } from '../db/migrations';
import type { WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
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
          reasonText: reasonText(b.manifest.reason),
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
        // The restored log goes on from the backup's moment: it says itself that it was restored, when and by whom.
        afterRestore: ({ safetyBackup }) => {
          const made = new Date(known.manifest.madeAt);
          insertActivityLog(ctx.db, {
            setId: ctx.setId,
            planningYear: null,
            partyId: null,
            identity: null,
            action: 'restore',
            detail:
              `Reservekopie teruggezet: ${name} (gemaakt ${formatDateNl(localDay(made))} ${localTime(made)}, ${reasonText(known.manifest.reason)}). ` +
              `De stand van vlak daarvoor is bewaard als ${path.basename(safetyBackup)}.`,
            reason: '',
            changedAt: ctx.now().toISOString(),
            changedBy: ctx.changedBy,
          });
        },
      });
      return { restoredFrom: path.basename(result.restoredFrom), safetyBackup: path.basename(result.safetyBackup) };
    },
  };
}

const REASONS: Record<string, string> = {
  'voor-import': 'vóór een import',
  'voor-correctie': 'vóór een correctie',
  'voor-migratie': 'vóór een nieuwe versie van de database',
  'voor-herstel': 'vóór het terugzetten van een reservekopie',
  'voor-ongedaan-maken': 'vóór het ongedaan maken van een import',
  'voor-inlezen-afspraken': 'vóór het inlezen van prestatieafspraken',
  'voor-partij-wijzigen': 'vóór het wijzigen van een partij',
};

/** Why a backup was made, in words; a reason this version does not know is shown as written. */
export function reasonText(reason: string): string {
  return REASONS[reason] ?? reason.replace(/-/g, ' ');
}
