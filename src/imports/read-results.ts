// Reads a results workbook (verantwoording) into what became of each activity
// and the year's indicator figures, with every problem named by file, sheet,
// row and column. Our own results uitvraag is recognised by its hidden meta
// sheet and read exactly: planned rows by their hidden key, every row without
// a key as unplanned work. A partner's own layout is searched for a results
// table (an activity column and a status or result column) and an indicator
// table (on another sheet or below the results). Nothing is dropped: statuses
// and numbers are resolved where they can be and kept as written always.
// Pure of the database: bytes in, data out. Bad files are refused before
// exceljs touches them (sniff.ts, via open-workbook.ts).
import { EXPLANATION_REQUIRED, type ReadIndicatorValue, type ReadResult } from '../domain/accountability';
import { RESULT_STATUS_WORDS, RESULT_STATUS_WORD_LIST } from '../domain/results';
import {
  RESULT_SHEETS,
  UNPLANNED_MARKER_KEY,
  parseAgreementKey,
  parsePlannedKey,
  type RequestMeta,
  type ResultsLayout,
} from '../requests/template';
import { normalizeHeader } from '../domain/text';
import { cellAt, type Grid } from './grid';
import { findHints, RESULTS_DOCUMENT_WORD } from './hints';
import { openWorkbook } from './open-workbook';
import { locateOwnTable } from './own-table';
import { columnLetter, problem, quote, refuse, type Place } from './problems';
import { titleTexts } from './read-workbook';
import {
  INDICATOR_TABLE,
  RESULT_FIELD_LABELS,
  RESULT_TABLE,
  type IndicatorReadField,
  type ResultReadField,
} from './result-columns';
import { formatDutchNumber, readNumberText, readStatus, readSteering } from './result-values';
import { contentWords } from '../domain/similarity';
import { IMPORT_LIMITS, type ImportLimits } from './sniff';
import { formulaProblemsIn, readRecords, type ReadRecords, type TableRecord } from './table';
import { countRows, findTableOf, layoutOf, type TableLayout } from './table-layout';
import type { ColumnMapping, ImportProblem, ReadResultsWorkbook } from './types';
import type { SubmissionNote } from '../domain/submissions';

export interface ReadResultsOptions {
  /** The refusal limits; the defaults suit every real results workbook. */
  limits?: Readonly<ImportLimits>;
  /**
   * The agreement set's indicators: a partner's own indicator rows get the
   * code of the indicator their title names. Without them only our own
   * workbook's rows carry a code.
   */
  indicators?: readonly { code: string; title: string }[];
}

/** Section rows of a partner's own layout above work that was not planned. */
const UNPLANNED_SECTION = /niet[- ]gepland|ongepland|niet in (het )?(gezamenlijk )?(activiteiten)?overzicht|extra activiteit|aanvullende activiteit|overige activiteit|buiten (de )?planning/i;

export async function readResultsWorkbook(data: Uint8Array, fileName: string, options: ReadResultsOptions = {}): Promise<ReadResultsWorkbook> {
  const { file, grids, meta, problems } = await openWorkbook(data, fileName, 'results', options.limits ?? IMPORT_LIMITS);
  const own = meta?.results ? readOwn(grids, meta, meta.results, fileName, problems, options) : null;
  return { ...file, ...(own ?? readPartner(grids, fileName, problems, options)), problems };
}

type Body = Omit<ReadResultsWorkbook, 'fileName' | 'sha256' | 'size' | 'problems'>;

/** The notes of both tables: those of the first table's sheet first, each sheet's by row. */
function sheetOrder(notes: SubmissionNote[]): SubmissionNote[] {
  const sheets = [...new Set(notes.map((n) => n.sheet))];
  return [...notes].sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row);
}

/** Column letters of a layout's fields, for naming a cell that is empty. */
function letters<F extends string>(layout: TableLayout<F>): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const c of layout.columns) if (c.field !== null) out[c.field] = columnLetter(c.column);
  return out;
}

// ---------------------------------------------------------------------------
// Our own results uitvraag.

