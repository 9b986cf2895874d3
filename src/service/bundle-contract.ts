// The contract's slice for the gezamenlijk activiteitenoverzicht of a planning
// year: computing it, the werkgroep's decisions on it, its saved versions and
// its documents. WerkbankApi (contract.ts) joins it; the implementation is bundle.ts.
import type { Alignment, AlignmentStatus, BundleVersionInfo, NeedDecision, PartyPromise } from '../domain/bundle-decisions';
import type { BundleChange } from '../bundle/compare';
import type { JointOverviewSummary } from '../domain/joint-overview-summary';
import type { JointOverviewTab, OverviewTab } from '../bundle/tab-part';
import type { DuplicateDecision, JointOverview } from '../domain/joint-overview';
import type { FilePayload } from './app-contract';
import type { JobTag } from './jobs-contract';

export interface BundleQuery {
  planningYear: number;
  /** A saved version; the live working state when omitted. */
  version?: number;
}

export interface AlignmentEdit {
  planningYear: number;
  /** The activity's stable identity (BundleActivity.identity). */
  identity: string;
  status?: AlignmentStatus;
  promises?: PartyPromise[];
  alsoInvolved?: string[];
  notes?: string;
  /**
   * Optimistic check: the alignment's revision the editor read (0: never recorded). When
   * someone recorded it since, the edit is refused (conflict), showing both values. Omitted:
   * no check (scripts).
   */
  expectedRevision?: number;
}

/** The alignment of one activity as recorded, recordedAt included. */
export interface AlignmentRecorded {
  planningYear: number;
  identity: string;
  alignment: Alignment;
}

export interface DuplicateDecisionEdit {
  planningYear: number;
  /** The proposal (DuplicateProposal.key). */
  key: string;
  decision: DuplicateDecision;
}

/**
 * The werkgroep's word on one request of the wederkerigheid (one activity's need, asked of one
 * party), over what the text match found: 'answered' by one of the asked party's own current
 * activities (answerIdentity), 'open' although a text seemed to answer it, or 'auto': the
 * decision taken away, the text match counts again. A reason is required for 'answered' and
 * 'open'; every decision goes into the activity log.
 */
export interface NeedDecisionEdit {
  planningYear: number;
  /** The asking activity (NeedCheck.activityIdentity). */
  identity: string;
  /** The party asked (NeedCheck.toPartyId). */
  toPartyId: string;
  decision: 'answered' | 'open' | 'auto';
  answerIdentity?: string;
  reason?: string;
}

/** What was recorded; decision null after 'auto'. */
export interface NeedDecisionRecorded {
  planningYear: number;
  identity: string;
  toPartyId: string;
  decision: NeedDecision | null;
}

export interface InsufficientMark {
  planningYear: number;
  agreementId: number;
  /** The agreed follow-up; null: not marked. */
  followUp: string | null;
}

export interface BundleComparison {
  from: BundleVersionInfo;
  to: BundleVersionInfo;
  changes: BundleChange[];
}

export interface BundleExport extends BundleQuery {
  format: 'docx' | 'xlsx';
  /** Only what concerns this party: its own activities and what others need from it. */
  partyId?: string;
  /**
   * The live working state, asked for explicitly. Without it (and without a
   * version) an export is of the definitive version once the year is frozen,
   * and of the working state before that.
   */
  working?: boolean;
}

/** An exported overview, and which version it is of: what the shells tell the user was written. */
export interface ExportedOverview extends FilePayload {
  version: BundleVersionInfo;
}

export interface BundleApi {
  /** The gezamenlijk activiteitenoverzicht: computed from the current submissions, or a saved version. */
  getJointOverview(arg: BundleQuery & JobTag): Promise<JointOverview>;
  /**
   * What the page shows before the rows: counts, gaps, submissions, open questions and the number
   * of aandachtspunten of the same overview getJointOverview gives; small however large the year.
   */
  getJointOverviewSummary(arg: BundleQuery & JobTag): Promise<JointOverviewSummary>;
  /**
   * What one tab of the page shows, with the summary of the whole: the same overview
   * getJointOverview gives, cut to that tab (overviewTab), so a tab asks for its own rows.
   */
  getJointOverviewTab(arg: BundleQuery & { tab: OverviewTab } & JobTag): Promise<JointOverviewTab>;
  /**
   * Records the werkgroep's alignment of one activity; answers with what was recorded. What it
   * changes in the overview (answered needs, open questions) getJointOverview gives afresh.
   */
  updateAlignment(arg: AlignmentEdit): Promise<AlignmentRecorded>;
  /** Accepts or rejects a "same work, reported twice" proposal ('open' undoes a decision); answers with the decision. */
  decideDuplicate(arg: DuplicateDecisionEdit): Promise<DuplicateDecisionEdit>;
  /**
   * The werkgroep decides whether a request is answered, over the text match: by an activity of
   * the asked party, or open; with a reason, in the activity log. Every count of open questions
   * follows it (getJointOverview gives the overview afresh).
   */
  decideNeed(arg: NeedDecisionEdit): Promise<NeedDecisionRecorded>;
  /** Marks an afspraak "onvoldoende opgepakt" with the agreed follow-up; null clears the mark. Answers with the mark. */
  markInsufficient(arg: InsufficientMark): Promise<InsufficientMark>;
  /**
   * Saves the current state as the next numbered version; final freezes it as definitief, and is
   * refused (conflict) while any link is open, naming those rows: a definitive version holds no proposal.
   */
  saveBundleVersion(arg: { planningYear: number; final?: boolean } & JobTag): Promise<BundleVersionInfo>;
  listBundleVersions(arg: { planningYear: number }): Promise<BundleVersionInfo[]>;
  /** What changed from one saved version to another, or to the live state when `to` is omitted. */
  compareBundleVersions(arg: { planningYear: number; from: number; to?: number } & JobTag): Promise<BundleComparison>;
  /**
   * The overview (or one party's part of it) as a Word or Excel file: the version asked for; else,
   * once a version is definitief, that one (a working version only when asked for); else the working state.
   */
  exportJointOverview(arg: BundleExport & JobTag): Promise<ExportedOverview>;
}
