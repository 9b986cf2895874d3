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

/** What a partner sends in, and what an uitvraag asks for: its planned activities or its results. Stored as written here. */
export type SubmissionKind = 'activiteiten' | 'resultaten';
export const SUBMISSION_KINDS: readonly SubmissionKind[] = ['activiteiten', 'resultaten'];

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
  source: 'uitvraag' | 'eigen';
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
