// The layout of the uitvraag workbooks the app sends out, shared by the writer
// (src/requests) and the reader (src/imports), so a returned workbook of ours
// is recognised and read exactly.
import { PLANNED_KEY_PREFIX } from '../domain/accountability';
import type { SubmissionKind } from '../domain/submissions';
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

/** Key/value rows of the meta sheet, column A = key, column B = value. */
export interface RequestMeta {
  app: typeof APP_MARKER;
  templateVersion: number;
  kind: SubmissionKind;
  partyId: string;
  partyName: string;
  partyKind: PartyKind;
  /** The planning year (activiteiten) or the execution year the results are about (resultaten). */
  planningYear: number;
  agreementSet: string;
  /** ISO timestamp. */
  createdAt: string;
  /** 1-based row of the header on the activities sheet (Resultaten for kind 'resultaten'). */
  headerRow: number;
  /** field → 1-based column on the activities sheet (for 'resultaten': the shared fields on Resultaten). */
  columns: Partial<Record<ActivityField, number>>;
  /** Only for kind 'resultaten': the layout of the Resultaten and Indicatoren sheets. */
  results?: ResultsLayout;
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

const ALL: readonly PartyKind[] = ['municipality', 'corporation', 'tenant-body'];

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
    kinds: ['municipality'],
  },
  {
    field: 'role',
    header: 'Onze rol',
    help: 'Welke rol zien wij voor onszelf? Bijvoorbeeld communicatie of samenwerking met huurders, bewoners- en wijkorganisaties.',
    width: 28,
    kinds: ['tenant-body'],
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
    kinds: ['corporation', 'municipality', 'tenant-body'],
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

// ---------------------------------------------------------------------------
// The results workbook (kind 'resultaten'): what became of the activities of
// an execution year, and the party's indicator figures for that year.
//
// Its meta reuses RequestMeta with these meanings:
// - planningYear holds the EXECUTION year (uitvoeringsjaar) the results are
//   about, e.g. 2026 for the uitvraag sent in December 2026;
// - headerRow is the header row of the Resultaten sheet;
// - columns holds the Resultaten columns of the fields it shares with the
//   activities sheet (key, agreementRef, activity, planning), so a reader that
//   only knows activiteiten workbooks still finds a valid layout;
// - results (only for 'resultaten') holds the whole layout of both sheets.

export const RESULT_SHEETS = {
  info: SHEETS.info,
  results: 'Resultaten',
  indicators: 'Indicatoren',
  meta: SHEETS.meta,
  lists: SHEETS.lists,
} as const;

export type ResultField = 'key' | 'agreementRef' | 'activity' | 'planning' | 'status' | 'result' | 'explanation' | 'steering';
export type IndicatorField = 'code' | 'title' | 'description' | 'unit' | 'target' | 'question' | 'value' | 'note';

/** The layout of a results workbook's two sheets, as recorded in its meta. */
export interface ResultsLayout {
  /** field → 1-based column on the Resultaten sheet (its header row is RequestMeta.headerRow). */
  resultColumns: Partial<Record<ResultField, number>>;
  /** 1-based row of the header on the Indicatoren sheet. */
  indicatorHeaderRow: number;
  /** field → 1-based column on the Indicatoren sheet. */
  indicatorColumns: Partial<Record<IndicatorField, number>>;
}

export interface ResultColumnSpec {
  field: ResultField;
  header: string;
  help: string;
  width: number;
  /** Filled in by the Werkbank on planned rows (grey, locked). */
  prefilled: boolean;
  /** Not shown: the hidden key. */
  hidden?: boolean;
}

/** Columns of the Resultaten sheet in order. */
export const RESULT_COLUMNS: readonly ResultColumnSpec[] = [
  {
    field: 'key',
    header: 'Sleutel',
    help: 'Niet wijzigen: hiermee herkent de Werkbank de geplande activiteit.',
    width: 12,
    prefilled: true,
    hidden: true,
  },
  {
    field: 'agreementRef',
    header: 'Afspraak',
    help: 'De afspraak uit de prestatieafspraken waar de activiteit bij hoort. Bij een niet geplande activiteit: kies uit de lijst of laat leeg.',
    width: 38,
    prefilled: true,
  },
  {
    field: 'activity',
    header: 'Activiteit',
    help: 'Grijs: de geplande activiteit uit het gezamenlijk activiteitenoverzicht (niet te wijzigen). Onder "Niet geplande activiteiten": beschrijf wat u deed.',
    width: 42,
    prefilled: true,
  },
  {
    field: 'planning',
    header: 'Planning',
    help: 'De planning zoals die in het gezamenlijk activiteitenoverzicht stond.',
    width: 12,
    prefilled: true,
  },
  {
    field: 'status',
    header: 'Status',
    help: 'Kies uit de lijst: gerealiseerd, gedeeltelijk gerealiseerd, vertraagd, niet gestart, vervallen of doorlopend.',
    width: 21,
    prefilled: false,
  },
  {
    field: 'result',
    header: 'Resultaat: wat is bereikt?',
    help: 'Wat is er bereikt? Noem aantallen waar dat kan (bijvoorbeeld: 36 woningen opgeleverd).',
    width: 40,
    prefilled: false,
  },
  {
    field: 'explanation',
    header: 'Toelichting',
    help: 'Verplicht bij vertraagd, niet gestart en vervallen: waarom, en wat is de nieuwe planning? Een lege verplichte toelichting kleurt oranje.',
    width: 36,
    prefilled: false,
  },
  {
    field: 'steering',
    header: 'Bijsturing nodig?',
    help: 'Ja als het bestuurlijk overleg of de werkgroep moet bijsturen (bijvoorbeeld een afspraak aanpassen); anders nee.',
    width: 12,
    prefilled: false,
  },
];

export interface IndicatorColumnSpec {
  field: IndicatorField;
  /** The header; "{year}" stands for the execution year. */
  header: string;
  help: string;
  width: number;
  prefilled: boolean;
  hidden?: boolean;
}

/** Columns of the Indicatoren sheet in order. */
export const INDICATOR_COLUMNS: readonly IndicatorColumnSpec[] = [
  { field: 'code', header: 'Code', help: 'Niet wijzigen: hiermee herkent de Werkbank de indicator.', width: 14, prefilled: true, hidden: true },
  { field: 'title', header: 'Indicator', help: 'De succesindicator uit de prestatieafspraken.', width: 36, prefilled: true },
  { field: 'description', header: 'Omschrijving', help: 'Wat de prestatieafspraken over deze indicator zeggen.', width: 44, prefilled: true },
  { field: 'unit', header: 'Eenheid', help: 'Aantal woningen, een percentage of een bedrag in euro.', width: 12, prefilled: true },
  { field: 'target', header: 'Doel', help: 'Het doel uit de prestatieafspraken en het jaar waarin het bereikt moet zijn.', width: 22, prefilled: true },
  {
    field: 'question',
    header: 'Gevraagd',
    help: 'Welk cijfer we van u vragen: uw eigen aandeel in één jaar, of de stand op 31 december. Niet het cijfer van alle partijen samen.',
    width: 46,
    prefilled: true,
  },
  {
    field: 'value',
    header: 'Waarde {year}',
    help: 'Alleen een getal, zonder tekst of eenheid: 140, 12,5 of 95 (voor 95%). Weet u het niet precies? Vul uw beste schatting in en licht die toe.',
    width: 14,
    prefilled: false,
  },
  { field: 'note', header: 'Toelichting', help: 'Bron, peildatum, een schatting of waarom er geen waarde is.', width: 40, prefilled: false },
];

export function indicatorHeader(spec: IndicatorColumnSpec, executionYear: number): string {
  return spec.header.replace('{year}', String(executionYear));
}

/** Planned rows carry the bundle activity's identity in the key column: "P:woonwaarts:key:A17". */
export function plannedKey(identity: string): string {
  return `${PLANNED_KEY_PREFIX}${identity}`;
}

/** The identity of a planned key, or null when the text is not one. */
export function parsePlannedKey(value: string): string | null {
  const text = value.trim();
  return text.startsWith(PLANNED_KEY_PREFIX) && text.length > PLANNED_KEY_PREFIX.length ? text.slice(PLANNED_KEY_PREFIX.length) : null;
}

/**
 * The key cell of the row that opens the "Niet geplande activiteiten" part.
 * Rows below it without a key are unplanned work; the reader tells planned from
 * unplanned by the key alone (a row inserted among the planned ones is
 * unplanned too), so sorting or inserting rows changes nothing.
 */
export const UNPLANNED_MARKER_KEY = 'NIET-GEPLAND';
export const UNPLANNED_TITLE = 'Niet geplande activiteiten';

/** The activity text of a prefilled row for an afspraak the party leads without a planned activity on it. */
export const LED_WITHOUT_ACTIVITY_TEXT = 'Geen activiteit gepland bij deze afspraak, waarvan u trekker bent. Wat is er in het jaar aan gedaan?';

export const STEERING_OPTIONS = ['ja', 'nee'] as const;
