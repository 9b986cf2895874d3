// The uitvraag workbook for one party's results of one execution year: the
// party's activities of that year's definitive gezamenlijk overzicht and the
// afspraken it leads, each to be given a status, a result, a toelichting and
// whether steering is needed; room for unplanned work; and the party's
// indicator figures. Pure of the database: plain data in, .xlsx bytes out.
// The layout comes from template.ts, which the reader (src/imports/read-results.ts)
// shares, so a returned workbook is read exactly.
import type { Fill, Worksheet } from 'exceljs';
import { EXPLANATION_REQUIRED } from '../domain/accountability';
import { RESULT_STATUSES, RESULT_STATUS_WORDS, RESULT_STATUS_WORD_LIST, type ResultStatus } from '../domain/results';
import type { JointOverview } from '../domain/joint-overview';
import { describeTarget, indicatorQuestion } from '../domain/indicators';
import type { IndicatorDirection, IndicatorUnit } from '../domain/types';
import type { AgreementRow } from '../domain/agreements';
import { agreementFullLabel, agreementLabel, agreementListRule, INPUT_ROWS } from './activity-request';
import { finishInputTable, lockAsPrefilled, startInputTable } from './input-table';
import { requestMeta, requestWorkbookBytes, startRequestWorkbook, type RequestInputBase } from './request-workbook';
import { buildResultsInstructions, resultsDeadline } from './results-instructions';
import { rowHeightFor } from './row-height';
import {
  INDICATOR_COLUMNS,
  LED_WITHOUT_ACTIVITY_TEXT,
  RESULT_COLUMNS,
  RESULT_SHEETS,
  STEERING_OPTIONS,
  UNPLANNED_MARKER_KEY,
  UNPLANNED_TITLE,
  agreementKey,
  indicatorHeader,
  plannedKey,
  type ActivityField,
  type IndicatorField,
  type ResultField,
} from './template';
import { GRID_BORDER, INPUT_TAB_COLOR, KEY_FONT, PREFILL_FONT, TITLE_COLOR, font, rangeValidations, safeFileNamePart, strictList, type ListColumn } from './workbook-style';

/** One activity of the party in the execution year's definitive bundle. */
export interface PlannedActivity {
  /** The bundle activity's identity (BundleActivity.identity). */
  identity: string;
  agreementId: number | null;
  /** The afspraak's reference ("1.1 bij 1 (1)"), or null when the activity is not linked. */
  reference: string | null;
  activity: string;
  planning?: string;
}

/** An indicator the party reports on (its partyIds include the party). */
export interface RequestIndicator {
  code: string;
  title: string;
  unit: IndicatorUnit;
  target: number;
  deadlineYear: number;
  description: string;
  /** When given, the target reads "ten minste …", "ten hoogste …" or "geen (0) …". */
  direction?: IndicatorDirection;
  /** Every party that reports on it: a shared target asks each for its own share, and says with whom it is shared. */
  partyIds?: string[];
  /** The first year counted ("tussen 2022 en 2030"): the question says not to give the total since then. */
  baselineYear?: number;
  /** An interim target on the way to another: that one's title; the question says to give the same figure there. */
  sameHomesAs?: string;
}

export interface ResultsRequestInput extends RequestInputBase {
  executionYear: number;
  /** The party's activities in the execution year's definitive bundle, in bundle order. */
  planned: PlannedActivity[];
  /** Afspraken the party leads that are active in the execution year; those with a planned activity of the party are not listed twice. */
  ledAgreements: AgreementRow[];
  indicators: RequestIndicator[];
  /**
   * Every afspraak of the set, optional: orders the rows as the agreement does,
   * labels planned rows with the afspraak's text and fills the afspraak
   * dropdown of the unplanned rows. Without it the rows follow the references
   * and the dropdown offers the led afspraken.
   */
  agreements?: AgreementRow[];
}

