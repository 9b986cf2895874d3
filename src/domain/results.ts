// What became of a year's activities and the indicators' figures, as stored per
// results submission, and the werkgroep's advice to the bestuurlijk overleg.

export type ResultStatus =
  | 'gerealiseerd'
  | 'gedeeltelijk gerealiseerd'
  | 'vertraagd'
  | 'niet gestart'
  | 'vervallen'
  | 'doorlopend';

export const RESULT_STATUSES: readonly ResultStatus[] = [
  'gerealiseerd',
  'gedeeltelijk gerealiseerd',
  'vertraagd',
  'niet gestart',
  'vervallen',
  'doorlopend',
];

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
