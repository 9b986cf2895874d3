// The werkgroep's decisions on a planning year's joint overview (the alignment
// of each activity, its word on each request of the wederkerigheid) and the
// overview's saved versions: what src/db/bundle.ts stores.

/** Where an activity stands in the werkgroep's alignment before 1 September. */
export type AlignmentStatus = 'pending' | 'aligned' | 'promised';
export const ALIGNMENT_STATUSES: readonly AlignmentStatus[] = ['pending', 'aligned', 'promised'];

/** A promise recorded by the werkgroep: party P commits to … */
export interface PartyPromise {
  partyId: string;
  text: string;
  /**
   * Set when the werkgroep marked one of P's own activities as its answer to
   * what this activity needs ("beantwoordt de vraag"): that activity's
   * identity; the text is then the activity's text. Absent for a promise in
   * the werkgroep's own words.
   */
  activityIdentity?: string;
}

/** The werkgroep's alignment of one activity. */
export interface Alignment {
  status: AlignmentStatus;
  promises: PartyPromise[];
  /** Parties involved beyond those the submitting party named. */
  alsoInvolved: string[];
  notes: string;
  /**
   * When the werkgroep last recorded this alignment (ISO timestamp); absent
   * when it never did, and in versions saved before this was kept. An activity
   * still 'pending' without it was never discussed.
   */
  recordedAt?: string;
  /**
   * How many times the werkgroep recorded it: the revision an edit names
   * (AlignmentEdit.expectedRevision). Absent when never recorded (revision 0).
   */
  revision?: number;
}

/** The werkgroep's decision on one request: answered by an activity of the asked party, or open. */
export type NeedDecisionKind = 'answered' | 'open';

/** A decision as the werkgroep recorded it, for one (asking activity, asked party). */
export interface NeedDecision {
  /** The asking activity (BundleActivity.identity). */
  activityIdentity: string;
  toPartyId: string;
  decision: NeedDecisionKind;
  /** For 'answered': the identity of the asked party's activity that answers. */
  answerIdentity?: string;
  reason: string;
  decidedAt: string;
  decidedBy: string;
}

/** A saved version of the bundle: a draft (Dutch "concept") or the final one ("definitief"). */
export type SavedVersionStatus = 'draft' | 'final';
/** The live working state ("werkversie"), or a saved version. */
export type VersionStatus = 'working' | SavedVersionStatus;

/** The version status in a word, lower case: "werkversie", "concept", "definitief". */
export const VERSION_STATUS_WORD: Readonly<Record<VersionStatus, string>> = {
  working: 'werkversie',
  draft: 'concept',
  final: 'definitief',
};

/** What a change between two versions of the bundle is about. */
export type BundleChangeSubject = 'activity' | 'attention-point' | 'party';

/** The subject as the comparison names it. */
export const BUNDLE_CHANGE_SUBJECT_WORD: Readonly<Record<BundleChangeSubject, string>> = {
  activity: 'activiteit',
  'attention-point': 'aandachtspunt',
  party: 'partij',
};

export interface BundleVersionInfo {
  /** null for the live working state. */
  number: number | null;
  status: VersionStatus;
  savedAt: string | null;
  savedBy: string | null;
}
