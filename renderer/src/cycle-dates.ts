// The days of the set's yearly calendar (Beheer page). Checking and storing is the service's.
import { create } from 'zustand';
import type { CycleDates, CycleDeadline, DayOfYear } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

export interface CycleDatesState {
  dates: Loadable<CycleDates>;
  error: string | null;
  saved: boolean;
  open(): Promise<void>;
  /** Whether it was stored; a refusal keeps what was typed, with the message. */
  save(dates: Partial<Record<CycleDeadline, DayOfYear>>): Promise<boolean>;
}

export const useCycleDates = create<CycleDatesState>()((set, get) => ({
  dates: { status: 'idle' },
  error: null,
  saved: false,
  async open() {
    await load(
      () => get().dates,
      (dates) => set({ dates }),
      () => core().getCycleDates(),
    );
  },
  async save(dates) {
    set({ error: null, saved: false });
    try {
      set({ dates: { status: 'ready', value: await core().setCycleDates({ dates }) }, saved: true });
      return true;
    } catch (err) {
      set({ error: errorMessage(err) });
      return false;
    }
  },
}));
