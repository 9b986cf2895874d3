// The Overzicht page's "Stand van het werk": for the years the cycle is busy
// with now, what came in and how far the werkgroep's products are. Which years
// those are is a domain rule (domain/focus-years.ts); what they hold comes from
// the service (submission status, bundle versions, the verantwoording). This
// keeps answers.
import { create } from 'zustand';
import type { CalendarView, Deadline } from '../../src/domain/calendar';
import { focusYears, nextDeadlineOf } from '../../src/domain/focus-years';
import type { BundleVersionInfo } from '../../src/domain/bundle-decisions';
import type { StatusSummary } from '../../src/accountability/types';
import type { SubmissionStatusCell } from '../../src/service/contract';
import { core } from './api/core';
import { load, type Loadable } from './loadable';
import { useAccountability } from './accountability';
import { useBundle } from './bundle';

export interface StandParty {
  id: string;
  shortName: string;
}

/** A planning year: the parties' activiteitenoverzichten and the gezamenlijk overzicht. */
export interface PlanningStand {
  kind: 'planning';
  year: number;
  /** One per party, in the parties' order. */
  cells: SubmissionStatusCell[];
  /** Saved versions of the gezamenlijk overzicht, oldest first. */
  versions: BundleVersionInfo[];
  nextDeadline: Deadline | null;
}

/** An execution year: the results round and the verantwoording's traffic light. */
export interface ExecutionStand {
  kind: 'execution';
  year: number;
  /** The definitive gezamenlijk overzicht the results uitvraag asks about; null when none was frozen. */
  definitiveVersion: number | null;
  /** The results round, one per party in the parties' order: uitvraag made, answer received, overdue. */
  cells: SubmissionStatusCell[];
  /** The verantwoording's stoplight over the whole year (stoplight.ts): the light and the response it rests on. */
  summary: StatusSummary;
  nextDeadline: Deadline | null;
}

export type YearStand = PlanningStand | ExecutionStand;

export interface WorkStand {
  parties: StandParty[];
  /** The agreement's years. */
  years: number[];
  /** Most urgent first. */
  stands: YearStand[];
}

async function fetchStand(view: CalendarView): Promise<WorkStand> {
  const [status, results] = await Promise.all([
    core().getSubmissionStatus({ date: view.date }),
    core().getSubmissionStatus({ date: view.date, kind: 'resultaten' }),
  ]);
  const parties = status.parties.map((p) => ({ id: p.id, shortName: p.shortName }));
  const stands = await Promise.all(
    focusYears(view, status.planningYears).map(async (ref): Promise<YearStand> => {
      const nextDeadline = nextDeadlineOf(view, ref);
      if (ref.kind === 'planning') {
        const versions = await core().listBundleVersions({ planningYear: ref.year });
        const cells = parties.flatMap((p) => status.cells.filter((c) => c.partyId === p.id && c.planningYear === ref.year));
        return { kind: 'planning', year: ref.year, cells, versions, nextDeadline };
      }
      const report = await core().getAccountabilityReport({ fromYear: ref.year });
      return {
        kind: 'execution',
        year: ref.year,
        definitiveVersion: report.bundles.find((b) => b.year === ref.year)?.version ?? null,
        cells: parties.flatMap((p) => results.cells.filter((c) => c.partyId === p.id && c.planningYear === ref.year)),
        summary: report.overall.summary,
        nextDeadline,
      };
    }),
  );
  return { parties, years: status.planningYears, stands };
}

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
      () => fetchStand(view),
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