/**
 * The party's activities in a (definitive) gezamenlijk overzicht, in the
 * overview's order: linked ones per afspraak, then the unlinked ones.
 */
export function plannedActivitiesOf(overview: JointOverview, partyId: string): PlannedActivity[] {
  const planned: PlannedActivity[] = [];
  const add = (a: JointOverview['unlinked'][number], agreement: { id: number; reference: string } | null): void => {
    if (a.partyId !== partyId) return;
    const p: PlannedActivity = { identity: a.identity, agreementId: agreement?.id ?? null, reference: agreement?.reference ?? null, activity: a.activity };
    if (a.planning !== undefined && a.planning !== '') p.planning = a.planning;
    planned.push(p);
  };
  for (const theme of overview.themes) {
    for (const topic of theme.topics) {
      for (const agreement of topic.agreements) for (const a of agreement.activities) add(a, agreement);
    }
  }
  for (const a of overview.unlinked) add(a, null);
  return planned;
}

/** The Resultaten and Indicatoren sheets' header row: a title and a one-line hint stand above it. */
export const RESULTS_HEADER_ROW = 3;
export const INDICATORS_HEADER_ROW = 3;
/** Empty rows with a grid under "Niet geplande activiteiten"; the sheet stays open below them. */
export const UNPLANNED_ROWS = 12;

const STATUS_FILLS: Record<ResultStatus, string> = {
  done: 'FFE2EFDA',
  'partly-done': 'FFFFF2CC',
  delayed: 'FFFCE4D6',
  'not-started': 'FFFFC7CE',
  dropped: 'FFE4DFEC',
  ongoing: 'FFDDEBF7',
};
const MISSING_EXPLANATION_FILL = 'FFF4B183';
const SECTION_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E7EC' } };
const MUTED_FONT = font({ italic: true, color: { argb: 'FF6B6B6B' } });

/** "Uitvraag resultaten 2026 - Woonwaarts.xlsx", with nothing a file system refuses. */
export function resultsRequestFileName(partyShortName: string, executionYear: number): string {
  const party = safeFileNamePart(partyShortName) || 'partij';
  return `Uitvraag resultaten ${executionYear} - ${party}.xlsx`;
}

/** One prefilled row of the Resultaten sheet. */
interface PlannedRow {
  key: string;
  agreementText: string;
  activity: string;
  planning: string;
  /** An afspraak the party leads without a planned activity. */
  led: boolean;
}

/** Planned activities and led afspraken, in the agreement's order; unlinked activities last. */
function plannedRows(input: ResultsRequestInput): PlannedRow[] {
  const all = input.agreements ?? [];
  const byId = new Map([...input.ledAgreements, ...all].map((a) => [a.id, a]));
  const position = new Map(all.map((a, i) => [a.id, i]));
  const plannedAgreements = new Set(input.planned.map((p) => p.agreementId).filter((id): id is number => id !== null));

  const rows: { row: PlannedRow; id: number | null; reference: string | null; index: number }[] = [];
  input.planned.forEach((p, index) => {
    const agreement = p.agreementId === null ? undefined : byId.get(p.agreementId);
    rows.push({
      row: {
        key: plannedKey(p.identity),
        agreementText: agreement ? agreementLabel(agreement) : (p.reference ?? ''),
        activity: p.activity,
        planning: p.planning ?? '',
        led: false,
      },
      id: p.agreementId,
      reference: agreement?.reference ?? p.reference,
      index,
    });
  });
  input.ledAgreements.forEach((a, index) => {
    if (plannedAgreements.has(a.id)) return;
    rows.push({
      row: { key: agreementKey(a.id), agreementText: agreementFullLabel(a), activity: LED_WITHOUT_ACTIVITY_TEXT, planning: '', led: true },
      id: a.id,
      reference: a.reference,
      index: input.planned.length + index,
    });
  });

  const rank = (r: (typeof rows)[number]): [number, string] => {
    if (r.id === null || r.reference === null) return [Number.MAX_SAFE_INTEGER, ''];
    return [position.get(r.id) ?? Number.MAX_SAFE_INTEGER - 1, r.reference];
  };
  return rows
    .sort((a, b) => {
      const [pa, ra] = rank(a);
      const [pb, rb] = rank(b);
      return pa - pb || ra.localeCompare(rb, 'nl', { numeric: true }) || a.index - b.index;
    })
    .map((r) => r.row);
}

