// The contract's slice for agreement sets read from their own documents
// (the preview, the template, storing a set and listing the stored ones). WerkbankApi (contract.ts) joins it;
// the implementation is agreement-sets.ts.
import type { IndicatorProposal, PartyProposal, SetProblem } from '../agreement-sets/types';
import type { AgreementSetData, ListedAgreementSet } from '../domain/dataset';

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

/** A set as stored: what `prestatie sets` and the app's set switch show. */
export interface AgreementSetListing extends Omit<ListedAgreementSet, 'id'> {
  /** The set this Werkbank works in now. */
  active: boolean;
}

/** What storing a previewed set did. */
export interface StoredAgreementSet {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  agreements: number;
  /** The backup made just before (a file name in the backup folder). */
  backup: string;
  /** Warnings of the preview, stored with the set as they are (kept as written, shown to the user). */
  warnings: number;
}

export interface AgreementSetsApi {
  /** Reads a signed agreement set (.docx) or a filled-in template (.xlsx) and shows what it holds and its problems; stores nothing. */
  previewAgreementSet(arg: { file: { name: string; data: string } }): Promise<AgreementSetPreview>;
  /** The empty Excel template for an agreement set whose document has no afspraken tables. */
  makeAgreementSetTemplate(): Promise<{ name: string; data: string }>;
  /**
   * Reads the document as previewAgreementSet does and stores the set in one transaction, after a
   * backup; refused, changing nothing, when the preview has errors or a set with its code is stored.
   */
  storeAgreementSet(arg: { file: { name: string; data: string } }): Promise<StoredAgreementSet>;
  /** The stored sets, oldest first, with the active one marked. */
  listAgreementSets(): Promise<AgreementSetListing[]>;
  /** Works in the stored set with this code from the next call on (the app's set switch); answers the sets with the new active one marked. */
  switchAgreementSet(arg: { code: string }): Promise<AgreementSetListing[]>;
}
