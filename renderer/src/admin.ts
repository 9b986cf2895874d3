// The Beheer page's state: the backups beside the database, restoring one
// after a question, and the activity log of a year. What a restore does (a
// backup of now first, the log entry) is the service's; this keeps answers.
import { create } from 'zustand';
import type { ActivityLogEntry, BackupListing } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

export interface AdminState {
  backups: Loadable<BackupListing[]>;
  /** The backup whose restore is being confirmed, if any. */
  restoring: BackupListing | null;
  restoreBusy: boolean;
  /** Why the last restore did not go through, in Dutch. */
  restoreError: string | null;
  /** What the last restore did. */
  restored: { restoredFrom: string; safetyBackup: string } | null;
  /** The year whose log is shown (null until the page knows the period). */
  logYear: number | null;
  log: Loadable<ActivityLogEntry[]>;

  open(): void;
  /** Shows the log of another year. */
  setLogYear(year: number): void;
  /** Asks to confirm restoring a backup, or closes that question (null). */
  startRestore(backup: BackupListing | null): void;
  /** Restores the backup being confirmed; `restored` runs after it went through (to drop what other pages hold). */
  restore(restored: () => void): Promise<boolean>;
}

export const useAdmin = create<AdminState>()((set, get) => ({
  backups: { status: 'idle' },
  restoring: null,
  restoreBusy: false,
  restoreError: null,
  restored: null,
  logYear: null,
  log: { status: 'idle' },

  open() {
    void load(
      () => get().backups,
      (backups) => set({ backups }),
      () => core().listBackups(),
    );
    const year = get().logYear;
    if (year !== null) get().setLogYear(year);
  },

  setLogYear(year) {
    set({ logYear: year });
    void load(
      () => get().log,
      (log) => get().logYear === year && set({ log }),
      () => core().listActivityLog({ planningYear: year }),
    );
  },

  startRestore(backup) {
    if (get().restoreBusy) return;
    set({ restoring: backup, restoreError: null, ...(backup ? { restored: null } : {}) });
  },

  async restore(restored) {
    const backup = get().restoring;
    if (!backup) return false;
    set({ restoreBusy: true, restoreError: null });
    try {
      const result = await core().restoreBackup({ name: backup.name });
      set({ restoreBusy: false, restoring: null, restored: result });
      restored();
      // The list gains the backup of the state before; the log gains the restore.
      get().open();
      return true;
    } catch (err) {
      set({ restoreBusy: false, restoreError: errorMessage(err) });
      return false;
    }
  },
}));
