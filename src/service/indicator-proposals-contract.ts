// The contract's slice for the indicators proposed from a set's text: the
// secretary confirms or rejects each. WerkbankApi (contract.ts) joins it; the
// implementation is indicator-proposals.ts.
import type { IndicatorProposal } from '../agreement-sets/types';

export interface IndicatorProposalListing {
  /** The number to name it by (prestatie indicator-voorstellen --bevestig N). */
  number: number;
  status: 'proposed' | 'confirmed' | 'rejected';
  proposal: IndicatorProposal;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface IndicatorProposalDecision {
  /** Numbers to confirm as indicators of the set, or 'all' for every open proposal. */
  confirm?: number[] | 'all';
  /** Numbers to reject. */
  reject?: number[];
}

export interface IndicatorProposalsApi {
  /** The numeric targets proposed from the active set's text when it was stored, with what was decided. */
  listIndicatorProposals(): Promise<IndicatorProposalListing[]>;
  /** Confirms (they become indicators of the set) or rejects proposals, in one transaction, each in the activity log. */
  decideIndicatorProposals(arg: IndicatorProposalDecision): Promise<IndicatorProposalListing[]>;
}