function readOwn(
  grids: Grid[],
  meta: RequestMeta,
  layoutMeta: ResultsLayout,
  fileName: string,
  problems: ImportProblem[],
  options: ReadResultsOptions,
): Body | null {
  const own = locateOwnTable(
    grids,
    { sheet: RESULT_SHEETS.results, headerRow: meta.headerRow, columns: layoutMeta.resultColumns, fields: RESULT_TABLE },
    { table: 'de uitvraag', fallback: 'de resultaten zijn gezocht zoals in een eigen opmaak.' },
    fileName,
    problems,
  );
  if (!own) return null;
  const { grid, layout } = own;

  const read = readRecords(
    grid,
    layout,
    { file: fileName, exact: true, prefilledFields: ['key', 'agreementRef', 'activity', 'planning'], prefillNeedsKey: 'key' },
    RESULT_TABLE,
  );
  problems.push(...read.problems, ...formulaProblemsIn(grid, layout, read.records, fileName));
  const results = toResults(read, layout, { file: fileName, sheet: grid.name, own: true }, problems);
  problems.push(...unansweredPlanned(grid, layout, results, fileName));
  if (results.length === 0) {
    problems.push(
      problem('warning', 'no-results', { file: fileName, sheet: grid.name }, 'in de uitvraag is geen resultaat ingevuld. Is dit het goede (ingevulde) bestand?'),
    );
  }

  const body: Body = {
    meta,
    sheet: grid.name,
    headerRow: layout.headerRow,
    columns: read.columns,
    partyHint: meta.partyName,
    yearHint: meta.planningYear,
    results,
    indicators: [],
    notes: [...read.notes],
    rowsRead: read.rowsRead,
  };

  const none = 'er zijn geen indicatoren gelezen.';
  const indicatorTable = locateOwnTable(
    grids,
    {
      sheet: RESULT_SHEETS.indicators,
      headerRow: layoutMeta.indicatorHeaderRow,
      columns: layoutMeta.indicatorColumns,
      fields: INDICATOR_TABLE,
      relocate: (grid) => indicatorTableAt(layoutOf(grid, layoutMeta.indicatorHeaderRow, INDICATOR_TABLE)) ?? findIndicatorTable(grid),
    },
    { table: 'de indicatoren', fallback: none, sheetMissing: `het blad "${RESULT_SHEETS.indicators}" ontbreekt; ${none}` },
    fileName,
    problems,
  );
  if (!indicatorTable) return body;
  const { grid: indicatorGrid, layout: indicatorLayout } = indicatorTable;
  const indicators = readIndicators(indicatorGrid, indicatorLayout, { file: fileName, own: true }, problems, options);
  body.indicators = indicators.values;
  body.notes = sheetOrder([...body.notes, ...indicators.notes]);
  body.indicatorSheet = indicatorGrid.name;
  body.indicatorHeaderRow = indicatorLayout.headerRow;
  body.indicatorColumns = indicators.columns;
  return body;
}

/**
 * Prefilled rows of our own workbook left empty. A planned activity without an
 * answer is named on its own row; the afspraken the party leads without a
 * planned activity are asked about in passing, so those left empty make one
 * warning together.
 */
function unansweredPlanned(grid: Grid, layout: TableLayout<ResultReadField>, results: ReadResult[], file: string): ImportProblem[] {
  const cols = new Map(layout.columns.filter((c) => c.field !== null).map((c) => [c.field as ResultReadField, c.column]));
  const keyColumn = cols.get('key');
  if (keyColumn === undefined) return [];
  const answered = new Set(results.map((r) => r.rowNumber));
  const statusColumn = cols.get('status');
  const at = (row?: number): Place => ({
    file,
    sheet: grid.name,
    ...(row !== undefined ? { row } : {}),
    ...(statusColumn !== undefined ? { column: columnLetter(statusColumn) } : {}),
  });
  const out: ImportProblem[] = [];
  const led: string[] = [];
  for (const r of grid.rowNumbers) {
    if (r <= layout.headerRow || answered.has(r)) continue;
    const key = cellAt(grid, r, keyColumn)?.text ?? '';
    const text = (field: ResultReadField): string => {
      const c = cols.get(field);
      return c === undefined ? '' : (cellAt(grid, r, c)?.text ?? '');
    };
    if (parsePlannedKey(key) !== null) out.push(unansweredProblem(at(r), text('activity')));
    else if (parseAgreementKey(key) !== null) led.push(ledRowLabel(text('agreementRef'), key, r));
  }
  if (led.length > 0) out.push(ledUnansweredProblem(at(), led));
  return out;
}

