// Which agreement set the window works in, and the switch to another stored
// one. The choice is remembered in this browser (or desktop window) per
// database, and taken up again at the next start. After a switch the page is
// loaded anew: every page then asks the core for the other set's data.
import { create } from 'zustand';
import type { AgreementSetListing } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

const STORAGE_KEY = 'werkbank.set';

export interface AgreementSetsState {
  sets: Loadable<AgreementSetListing[]>;
  switching: boolean;
  switchError: string | null;
  /** Loads the stored sets; first goes to the remembered set when it is another one that is stored. */
  open(databasePath: string): Promise<void>;
  /** Works in the set with this code from now on, remembers it and reloads the page. */
  choose(databasePath: string, code: string): Promise<void>;
}

function remembered(databasePath: string): string | null {
  try {
    const all = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
    return all[databasePath] ?? null;
  } catch {
    return null;
  }
}

function remember(databasePath: string, code: string): void {
  try {
    const all = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...all, [databasePath]: code }));
  } catch {
    // Storage can be off: the switch still works, it is only not remembered.
  }
}

export const useAgreementSets = create<AgreementSetsState>()((set, get) => ({
  sets: { status: 'idle' },
  switching: false,
  switchError: null,

  async open(databasePath) {
    await load(
      () => get().sets,
      (sets) => set({ sets }),
      async () => {
        const sets = await core().listAgreementSets();
        const wanted = remembered(databasePath);
        const active = sets.find((s) => s.active)?.code;
        if (wanted && wanted !== active && sets.some((s) => s.code === wanted)) {
          await core().switchAgreementSet({ code: wanted });
          window.location.reload();
        }
        return sets;
      },
    );
  },

  async choose(databasePath, code) {
    set({ switching: true, switchError: null });
    try {
      await core().switchAgreementSet({ code });
      remember(databasePath, code);
      window.location.reload();
    } catch (err) {
      set({ switching: false, switchError: errorMessage(err) });
    }
  },
}));
