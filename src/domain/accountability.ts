// Verantwoording (AccountabilityReport): what became of a year's activities,
// the indicators' figures, and the report to the bestuurlijk overleg.
// Plain data, shared by the results workbook, the reader, the computation and
// the Word and Excel writers.
import type { CycleDates } from './calendar';
import type { IndicatorBaseline } from './indicators';
import type { Indicator, PartyKind } from './types';
import type { ActivityResult, AdviceVersion, ResultStatus } from './results';

/** These need a toelichting (issue 5, item 1). */
export const EXPLANATION_REQUIRED: readonly ResultStatus[] = ['delayed', 'not-started', 'dropped'];

/** How a result on a led afspraak without a planned activity is named in the report (the workbook asks a question there). */
export const LED_AGREEMENT_ACTIVITY = 'Inzet als trekker (geen activiteit gepland)';

/** Prefix of the key column in a results workbook: "P:" + bundle activity identity, or "A17" for an afspraak the party leads. */
export const PLANNED_KEY_PREFIX = 'P:';

/** One row of a results workbook, as read. */
export interface ReadResult {
  sheet: string;
  rowNumber: number;
  /** Our key: "P:<activity identity>" for a planned activity, "A17" for a led afspraak; absent for unplanned work. */
  key?: string;
  agreementRef?: string;
  /** The planned activity (prefilled) or the work done that was not planned. */
  activity: string;
  /** As written; resolved to a ResultStatus by the reader when it can. */
  statusText?: string;
  status?: ResultStatus;
  result?: string;
  explanation?: string;
  /** "ja" / "nee" as written, resolved when it can. */
  steeringText?: string;
  steeringNeeded?: boolean;
  /** True for rows in the "niet gepland" part or without a key in a partner's own layout with an "ongepland" marker. */
  unplanned: boolean;
  extra: Record<string, string>;
  /** The planning as it stood in the overview (our prefill) or in the partner's own Planning column. */
  planning?: string;
  /** A topic or theme from a column or a theme row spanning the table ("1.1 Nieuwbouw"). */
  topicContext?: string;
  /** The text of the theme row above this row, if any. */
  section?: string;
  /** Last sheet row when the result spans merged rows; absent for one row. */
  lastRowNumber?: number;
  /** Column letter each field was read from, so a later check can name the cell. */
  fieldColumns?: Record<string, string>;
}

/** One figure from the Indicatoren sheet. */
export interface ReadIndicatorValue {
  sheet: string;
  rowNumber: number;
  /** Indicator code from our hidden column, or matched by title in a partner's own layout. */
  code?: string;
  title: string;
  value: number | null;
  /** As written: "ca. 140", "95%", "n.v.t.". */
  valueText: string;
  note?: string;
  /** The unit and target as the sheet shows them (our prefill or the partner's columns). */
  unit?: string;
  target?: string;
  /** Columns the reader did not know, kept: header as written → cell text. */
  extra?: Record<string, string>;
  /** Column letter of the value, so a later check can name the cell. */
  valueColumn?: string;
}

/** A report over one execution year (Dutch: a "verantwoording") or over several (a "tussenevaluatie"). */
export type ReportKind = 'annual' | 'interim';

/** The report's kind in a word, lower case, as its texts and file properties say it. */
export const REPORT_KIND_WORD: Readonly<Record<ReportKind, string>> = { annual: 'verantwoording', interim: 'tussenevaluatie' };

export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'unknown';

/** The Dutch word for an indicator's status, as every page, document and the command line show it. */
export const PROGRESS_STATUS_LABEL: Readonly<Record<ProgressStatus, string>> = {
  achieved: 'behaald',
  'on-track': 'op schema',
  behind: 'achter',
  unknown: 'onbekend',
};

export interface IndicatorYear {
  year: number;
  byParty: Record<string, number | null>;
  /** Sum over parties (for a shared target) or the one party's value; null when nobody reported. */
  total: number | null;
  /**
   * Running total from the baseline, for count targets; null for shares and amounts, and
   * null while a year between the baseline and the first uitvraag has no figure.
   */
  cumulative: number | null;
  /** Where a straight path from baseline to target stands at the end of this year. */
  path: number | null;
  /** A figure of this year was entered by the secretary (a year before the first uitvraag). */
  entered: boolean;
}

export interface IndicatorProgress {
  indicator: Indicator;
  years: IndicatorYear[];
  /**
   * The latest reported figure, cumulative where that is how the target is counted.
   * `missing`: years between the baseline and the first uitvraag without figures; the value
   * then adds up only the years with figures, and the status is not judged.
   */
  latest: { year: number; value: number; missing?: number[] } | null;
  status: ProgressStatus;
  /** Dutch: "118 van 180 woningen (66%); volgens een rechte lijn hadden het er eind 2026 108 moeten zijn: op schema." */
  message: string;
  /** The target in the words of its direction: "ten minste 180 woningen eind 2028", "geen (0) woningen met energielabel E, F of G eind 2028". */
  target: string;
  /** Where the straight path starts; null for a limit or level without one, or a stock nobody gave a start for. */
  baseline: IndicatorBaseline | null;
  /** Dutch: how the parties' figures were combined ("… melden elk hun eigen aandeel per jaar; de aandelen zijn opgeteld …"). */
  combination: string;
  /**
   * Dutch: the other indicators that count (some of) the same homes, not to be added up
   * (overlapText); absent when there are none, and in reports made before this was said.
   */
  overlap?: string;
  /** The short form for a table row (overlapNote): what it is a step of or part of. */
  overlapNote?: string;
}

