// The gezamenlijk activiteitenoverzicht (JointOverview) of one planning year:
// what the bundle computes from the current submissions and the werkgroep's
// decisions, and what the Word and Excel writers render. Plain data, so a
// frozen version can be stored as JSON and rendered again years later.
import type { CycleDates } from './calendar';
import type { PartyKind, PartyRef } from './types';
import type { LinkStatus, OpenLinkStatus } from './links';
import type { Alignment, BundleVersionInfo, NeedDecisionKind } from './bundle-decisions';

export interface BundleActivity {
  /** Database id of the activity row (of the current submission version). */
  id: number;
  /**
   * Stable across re-imports of the same party and year: our workbook key, or
   * the normalised activity text. Alignment and decisions hang on this.
   */
  identity: string;
  partyId: string;
  submissionVersion: number;
  sheet: string;
  rowNumber: number;
  activity: string;
  role?: string;
  planning?: string;
  needs?: string;
  /** Parties the activity needs something from (resolved from "Van wie?", or named in the needs text). */
  needsFrom: PartyRef[];
  involved: PartyRef[];
  ambition?: string;
  notes?: string;
  extra: Record<string, string>;
  agreementId: number | null;
  /**
   * How the activity came to its afspraak, as stored: settled by the file
   * (key, reference, evidence) or by a person (confirmed, manual; manual
   * without an afspraak is a person's "geen afspraak"), or still open
   * (proposed, choice, none; see linkIsOpen).
   */
  linkStatus: LinkStatus;
  /**
   * For a link still open: the afspraken considered, by reference, best
   * first; for a choice those to choose from ("kies"), for a proposal the
   * others. Absent when there are none, and in versions saved before links
   * were checked.
   */
  candidates?: string[];
  alignment: Alignment;
  /** Identities of other parties' activities accepted as the same joint action. */
  jointWith: string[];
}

export type AgreementGap =
  /** Active in the planning year, and no party has an activity on it. */
  | 'no-activity'
  /**
   * Active in the planning year, has activities, but none of its trekkers
   * (any member of a trekker group such as "Corporaties") has an activity or a
   * recorded promise on it. Never together with 'no-activity', which implies it.
   */
  | 'lead-without-activity';

export interface BundleAgreement {
  id: number;
  reference: string;
  commitmentNumber: number;
  text: string;
  leadText: string;
  involvedText: string;
  leadPartyIds: string[];
  involvedPartyIds: string[];
  /**
   * Lead parties (resolved from the trekker; a group stands for its members)
   * that neither have an activity on this afspraak nor a promise recorded on
   * one. For "Corporaties" one member picking it up is enough to avoid the
   * gap, but this says which member has nothing.
   */
  leadsWithoutActivity: string[];
  scheduleText: string;
  /** The years derived from the uitvoering, ascending. */
  scheduleYears: number[];
  /** Active in the planning year according to its uitvoering. */
  active: boolean;
  activities: BundleActivity[];
  gaps: AgreementGap[];
  /** Marked by the werkgroep as "onvoldoende opgepakt", with the agreed follow-up. */
  insufficient: { followUp: string } | null;
  /**
   * Activities whose link is still open and that may belong here: a choice
   * that names this afspraak, or a proposal for another one with this one as
   * the alternative. While there are any, "no activity" is not a settled fact.
   * Absent in versions saved before it existed.
   */
  undecided?: UndecidedActivity[];
}

/** An activity that may belong to an afspraak, not yet decided. */
export interface UndecidedActivity {
  identity: string;
  partyId: string;
  sheet: string;
  rowNumber: number;
  activity: string;
}

export interface BundleTopic {
  number: string;
  title: string;
  agreements: BundleAgreement[];
}

export interface BundleTheme {
  number: number;
  title: string;
  topics: BundleTopic[];
}

export type SubmissionState =
  /** The current version was imported (Dutch: "ingediend"). */
  | 'submitted'
  /** Nothing was imported for the planning year ("niet ingediend"). */
  | 'missing';

export interface BundleParty {
  id: string;
  name: string;
  shortName: string;
  kind: PartyKind;
  state: SubmissionState;
  submission: {
    version: number;
    versionCount: number;
    fileName: string;
    importedAt: string;
    /** When its first version was imported. Absent in versions saved before it was kept. */
    firstImportedAt?: string;
    /** The day (yyyy-mm-dd) this version was received, as the secretary stated it. Absent in versions saved before it was kept. */
    receivedOn?: string;
    /** The day the first version was received: what decides whether it was late. Absent in versions saved before it was kept. */
    firstReceivedOn?: string;
    /**
     * The heading of the column its activities' notes were read from, as written ("Stand 2026", "Opmerkingen"):
     * what the notes are. Absent without such a column, and in versions saved before it was kept.
     */
    notesHeader?: string;
  } | null;
  /** Its activities in this bundle (linked or not). */
  activityCount: number;
}