export async function writeResultsRequest(input: ResultsRequestInput): Promise<{ fileName: string; data: Buffer }> {
  const year = input.executionYear;
  const rows = plannedRows(input);

  const book = startRequestWorkbook({
    title: `Uitvraag resultaten ${year} – ${input.party.name}`,
    subject: input.agreementSet.title,
    createdAt: input.createdAt,
    tables: [
      { name: RESULT_SHEETS.results, tabColor: INPUT_TAB_COLOR },
      { name: RESULT_SHEETS.indicators, tabColor: { argb: 'FFB7791F' } },
    ],
    lists: [RESULT_STATUS_WORD_LIST, STEERING_OPTIONS, (input.agreements ?? input.ledAgreements).map(agreementLabel)],
    instructions: buildResultsInstructions({
      partyName: input.party.name,
      executionYear: year,
      agreementSetTitle: input.agreementSet.title,
      cycleSection: input.agreementSet.cycleSection,
      cycleDates: input.agreementSet.cycleDates,
      contact: input.contact,
      plannedCount: rows.filter((r) => !r.led).length,
      ledCount: rows.filter((r) => r.led).length,
      indicatorCount: input.indicators.length,
    }),
    footer: footerText(input),
  });
  const [resultSheet, indicatorSheet] = book.tables as [Worksheet, Worksheet];
  const [statusList, steeringList, agreementList] = book.lists as [ListColumn, ListColumn, ListColumn];
  const resultColumns = await writeResultSheet(resultSheet, input, rows, { status: statusList, steering: steeringList, agreement: agreementList });
  const indicatorColumns = await writeIndicatorSheet(indicatorSheet, input);

  const shared: Partial<Record<ActivityField, number>> = {};
  for (const field of ['key', 'agreementRef', 'activity', 'planning'] as const) {
    const column = resultColumns[field];
    if (column !== undefined) shared[field] = column;
  }
  const meta = requestMeta('results', input, year, {
    headerRow: RESULTS_HEADER_ROW,
    columns: shared,
    results: { resultColumns, indicatorHeaderRow: INDICATORS_HEADER_ROW, indicatorColumns },
  });
  const data = await requestWorkbookBytes(book, meta);
  return { fileName: resultsRequestFileName(input.party.shortName, year), data };
}

function footerText(input: ResultsRequestInput): string {
  return `Uitvraag resultaten ${input.executionYear} – ${input.party.name}`;
}