/** The afspraken led without a planned activity that were left empty, together: "1.2 bij 4 (rij 9)", … */
function ledUnansweredProblem(place: Place, led: string[]): ImportProblem {
  return problem(
    'warning',
    'led-unanswered',
    place,
    `${led.length === 1 ? '1 afspraak' : `${led.length} afspraken`} zonder geplande activiteit waarvan de partij trekker is, ${led.length === 1 ? 'is' : 'zijn'} niet ingevuld: ${led.join(', ')}. Dat mag; vul ze in als er in het jaar toch iets aan gedaan is.`,
  );
}

/** "1.2 bij 4 (rij 9)": the reference of an afspraak's prefilled label ("1.2 bij 4 – Bij ieder …"), else its key. */
function ledRowLabel(agreementRef: string, key: string, row: number): string {
  return `${agreementRef.split(' – ')[0]?.trim() || key} (rij ${row})`;
}

function unansweredProblem(place: Place, activity: string): ImportProblem {
  return problem('warning', 'planned-unanswered', place, `de geplande activiteit ${quote(activity)} is niet ingevuld (geen status, resultaat of toelichting).`);
}

// ---------------------------------------------------------------------------
// A partner's own layout.

interface ResultCandidate {
  grid: Grid;
  layout: TableLayout<ResultReadField>;
  /** The results end above an indicator table on the same sheet. */
  lastRow?: number;
  below?: TableLayout<IndicatorReadField>;
  rows: number;
  score: number;
}

interface IndicatorCandidate {
  grid: Grid;
  layout: TableLayout<IndicatorReadField>;
  rows: number;
  score: number;
}

function hasField<F extends string>(layout: TableLayout<F>, field: F): boolean {
  return layout.columns.some((c) => c.field === field);
}

/** An indicator table needs a named indicator column (or our code column) and a value column. */
function indicatorTableAt(layout: TableLayout<IndicatorReadField> | null): TableLayout<IndicatorReadField> | null {
  if (!layout || !hasField(layout, 'value')) return null;
  if (layout.activityGuessed && !hasField(layout, 'code')) return null;
  return layout;
}

/** How far below a results header an indicator table is looked for: results tables are tens of rows, not thousands. */
const INDICATOR_SEARCH_ROWS = 2000;
/** The finder looks this many rows deep at a time (table.ts, HEADER_SEARCH_ROWS). */
const SEARCH_WINDOW = 60;
/** A title row above an indicator table: "Indicatoren 2026", "Kengetallen". */
const INDICATOR_TITLE = /indicator|kengetal|cijfers|monitor/i;

function findIndicatorTable(grid: Grid, fromRow = 1): TableLayout<IndicatorReadField> | null {
  const lastRow = Math.min(grid.rowNumbers[grid.rowNumbers.length - 1] ?? 0, fromRow + INDICATOR_SEARCH_ROWS);
  let from = fromRow;
  while (from <= lastRow) {
    const layout = findTableOf(grid, INDICATOR_TABLE, { fromRow: from });
    const table = indicatorTableAt(layout);
    if (table) return table;
    // The best header here may be a results header read with the indicator words: look on below it, or below the window.
    const first = grid.rowNumbers.find((r) => r >= from) ?? lastRow + 1;
    from = layout ? layout.headerRow + 1 : first + SEARCH_WINDOW + 1;
  }
  return null;
}

function resultCandidate(grid: Grid): ResultCandidate | null {
  const layout = findTableOf(grid, RESULT_TABLE);
  if (!layout || !(hasField(layout, 'status') || hasField(layout, 'result'))) return null;
  const below = findIndicatorTable(grid, layout.headerRow + 1) ?? undefined;
  let lastRow: number | undefined;
  if (below) {
    // Blank rows and a title of the indicator table just above its header belong to neither table;
    // any other text stays in the results, to be read or named.
    lastRow = below.headerRow - 1;
    while (lastRow > layout.headerRow) {
      const cells = [...(grid.rows.get(lastRow)?.values() ?? [])].filter((c) => c.text !== '');
      const title = cells.length === 1 && cells[0] !== undefined && cells[0].text.length <= 80 && INDICATOR_TITLE.test(cells[0].text);
      if (cells.length > 0 && !title) break;
      lastRow--;
    }
  }
  const rows = countRows(grid, layout, 'activity', lastRow);
  const candidate: ResultCandidate = { grid, layout, rows, score: layout.score + 0.1 * Math.min(20, rows) };
  if (below) candidate.below = below;
  if (lastRow !== undefined) candidate.lastRow = lastRow;
  return candidate;
}

