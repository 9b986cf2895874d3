// Opening the werkbank: the database file, its migrations (after a backup),
// the embedded data set on first start, and the service over it.
import type { LinkExamplesUse } from '../imports/link-examples';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase, backupDir } from '../db/backup';
import { LATEST_VERSION, migrate, refuseNewer, schemaVersion } from '../db/migrations';
import { openDatabase } from '../db/open';
import { findSetId, seedAgreementSet } from '../db/seed';
import type { AgreementSetData } from '../domain/dataset';
import { appRoot, resourcesDir } from '../paths';
import { chooseSetId } from './active-set';
import type { ShellKind, WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';
import { createJobRunner, withJobs, type JobRunner, type JobRunnerOptions } from './job-runner';
import { announcePresence } from './presence';
import { askedReadOnly, refuseWrites, whyNotWritable } from './read-only';
import { createService } from './service';

export const DEFAULT_SET_CODE = 'druten-2025-2028';

export interface OpenWerkbankOptions {
  databasePath: string;
  /** Who is recorded in the logs; else WERKBANK_NAAM from the environment, else the operating-system user. */
  changedBy?: string;
  nativeBinding?: string;
  /** For tests: a fixed clock. */
  now?: () => Date;
  /** Which shell opens it, for the others that have the same database open. */
  shell?: ShellKind;
  /**
   * Run the heavy calls (jobs.ts) in worker threads, with progress and cancel, so the
   * light ones keep answering: the browser shell and the desktop app do; the command line does not.
   */
  jobs?: Pick<JobRunnerOptions, 'size' | 'workerScript' | 'holdAt' | 'warm'>;
  /**
   * Open only to look at, also where the file could be written (--alleen-lezen). A database
   * the Werkbank cannot write is opened so anyway; see read-only.ts.
   */
  readOnly?: boolean;
  /** The code of the agreement set to work in (--set); else the embedded default, else the first stored. */
  setCode?: string;
  /** The set a new database starts with; else the embedded Druten set. Another werkgroep's first start, and tests. */
  defaultSet?: AgreementSetData;
  /**
   * Which of the set's example activities the linker weighs; all by default. Measuring the linker on a
   * labelled set leaves that set's own out; a test of the linker's other evidence leaves all out.
   */
  linkExamples?: LinkExamplesUse;
}

export interface Werkbank {
  api: WerkbankApi;
  databasePath: string;
  /** Cancels the running jobs, ends their workers and closes the database; resolves when the workers are gone. */
  close(): Promise<void>;
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
  try {
    const readOnly = options.readOnly ? askedReadOnly(databasePath) : whyNotWritable(databasePath);
    if (readOnly !== null) return openForViewing(options, databasePath, readOnly);
    fs.mkdirSync(path.dirname(databasePath), { recursive: true });
    // A database of a newer version is refused before anything is written to it, WAL included.
    const db = openDatabase(databasePath, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      beforeWriting: (d) => refuseNewer(d),
    });
    try {
      migrate(db, { beforeMigrating: () => backupDatabase(db, databasePath, 'voor-migratie', { appVersion: appVersion() }) });
      const defaultCode = options.defaultSet?.code ?? DEFAULT_SET_CODE;
      if (findSetId(db, defaultCode) === undefined) seedAgreementSet(db, options.defaultSet ?? loadDefaultDataSet());
      const setId = chooseSetId(db, defaultCode, options.setCode);
      const changedBy = options.changedBy?.trim() || process.env.WERKBANK_NAAM?.trim() || currentUser();
      const now = options.now ?? (() => new Date());
      // Since when by the computer's clock, not a practice date (--datum): how long it has really been open.
      const presence = announcePresence(databasePath, { shell: options.shell ?? 'cli', name: changedBy }, new Date());
      const version = appVersion();
      const open = (id: number): { api: WerkbankApi; runner: JobRunner | null } => {
        const service = createService({
          db,
          setId: id,
          databasePath,
          version,
          changedBy,
          now,
          alsoOpen: () => presence.others(),
          switchSet,
          ...(options.linkExamples ? { linkExamples: options.linkExamples } : {}),
        });
        const runner = options.jobs
          ? createJobRunner({
              ...options.jobs,
              databasePath,
              setId: id,
              version,
              changedBy,
              now,
              ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
            })
          : null;
        return { api: runner ? withJobs(service, runner) : service, runner };
      };
      // Switching sets (the app's set switch) opens the service anew on the other set; the old one's jobs end.
      async function switchSet(id: number): Promise<void> {
        const old = current;
        current = open(id);
        await old.runner?.close();
      }
      let current = open(setId);
      const api = new Proxy({} as WerkbankApi, {
        get: (_target, key) => {
          const value = (current.api as unknown as Record<string | symbol, unknown>)[key];
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current.api) : value;
        },
      });
      return {
        api,
        databasePath,
        close: async () => {
          const stopped = current.runner?.close();
          presence.leave();
          db.close();
          await stopped;
        },
      };
    } catch (err) {
      db.close();
      throw err;
    }
  } catch (err) {
    throw openError(err, databasePath);
  }
}

