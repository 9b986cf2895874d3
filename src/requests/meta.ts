// The veryHidden Werkbank sheet: how an uitvraag workbook says it is ours.
// The writer puts RequestMeta there as key/value rows; the import reader asks
// readRequestMeta whether a workbook is one of ours before reading it exactly.
import type ExcelJS from 'exceljs';
import { PARTY_KIND_WORDS, partyKindOfWord } from '../domain/types';
import { SUBMISSION_KIND_WORD, submissionKindOfWord } from '../domain/submissions';
import {
  ACTIVITY_COLUMNS,
  APP_MARKER,
  INDICATOR_COLUMNS,
  RESULT_COLUMNS,
  SHEETS,
  TEMPLATE_VERSION,
  type ActivityField,
  type IndicatorField,
  type RequestMeta,
  type ResultField,
  type ResultsLayout,
} from './template';

/**
 * Why a workbook is not read as ours:
 * not-ours: no meta sheet or another marker — read it as a partner's own layout;
 * too-new: made by a newer app version whose layout this one does not know;
 * damaged: ours, but the meta sheet was changed or is incomplete.
 */
export type RequestMetaProblem = 'not-ours' | 'too-new' | 'damaged';

export type RequestMetaResult = { ok: true; meta: RequestMeta } | { ok: false; problem: RequestMetaProblem; reason: string };

/** The order of the key/value rows; also every key the reader requires. */
const META_KEYS = [
  'app',
  'templateVersion',
  'kind',
  'partyId',
  'partyName',
  'partyKind',
  'planningYear',
  'agreementSet',
  'createdAt',
  'headerRow',
  'columns',
] as const satisfies readonly (keyof RequestMeta)[];

/** Written after META_KEYS for a results workbook, and required there; an activiteiten workbook has none of them. */
const RESULT_META_KEYS = ['resultColumns', 'indicatorHeaderRow', 'indicatorColumns'] as const satisfies readonly (keyof ResultsLayout)[];

const ACTIVITY_FIELDS: ReadonlySet<string> = new Set(ACTIVITY_COLUMNS.map((c) => c.field));
const RESULT_FIELDS: ReadonlySet<string> = new Set(RESULT_COLUMNS.map((c) => c.field));
const INDICATOR_FIELDS: ReadonlySet<string> = new Set(INDICATOR_COLUMNS.map((c) => c.field));
/** Excel's last column (XFD). */
const MAX_COLUMN = 16384;
const MAX_HEADER_ROW = 1000;

/** The value as it goes into column B: numbers stay numbers, columns become JSON text. */
function metaCellValue(meta: RequestMeta, key: (typeof META_KEYS)[number]): string | number {
  if (key === 'columns') return JSON.stringify(meta.columns);
  // The workbook says its kind and the party's in Dutch, as every uitvraag made before the codes were English did.
  if (key === 'kind') return SUBMISSION_KIND_WORD[meta.kind];
  if (key === 'partyKind') return PARTY_KIND_WORDS[meta.partyKind];
  return meta[key];
}

/** Fills an (empty) meta sheet with one row per field; the caller makes the sheet veryHidden. */
export function writeRequestMeta(sheet: ExcelJS.Worksheet, meta: RequestMeta): void {
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 60;
  for (const key of META_KEYS) {
    const row = sheet.addRow([key, metaCellValue(meta, key)]);
    // Text, never a date or a number guessed by a spreadsheet program on a round trip.
    if (typeof row.getCell(2).value === 'string') row.getCell(2).numFmt = '@';
  }
  if (meta.results) {
    const layout = meta.results;
    for (const key of RESULT_META_KEYS) {
      const value = key === 'indicatorHeaderRow' ? layout.indicatorHeaderRow : JSON.stringify(layout[key]);
      const row = sheet.addRow([key, value]);
      if (typeof value === 'string') row.getCell(2).numFmt = '@';
    }
  }
}

/** A cell's value as plain text, whatever form a spreadsheet program saved it in. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return null;
}

function damaged(detail: string): RequestMetaResult {
  return {
    ok: false,
    problem: 'damaged',
    reason: `Dit is een uitvraag van de Werkbank, maar het verborgen blad ${SHEETS.meta} is gewijzigd of onvolledig: ${detail}. Maak een nieuwe uitvraag of lees het bestand in als eigen opmaak.`,
  };
}

function integerIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** A JSON field → column map over known fields, each column used once; the message says what is wrong. */
function parseColumnMap<F extends string>(
  text: string,
  known: ReadonlySet<string>,
  required: readonly F[],
  what: string,
): Partial<Record<F, number>> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `de ${what} is geen geldige JSON`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return `de ${what} is geen lijst van velden`;
  const columns: Partial<Record<F, number>> = {};
  const used = new Set<number>();
  for (const [field, column] of Object.entries(parsed)) {
    if (!known.has(field)) return `de ${what} noemt een onbekend veld "${field}"`;
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
      return `het veld "${field}" heeft geen geldig kolomnummer`;
    }
    if (used.has(column)) return `kolom ${column} is aan twee velden gegeven`;
    used.add(column);
    columns[field as F] = column;
  }
  const missing = required.filter((f) => columns[f] === undefined);
  if (missing.length > 0) return `de velden ${missing.join(', ')} ontbreken in de ${what}`;
  return columns;
}

