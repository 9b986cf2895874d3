// Shape of the embedded default data set (resources/druten-2025-2028.json):
// the signed agreement, transcribed. All text is as written in the source,
// with only its layout markup removed (see tests/dataset.test.ts). A party's
// kind and an indicator's unit are the app's own classification, not words of
// the agreement: the file holds their English codes, as the database does, so
// it is seeded as it is (migration 21 converted the stored ones). The set's
// places (the gemeente's kernen) are the app's own knowledge too.
import type { GlossaryTerm, Indicator, PartyId, PartyKind } from './types';

export interface AgreementSetData {
  code: string;
  title: string;
  municipality: string;
  /**
   * The gemeente's kernen, its villages and towns as people write them ("Deest", "Puiflijk"): what
   * tells a place of this gemeente from one of another in a partner's file. The app's own knowledge
   * of the gemeente, like a party's kind, not words of the agreement; [] where it is not known.
   */
  places: string[];
  periodStart: number;
  periodEnd: number;
  /** ISO date of signing. */
  signedOn: string;
  signedPlace: string;
  introduction: string[];
  parties: PartyData[];
  groups: PartyGroupData[];
  /** Known names outside the five parties, kept and shown as "extern". */
  externalNames: string[];
  themes: ThemeData[];
  cycle: CycleStepData[];
  /** The topic that sets out the yearly cycle ("6.2"), as the documents cite it; '' where the set names none. */
  cycleSection: string;
  indicators: Indicator[];
  glossaryIntro: string[];
  glossary: GlossaryTerm[];
}

export interface PartyData {
  id: PartyId;
  name: string;
  shortName: string;
  kind: PartyKind;
  linkedPartyIds: PartyId[];
  /** Names under which the party appears in the agreement and in partners' files. */
  aliases: string[];
  signatory: { name: string; role: string };
}

export interface PartyGroupData {
  name: string;
  memberIds: PartyId[];
  aliases: string[];
}

export interface ThemeData {
  number: number;
  title: string;
  topics: TopicData[];
}

export interface TopicData {
  /** "1.1", or "3" for a theme that is its own topic. */
  number: string;
  title: string;
  /** Opgave, one string per paragraph (sub-headings as their own paragraph). */
  task: string[];
  ambitions: string[];
  commitments: { number: number; text: string }[];
  agreements: AgreementData[];
  footnotes: { mark: string; text: string }[];
}

export interface AgreementData {
  /** The N of "Bij N.": the inzet item this afspraak belongs to. */
  commitmentNumber: number;
  /** The afspraak text without its "Bij N." prefix. */
  text: string;
  lead: string;
  involved: string;
  schedule: string;
}

export interface CycleStepData {
  /** "1", "2", "3", "4", "4a". */
  code: string;
  title: string;
  /** As written: "Januari - Maart". */
  period: string;
  agreements: string[];
}

/** A set as stored, with its number of afspraken: what the set switch and `prestatie sets` list. */
export interface ListedAgreementSet {
  id: number;
  code: string;
  title: string;
  municipality: string;
  periodStart: number;
  periodEnd: number;
  /** Afspraken (Doelstellingen rows) in the set. */
  agreements: number;
}