function solid(argb: string): Fill {
  // A conditional format's fill is a "differential" style: Excel paints its bgColor, LibreOffice reads either.
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

interface ResultLists {
  status: ListColumn;
  steering: ListColumn;
  agreement: ListColumn;
}

async function writeResultSheet(
  sheet: Worksheet,
  input: ResultsRequestInput,
  rows: PlannedRow[],
  lists: ResultLists,
): Promise<Partial<Record<ResultField, number>>> {
  const year = input.executionYear;
  const headerRow = RESULTS_HEADER_ROW;
  const firstRow = headerRow + 1;
  const markerRow = firstRow + rows.length;
  const lastInputRow = headerRow + INPUT_ROWS;
  const columns: Partial<Record<ResultField, number>> = {};
  RESULT_COLUMNS.forEach((spec, index) => {
    columns[spec.field] = index + 1;
  });
  const col = (field: ResultField): number => columns[field] as number;
  const letter = (field: ResultField): string => sheet.getColumn(col(field)).letter;

  startInputTable(sheet, {
    headerRow,
    // The key column is ours everywhere; the rest is open below the prefilled cells, however many rows are added.
    columns: RESULT_COLUMNS.map((spec) => {
      const key = spec.field === 'key';
      return { ...spec, locked: key, key, hidden: key };
    }),
    title: `Resultaten ${year} – ${input.party.name}`,
    hint:
      `Vul per regel de status, het resultaat en zo nodig een toelichting in; stuur het bestand ${resultsDeadline(year, input.agreementSet.cycleDates)} terug. ` +
      `Grijs is vooraf ingevuld. Niet geplande activiteiten onderaan. Uitleg: blad Toelichting en de kolomkoppen.`,
    // The first visible column: the key column is hidden.
    titleColumn: col('agreementRef'),
  });

  rows.forEach((planned, index) => {
    const row = sheet.getRow(firstRow + index);
    const prefill = (field: ResultField, value: string): void => {
      const cell = row.getCell(col(field));
      if (value !== '') cell.value = value;
      lockAsPrefilled(cell, field === 'key' ? KEY_FONT : planned.led && field === 'activity' ? MUTED_FONT : PREFILL_FONT);
    };
    prefill('key', planned.key);
    row.getCell(col('key')).alignment = { vertical: 'top', wrapText: false };
    prefill('agreementRef', planned.agreementText);
    prefill('activity', planned.activity);
    prefill('planning', planned.planning);
    row.height = Math.max(
      rowHeightFor([
        { text: planned.agreementText, width: sheet.getColumn(col('agreementRef')).width ?? 30 },
        { text: planned.activity, width: sheet.getColumn(col('activity')).width ?? 46 },
      ]),
      // Room for an answer of a few lines beside a short activity.
      48,
    );
  });

  // The part for unplanned work: a band with the title, then open rows.
  const marker = sheet.getRow(markerRow);
  marker.getCell(col('key')).value = UNPLANNED_MARKER_KEY;
  marker.getCell(col('agreementRef')).value = UNPLANNED_TITLE;
  marker.getCell(col('activity')).value =
    rows.length === 0
      ? `Er staan geen activiteiten van ${input.party.name} in het gezamenlijk overzicht ${year}: vul hieronder in wat u deed.`
      : `Werk in ${year} dat niet in het gezamenlijk overzicht stond: één activiteit per regel.`;
  for (let c = 1; c <= RESULT_COLUMNS.length; c++) {
    const cell = marker.getCell(c);
    cell.fill = SECTION_FILL;
    cell.protection = { locked: true };
    cell.border = { top: { style: 'medium', color: TITLE_COLOR }, bottom: { style: 'thin', color: TITLE_COLOR } };
    // No merge: a merged row would stop Excel from sorting the table.
    cell.alignment = { vertical: 'middle', wrapText: false };
  }
  marker.getCell(col('key')).font = KEY_FONT;
  marker.getCell(col('agreementRef')).font = font({ bold: true, size: 12, color: TITLE_COLOR });
  marker.getCell(col('activity')).font = font({ italic: true, color: TITLE_COLOR });
  marker.height = 24;
  // The open rows keep the default height, so Excel fits them to what the partner types.

  for (let r = firstRow; r <= markerRow + UNPLANNED_ROWS; r++) {
    if (r === markerRow) continue;
    for (let c = 1; c <= RESULT_COLUMNS.length; c++) sheet.getCell(r, c).border = GRID_BORDER;
  }

  // One rule per range (see docs/architecture.md).
  const range = (field: ResultField, from = firstRow): string => `${letter(field)}${from}:${letter(field)}${lastInputRow}`;
  const validations = rangeValidations(sheet);
  validations.add(range('status'), {
    ...strictList(lists.status.ref, 'Status', `Kies een status uit de lijst: ${RESULT_STATUS_WORD_LIST.join(', ')}.`),
    showInputMessage: false,
  });
  validations.add(range('steering'), strictList(lists.steering.ref, 'Bijsturing nodig?', 'Kies ja of nee.'));
  if (lists.agreement.values.length > 0) validations.add(range('agreementRef', markerRow + 1), agreementListRule(lists.agreement.ref));

  // The status in colour, and a required toelichting that is missing in orange.
  const statusCell = `${letter('status')}${firstRow}`;
  sheet.addConditionalFormatting({
    ref: range('status'),
    rules: RESULT_STATUSES.map((status, priority) => ({
      type: 'expression',
      priority: priority + 2,
      formulae: [`${statusCell}="${RESULT_STATUS_WORDS[status]}"`],
      style: { fill: solid(STATUS_FILLS[status]) },
    })),
  });
  const explanationCell = `${letter('explanation')}${firstRow}`;
  const statusRef = `$${letter('status')}${firstRow}`;
  sheet.addConditionalFormatting({
    ref: range('explanation'),
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(LEN(TRIM(${explanationCell}))=0,OR(${EXPLANATION_REQUIRED.map((s) => `${statusRef}="${RESULT_STATUS_WORDS[s]}"`).join(',')}))`],
        style: { fill: solid(MISSING_EXPLANATION_FILL) },
      },
    ],
  });

  await finishInputTable(sheet, {
    headerRow,
    columnCount: RESULT_COLUMNS.length,
    lastRow: lastInputRow,
    activeCell: `${letter('status')}${firstRow}`,
    footer: `${footerText(input)} – blad Resultaten`,
  });
  // Print the table, not the thousand open rows below it.
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(RESULT_COLUMNS.length).letter}${markerRow + UNPLANNED_ROWS}`;
  return columns;
}

const UNIT_LABELS: Record<IndicatorUnit, string> = { homes: 'woningen', percent: 'procent (%)', euro: 'euro (€)' };
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

function amount(value: number, unit: IndicatorUnit): string {
  switch (unit) {
    case 'homes':
      return `${NUMBER.format(value)} ${value === 1 ? 'woning' : 'woningen'}`;
    case 'percent':
      return `${NUMBER.format(value)}%`;
    case 'euro':
      return `€ ${NUMBER.format(value)}`;
  }
}

/**
 * The target in the words of its direction, as the report says it: "ten minste 180 woningen
 * eind 2028", "ten hoogste 15%", "geen (0) woningen met energielabel E, F of G eind 2028";
 * for a shared target also with whom ("samen met De Kernen").
 */
export function targetText(
  indicator: Pick<RequestIndicator, 'target' | 'unit' | 'deadlineYear' | 'direction'> & Partial<Pick<RequestIndicator, 'title' | 'partyIds'>>,
  partyId?: string,
  partyName: (id: string) => string = (id) => id,
): string {
  if (indicator.direction === undefined) {
    return indicator.target === 0 ? `geen (0) in ${indicator.deadlineYear}` : `${amount(indicator.target, indicator.unit)} in ${indicator.deadlineYear}`;
  }
  const text = describeTarget({ ...indicator, direction: indicator.direction, title: indicator.title ?? '' });
  const others = (indicator.partyIds ?? []).filter((id) => id !== partyId).map(partyName);
  return others.length > 0 ? `${text}, samen met ${others.join(' en ')}` : text;
}

/** What the uitvraag asks this party for this indicator (see indicatorQuestion). */
function questionText(indicator: RequestIndicator, input: ResultsRequestInput): string {
  const name = (id: string) => (id === input.party.id ? input.party.shortName : (input.parties.find((p) => p.id === id)?.shortName ?? id));
  const question = indicatorQuestion(
    { ...indicator, direction: indicator.direction ?? 'at_least', partyIds: indicator.partyIds ?? [input.party.id] },
    input.party.id,
    input.executionYear,
    name,
  );
  // The 180 by 2028 counts the homes of the 270: the same figure in both rows, never one on top of the other.
  return indicator.sameHomesAs !== undefined ? `${question} Dezelfde woningen als bij ‘${indicator.sameHomesAs}’: vul daar hetzelfde cijfer in.` : question;
}

async function writeIndicatorSheet(sheet: Worksheet, input: ResultsRequestInput): Promise<Partial<Record<IndicatorField, number>>> {
  const year = input.executionYear;
  const headerRow = INDICATORS_HEADER_ROW;
  const firstRow = headerRow + 1;
  const specs = INDICATOR_COLUMNS.map((spec) => ({ ...spec, header: indicatorHeader(spec, year) }));
  const columns: Partial<Record<IndicatorField, number>> = {};
  specs.forEach((spec, index) => {
    columns[spec.field] = index + 1;
  });
  const col = (field: IndicatorField): number => columns[field] as number;
  const valueLetter = sheet.getColumn(col('value')).letter;

  startInputTable(sheet, {
    headerRow,
    // The hidden code column looks like a key column.
    columns: specs.map((spec) => ({ ...spec, locked: spec.prefilled, key: spec.hidden === true, hidden: spec.hidden === true })),
    title: `Indicatoren ${year} – ${input.party.name}`,
    hint:
      input.indicators.length === 0
        ? `Er zijn geen succesindicatoren waarover ${input.party.name} rapporteert; dit blad hoeft u niet in te vullen.`
        : `Vul per indicator uw eigen cijfer over ${year} in, zoals de kolom Gevraagd zegt: alleen een getal (95 voor 95%), niet het cijfer van alle partijen samen. Een schatting of "niet van toepassing"? Zeg het in de kolom Toelichting.`,
    titleColumn: col('title'),
  });

  input.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(firstRow + index);
    const values: Record<IndicatorField, string> = {
      code: indicator.code,
      title: indicator.title,
      description: indicator.description,
      unit: UNIT_LABELS[indicator.unit],
      target: targetText(indicator, input.party.id, (id) => input.parties.find((p) => p.id === id)?.shortName ?? id),
      question: questionText(indicator, input),
      value: '',
      note: '',
    };
    for (const spec of specs) {
      const cell = row.getCell(col(spec.field));
      cell.border = GRID_BORDER;
      if (!spec.prefilled) {
        cell.protection = { locked: false };
        continue;
      }
      cell.value = values[spec.field];
      lockAsPrefilled(cell, spec.field === 'code' ? KEY_FONT : spec.field === 'title' ? font({ bold: true, color: { argb: 'FF262626' } }) : PREFILL_FONT);
    }
    const value = row.getCell(col('value'));
    value.numFmt = indicator.unit === 'euro' ? '#,##0' : 'General';
    value.alignment = { vertical: 'top', horizontal: 'right' };
    row.height = rowHeightFor(
      (['title', 'description', 'target', 'question'] as const).map((field) => ({ text: values[field], width: sheet.getColumn(col(field)).width ?? 20 })),
    );
  });

  const lastRow = headerRow + Math.max(1, input.indicators.length);
  if (input.indicators.length > 0) {
    rangeValidations(sheet).add(`${valueLetter}${firstRow}:${valueLetter}${lastRow}`, {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      // A warning, not a stop: "n.v.t." can still be kept, and the reader says how it read it.
      errorStyle: 'warning',
      errorTitle: `Waarde ${year}`,
      error: 'Vul een getal in van 0 of meer, zonder tekst of eenheid: 140, 12,5 of 95 (voor 95%). Klik op Ja om de tekst toch te bewaren.',
    });
  }

  await finishInputTable(sheet, {
    headerRow,
    columnCount: specs.length,
    lastRow,
    activeCell: `${valueLetter}${firstRow}`,
    footer: `${footerText(input)} – blad Indicatoren`,
  });
  return columns;
}