function parseColumns(text: string): Partial<Record<ActivityField, number>> | string {
  const columns = parseColumnMap<ActivityField>(text, ACTIVITY_FIELDS, [], 'kolomindeling');
  if (typeof columns === 'string') return columns;
  if (columns.key === undefined || columns.activity === undefined) return 'de kolommen Sleutel en Activiteit ontbreken in de kolomindeling';
  return columns;
}

/** The results layout of a 'resultaten' workbook, or what is wrong with it. */
function parseResultsLayout(values: ReadonlyMap<string, string>): ResultsLayout | string {
  for (const key of RESULT_META_KEYS) {
    if (!values.get(key)) return `het gegeven "${key}" ontbreekt`;
  }
  const resultColumns = parseColumnMap<ResultField>(values.get('resultColumns') ?? '', RESULT_FIELDS, ['key', 'activity', 'status'], 'kolomindeling van de resultaten');
  if (typeof resultColumns === 'string') return resultColumns;
  const indicatorHeaderRow = integerIn(values.get('indicatorHeaderRow') ?? '', 1, MAX_HEADER_ROW);
  if (indicatorHeaderRow === null) return `de kopregel van de indicatoren "${values.get('indicatorHeaderRow') ?? ''}" is geen regelnummer`;
  const indicatorColumns = parseColumnMap<IndicatorField>(
    values.get('indicatorColumns') ?? '',
    INDICATOR_FIELDS,
    ['code', 'title', 'value'],
    'kolomindeling van de indicatoren',
  );
  if (typeof indicatorColumns === 'string') return indicatorColumns;
  return { resultColumns, indicatorHeaderRow, indicatorColumns };
}

/**
 * Whether the workbook is one of our uitvraag workbooks, and its meta when it is.
 * Checks every field: a workbook that merely looks like ours is not read as ours.
 */
export function readRequestMeta(workbook: ExcelJS.Workbook): RequestMetaResult {
  const notOurs: RequestMetaResult = {
    ok: false,
    problem: 'not-ours',
    reason: 'Dit bestand is geen uitvraag van de Werkbank; het wordt gelezen als eigen opmaak van de partij.',
  };
  const sheet = workbook.getWorksheet(SHEETS.meta);
  if (!sheet) return notOurs;

  const values = new Map<string, string>();
  sheet.eachRow((row) => {
    const key = cellText(row.getCell(1).value)?.trim();
    const value = cellText(row.getCell(2).value);
    if (key && value !== null && !values.has(key)) values.set(key, value.trim());
  });
  if (values.get('app') !== APP_MARKER) return notOurs;

  const versionText = values.get('templateVersion');
  const templateVersion = versionText === undefined ? null : integerIn(versionText, 1, Number.MAX_SAFE_INTEGER);
  if (templateVersion === null) return damaged('de sjabloonversie ontbreekt of is geen getal');
  if (templateVersion > TEMPLATE_VERSION) {
    return {
      ok: false,
      problem: 'too-new',
      reason: `Deze uitvraag is gemaakt met een nieuwere versie van de Werkbank (sjabloonversie ${templateVersion}; deze versie kent t/m ${TEMPLATE_VERSION}). Werk de Werkbank bij en lees het bestand opnieuw in.`,
    };
  }

  for (const key of META_KEYS) {
    if (!values.get(key)) return damaged(`het gegeven "${key}" ontbreekt`);
  }
  const text = (key: (typeof META_KEYS)[number]): string => values.get(key) ?? '';

  const kindWord = text('kind');
  const kind = submissionKindOfWord(kindWord);
  if (!kind) return damaged(`de soort uitvraag "${kindWord}" is onbekend`);
  const partyKindWord = text('partyKind');
  const partyKind = partyKindOfWord(partyKindWord);
  if (!partyKind) return damaged(`de partijsoort "${partyKindWord}" is onbekend`);
  const planningYear = integerIn(text('planningYear'), 2000, 2200);
  if (planningYear === null) return damaged(`het planningsjaar "${text('planningYear')}" is geen jaartal`);
  const headerRow = integerIn(text('headerRow'), 1, MAX_HEADER_ROW);
  if (headerRow === null) return damaged(`de kopregel "${text('headerRow')}" is geen regelnummer`);
  const createdAt = text('createdAt');
  if (!/^\d{4}-\d{2}-\d{2}T/.test(createdAt) || Number.isNaN(Date.parse(createdAt))) {
    return damaged(`de aanmaakdatum "${createdAt}" is geen datum`);
  }
  const columns = parseColumns(text('columns'));
  if (typeof columns === 'string') return damaged(columns);
  let results: ResultsLayout | undefined;
  if (kind === 'results') {
    const layout = parseResultsLayout(values);
    if (typeof layout === 'string') return damaged(layout);
    results = layout;
  }

  return {
    ok: true,
    meta: {
      app: APP_MARKER,
      templateVersion,
      kind,
      partyId: text('partyId'),
      partyName: text('partyName'),
      partyKind,
      planningYear,
      agreementSet: text('agreementSet'),
      createdAt,
      headerRow,
      columns,
      ...(results ? { results } : {}),
    },
  };
}