/**
 * Where the asked party of a need was read: the "Van wie?" column, the needs
 * text itself ("Gemeente: snelle vergunning"), the heading of the needs column
 * ("Nodig van gemeente/huurders"), or the Betrokken column.
 */
export type NeedAskedVia = 'needs-from' | 'text' | 'header' | 'involved';

/** Wederkerigheid (6.1): one "we need X from party P", and whether P answers it. */
export interface NeedCheck {
  /** The activity that needs something. */
  activityIdentity: string;
  activityId: number;
  fromPartyId: string;
  /** The party asked. */
  toPartyId: string;
  text: string;
  agreementId: number | null;
  /**
   * Answered when the werkgroep recorded a promise of the asked party on this
   * activity or marked one of its activities as the answer, when an activity
   * or promise of the asked party says what is asked (its text covers the
   * need), or when the asked party reports the same joint activity. Having
   * some activity on the same afspraak is not an answer.
   */
  answered: boolean;
  /** What the werkgroep recorded first, then the asked party's activities and promises elsewhere, in bundle order. */
  answeredBy: NeedAnswer[];
  /** Where the asked party was read; absent in versions saved before it was kept. */
  askedVia?: NeedAskedVia;
  /**
   * The name as written when it stood for fewer parties than it names: a
   * corporation asking "Huurdersorganisaties" asks its own tenant
   * organisation only.
   */
  askedAs?: string;
  /**
   * The asked party is named as involved (by the asking party or in the
   * werkgroep's "also involved"). Not an answer: it is at the table, but has
   * not committed to what is asked.
   */
  askedInvolved: boolean;
  /**
   * The werkgroep's own word on this request, over what the text match found
   * (absent when it gave none, and in versions saved before it could).
   */
  decision?: NeedDecisionNote;
  /**
   * With a decision 'open': what the text match (or the same joint activity)
   * had counted as the answer, which the werkgroep ruled out.
   */
  overruled?: NeedAnswer[];
}

/** What a NeedCheck keeps of the decision: what, why, who and when. */
export interface NeedDecisionNote {
  decision: NeedDecisionKind;
  reason: string;
  decidedAt: string;
  decidedBy: string;
  /**
   * For 'answered': the activity marked is no longer in the asked party's
   * current submission, so it answers nothing until the werkgroep decides again.
   */
  answerMissing?: boolean;
}

/**
 * Why something counts as the answer: the werkgroep recorded or marked it,
 * its text says what is asked, or it is the same joint activity as the one
 * that needs it. Absent in versions saved before answers were checked on
 * content.
 */
export type NeedAnswerBasis = 'working-group' | 'text' | 'same-work';

export type NeedAnswer =
  | {
      kind: 'activity';
      activityIdentity: string;
      partyId: string;
      activity: string;
      basis?: NeedAnswerBasis;
      /** For basis 'text': the share 0..1 of the need's words the text holds; for 'same-work': how alike the two activities are. */
      similarity?: number;
      /** For basis 'working-group' from a decision on the request: why the werkgroep counts it as the answer. */
      reason?: string;
    }
  | {
      kind: 'promise';
      partyId: string;
      text: string;
      basis?: NeedAnswerBasis;
      similarity?: number;
      /** Never set for a promise: a decision on a request marks an activity (kept for one shape of answer). */
      reason?: string;
      /** A promise recorded on another activity than the one that needs it: that activity. */
      onActivity?: string;
    };

/**
 * A need that names no party of the agreement: nobody to check it with, so
 * it stays an open question until the werkgroep knows whom it is for.
 */
export interface UnaddressedNeed {
  activityIdentity: string;
  activityId: number;
  fromPartyId: string;
  text: string;
  agreementId: number | null;
  /** Names outside the five as written ("Zorginstellingen"); empty when it does not say from whom. */
  outside: string[];
}

export interface ReciprocityCell {
  /** The party that needs something. */
  fromPartyId: string;
  /** The party asked. */
  toPartyId: string;
  requests: number;
  answered: number;
}

export type DuplicateDecision = 'open' | 'accepted' | 'rejected';

