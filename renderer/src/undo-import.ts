// Undoing the import of a party's latest version, for an activiteitenoverzicht
// (Inzendingen) or a results file (Verantwoording): the version being
// confirmed, the call, and what it did. A zustand slice both stores spread into
// their state; what an undo may do, and when it is refused, is the service's.
import type { StoreApi } from 'zustand';
import type { ImportUndoResult, SubmissionSummary } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';

export interface UndoState {
  /** The version whose undo is being confirmed, if any. */
  undoing: SubmissionSummary | null;
  undoBusy: boolean;
  /** Why the last undo did not go through, in Dutch. */
  undoError: string | null;
  /** What the last undo did, until another version or selection is chosen. */
  undone: ImportUndoResult | null;
}

export interface UndoSlice extends UndoState {
  /** Asks to confirm undoing a version's import, or closes that question (null). */
  startUndo(version: SubmissionSummary | null): void;
  /** Undoes the import being confirmed; true when it went through. */
  undoImport(reason: string): Promise<boolean>;
}

/** A store that holds the slice, read-only, for zustand's `useStore(store, selector)`. */
export type UndoStore = Pick<StoreApi<UndoSlice>, 'getState' | 'getInitialState' | 'subscribe'>;

export const NO_UNDO: UndoState = { undoing: null, undoBusy: false, undoError: null, undone: null };

/** The undo's state and actions, for spreading into a store; `after` reloads what the undo changed. */
export function undoSlice(
  set: (partial: Partial<UndoState>) => void,
  get: () => UndoState,
  after: (result: ImportUndoResult) => void,
): UndoSlice {
  return {
    ...NO_UNDO,

    startUndo(version) {
      if (get().undoBusy) return;
      set({ undoing: version, undoError: null, ...(version ? { undone: null } : {}) });
    },

    async undoImport(reason) {
      const version = get().undoing;
      if (!version) return false;
      set({ undoBusy: true, undoError: null });
      try {
        const undone = await core().undoImport({
          partyId: version.partyId,
          planningYear: version.planningYear,
          kind: version.kind,
          version: version.version,
          reason,
        });
        set({ undoBusy: false, undoing: null });
        after(undone);
        set({ undone });
        return true;
      } catch (err) {
        set({ undoBusy: false, undoError: errorMessage(err) });
        return false;
      }
    },
  };
}
