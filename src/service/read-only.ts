// A database opened only to look at (a read-only file or folder, a copy on a
// CD or a share, a backup, or --alleen-lezen): which calls of the one API
// write, why the database cannot be written, and the API that refuses every
// write up front, in Dutch, so the file stays as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, WerkbankApi } from './contract';
import { ServiceError } from '../domain/errors';

/**
 * Every call, read or write: a new call must say which it is. 'write' is
 * any call that stores something, also as a side effect (a made uitvraag is
 * recorded; restoring a backup replaces the file).
 */
export const METHOD_ACCESS = {
  getAppInfo: 'read',
  listBackups: 'read',
  restoreBackup: 'write',
  listThemes: 'read',
  listAgreements: 'read',
  getAgreement: 'read',
  updateAgreement: 'write',
  listAuditLog: 'read',
  listParties: 'read',
  resolvePartyName: 'read',
  listGlossary: 'read',
  listIndicators: 'read',
  getCalendar: 'read',
  getWorkStand: 'read',
  makeActivityRequests: 'write',
  previewImport: 'read',
  commitImport: 'write',
  getSubmissionStatus: 'read',
  listSubmissionVersions: 'read',
  listUndoneImports: 'read',
  setReceivedOn: 'write',
  listActivities: 'read',
  correctActivity: 'write',
  undoImport: 'write',
  getJointOverview: 'read',
  getJointOverviewSummary: 'read',
  getJointOverviewTab: 'read',
  updateAlignment: 'write',
  decideDuplicate: 'write',
  decideNeed: 'write',
  markInsufficient: 'write',
  saveBundleVersion: 'write',
  listBundleVersions: 'read',
  compareBundleVersions: 'read',
  exportJointOverview: 'read',
  listOpenLinks: 'read',
  decideLinks: 'write',
  confirmOpenLinks: 'write',
  listActivityLog: 'read',
  makeResultsRequests: 'write',
  previewResultsImport: 'read',
  commitResultsImport: 'write',
  getAccountabilityReport: 'read',
  setReportAdvice: 'write',
  exportAccountabilityReport: 'read',
  getAccountabilityCharts: 'read',
  getAgreementWork: 'read',
  listIndicatorInputs: 'read',
  setIndicatorBaseline: 'write',
  setIndicatorFigure: 'write',
  listIndicatorLog: 'read',
  listContacts: 'read',
  saveContact: 'write',
  removeContact: 'write',
  getMailSetup: 'read',
  setMailSender: 'write',
  setMailTemplate: 'write',
  makeMails: 'read',
  makeCycleCalendar: 'read',
  getJobProgress: 'read',
  cancelJob: 'read',
  previewAgreementSet: 'read',
  makeAgreementSetTemplate: 'read',
  storeAgreementSet: 'write',
  listAgreementSets: 'read',
  // Changes only which set this window works in, nothing in the file.
  switchAgreementSet: 'read',
  listIndicatorProposals: 'read',
  decideIndicatorProposals: 'write',
  getCycleDates: 'read',
  setCycleDates: 'write',
  updateParty: 'write',
} as const satisfies Record<ApiMethod, 'read' | 'write'>;

export function isWriteMethod(method: ApiMethod): boolean {
  return METHOD_ACCESS[method] === 'write';
}

export const COPY_ADVICE = 'Kopieer het bestand naar een map waarin u mag schrijven om verder te werken.';

/** What a refused write says: why the database is only for viewing, and what to do. */
export function readOnlyMessage(reason: string): string {
  return `Deze database is alleen te bekijken (alleen-lezen): ${reason}. Er is niets gewijzigd. ${COPY_ADVICE}`;
}

/** Said where SQLite itself refused a write of a read-only database (a call that should not have written). */
export const READ_ONLY_FALLBACK_MESSAGE = readOnlyMessage('de Werkbank mag dit bestand niet wijzigen');

/**
 * Why the Werkbank cannot write an existing database file, in Dutch (a phrase
 * that follows "alleen-lezen: "); null when it can, or when it cannot even read
 * the file (opening then says what is wrong).
 */
export function whyNotWritable(databasePath: string): string | null {
  const can = (target: string, mode: number): NodeJS.ErrnoException | null => {
    try {
      fs.accessSync(target, mode);
      return null;
    } catch (err) {
      return err as NodeJS.ErrnoException;
    }
  };
  if (!fs.existsSync(databasePath) || can(databasePath, fs.constants.R_OK)) return null;
  const file = can(databasePath, fs.constants.W_OK);
  const folder = can(path.dirname(databasePath), fs.constants.W_OK);
  if ((file ?? folder)?.code === 'EROFS') return `${databasePath} staat op een schijf waarop niet geschreven kan worden (bijvoorbeeld een cd of een alleen-lezen netwerkschijf)`;
  if (file) return `${databasePath} is een alleen-lezen bestand, of u hebt er geen schrijfrechten op`;
  if (folder) return `de map ${path.dirname(databasePath)} is alleen-lezen, of u hebt er geen schrijfrechten`;
  return null;
}

/** The reason when the user asked for it (--alleen-lezen). */
export function askedReadOnly(databasePath: string): string {
  return `u hebt ${databasePath} geopend om alleen te bekijken`;
}

/** The API over a read-only database: every read as it is, every write refused before it starts; getAppInfo says why. */
export function refuseWrites(api: WerkbankApi, reason: string): WerkbankApi {
  const guarded = { ...api } as Record<ApiMethod, (arg: unknown) => Promise<unknown>>;
  for (const method of Object.keys(METHOD_ACCESS) as ApiMethod[]) {
    if (isWriteMethod(method)) {
      guarded[method] = () => Promise.reject(new ServiceError('database_unusable', readOnlyMessage(reason)));
    }
  }
  guarded.getAppInfo = async () => ({ ...(await api.getAppInfo()), readOnly: reason });
  return guarded as unknown as WerkbankApi;
}
