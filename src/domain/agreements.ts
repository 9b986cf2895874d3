// An afspraak as the app lists it, the query that lists them, the themes and
// topics it sits in, and the audit trail of its edits.
import type { AgreementFlag, Ambition, Commitment, Footnote, PartyId, PartyRef, PartyRole, Schedule } from './types';

export interface ThemeNode {
  number: number;
  title: string;
  topics: TopicNode[];
}

export interface TopicNode {
  number: string;
  title: string;
  agreementCount: number;
}

export interface TopicContext {
  number: string;
  title: string;
  themeNumber: number;
  themeTitle: string;
  task: string[];
  ambitions: Ambition[];
  commitments: Commitment[];
  footnotes: Footnote[];
}

export interface AgreementQuery {
  /** Free text over every field: afspraak, trekker, betrokkenen, uitvoering, inzet, onderwerp. */
  text?: string;
  themeNumber?: number;
  topicNumber?: string;
  partyId?: PartyId;
  /** With partyId: only as trekker, only as betrokkene, or either (default). */
  role?: PartyRole | 'any';
  /** Active in this year according to the derived schedule. */
  year?: number;
}

export interface AgreementRow {
  id: number;
  /** Human reference, e.g. "1.1 bij 1 (1)": topic, inzet item, position within that item. */
  reference: string;
  themeNumber: number;
  themeTitle: string;
  topicNumber: string;
  topicTitle: string;
  commitmentNumber: number;
  /** Position of the row within its topic's Doelstellingen table, from 1. */
  position: number;
  text: string;
  leadText: string;
  involvedText: string;
  lead: PartyRef[];
  involved: PartyRef[];
  schedule: Schedule;
  flags: AgreementFlag[];
  /** ISO timestamp of the last edit, or null when as in the signed document. */
  updatedAt: string | null;
}

export type AuditField = 'text' | 'leadText' | 'involvedText' | 'scheduleText';

export interface AuditEntry {
  id: number;
  agreementId: number;
  field: AuditField;
  oldValue: string;
  newValue: string;
  /** ISO timestamp. */
  changedAt: string;
  changedBy: string;
}