function readPartner(grids: Grid[], fileName: string, problems: ImportProblem[], options: ReadResultsOptions): Body {
  const visible = grids.filter((g) => g.state === 'visible');
  const pick = <T>(find: (list: Grid[]) => T[]): T[] => {
    const found = find(visible);
    return found.length > 0 ? found : find(grids.filter((g) => g.state !== 'visible'));
  };
  const resultCandidates = pick((list) => list.flatMap((g) => resultCandidate(g) ?? [])).sort((a, b) => b.score - a.score);
  const chosen = resultCandidates[0];

  // The indicator table: below the chosen results, or the best on another sheet.
  let indicatorChoice: IndicatorCandidate | undefined;
  if (chosen?.below) {
    indicatorChoice = { grid: chosen.grid, layout: chosen.below, rows: 0, score: 0 };
  } else {
    const candidates = pick((list) =>
      list.flatMap((grid): IndicatorCandidate[] => {
        if (grid === chosen?.grid) return [];
        const layout = findIndicatorTable(grid);
        if (!layout) return [];
        const rows = countRows(grid, layout, 'title');
        return [{ grid, layout, rows, score: layout.score + 0.1 * Math.min(20, rows) }];
      }),
    ).sort((a, b) => b.score - a.score);
    indicatorChoice = candidates[0];
  }

  if (!chosen && !indicatorChoice) {
    throw refuse(
      fileName,
      'bevat geen tabel met resultaten. We zoeken een kopregel met een kolom zoals "Activiteit" en een kolom zoals "Status", "Stand van zaken" of "Resultaat", ' +
        'met daaronder één activiteit per regel, en/of een tabel met indicatoren (kolommen "Indicator" en "Waarde"). Gebruik de uitvraag van de werkgroep, of zet de resultaten zo in een tabel, en importeer opnieuw.',
    );
  }

  const body: Body = { meta: null, sheet: '', headerRow: 0, columns: [], results: [], indicators: [], notes: [], rowsRead: 0 };
  if (chosen) {
    const others = resultCandidates.filter((c) => c !== chosen && c.rows > 0);
    if (others.length > 0) {
      problems.push(
        problem(
          'warning',
          'several-sheets',
          { file: fileName, sheet: chosen.grid.name },
          `ook ${others.map((o) => `blad "${o.grid.name}"`).join(' en ')} lijkt resultaten te bevatten; alleen dit blad is gelezen. ` +
            'Staan er resultaten op meer bladen, zet ze dan op één blad of importeer ze als aparte bestanden.',
        ),
      );
    }
    const read = readRecords(chosen.grid, chosen.layout, { file: fileName, ...(chosen.lastRow !== undefined ? { lastRow: chosen.lastRow } : {}) }, RESULT_TABLE);
    problems.push(...read.problems, ...formulaProblemsIn(chosen.grid, chosen.layout, read.records, fileName));
    body.results = toResultsWithLed(read, chosen.layout, { file: fileName, sheet: chosen.grid.name, own: false }, problems);
    body.notes = [...read.notes];
    body.sheet = chosen.grid.name;
    body.headerRow = chosen.layout.headerRow;
    body.columns = read.columns;
    body.rowsRead = read.rowsRead;
    if (body.results.length === 0) {
      problems.push(
        problem(
          'warning',
          'no-results',
          { file: fileName, sheet: chosen.grid.name, row: chosen.layout.headerRow },
          'onder deze kopregel staat geen resultaat. Is dit het goede (ingevulde) bestand?',
        ),
      );
    }
  } else if (indicatorChoice) {
    body.sheet = indicatorChoice.grid.name;
    body.headerRow = indicatorChoice.layout.headerRow;
    problems.push(
      problem(
        'warning',
        'no-results-table',
        { file: fileName },
        'bevat alleen indicatoren, geen tabel met resultaten per activiteit (kolommen zoals "Activiteit" en "Status"). Alleen de indicatoren zijn gelezen.',
      ),
    );
  }

  if (indicatorChoice) {
    const indicators = readIndicators(indicatorChoice.grid, indicatorChoice.layout, { file: fileName, own: false }, problems, options);
    body.indicators = indicators.values;
    body.notes = sheetOrder([...body.notes, ...indicators.notes]);
    body.indicatorSheet = indicatorChoice.grid.name;
    body.indicatorHeaderRow = indicatorChoice.layout.headerRow;
    body.indicatorColumns = indicators.columns;
  }

  const titleGrid = chosen?.grid ?? (indicatorChoice as IndicatorCandidate).grid;
  const headerRow = chosen?.layout.headerRow ?? (indicatorChoice as IndicatorCandidate).layout.headerRow;
  const hints = findHints(titleTexts(grids, titleGrid, headerRow), fileName, RESULTS_DOCUMENT_WORD);
  if (hints.conflictingYears) {
    const [title, file] = hints.conflictingYears;
    problems.push(
      problem(
        'warning',
        'year-conflict',
        { file: fileName },
        `de titel noemt ${title}, de bestandsnaam ${file}; voorgesteld is uitvoeringsjaar ${title}. Controleer het jaar.`,
      ),
    );
  }
  if (hints.partyHint !== undefined) body.partyHint = hints.partyHint;
  if (hints.yearHint !== undefined) body.yearHint = hints.yearHint;
  return body;
}

