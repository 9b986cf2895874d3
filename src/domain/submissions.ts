// A submission: one partner's file for a year, kept as versions, and the lines
// of it that are no activities.

/** A footer, signature or note line of a partner's sheet ("Opgesteld door: afdeling Vastgoed & Wonen"): no activity, kept with the submission. */
export interface SubmissionNote {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** The line as written; a line over several cells with its cells joined by a space. */
  text: string;
}

/**
 * What a partner sends in, what an uitvraag asks for, and the round whose
 * deadline it keeps: its planned activities or its results. Stored as written here.
 */
export type SubmissionKind = 'activities' | 'results';
export const SUBMISSION_KINDS: readonly SubmissionKind[] = ['activities', 'results'];

/** The Dutch word for a kind: what a person types (`--soort resultaten`) and what an uitvraag workbook holds in its hidden sheet. */
export const SUBMISSION_KIND_WORD: Readonly<Record<SubmissionKind, string>> = { activities: 'activiteiten', results: 'resultaten' };

/** The kind a Dutch word names ("activiteiten", "resultaten"); null for any other text. */
export function submissionKindOfWord(word: string): SubmissionKind | null {
  return SUBMISSION_KINDS.find((k) => SUBMISSION_KIND_WORD[k] === word) ?? null;
}

/** Where an import's party or year came from: our workbook's hidden sheet, the person importing, or the file's title or name. */
export type FactSource = 'workbook' | 'given' | 'file-name';

/** The source in Dutch: `page` on the import page, `short` in the command line's lines. */
export const FACT_SOURCE_WORDS: Readonly<Record<FactSource, { page: string; short: string }>> = {
  workbook: { page: 'uit de werkmap', short: 'uit de werkmap' },
  given: { page: 'door u gekozen', short: 'opgegeven' },
  'file-name': { page: 'afgeleid uit de titel of de bestandsnaam', short: 'uit titel of bestandsnaam' },
};

/** Where a submission's layout came from: our own uitvraag workbook, or the partner's own layout. */
export type SubmissionSource = 'request' | 'own';

/** The source as the version list says it. */
export const SUBMISSION_SOURCE_LABEL: Readonly<Record<SubmissionSource, string>> = { request: 'uitvraag van de Werkbank', own: 'eigen indeling' };

export interface SubmissionSummary {
  id: number;
  partyId: string;
  planningYear: number;
  kind: SubmissionKind;
  version: number;
  isCurrent: boolean;
  fileName: string;
  sha256: string;
  size: number;
  source: SubmissionSource;
  importedAt: string;
  importedBy: string;
  /** The day (yyyy-mm-dd) the partner's file arrived, as the secretary stated it: what decides whether it was late. */
  receivedOn: string;
  activityCount: number;
  warningCount: number;
  /** Lines of the file that are no activities (footers, signatures, notes), kept as they were. */
  notes: SubmissionNote[];
}

/** A version whose import was undone: gone with everything read from it, its number never used again. */
export interface UndoneSubmission {
  partyId: string;
  planningYear: number;
  kind: SubmissionKind;
  version: number;
  fileName: string;
  /** When it was imported; null for an undo recorded before the Werkbank kept this. */
  importedAt: string | null;
  importedBy: string;
  receivedOn: string | null;
  activityCount: number | null;
  undoneAt: string;
  undoneBy: string;
  reason: string;
}
