// Undoing one import: the latest version of a party's submission for a year
// goes, with everything read from it, and the version before it is current
// again. Only the latest version: a later one was read with this one's
// corrections carried over, so removing one below it would rewrite history.
// Refused when a definitive overview holds that version (what went out must
// stay explainable from the database), and when people decided about its
// activities after it came in (links confirmed or chosen, activities corrected
// or removed): undoing would drop those decisions silently; a backup from
// before the import is the honest way back then.
import path from 'node:path';
import { decisionsSince, insertActivityLog } from '../db/activity-log';
import { backupDatabase } from '../db/backup';
import { bundleVersions, loadBundleSnapshot } from '../db/bundle';
import type { JointOverview } from '../domain/joint-overview';
import { loadPartyDirectory } from '../db/party-directory';
import { recordUndoneSubmission, removeSubmission, submissionVersions } from '../db/submissions';
import { formatDateNl } from '../domain/calendar';
import { localDay } from '../domain/local-time';
import type { WerkbankApi } from './contract';
import { SUBMISSION_KINDS, type SubmissionSummary } from '../domain/submissions';
import { ServiceError } from '../domain/errors';
import type { ServiceContext } from './context';
import { knownParty, objectArg, optionalOneOf, optionalString, planningYearInPeriod, requiredInteger } from './validate';

type UndoMethods = Pick<WerkbankApi, 'undoImport'>;

export function createUndoMethods(ctx: ServiceContext, period: () => { periodStart: number; periodEnd: number }): UndoMethods {
  const { db, setId } = ctx;
  return {
    async undoImport(arg) {
      const a = objectArg(arg);
      const partyId = optionalString(a, 'partyId', 'De partij', 100);
      if (!partyId) throw new ServiceError('invalid_input', 'Kies een partij.');
      const party = knownParty(partyId, loadPartyDirectory(db, setId).parties);
      const year = planningYearInPeriod(a, period());
      const kind = optionalOneOf(a, 'kind', 'De soort', SUBMISSION_KINDS) ?? 'activities';
      const version = requiredInteger(a, 'version', 'De versie', 1, 10_000);
      const reason = optionalString(a, 'reason', 'De reden', 2_000)?.trim() ?? '';
      const what = kind === 'activities' ? `het activiteitenoverzicht ${year}` : `de resultaten ${year}`;
      const name = party.shortName;

      /** The version to undo, after every check; run again under the write lock, since another window may have acted meanwhile. */
      const checked = (): { target: SubmissionSummary; versions: SubmissionSummary[] } => {
        const versions = submissionVersions(db, setId, party.id, year, kind);
        const target = versions.find((v) => v.version === version);
        if (!target) throw new ServiceError('not_found', `Er is geen versie ${version} van ${what} van ${name}.`);
        const latest = versions[0] as SubmissionSummary;
        if (latest.version !== version) {
          throw new ServiceError(
            'conflict',
            `Versie ${version} van ${what} van ${name} is niet de laatste: versie ${latest.version} is later ingelezen en bouwt erop voort. ` +
              'Alleen de laatste versie kan ongedaan worden gemaakt.',
          );
        }
        if (kind === 'activities') {
          const final = bundleVersions(db, setId, year).find((v) => v.status === 'final');
          const frozen = final?.number ? loadBundleSnapshot<JointOverview>(db, setId, year, final.number) : null;
          if (frozen?.parties.some((p) => p.id === party.id && p.submission?.version === version)) {
            throw new ServiceError(
              'conflict',
              `Versie ${version} van ${what} van ${name} staat in het definitieve gezamenlijk overzicht ${year} (versie ${final?.number}). ` +
                'Dat overzicht is vastgesteld en blijft zoals het is; daarom kan deze import niet ongedaan worden gemaakt. ' +
                'Lees zo nodig een verbeterd bestand in als nieuwe versie.',
            );
          }
          const decided = decisionsSince(db, setId, year, party.id, target.importedAt);
          if (decided > 0) {
            throw new ServiceError(
              'conflict',
              `Na het inlezen van versie ${version} van ${what} van ${name} (${formatDateNl(localDay(target.importedAt))}) ` +
                `${decided === 1 ? 'is 1 besluit' : `zijn ${decided} besluiten`} over de activiteiten vastgelegd (koppelingen of correcties; zie het logboek). ` +
                'Ongedaan maken zou die besluiten stilletjes wegnemen. Zet zo nodig de reservekopie van vóór de import terug.',
            );
          }
        }
        return { target, versions };
      };

      const { target } = checked();
      const backup = backupDatabase(db, ctx.databasePath, 'voor-ongedaan-maken', { now: ctx.now(), appVersion: ctx.version });
      const currentId = db.transaction(() => {
        const again = checked();
        // Another window may have acted meanwhile (after a restore a number may name another import, and SQLite may
        // give a removed row's id again): the id and the file's fingerprint together tell them apart.
        if (again.target.id !== target.id || again.target.sha256 !== target.sha256 || again.target.importedAt !== target.importedAt) {
          throw new ServiceError('conflict', `Er is intussen een andere versie ${version} van ${what} van ${name} ingelezen; laad de versies opnieuw.`);
        }
        const versions = again.versions;
        const changedAt = ctx.now().toISOString();
        // Remembered first, so its number stays taken and the history shows it as undone.
        recordUndoneSubmission(db, setId, again.target, { undoneAt: changedAt, undoneBy: ctx.changedBy, reason });
        const previous = removeSubmission(db, target.id);
        const previousVersion = versions.find((v) => v.id === previous)?.version;
        insertActivityLog(db, {
          setId,
          planningYear: year,
          partyId: party.id,
          identity: null,
          action: 'undo-import',
          detail:
            `Import ongedaan gemaakt: versie ${version} van ${what} (${target.fileName}, ingelezen ${formatDateNl(localDay(target.importedAt))}` +
            `${target.importedBy ? ` door ${target.importedBy}` : ''}; ${target.activityCount} ${kind === 'activities' ? 'activiteiten' : 'regels'}). ` +
            (previousVersion ? `Versie ${previousVersion} is weer de huidige.` : 'Er is nu geen versie meer.'),
          reason,
          changedAt,
          changedBy: ctx.changedBy,
        });
        return previous;
      }).immediate();
      return {
        undone: target,
        current: submissionVersions(db, setId, party.id, year, kind).find((v) => v.id === currentId) ?? null,
        backup: path.basename(backup),
      };
    },
  };
}
