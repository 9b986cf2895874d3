// What became of a year's activities and the indicators' figures, as stored per
// results submission, and the werkgroep's advice to the bestuurlijk overleg.
import { codeOfWord } from './types';

export type ResultStatus = 'done' | 'partly-done' | 'delayed' | 'not-started' | 'dropped' | 'ongoing';

export const RESULT_STATUSES: readonly ResultStatus[] = ['done', 'partly-done', 'delayed', 'not-started', 'dropped', 'ongoing'];

/**
 * The Dutch word for each status: what a partner picks in the results workbook,
 * types on the command line, and reads in the app and the reports. Workbooks
 * already sent out carry these words, so they must stay as they are.
 */
export const RESULT_STATUS_WORDS: Readonly<Record<ResultStatus, string>> = {
  done: 'gerealiseerd',
  'partly-done': 'gedeeltelijk gerealiseerd',
  delayed: 'vertraagd',
  'not-started': 'niet gestart',
  dropped: 'vervallen',
  ongoing: 'doorlopend',
};

/** The statuses' Dutch words in their order: "gerealiseerd, gedeeltelijk gerealiseerd, …". */
export const RESULT_STATUS_WORD_LIST: readonly string[] = RESULT_STATUSES.map((s) => RESULT_STATUS_WORDS[s]);

/** The status whose Dutch word this is exactly; undefined for any other text. */
export function statusOfWord(word: string): ResultStatus | undefined {
  return codeOfWord(RESULT_STATUS_WORDS, word);
}

/** A result's status in Dutch: its status's word, else the text as the partner wrote it. */
export function statusWordOf(r: { status: ResultStatus | null; statusText: string }): string {
  return r.status ? RESULT_STATUS_WORDS[r.status] : r.statusText;
}

export function isResultStatus(value: unknown): value is ResultStatus {
  return typeof value === 'string' && (RESULT_STATUSES as readonly string[]).includes(value);
}

/** The result of one planned activity, afspraak or piece of unplanned work, as stored. */
export interface ActivityResult {
  partyId: string;
  executionYear: number;
  /** Bundle activity identity for planned work; "afspraak:<id>" for a led afspraak; "ongepland:<n>" otherwise. */
  identity: string;
  agreementId: number | null;
  activity: string;
  planned: boolean;
  status: ResultStatus | null;
  statusText: string;
  result: string;
  explanation: string;
  steeringNeeded: boolean | null;
}

export interface IndicatorValue {
  code: string;
  partyId: string;
  year: number;
  value: number;
  note: string;
}

/** One saved text of the werkgroep's advice for a report: earlier texts are kept, with who saved them and when. */
export interface AdviceVersion {
  version: number;
  advice: string;
  /** ISO timestamp. */
  savedAt: string;
  savedBy: string;
}

/** How a result row came to answer a planned activity: our workbook's key, the secretary's choice, as in the previous version, or by its text. */
export type PairedBy = 'key' | 'choice' | 'earlier' | 'text';

/** The Dutch words for PairedBy: `page` on the import page, `short` in the command line's lines. */
export const PAIRED_BY_WORDS: Readonly<Record<PairedBy, { page: string; short: string }>> = {
  key: { page: 'uit de uitvraag', short: 'sleutel' },
  choice: { page: 'zo gekozen', short: 'gekozen' },
  earlier: { page: 'zoals in de vorige versie', short: 'zoals in de vorige versie' },
  text: { page: 'herkend aan de tekst', short: 'op de tekst' },
};