/** Activities of different parties on one afspraak that describe the same joint action. */
export interface DuplicateProposal {
  /** Stable: sorted activity identities joined, so a decision survives re-imports of unchanged rows. */
  key: string;
  agreementId: number;
  activityIdentities: string[];
  partyIds: string[];
  /** 0..1 */
  similarity: number;
  decision: DuplicateDecision;
}

export type AttentionKind =
  | 'agreement-without-activity'
  | 'lead-without-activity'
  | 'party-missing'
  /** Also used for a need that names no party of the agreement (no NeedCheck is made for it). */
  | 'need-unanswered'
  | 'duplicate-open'
  | 'insufficient'
  | 'unlinked-activity';

/** The order of the kinds in the Aandachtspunten chapter, sheet and panel (within a kind: document order of the afspraken). */
export const ATTENTION_ORDER: readonly AttentionKind[] = [
  'party-missing',
  'agreement-without-activity',
  'lead-without-activity',
  'insufficient',
  'need-unanswered',
  'duplicate-open',
  'unlinked-activity',
];

/** One aandachtspunt: what the werkgroep must look at, in Dutch. */
export interface AttentionPoint {
  kind: AttentionKind;
  /** Dutch, naming the afspraak's reference (or "Niet gekoppeld"), the party and the activity. */
  message: string;
  /** The afspraak it is about; absent for a missing party and for unlinked activities. */
  agreementId?: number;
  /**
   * The party it is about: the one that has not submitted, the party asked in
   * an unanswered need, the asking party when a need names nobody, the owner
   * of an unlinked activity. Absent for gaps and open duplicate proposals.
   */
  partyId?: string;
  /** The activity it is about (needs, unlinked activities). */
  activityIdentity?: string;
}

export interface JointOverview {
  /** signedOn: absent in versions frozen before it was kept. */
  agreementSet: {
    code: string;
    title: string;
    periodStart: number;
    periodEnd: number;
    signedOn?: string;
    municipality?: string;
    /** The set's section on the yearly cycle ("6.2") and the one on wederkerigheid ("6.1"), cited where known. */
    cycleSection?: string;
    reciprocitySection?: string;
    /** The set's days of the yearly cycle when the overview was made: its deadlines are said by them. */
    cycleDates?: CycleDates;
  };
  planningYear: number;
  version: BundleVersionInfo;
  /** ISO timestamp of the computation. */
  generatedAt: string;
  parties: BundleParty[];
  themes: BundleTheme[];
  /** Activities not linked to any afspraak (or to one outside this set), in their own section. */
  unlinked: BundleActivity[];
  needs: NeedCheck[];
  /** Needs that name no party of the agreement; absent in versions saved before they were listed (counts.needsWithoutParty has their number). */
  unaddressedNeeds?: UnaddressedNeed[];
  reciprocity: ReciprocityCell[];
  duplicates: DuplicateProposal[];
  attention: AttentionPoint[];
  counts: {
    activities: number;
    agreementsActive: number;
    /** Active afspraken with the gap 'no-activity'. */
    agreementsWithoutActivity: number;
    /** Active afspraken with the gap 'lead-without-activity'. */
    agreementsLeadWithoutActivity: number;
    unlinked: number;
    /** NeedChecks: one per (activity, asked party). */
    needs: number;
    /** NeedChecks not answered. The open questions are these plus needsWithoutParty: see openQuestions (./open-questions). */
    needsUnanswered: number;
    /** Needs that name no party of the agreement (an aandachtspunt each, no NeedCheck). */
    needsWithoutParty: number;
    duplicatesOpen: number;
    partiesMissing: number;
    /** Activities whose link is still open (proposed, choice, none): a definitive version has none. */
    linksOpen: number;
  };
}

/** An activity whose link to an afspraak nobody has decided yet, with where it is in the party's file. */
export interface OpenLink {
  /** The activity row of the party's current submission. */
  activityId: number;
  partyId: string;
  sheet: string;
  rowNumber: number;
  activity: string;
  /** What is open: a proposal to confirm, a choice to make, or no afspraak found. */
  status: OpenLinkStatus;
  /** The proposed afspraak; null for a choice and for none. */
  reference: string | null;
  /** The other afspraken considered, by reference, best first: for a choice those to choose from. */
  candidates: string[];
}

/** The activities of an afspraak's trekkers without an activity there whose open link may belong to it. */
export function leadsUndecided(a: BundleAgreement): UndecidedActivity[] {
  return (a.undecided ?? []).filter((u) => a.leadsWithoutActivity.includes(u.partyId));
}
