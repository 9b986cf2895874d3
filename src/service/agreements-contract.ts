// The contract's slice for the signed agreement set: themes, afspraken and their
// edits, parties, glossary, indicators and the yearly calendar. WerkbankApi
// (contract.ts) joins it; the implementation is service.ts.
import type { AgreementQuery, AgreementRow, AuditEntry, ThemeNode, TopicContext } from '../domain/agreements';
import type { CalendarView } from '../domain/calendar';
import type { Commitment, GlossaryTerm, Indicator, Party, PartyRef } from '../domain/types';

export type { ThemeNode, TopicContext, TopicNode } from '../domain/agreements';

export interface AgreementDetail extends AgreementRow {
  topic: TopicContext;
  commitment: Commitment | null;
  history: AuditEntry[];
}

/** The editable fields of an afspraak; omitted fields stay as they are. */
export interface AgreementEdit {
  id: number;
  text?: string;
  leadText?: string;
  involvedText?: string;
  scheduleText?: string;
  /** Optimistic lock: the updatedAt the editor saw; a later edit in between is a conflict. */
  expectedUpdatedAt?: string | null;
}

export interface PartyWithCounts extends Party {
  leadCount: number;
  involvedCount: number;
}

export interface AgreementsApi {
  listThemes(): Promise<ThemeNode[]>;
  listAgreements(query: AgreementQuery): Promise<AgreementRow[]>;
  getAgreement(arg: { id: number }): Promise<AgreementDetail>;
  updateAgreement(edit: AgreementEdit): Promise<AgreementDetail>;
  listAuditLog(arg: { agreementId?: number }): Promise<AuditEntry[]>;
  listParties(): Promise<PartyWithCounts[]>;
  /** Reads a party name as people write it ("HBD", "De Kern en", "Woonwaards"). */
  resolvePartyName(arg: { name: string }): Promise<PartyRef>;
  listGlossary(): Promise<GlossaryTerm[]>;
  listIndicators(): Promise<Indicator[]>;
  /** The yearly cycle for a date (ISO yyyy-mm-dd); today when omitted. */
  getCalendar(arg: { date?: string }): Promise<CalendarView>;
}
