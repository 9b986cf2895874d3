// Domain types shared by the core, the shells and the renderer.
// Dutch concepts carry the fixed English names of docs/domain.md.

export type PartyKind = 'municipality' | 'corporation' | 'tenant-body';

export const PARTY_KINDS: readonly PartyKind[] = ['municipality', 'corporation', 'tenant-body'];

/**
 * The Dutch word for each kind of party: what a person types in the Soort column
 * of an agreement-set template and reads on the command line, and what the hidden
 * sheet of every uitvraag workbook says (those already sent out must still read).
 */
export const PARTY_KIND_WORDS: Readonly<Record<PartyKind, string>> = {
  municipality: 'gemeente',
  corporation: 'corporatie',
  'tenant-body': 'huurdersorganisatie',
};

/** A kind as a heading or a table cell shows it ("Woningcorporatie"), in the app and in the documents. */
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  municipality: 'Gemeente',
  corporation: 'Woningcorporatie',
  'tenant-body': 'Huurdersorganisatie',
};

/** The kind a party of this kind belongs with: a tenant organisation with its corporation, and back; a gemeente with none. */
export const PARTNER_KIND: Readonly<Record<PartyKind, PartyKind | null>> = {
  'tenant-body': 'corporation',
  corporation: 'tenant-body',
  municipality: null,
};

/** The code whose Dutch word (in a table of codes and their words) this is exactly; undefined for any other text. */
export function codeOfWord<C extends string>(words: Readonly<Record<C, string>>, word: string): C | undefined {
  return (Object.keys(words) as C[]).find((code) => words[code] === word);
}

/** The kind whose Dutch word this is exactly; undefined for any other text. */
export function partyKindOfWord(word: string): PartyKind | undefined {
  return codeOfWord(PARTY_KIND_WORDS, word);
}

/** Stable identifiers of the five parties of the Druten agreement. */
export type PartyId = string;

export interface Party {
  id: PartyId;
  name: string;
  shortName: string;
  kind: PartyKind;
  /** Corporation ↔ its tenant organisation. */
  linkedPartyIds: PartyId[];
  aliases: string[];
}

export type PartyRole = 'lead' | 'involved';

/**
 * How a name as written was resolved:
 * exact/alias: one party; group: a group name standing for its members;
 * fuzzy: a likely misspelling, resolved but to be confirmed;
 * external: a known name outside the parties (zorginstellingen, marktpartijen …);
 * unknown: kept as written and flagged.
 */
export type ResolutionStatus = 'exact' | 'alias' | 'group' | 'fuzzy' | 'external' | 'unknown';

export interface PartyRef {
  /** The name exactly as it stands in the source, trimmed. */
  written: string;
  partyIds: PartyId[];
  status: ResolutionStatus;
  /** A parenthetical remark kept aside, e.g. "in een later stadium". */
  qualifier?: string;
}

export type ScheduleKind =
  | 'years' // one or more explicit years: "2025", "2025 en 2026"
  | 'range' // "2025 - 2028", "2025 – 2026"
  | 'recurring' // "Jaarlijks"
  | 'continuous' // "Doorlopend"
  | 'from' // "Vanaf 2025", "2025 en verder"
  | 'event' // "Bij ieder nieuwbouw-project"
  | 'empty' // nothing written
  | 'unknown'; // a form the app does not understand: kept, flagged

export interface Schedule {
  /** Exactly as written in the agreement. */
  text: string;
  kind: ScheduleKind;
  /** Years in which the agreement is active or due, ascending. */
  years: number[];
  /** Whether the text was understood; false for 'unknown' (and 'empty'). */
  recognized: boolean;
  /** Dutch note on how the years were derived, when not obvious. */
  note?: string;
}

export interface Ambition {
  position: number;
  text: string;
}

export interface Commitment {
  number: number;
  text: string;
}

export interface Footnote {
  mark: string;
  text: string;
}

export type AgreementFlagCode =
  | 'lead-also-involved'
  | 'schedule-empty'
  | 'schedule-unrecognized'
  | 'unknown-party'
  | 'fuzzy-party'
  | 'commitment-missing';

export interface AgreementFlag {
  code: AgreementFlagCode;
  /** Dutch, for the user. */
  message: string;
}

export interface GlossaryTerm {
  term: string;
  definition: string;
  group: string;
}

export type IndicatorUnit = 'homes' | 'percent' | 'euro';

/** The Dutch word for each unit: what a person types in the Eenheid column of an agreement-set template, and reads. */
export const INDICATOR_UNIT_WORDS: Readonly<Record<IndicatorUnit, string>> = { homes: 'woningen', percent: 'procent', euro: 'euro' };

/** The unit whose Dutch word this is exactly; undefined for any other text. */
export function indicatorUnitOfWord(word: string): IndicatorUnit | undefined {
  return codeOfWord(INDICATOR_UNIT_WORDS, word);
}
/** at_least: reach the target; at_most: stay under it; zero: bring to nothing. */
export type IndicatorDirection = 'at_least' | 'at_most' | 'zero';

export interface IndicatorMilestone {
  year: number;
  value: number;
  partyId?: PartyId;
}

export interface Indicator {
  code: string;
  title: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  target: number;
  /** The first year counted ("tussen 2022 en 2030": 2022). */
  baselineYear?: number;
  /**
   * The value at the start of baselineYear where the agreement gives it: 0 homes added before
   * 2022 for "270 toevoegingen tussen 2022 en 2030"; 7,5% for "van 7,5% naar maximaal 15%".
   * Absent when the agreement gives no starting point (the secretary may enter one).
   */
  baselineValue?: number;
  deadlineYear: number;
  /** Parties that report on it; several when the target is shared. */
  partyIds: PartyId[];
  shared: boolean;
  topicNumber: string;
  commitmentNumber?: number;
  /** The sentence of the agreement the indicator comes from, verbatim. */
  sourceQuote: string;
  milestones: IndicatorMilestone[];
  /**
   * Other indicators whose figures count (some of) the same homes, as the agreement says: the
   * 180 "tot en met 2028" is a step on the way to the 270, the corporations' own 240 and 33 and
   * the 85 geclusterde woonvormen are part of the 270, the 270 and 50 part of the Woondeal's 910.
   * Absent: none. Their figures must never be added up.
   */
  overlaps?: IndicatorOverlap[];
}

/** 'step-of': an interim target on the way to the other (the same homes); 'part-of': its homes count in the other too. */
export interface IndicatorOverlap {
  code: string;
  relation: 'step-of' | 'part-of';
}
