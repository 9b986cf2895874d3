// The contract's slice for the app itself: what it says about itself and who else
// has the database open, the file payload every slice carries, and the backups.
// WerkbankApi (contract.ts) joins it; the implementation is service.ts and backups.ts.

export interface AppInfo {
  version: string;
  agreementSet: AgreementSetSummary;
  /** Where the database lives; shown in the app so the secretary can find and back it up. */
  databasePath: string;
  /** Today by the Werkbank's clock (ISO yyyy-mm-dd): the default years of the pages follow it. */
  today: string;
  /** Other windows, browser shells or prestatie commands that have the same database open now. */
  alsoOpen: OpenElsewhere[];
  readOnly?: string; // Dutch, set when the database is only for viewing: why (read-only.ts). Every write is then refused.
}

/** How the Werkbank was started: the desktop window, the browser shell, the prestatie command. */
export type ShellKind = 'desktop' | 'browser' | 'cli';

/** Another Werkbank with the same database open. */
export interface OpenElsewhere {
  shell: ShellKind;
  /** Who, as recorded in the logs. */
  name: string;
  /** ISO timestamp: since when. */
  since: string;
}

export interface AgreementSetSummary {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  signedOn: string;
  /** The topic that sets out the yearly cycle ("6.2"), and the one on wederkerigheid ("6.1"); '' where the set has none. */
  cycleSection: string;
  reciprocitySection: string;
}

/** A file crossing the boundary as bytes (base64), never as a path chosen by the renderer. */
export interface FilePayload {
  name: string;
  /** The file's bytes, base64-encoded. */
  data: string;
}

/** A good backup beside the database, as the list shows it. */
export interface BackupListing {
  /** The file name in the backups folder: the handle for restoring it. */
  name: string;
  /** ISO timestamp. */
  madeAt: string;
  /** Why it was made: "voor-import", "voor-correctie", "voor-herstel", … */
  reason: string;
  /** The same in words: "vóór een import". */
  reasonText: string;
  appVersion: string;
  sizeBytes: number;
  /** Per party, year and kind, the version that was current then. */
  current: { partyId: string; year: number; kind: string; version: number }[];
}

export interface AppApi {
  getAppInfo(): Promise<AppInfo>;
  /** The good backups, newest first. */
  listBackups(): Promise<BackupListing[]>;
  /** Makes a backup the database's contents again, after a backup of the current state. */
  restoreBackup(arg: { name: string }): Promise<{ restoredFrom: string; safetyBackup: string }>;
}
