// The contract's slice for the indicators' start values and their figures from
// before the first uitvraag, with their log. WerkbankApi (contract.ts) joins it;
// the implementation is indicators.ts.
import type { EnteredIndicatorFigure, IndicatorBaseline, IndicatorLogEntry, Measure } from '../domain/indicators';
import type { IndicatorUnit, PartyId } from '../domain/types';

/**
 * One indicator's start and its figures from before the first uitvraag, as the secretary sees
 * and enters them (Verantwoording page, `prestatie indicator`).
 */
export interface IndicatorInputs {
  code: string;
  title: string;
  unit: IndicatorUnit;
  measure: Measure;
  partyIds: PartyId[];
  /** The target in the words of its direction: "ten minste 180 woningen eind 2028", "geen (0) … eind 2028". */
  target: string;
  /** Where the straight path starts now: from the agreement, assumed, or entered; null when none is known. */
  baseline: IndicatorBaseline | null;
  /** Dutch: the baseline in words ("0 woningen op 31 december 2021 (uit de afspraken: …)"), or what is missing. */
  baselineText: string;
  /** Whether the secretary may enter a start value: the agreement gives none. */
  baselineEditable: boolean;
  /** Years a figure may be entered for: before the first uitvraag (for a count: from its start). */
  earlierYears: number[];
  /** The figures entered for those years, per party or for all parties together (partyId null). */
  figures: EnteredIndicatorFigure[];
}

/** A start value: the value on 31 December of `year`; value null removes the entered one. */
export interface IndicatorBaselineEdit {
  code: string;
  year: number;
  value: number | null;
  /** The source ("Jaarverslag Woonwaarts 2024"); required, recorded in the log. */
  note: string;
}

/** A figure for a year before the first uitvraag; partyId null is all parties together; value null removes it. */
export interface IndicatorFigureEdit {
  code: string;
  year: number;
  partyId: string | null;
  value: number | null;
  note: string;
}

export interface IndicatorsApi {
  /** Every indicator's start and its figures from before the first uitvraag. */
  listIndicatorInputs(): Promise<IndicatorInputs[]>;
  /** Enters (or with value null removes) a start value where the agreement gives none; recorded in the indicator log. */
  setIndicatorBaseline(arg: IndicatorBaselineEdit): Promise<IndicatorInputs>;
  /** Enters (or with value null removes) a figure for a year before the first uitvraag; recorded in the indicator log. */
  setIndicatorFigure(arg: IndicatorFigureEdit): Promise<IndicatorInputs>;
  /** Changes to start values and earlier figures, newest first; of one indicator when code is given. */
  listIndicatorLog(arg: { code?: string }): Promise<IndicatorLogEntry[]>;
}
