// The Beheer page's state: the backups beside the database, and restoring one
// after a question. What a restore does (a backup of now first, the log entry)
// is the service's; this keeps answers.
import { create } from 'zustand';
import type { BackupListing } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

export interface BackupsState {
  backups: Loadable<BackupListing[]>;
  /** The backup whose restore is being confirmed, if any. */
  restoring: BackupListing | null;
  restoreBusy: boolean;
  /** Why the last restore did not go through, in Dutch. */
  restoreError: string | null;
  /** What the last restore did. */
  restored: { restoredFrom: string; safetyBackup: string } | null;

  open(): void;
  /** Asks to confirm restoring a backup, or closes that question (null). */
  startRestore(backup: BackupListing | null): void;
  /** Restores the backup being confirmed; `restored` runs after it went through (to drop what other pages hold). */
  restore(restored: () => void): Promise<boolean>;
}

export const useBackups = create<BackupsState>()((set, get) => ({
  backups: { status: 'idle' },
  restoring: null,
  restoreBusy: false,
  restoreError: null,
  restored: null,

  open() {
    void load(
      () => get().backups,
      (backups) => set({ backups }),
      () => core().listBackups(),
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
      get().open();
      return true;
    } catch (err) {
      set({ restoreBusy: false, restoreError: errorMessage(err) });
      return false;
    }
  },
}));
