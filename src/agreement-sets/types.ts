// What reading a signed agreement set gives: the set as data, what the reader
// proposes for the secretary to confirm (parties, indicators), and every
// problem named by its place in the document or workbook.
import type { AgreementSetData } from '../domain/dataset';
import type { Indicator, PartyKind } from '../domain/types';

export type SetProblemSeverity = 'error' | 'warning';

export type SetProblemCode =
  | 'no-lead'
  | 'unknown-party'
  | 'schedule-unreadable'
  | 'schedule-empty'
  | 'topic-without-agreements'
  | 'agreement-without-commitment'
  | 'commitment-missing'
  | 'unread-column'
  | 'no-signatories'
  | 'no-period'
  | 'kind-guessed'
  | 'text-outside-structure'
  | 'invalid-value'
  | 'duplicate';

/** One thing the secretary must know, in Dutch, with where it is. */
export interface SetProblem {
  severity: SetProblemSeverity;
  code: SetProblemCode;
  /** Dutch, complete: starts with the place. */
  message: string;
  /** Dutch: "1.1 Nieuwbouw, tabel "Doelstellingen", rij 3" or "blad "Afspraken", rij 4, kolom C". */
  place: string;
  file: string;
  /** The topic ("1.1") or heading the problem lies under. */
  section?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** A party as the reader proposes it; the secretary confirms or edits it before the set is stored. */
export interface PartyProposal {
  id: string;
  /** Where it was found: the signatories, or the trekker/betrokkenen columns. */
  source: 'signatures' | 'table' | 'template';
  /** Whether its kind is a guess from its name. */
  kindGuessed: boolean;
  kind: PartyKind;
  name: string;
  /** Set when the link to its corporation (or tenant organisation) is a guess. */
  linkGuessed: boolean;
}

/** A numeric target found in the text: a proposal, not an indicator until the secretary confirms it. */
export interface IndicatorProposal extends Indicator {
  proposal: true;
  /** Dutch: where it was found ("1.1 Nieuwbouw, inzet 1"). */
  foundAt: string;
}

export interface AgreementSetReading {
  fileName: string;
  format: 'docx' | 'xlsx';
  /** The set as read; indicators holds only what the source states as indicators (the template), never guesses. */
  data: AgreementSetData;
  parties: PartyProposal[];
  indicators: IndicatorProposal[];
  problems: SetProblem[];
}

/** The file cannot be read as an agreement set at all: a Dutch message naming the file. */
export class AgreementSetRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgreementSetRefusal';
  }
}

/** A set with nothing in it yet: what a reader fills. */
export function emptyAgreementSet(): AgreementSetData {
  return {
    code: '',
    title: '',
    municipality: '',
    places: [],
    periodStart: 0,
    periodEnd: 0,
    signedOn: '',
    signedPlace: '',
    introduction: [],
    parties: [],
    groups: [],
    externalNames: [],
    themes: [],
    cycle: [],
    cycleSection: '',
    indicators: [],
    glossaryIntro: [],
    glossary: [],
  };
}
