// The contract's slice for people's decisions on links: the open links of a
// planning year, deciding them one by one or all at once, and the activity log.
// WerkbankApi (contract.ts) joins it; the implementation is links.ts.
import type { ActivityLogEntry } from '../domain/activity-log';
import type { OpenLink } from '../domain/joint-overview';

/** A person's decision on the link of one activity of a current submission. */
export interface ActivityLinkDecision {
  /** The activity row (ActivityRow.id, BundleActivity.id, OpenLink.activityId). */
  activityId: number;
  /** The afspraak it belongs to, or null: it belongs to no afspraak ("geen afspraak"). */
  agreementId: number | null;
}

export interface DecideLinksRequest {
  planningYear: number;
  decisions: ActivityLinkDecision[];
  /** Why, kept in the activity log. */
  reason?: string;
}

export interface ConfirmOpenLinksRequest {
  planningYear: number;
  /** Only this party's activities; every party's when omitted. */
  partyId?: string;
  reason?: string;
}

/** What a decision on links did: how many activities changed, and what is still open in the planning year. */
export interface LinkDecisionResult {
  changed: number;
  open: OpenLink[];
}

export interface LinksApi {
  /** The activities of the current submissions whose link is still open (proposed, choice, none), with their candidates. */
  listOpenLinks(arg: { planningYear: number; partyId?: string }): Promise<OpenLink[]>;
  /**
   * A person decides links: the proposed afspraak confirms the proposal ('confirmed'), another
   * afspraak (a choice's candidate or any) is chosen by hand ('manual'), null is "geen afspraak"
   * ('manual' without afspraak). Each decision is recorded in the activity log.
   */
  decideLinks(arg: DecideLinksRequest): Promise<LinkDecisionResult>;
  /** Confirms every proposal and records every "geen afspraak gevonden" as "geen afspraak", as one logged action; choices stay open. */
  confirmOpenLinks(arg: ConfirmOpenLinksRequest): Promise<LinkDecisionResult>;
  /** The decisions about the activities of a planning year, newest first. */
  listActivityLog(arg: { planningYear: number }): Promise<ActivityLogEntry[]>;
}