// ---------------------------------------------------------------------------
// Rows to results.

interface ResultContext {
  file: string;
  sheet: string;
  /** Our own workbook: a row without our key is unplanned work. */
  own: boolean;
}

/** toResults on a partner's layout, and the led afspraken of our sheet copied into it and left empty, as one warning. */
function toResultsWithLed(read: ReadRecords<ResultReadField>, layout: TableLayout<ResultReadField>, ctx: ResultContext, problems: ImportProblem[]): ReadResult[] {
  const led: string[] = [];
  const results = toResults(read, layout, ctx, problems, led);
  const status = letters(layout).status;
  if (led.length > 0) problems.push(ledUnansweredProblem({ file: ctx.file, sheet: ctx.sheet, ...(status !== undefined ? { column: status } : {}) }, led));
  return results;
}

function toResults(
  read: ReadRecords<ResultReadField>,
  layout: TableLayout<ResultReadField>,
  ctx: ResultContext,
  problems: ImportProblem[],
  ledEmpty: string[] = [],
): ReadResult[] {
  const columnOf = letters(layout);
  const plannedColumn = layout.columns.find((c) => c.field === 'planned');
  const plannedInverted = plannedColumn !== undefined && /ongepland|niet gepland/.test(normalizeHeader(plannedColumn.header));
  const at = (row: number, field?: ResultReadField): Place => {
    const column = field === undefined ? undefined : columnOf[field];
    return { file: ctx.file, sheet: ctx.sheet, row, ...(column !== undefined ? { column } : {}) };
  };
  if (!ctx.own && columnOf.status === undefined && read.records.length > 0) {
    problems.push(
      problem(
        'warning',
        'no-status-column',
        { file: ctx.file, sheet: ctx.sheet, row: layout.headerRow },
        `er is geen kolom Status (of Stand van zaken, Voortgang); de resultaten zijn gelezen zonder status. Vraag de partij de status per activiteit aan te geven (${RESULT_STATUS_WORD_LIST.join(', ')}).`,
      ),
    );
  }

  // The partner's own row numbers are kept as written with the result, under their heading.
  const rowLabelHeader = read.columns.find((c) => c.field === 'rowLabel')?.header ?? RESULT_FIELD_LABELS.rowLabel;
  // A copy of our sheet read by its headings: the band row opens the unplanned part and is no result itself.
  let afterMarker = false;
  return read.records.flatMap((record): ReadResult[] => {
    const v = record.values;
    const row = record.rowNumber;
    if (v.key?.trim() === UNPLANNED_MARKER_KEY) {
      afterMarker = true;
      return [];
    }
    const result: ReadResult = { sheet: record.sheet, rowNumber: row, activity: v.activity ?? '', unplanned: false, extra: record.extra };

    // Planned or not: our key decides in our own workbook; in a partner's layout a "Gepland?" column or a section row.
    const keyText = v.key;
    const validKey = keyText !== undefined && (parsePlannedKey(keyText) !== null || parseAgreementKey(keyText) !== null);
    const answered = [v.status, v.result, v.explanation, v.steering].some((t) => t !== undefined);
    if (validKey && !answered && !ctx.own) {
      // A prefilled row of our sheet, copied into a layout of their own and left empty: unanswered, not a result.
      if (parsePlannedKey(keyText as string) !== null) problems.push(unansweredProblem(at(row, 'status'), v.activity ?? ''));
      else ledEmpty.push(ledRowLabel(v.agreementRef ?? '', (keyText as string).trim(), row));
      return [];
    }
    if (validKey) result.key = (keyText as string).trim();
    else if (keyText !== undefined) {
      result.extra['Sleutel'] = keyText;
      if (ctx.own && keyText !== UNPLANNED_MARKER_KEY) {
        problems.push(
          problem('warning', 'unknown-key', at(row, 'key'), `de sleutel ${quote(keyText)} is niet van de Werkbank; de regel is gelezen als niet geplande activiteit.`),
        );
      }
    }
    if (ctx.own) {
      result.unplanned = !validKey;
    } else if (v.planned !== undefined) {
      const answer = readSteering(v.planned);
      const text = normalizeHeader(v.planned);
      const unplannedWord = /ongepland|niet gepland|extra|nieuw|aanvullend/.test(text);
      const plannedWord = !unplannedWord && /gepland/.test(text);
      if (unplannedWord || plannedWord) result.unplanned = unplannedWord;
      else if (answer.value !== undefined) result.unplanned = plannedInverted ? answer.value : !answer.value;
      else {
        problems.push(
          problem('warning', 'planned-unknown', at(row, 'planned'), `${quote(v.planned)} is niet gelezen als gepland of niet gepland; de regel is als gepland gelezen.`),
        );
      }
    } else if (record.section !== undefined && UNPLANNED_SECTION.test(record.section)) {
      result.unplanned = true;
    } else if (afterMarker && !validKey) {
      result.unplanned = true;
    }

    if (v.agreementRef !== undefined) result.agreementRef = v.agreementRef;
    if (v.planning !== undefined) result.planning = v.planning;
    // The band "Niet geplande activiteiten" says what kind of work follows, not its topic.
    if (v.topicContext !== undefined && !(v.topicContext === record.section && UNPLANNED_SECTION.test(v.topicContext))) result.topicContext = v.topicContext;
    if (record.section !== undefined) result.section = record.section;
    if (record.lastRowNumber !== undefined) result.lastRowNumber = record.lastRowNumber;
    if (Object.keys(record.fieldColumns).length > 0) result.fieldColumns = { ...record.fieldColumns };
    if (v.planned !== undefined) result.extra[plannedColumn?.header ?? 'Gepland?'] = v.planned;
    if (v.rowLabel !== undefined) result.extra[rowLabelHeader] = v.rowLabel;

    if (v.status !== undefined) {
      result.statusText = v.status;
      const reading = readStatus(v.status);
      if (reading.status !== undefined) {
        result.status = reading.status;
        if (reading.guessed) {
          problems.push(
            problem(
              'warning',
              'status-guessed',
              at(row, 'status'),
              `de status ${quote(v.status)} is gelezen als ‘${RESULT_STATUS_WORDS[reading.status]}’. Klopt dat niet, pas de status dan aan.`,
            ),
          );
        }
      } else {
        problems.push(
          problem(
            'warning',
            'status-unknown',
            at(row, 'status'),
            `de status ${quote(v.status)} is geen bekende status (${RESULT_STATUS_WORD_LIST.join(', ')}); de tekst is bewaard. Kies een van deze statussen.`,
          ),
        );
      }
    } else if (columnOf.status !== undefined) {
      problems.push(
        problem('warning', 'no-status', at(row, 'status'), `deze regel heeft geen status. Vul de status in (${RESULT_STATUS_WORD_LIST.join(', ')}).`),
      );
    }

    if (v.result !== undefined) result.result = v.result;
    if (v.explanation !== undefined) result.explanation = v.explanation;
    if (result.status !== undefined && EXPLANATION_REQUIRED.includes(result.status) && (result.explanation ?? '') === '') {
      problems.push(
        problem(
          'warning',
          'explanation-missing',
          at(row, columnOf.explanation !== undefined ? 'explanation' : 'status'),
          `status ‘${RESULT_STATUS_WORDS[result.status]}’ vraagt een toelichting; die ontbreekt.${columnOf.explanation === undefined ? ' Er is geen kolom Toelichting.' : ''}`,
        ),
      );
    }

    if (v.steering !== undefined) {
      result.steeringText = v.steering;
      const reading = readSteering(v.steering);
      if (reading.value !== undefined) {
        result.steeringNeeded = reading.value;
        if (reading.guessed) {
          problems.push(
            problem(
              'warning',
              'steering-guessed',
              at(row, 'steering'),
              `${quote(v.steering)} bij bijsturing is gelezen als ‘${reading.value ? 'ja' : 'nee'}’. Klopt dat niet, vul dan ja of nee in.`,
            ),
          );
        }
      } else {
        problems.push(
          problem('warning', 'steering-unknown', at(row, 'steering'), `${quote(v.steering)} bij bijsturing is geen ja of nee; de tekst is bewaard.`),
        );
      }
    }
    return [result];
  });
}

