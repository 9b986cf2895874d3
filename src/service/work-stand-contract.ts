// The contract's slice for the Overzicht page's "Stand van het werk": for the
// years the cycle is busy with on a date, what came in and how far the
// werkgroep's products are. WerkbankApi (contract.ts) joins it; the
// implementation is work-stand.ts.
import type { Deadline } from '../domain/calendar';
import type { BundleVersionInfo } from '../domain/bundle-decisions';
import type { StatusSummary } from '../domain/accountability';
import type { SubmissionStatusCell } from './imports-contract';
import type { JobTag } from './jobs-contract';

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
  /** The years the cycle is busy with (domain/focus-years.ts), most urgent first. */
  stands: YearStand[];
}

export interface WorkStandApi {
  /** The stand of the work on a date (ISO yyyy-mm-dd, the calendar's; today when omitted). */
  getWorkStand(arg: { date?: string } & JobTag): Promise<WorkStand>;
}
