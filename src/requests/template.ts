// The layout of the uitvraag workbooks the app sends out, shared by the writer
// (src/requests) and the reader (src/imports), so a returned workbook of ours
// is recognised and read exactly.
import type { PartyKind } from '../domain/types';

/** Raised when the layout changes in a way the reader must know about. */
export const TEMPLATE_VERSION = 1;
export const APP_MARKER = 'prestatieafspraken-werkbank';

export const SHEETS = {
  info: 'Toelichting',
  activities: 'Activiteiten',
  agreements: 'Afspraken',
  /** veryHidden: what the app needs to recognise the workbook later. */
  meta: 'Werkbank',
  /** veryHidden: the lists behind the dropdowns. */
  lists: 'Lijsten',
} as const;

export type RequestKind = 'activiteiten' | 'resultaten';

/** Key/value rows of the meta sheet, column A = key, column B = value. */
export interface RequestMeta {
  app: typeof APP_MARKER;
  templateVersion: number;
  kind: RequestKind;
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
  planningYear: number;
  agreementSet: string;
  /** ISO timestamp. */
  createdAt: string;
  /** 1-based row of the header on the activities sheet. */
  headerRow: number;
  /** field → 1-based column on the activities sheet. */
  columns: Partial<Record<ActivityField, number>>;
}

export type ActivityField =
  | 'key'
  | 'agreementRef'
  | 'activity'
  | 'role'
  | 'needs'
  | 'needsFrom'
  | 'ambition'
  | 'planning'
  | 'involved'
  | 'notes';

export interface ColumnSpec {
  field: ActivityField;
  header: string;
  /** Shown as the header cell's note: what to fill in. */
  help: string;
  width: number;
  kinds: readonly PartyKind[];
}

const ALL: readonly PartyKind[] = ['gemeente', 'corporatie', 'huurdersorganisatie'];

/** Columns of the Activiteiten sheet in order; each party kind gets those that name it (section 6.2, step 2). */
export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'key',
    header: 'Sleutel',
    help: 'Niet wijzigen: hiermee herkent de Werkbank vooraf ingevulde regels.',
    width: 10,
    kinds: ALL,
  },
  {
    field: 'agreementRef',
    header: 'Afspraak',
    help: 'Bij welke afspraak hoort deze activiteit? Kies uit de lijst (zie blad Afspraken) of laat leeg.',
    width: 34,
    kinds: ALL,
  },
  {
    field: 'activity',
    header: 'Activiteit: wat gaan we doen?',
    help: 'Beschrijf de activiteit of inzet in het planningsjaar.',
    width: 50,
    kinds: ALL,
  },
  {
    field: 'role',
    header: 'Rol van de gemeente',
    help: 'Faciliteren, uitvoeren, organiseren, kaders stellen of financieren.',
    width: 20,
    kinds: ['gemeente'],
  },
  {
    field: 'role',
    header: 'Onze rol',
    help: 'Welke rol zien wij voor onszelf? Bijvoorbeeld communicatie of samenwerking met huurders, bewoners- en wijkorganisaties.',
    width: 28,
    kinds: ['huurdersorganisatie'],
  },
  {
    field: 'needs',
    header: 'Wat hebben we nodig van andere partijen?',
    help: 'Wat moet een andere partij doen of leveren zodat deze activiteit lukt?',
    width: 40,
    kinds: ALL,
  },
  {
    field: 'needsFrom',
    header: 'Van wie?',
    help: 'De partij van wie we dit nodig hebben.',
    width: 24,
    kinds: ALL,
  },
  {
    field: 'ambition',
    header: 'Link met de ambities',
    help: 'Aan welke ambitie uit de meerjarige prestatieafspraken draagt dit bij?',
    width: 34,
    kinds: ['corporatie', 'gemeente', 'huurdersorganisatie'],
  },
  {
    field: 'planning',
    header: 'Planning',
    help: 'Wanneer in het planningsjaar: een kwartaal, heel het jaar of doorlopend.',
    width: 16,
    kinds: ALL,
  },
  {
    field: 'involved',
    header: 'Betrokken partijen',
    help: 'Wie werken nog meer mee?',
    width: 26,
    kinds: ALL,
  },
  {
    field: 'notes',
    header: 'Toelichting',
    help: 'Alles wat verder van belang is.',
    width: 34,
    kinds: ALL,
  },
];

export function columnsFor(kind: PartyKind): ColumnSpec[] {
  return ACTIVITY_COLUMNS.filter((c) => c.kinds.includes(kind));
}

/** The gemeente's roles (section 6.2, step 2). */
export const MUNICIPAL_ROLES = ['faciliteren', 'uitvoeren', 'organiseren', 'kaders stellen', 'financieren'] as const;

/** Suggestions for a tenant organisation's own role; other text is allowed. */
export const TENANT_ROLES = [
  'communicatie met huurders',
  'samenwerking met bewoners- en wijkorganisaties',
  'meedenken en adviseren',
  'signaleren',
  'mede-organiseren',
] as const;

export function planningOptions(year: number): string[] {
  return [`Q1 ${year}`, `Q2 ${year}`, `Q3 ${year}`, `Q4 ${year}`, `Heel ${year}`, 'Doorlopend'];
}

/** Prefilled rows carry the agreement id in the key column: "A17". */
export function agreementKey(agreementId: number): string {
  return `A${agreementId}`;
}

export function parseAgreementKey(value: string): number | null {
  const m = /^A(\d+)$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}