// ---------------------------------------------------------------------------
// Rows to indicator values.

interface IndicatorContext {
  file: string;
  /** Our own workbook: rows carry our code; untouched rows are prefill only. */
  own: boolean;
}

function readIndicators(
  grid: Grid,
  layout: TableLayout<IndicatorReadField>,
  ctx: IndicatorContext,
  problems: ImportProblem[],
  options: ReadResultsOptions,
): { values: ReadIndicatorValue[]; columns: ColumnMapping[]; notes: SubmissionNote[] } {
  const read = ctx.own
    ? readRecords(grid, layout, { file: ctx.file, exact: true, prefilledFields: ['code', 'title', 'description', 'unit', 'target', 'question'], prefillNeedsKey: 'code' }, INDICATOR_TABLE)
    : readRecords(grid, layout, { file: ctx.file }, INDICATOR_TABLE);
  problems.push(...read.problems, ...formulaProblemsIn(grid, layout, read.records, ctx.file));
  const columnOf = letters(layout);
  const valueColumn = layout.columns.find((c) => c.field === 'value')?.column as number;
  const at = (row: number, field?: IndicatorReadField): Place => {
    const column = field === undefined ? undefined : columnOf[field];
    return { file: ctx.file, sheet: grid.name, row, ...(column !== undefined ? { column } : {}) };
  };

  // A row with neither a value nor a toelichting is an indicator nobody filled in, not a figure.
  const filled = read.records.filter((r) => r.values.value !== undefined || r.values.note !== undefined);
  const values = filled.map((record) => toIndicatorValue(grid, record, valueColumn, at, problems, options));

  // Indicators nobody filled in: one warning that names them all.
  const titleColumn = layout.columns.find((c) => c.field === 'title')?.column;
  const named = (r: number): string => (titleColumn === undefined ? `rij ${r}` : `${quote(cellAt(grid, r, titleColumn)?.text ?? '', 50)} (rij ${r})`);
  const emptyRows = new Set(read.records.filter((r) => !filled.includes(r)).map((r) => r.rowNumber));
  if (ctx.own) {
    // Our prefilled rows the partner did not touch are no records at all.
    const codeColumn = layout.columns.find((c) => c.field === 'code')?.column;
    const answered = new Set(values.map((v) => v.rowNumber));
    for (const r of grid.rowNumbers) {
      if (r <= layout.headerRow || answered.has(r) || codeColumn === undefined) continue;
      if ((cellAt(grid, r, codeColumn)?.text ?? '') !== '') emptyRows.add(r);
    }
  }
  const empty = [...emptyRows].sort((a, b) => a - b).map(named);
  if (empty.length > 0) {
    problems.push(
      problem(
        'warning',
        'indicators-empty',
        { file: ctx.file, sheet: grid.name, ...(columnOf.value !== undefined ? { column: columnOf.value } : {}) },
        `${empty.length === 1 ? '1 indicator is' : `${empty.length} indicatoren zijn`} niet ingevuld: ${empty.join(', ')}.`,
      ),
    );
  }
  return { values, columns: read.columns, notes: read.notes };
}