/**
 * One stoplight, one meaning (stoplight.ts decides it, and says it in Dutch):
 * green, orange and red judge the answers received only; 'open' is planned work
 * of which nothing is answered yet (a neutral look, never a colour); 'grey' is
 * nothing planned.
 */
export type TrafficLight = 'green' | 'orange' | 'red' | 'open' | 'grey';

export interface StatusSummary {
  counts: Record<ResultStatus | 'unanswered', number>;
  light: TrafficLight;
  /** Of counts.unanswered, those whose results deadline has not passed: they read 'nog niet binnen', the others 'geen antwoord'. */
  awaited: number;
}

/** Who answered over one execution year, next to (never inside) the stoplights. */
export interface YearResponse {
  year: number;
  /** ISO: the last day on which the results are on time (the last day of February of the next year). */
  deadline: string;
  /** The report's day is on or before the deadline: what is missing is 'nog niet binnen', not 'geen antwoord'. */
  awaited: boolean;
  /** Party ids in report order: with a results submission over the year, and without one. */
  answeredParties: string[];
  silentParties: string[];
  /** Planned activities with an answer (a status), of all planned ones. */
  answered: number;
  planned: number;
  /** Parties whose first results over the year came in after the deadline, with when; absent in reports made before it was kept. */
  late?: { partyId: string; receivedOn: string; daysLate: number }[];
}

export interface ReportAgreement {
  id: number;
  reference: string;
  text: string;
  leadText: string;
  results: ActivityResult[];
  /** Planned activities of the definitive bundle for which no result came in. */
  missing: MissingResult[];
  summary: StatusSummary;
}

/** A planned activity of a definitive bundle without a result. */
export interface MissingResult {
  partyId: string;
  activity: string;
  identity: string;
  /** The execution year whose bundle planned it. */
  year: number;
}

/** A summary per execution year, for the per-year columns of a tussenevaluatie. */
export interface YearSummary {
  year: number;
  summary: StatusSummary;
}

export interface AccountabilityReport {
  kind: ReportKind;
  agreementSet: {
    code: string;
    title: string;
    periodStart: number;
    periodEnd: number;
    municipality?: string;
    /** The set's days of the yearly cycle, as when the report was made: its deadlines are said by them. */
    cycleDates?: CycleDates;
  };
  executionYears: number[];
  /** ISO timestamp. */
  generatedAt: string;
  /** The report's day (ISO, the secretary's local date), against which the results deadlines are measured. */
  today: string;
  /** Per execution year: the response, shown next to the stoplights. */
  responses: YearResponse[];
  parties: {
    id: string;
    name: string;
    shortName: string;
    kind: PartyKind;
    /** Per execution year: the results submission's version and the day it was received, or null when the party did not answer. */
    submissions: { year: number; version: number | null; importedAt: string | null; receivedOn: string | null }[];
  }[];
  themes: {
    number: number;
    title: string;
    summary: StatusSummary;
    /** The summary per execution year (one entry for a verantwoording). */
    years: YearSummary[];
    topics: { number: string; title: string; agreements: ReportAgreement[] }[];
  }[];
  byParty: { partyId: string; summary: StatusSummary; years: YearSummary[] }[];
  /** The whole report's summary, and per execution year. */
  overall: { summary: StatusSummary; years: YearSummary[] };
  /** Per execution year: the definitive bundle the planned activities come from; version null when none was frozen. */
  bundles: { year: number; version: number | null; planningKnown: boolean }[];
  /** Planned activities and results not linked to an afspraak of the set. */
  unlinked: { results: ActivityResult[]; missing: MissingResult[]; summary: StatusSummary };
  /** Dutch remarks on what the report could not know: no bundle for a year, parties that did not answer. */
  notes: string[];
  /** vertraagd, niet gestart, vervallen: the main deviations. */
  deviations: ActivityResult[];
  steering: ActivityResult[];
  unplanned: ActivityResult[];
  /** Deviations without the required toelichting. */
  missingExplanations: ActivityResult[];
  indicators: IndicatorProgress[];
  /** The werkgroep's advice to the bestuurlijk overleg (tussenevaluatie); empty when none was written. */
  advice: string;
  /** Every saved text of the advice, oldest first; the last is `advice`. Absent in reports made before advice was versioned. */
  adviceVersions?: AdviceVersion[];
}

