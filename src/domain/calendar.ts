// The werkgroep's yearly cycle (section 6.2 of the agreement). Pure.
// Filled in by the calendar module; the view type is part of the API.

export type YearKind = 'planning' | 'execution' | 'evaluation';

export interface YearRef {
  kind: YearKind;
  /** For 'evaluation' the first of the years. */
  year: number;
  /** For 'evaluation', the last year. */
  untilYear?: number;
  /** Dutch: "planningsjaar 2027", "uitvoeringsjaar 2026", "uitvoeringsjaren 2025–2026". */
  label: string;
}

export interface CyclePhase {
  /** "1", "2", "3", "4", "4a" as numbered in 6.2. */
  code: string;
  title: string;
  /** As written in 6.2: "Januari - Maart". */
  period: string;
  /** First and last day of the phase in the calendar year of the view (ISO). */
  start: string;
  end: string;
  about: YearRef[];
  status: 'past' | 'current' | 'upcoming';
}

export interface Deadline {
  /** ISO date of the last day on which it can still be done. */
  date: string;
  /** Dutch: what must be done by then. */
  title: string;
  /** Who does it: "Alle partijen", "Werkgroep Prestatieafspraken", "Bestuurlijk Overleg". */
  actor: string;
  phaseCode: string;
  about: YearRef;
  /** Whole days from the view's date. */
  daysLeft: number;
  /** Whether the year it concerns lies within the agreement period. */
  withinAgreementPeriod: boolean;
}

export interface CalendarView {
  /** ISO date the view was made for. */
  date: string;
  /** Phases going on at that date; January–February has two (1 and 4). May be empty (July). */
  currentPhases: CyclePhase[];
  /** Dutch sentence when no phase is running, e.g. in July. */
  betweenPhases?: string;
  /** All phases of that calendar year with their status. */
  phases: CyclePhase[];
  /** The next deadlines from the date on, soonest first. */
  deadlines: Deadline[];
}