function toIndicatorValue(
  grid: Grid,
  record: TableRecord<IndicatorReadField>,
  valueColumn: number,
  at: (row: number, field?: IndicatorReadField) => Place,
  problems: ImportProblem[],
  options: ReadResultsOptions,
): ReadIndicatorValue {
  const v = record.values;
  const row = record.rowNumber;
  const valueText = v.value ?? '';
  const out: ReadIndicatorValue = { sheet: record.sheet, rowNumber: row, title: v.title ?? '', value: null, valueText };
  if (v.code !== undefined) out.code = v.code;
  else if (options.indicators && out.title !== '') {
    const match = matchIndicatorTitle(out.title, options.indicators);
    if (match) {
      out.code = match.code;
      if (!match.exact) {
        problems.push(
          problem('warning', 'indicator-matched', at(row, 'title'), `${quote(out.title)} is gelezen als de indicator ‘${match.title}’. Klopt dat niet, pas de naam dan aan.`),
        );
      }
    } else {
      problems.push(
        problem(
          'warning',
          'indicator-unknown',
          at(row, 'title'),
          `${quote(out.title)} is geen bekende indicator uit de prestatieafspraken; de waarde is bewaard onder deze naam.`,
        ),
      );
    }
  }
  if (v.note !== undefined) out.note = v.note;
  if (v.unit !== undefined) out.unit = v.unit;
  if (v.target !== undefined) out.target = v.target;
  const extra = { ...record.extra };
  if (v.description !== undefined && !out.code) extra['Omschrijving'] = v.description;
  if (Object.keys(extra).length > 0) out.extra = extra;
  out.valueColumn = columnLetter(valueColumn);

  const percentUnit = /procent|%|percentage|aandeel/i.test(`${v.unit ?? ''}`);
  const cell = cellAt(grid, row, valueColumn);
  const place = at(row, 'value');
  if (cell?.number !== undefined) {
    // A number as the cell holds it; shown as a percentage it counts in percent points, as the targets do.
    out.value = cell.percent ? Math.round(cell.number * 100 * 1e9) / 1e9 : cell.number;
    if (percentUnit && !cell.percent && out.value > 0 && out.value < 1) {
      problems.push(
        problem(
          'warning',
          'percent-fraction',
          place,
          `de waarde ${formatDutchNumber(out.value)} is een percentage; bedoelt u ${formatDutchNumber(out.value * 100)}%? Zo gelezen: ${formatDutchNumber(out.value)}%.`,
        ),
      );
    }
  } else if (valueText === '') {
    problems.push(problem('warning', 'value-missing', place, `bij de indicator ${quote(out.title)} staat geen waarde${out.note ? ', alleen een toelichting' : ''}.`));
  } else {
    const reading = readNumberText(valueText);
    if (reading.kind === 'number') {
      out.value = reading.value;
      if (reading.interpreted) {
        problems.push(
          problem('warning', 'value-interpreted', place, `de tekst ${quote(valueText)} is gelezen als het getal ${formatDutchNumber(reading.value)}${reading.percentSign ? ' (procent)' : ''}. Klopt dat niet, vul dan alleen een getal in.`),
        );
      }
    } else if (reading.kind === 'none') {
      problems.push(problem('warning', 'value-none', place, `${quote(valueText)} is gelezen als: geen waarde. De tekst is bewaard.`));
    } else {
      problems.push(
        problem(
          'warning',
          'value-unreadable',
          place,
          `${quote(valueText)} is geen getal; de tekst is bewaard, zonder waarde. Vul een getal in (bijvoorbeeld 140 of 12,5) en zet de uitleg in de kolom Toelichting.`,
        ),
      );
    }
  }
  if (out.value !== null && out.value < 0) {
    problems.push(problem('warning', 'value-negative', place, `de waarde ${formatDutchNumber(out.value)} is negatief; controleer of dat klopt.`));
  }
  return out;
}

/** The known indicator a partner's title names: the same words, or clearly more of them than any other. */
function matchIndicatorTitle(
  title: string,
  known: readonly { code: string; title: string }[],
): { code: string; title: string; exact: boolean } | null {
  const normal = normalizeHeader(title);
  const same = known.find((k) => normalizeHeader(k.title) === normal || normalizeHeader(k.code) === normal);
  if (same) return { ...same, exact: true };
  const words = new Set(contentWords(title));
  if (words.size === 0) return null;
  const scored = known
    .map((k) => {
      const other = new Set(contentWords(k.title));
      const shared = [...words].filter((w) => other.has(w)).length;
      return { k, score: shared / new Set([...words, ...other]).size };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  if (!best || best.score < 0.4 || (second && best.score - second.score < 0.1)) return null;
  return { ...best.k, exact: false };
}
