// The contract's slice for agreement sets read from their own documents
// (phase 1: the preview and the template). WerkbankApi (contract.ts) joins it;
// the implementation is agreement-sets.ts.
import type { IndicatorProposal, PartyProposal, SetProblem } from '../agreement-sets/types';
import type { AgreementSetData } from '../domain/dataset';

export type { IndicatorProposal, PartyProposal, SetProblem } from '../agreement-sets/types';

/** What reading a signed agreement set (.docx) or a filled-in template (.xlsx) gives, before anything is stored. */
export interface AgreementSetPreview extends Pick<AgreementSetData, 'code' | 'title' | 'municipality' | 'periodStart' | 'periodEnd' | 'signedOn' | 'signedPlace'> {
  fileName: string;
  format: 'docx' | 'xlsx';
  counts: { themes: number; topics: number; ambitions: number; commitments: number; agreements: number; cycleSteps: number; glossaryTerms: number; indicators: number };
  themes: { number: number; title: string; topics: { number: string; title: string; ambitions: number; commitments: number; agreements: number }[] }[];
  /** Proposed parties: kind and link to their corporation or tenant organisation marked when guessed. */
  parties: (PartyProposal & { shortName: string; signatory: { name: string; role: string }; linkedTo: string[] })[];
  /** Group words and the set's own members they stand for (short names). */
  groups: { name: string; members: string[] }[];
  /** Numeric targets in the text, proposed for the secretary to confirm. */
  proposedIndicators: IndicatorProposal[];
  /** Every problem, named by its place; warnings do not stop a later commit, errors do. */
  problems: SetProblem[];
  /** The set as read. */
  data: AgreementSetData;
}

export interface AgreementSetsApi {
  /** Reads a signed agreement set (.docx) or a filled-in template (.xlsx) and shows what it holds and its problems; stores nothing. */
  previewAgreementSet(arg: { file: { name: string; data: string } }): Promise<AgreementSetPreview>;
  /** The empty Excel template for an agreement set whose document has no afspraken tables. */
  makeAgreementSetTemplate(): Promise<{ name: string; data: string }>;
}
