// The Overzicht page's "Stand van het werk": for the years the cycle is busy
// with now, what came in and how far the werkgroep's products are. The service
// works it out in one call (getWorkStand); this keeps the answer.
import { create } from 'zustand';
import type { CalendarView } from '../../src/domain/calendar';
import type { WorkStand } from '../../src/service/contract';
import { core } from './api/core';
import { load, type Loadable } from './loadable';
import { useAccountability } from './accountability';
import { useBundle } from './bundle';

export type { ExecutionStand, PlanningStand, StandParty, WorkStand, YearStand } from '../../src/service/contract';

export interface OverviewState {
  stand: Loadable<WorkStand>;
  /** Asks again for the years of this calendar view (on every visit: imports happen elsewhere). */
  loadStand(view: CalendarView): Promise<void>;
}

// Only the answer for the latest calendar may land.
let standRequest = 0;

export const useOverview = create<OverviewState>()((set, get) => ({
  stand: { status: 'idle' },

  async loadStand(view) {
    const request = ++standRequest;
    await load(
      () => get().stand,
      (stand) => {
        if (request === standRequest) set({ stand });
      },
      () => core().getWorkStand({ date: view.date }),
    );
  },
}));

/**
 * Before following a link to the Gezamenlijk overzicht: show that planning
 * year there. The page picks a default year on its first visit; when it has
 * not been visited yet, its years are set here as it would set them.
 */
export function showBundleYear(year: number, years: number[]): void {
  const bundle = useBundle.getState();
  if (bundle.planningYear === null) useBundle.setState({ years, planningYear: year });
  else bundle.setYear(year);
}

/** Before following a link to the Verantwoording: show that execution year's report there. */
export function showAccountabilityYear(year: number): void {
  useAccountability.getState().setPeriod({ fromYear: year, toYear: null });
}
