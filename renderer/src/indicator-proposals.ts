// The indicators proposed from the set's text, and the secretary's decision
// on each (Beheer page). What a decision does is the service's.
import { create } from 'zustand';
import type { IndicatorProposalDecision, IndicatorProposalListing } from '../../src/service/contract';
import { errorMessage } from './api/client';
import { core } from './api/core';
import { load, type Loadable } from './loadable';

export interface IndicatorProposalsState {
  proposals: Loadable<IndicatorProposalListing[]>;
  busy: boolean;
  error: string | null;
  open(): Promise<void>;
  decide(decision: IndicatorProposalDecision): Promise<void>;
}

export const useIndicatorProposals = create<IndicatorProposalsState>()((set, get) => ({
  proposals: { status: 'idle' },
  busy: false,
  error: null,
  async open() {
    await load(
      () => get().proposals,
      (proposals) => set({ proposals }),
      () => core().listIndicatorProposals(),
    );
  },
  async decide(decision) {
    set({ busy: true, error: null });
    try {
      set({ proposals: { status: 'ready', value: await core().decideIndicatorProposals(decision) }, busy: false });
    } catch (err) {
      set({ busy: false, error: errorMessage(err) });
    }
  },
}));