/**
 * A database that is not to be written, opened to look at: read-only, nothing
 * written (no WAL switch, no backup, no note for the others), and only when it
 * needs no migration. Heavy calls run in the caller's turn (no job workers).
 */
function openForViewing(options: OpenWerkbankOptions, databasePath: string, reason: string): Werkbank {
  if (!fs.existsSync(databasePath)) {
    throw new ServiceError('database_unusable', `${databasePath} bestaat niet; alleen een bestaande database kan worden geopend om te bekijken.`);
  }
  const db = openDatabase(databasePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readOnly: true,
    beforeWriting: (d) => refuseNewer(d),
  });
  try {
    const schema = schemaVersion(db);
    const setId = schema === LATEST_VERSION && findSetId(db, DEFAULT_SET_CODE) !== undefined ? chooseSetId(db, DEFAULT_SET_CODE, options.setCode) : null;
    if (setId === null) {
      throw new ServiceError(
        'database_unusable',
        `De database ${databasePath} is alleen te bekijken (alleen-lezen): ${reason}. Deze versie van de Werkbank moet de database eerst bijwerken ` +
          `(schema ${schema}; deze versie gebruikt ${LATEST_VERSION}), en dat kan alleen in een bestand dat zij mag wijzigen. Er is niets gewijzigd. ` +
          'Kopieer het bestand eerst naar een map waarin u mag schrijven (bijvoorbeeld uw Documenten) en open het daar.',
      );
    }
    const service = createService({
      db,
      setId,
      databasePath,
      version: appVersion(),
      changedBy: options.changedBy?.trim() || process.env.WERKBANK_NAAM?.trim() || currentUser(),
      now: options.now ?? (() => new Date()),
    });
    return {
      api: refuseWrites(service, reason),
      databasePath,
      close: () => {
        db.close();
        return Promise.resolve();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * What went wrong opening the database, in Dutch, naming the file and what to
 * do; SQLite's and the file system's own codes decide which. Errors the core
 * already words (a newer version, a failed backup) pass as they are.
 */
export function openError(err: unknown, databasePath: string): unknown {
  if (err instanceof ServiceError) return err;
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new ServiceError(
      'database_unusable',
      `${databasePath} is geen database van de Werkbank, of het bestand is beschadigd. De Werkbank heeft er niets aan veranderd. ` +
        `Open het juiste bestand; of zet het opzij en start opnieuw met een nieuwe database, en zet zo nodig een reservekopie terug (uit ${backupDir(databasePath)}).`,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new ServiceError(
      'database_unusable',
      `De schijf waarop ${databasePath} staat, is vol. De database is niet half gewijzigd: wat niet lukte, is teruggedraaid. ` +
        'Maak ruimte vrij op die schijf en start de Werkbank opnieuw.',
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new ServiceError(
      'database_unusable',
      `De Werkbank kan ${databasePath} niet openen om erin te schrijven: het bestand of de map is alleen-lezen, of u hebt er geen schrijfrechten. ` +
        'Er is niets gewijzigd. Geef schrijfrechten, of kopieer het bestand naar een map waarin u mag schrijven (bijvoorbeeld uw Documenten) en open het daar.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ServiceError(
      'database_unusable',
      `${databasePath} is bezet: een ander venster van de Werkbank of de opdracht prestatie is er nu mee bezig. ` +
        'Wacht tot dat klaar is, of sluit het andere venster, en probeer het opnieuw.',
    );
  }
  return err;
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'onbekend';
  }
}
