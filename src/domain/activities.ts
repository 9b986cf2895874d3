// An activity as the app shows and stores it: what the partner wrote, the
// parties it names, its link to an afspraak and a person's correction.
import type { CorrectableField } from './corrections';
import type { LinkCandidate, LinkStatus } from './links';
import type { PartyRef } from './types';

/** What a partner wrote about one activity, as read and as stored (ReadActivity adds where the reader found it). */
export interface ActivityFields {
  sheet: string;
  /** 1-based sheet row where the activity starts. */
  rowNumber: number;
  /** Our hidden key of a prefilled row ("A17"), when the workbook is ours. */
  key?: string;
  activity: string;
  /** The afspraak reference as written: "1.1 bij 1", "Bij 4", an afspraak text … */
  agreementRef?: string;
  /** A topic or theme given by a column or by a theme row spanning the table ("1.1 Nieuwbouw", "Thema 3"). */
  topicContext?: string;
  /** The gemeente's roles in one spelling ("faciliteren, financieren"); any other role as written. */
  role?: string;
  /** The activity's own trekker as written ("De Kern en"); resolved to parties later, by the service. */
  lead?: string;
  /** The partner's own number for the row, as written ("7", "3a"): it numbers the rows, it names no afspraak. */
  rowLabel?: string;
  /** Budget in euros, from a number or a text such as "€ 25.000"; a text that is no amount stays in extra under its heading. */
  budget?: number;
  needs?: string;
  needsFrom?: string;
  ambition?: string;
  planning?: string;
  involved?: string;
  notes?: string;
  /** Columns the reader did not know, kept: header as written → cell text. */
  extra: Record<string, string>;
}

export interface AgreementChoice {
  agreementId: number;
  reference: string;
  text: string;
  score?: number;
  /** Why this afspraak, in Dutch: "zelfde onderwerp 1.1", "De Kernen is trekker", "tekst lijkt 45%". */
  reasons: string[];
}

export interface ActivityLinkView {
  status: LinkStatus;
  /** The linked or proposed afspraak; null for a choice, none, and a person's "geen afspraak". */
  agreementId: number | null;
  reference: string | null;
  agreementText: string | null;
  score?: number;
  /** Why the linked or proposed afspraak, in Dutch. */
  reasons: string[];
  /** The other afspraken considered, best first; for a choice those to choose from. */
  alternatives: AgreementChoice[];
}

/** One activity as read, before or after it is stored. */
export interface ActivityView extends ActivityFields {
  /** Position within its submission, from 1: the handle for link decisions. */
  position: number;
  needsFromParties: PartyRef[];
  involvedParties: PartyRef[];
  /** The row's own trekker, resolved; [] when the sheet names none. */
  leadParties: PartyRef[];
  link: ActivityLinkView;
  /** Set when the secretary corrected or removed this activity (in a preview: earlier, on the same row). */
  correction?: ActivityCorrectionView;
}

/** A person's correction of an activity: why, whether it is removed, and what the partner wrote. */
export interface ActivityCorrectionView {
  reason: string;
  /** Removed by a person: kept and shown here, but no activity in the overview, the uitvraag or the verantwoording. */
  removed: boolean;
  /** The corrected fields as the partner wrote them ('' for empty); {} when only removed. */
  original: Partial<Record<CorrectableField, string>>;
  /** ISO timestamp and who, when known. */
  changedAt?: string;
  changedBy?: string;
}

export interface ActivityRow extends ActivityView {
  id: number;
  partyId: string;
  planningYear: number;
  submissionId: number;
  submissionVersion: number;
}

export interface NewActivity extends Omit<ActivityView, 'link'> {
  agreementId: number | null;
  linkStatus: LinkStatus;
  linkScore?: number;
  /** The afspraken the linker considered and why, best first. */
  linkCandidates: LinkCandidate[];
}

export interface StoredActivity extends NewActivity {
  id: number;
  submissionId: number;
  submissionVersion: number;
  partyId: string;
  planningYear: number;
  /** Removed by a person, with this reason; only with { includeRemoved: true }. */
  removedReason?: string;
  /** The corrected fields as the partner wrote them, when a person corrected any. */
  original?: Partial<Record<CorrectableField, string>>;
}
