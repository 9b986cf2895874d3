// The app's one API. Every shell (IPC, HTTP, CLI) carries exactly these calls
// with exactly these types; the renderer cannot tell which transport it has.
import type {
  AgreementFlag,
  Ambition,
  Commitment,
  Footnote,
  GlossaryTerm,
  Indicator,
  Party,
  PartyId,
  PartyRef,
  PartyRole,
  Schedule,
} from '../domain/types';
import type { CalendarView } from '../domain/calendar';

export interface AppInfo {
  version: string;
  agreementSet: AgreementSetSummary;
  /** Where the database lives; shown in the app so the secretary can find and back it up. */
  databasePath: string;
}

export interface AgreementSetSummary {
  code: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  signedOn: string;
}

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

export interface PartyWithCounts extends Party {
  leadCount: number;
  involvedCount: number;
}

export interface WerkbankApi {
  getAppInfo(): Promise<AppInfo>;
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

export type ApiMethod = keyof WerkbankApi;
export type ApiArg<K extends ApiMethod> = Parameters<WerkbankApi[K]> extends [infer A] ? A : undefined;
export type ApiResult<K extends ApiMethod> = Awaited<ReturnType<WerkbankApi[K]>>;

/** Every method name, checked against the interface both ways. */
const methodSet = {
  getAppInfo: true,
  listThemes: true,
  listAgreements: true,
  getAgreement: true,
  updateAgreement: true,
  listAuditLog: true,
  listParties: true,
  resolvePartyName: true,
  listGlossary: true,
  listIndicators: true,
  getCalendar: true,
} satisfies Record<ApiMethod, true>;
export const API_METHODS = Object.keys(methodSet) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodSet, name);
}

export type ErrorCode =
  | 'not_found'
  | 'invalid_input'
  | 'file_refused'
  | 'conflict'
  | 'unknown_method'
  | 'unauthorized'
  | 'database_too_new'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** Dutch, shown to the user as is. */
  message: string;
}

/** What crosses every process boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core for an error the user should see; the dispatcher turns it into an envelope. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
