// Reads any partner spreadsheet (.xlsx, .xlsm) into typed activities with
// every problem named by file, sheet, row and column. Our own uitvraag
// workbooks are recognised by their hidden meta sheet and read exactly by its
// header row and columns; a partner's own layout is searched for its activity
// table. Pure of the database: bytes in, data out. Bad files are refused
// (ServiceError 'file_refused') before exceljs touches them; see sniff.ts.
import { createHash } from 'node:crypto';
import { Workbook } from 'exceljs';
import { ServiceError } from '../service/contract';
import { readRequestMeta } from '../requests/meta';
import { SHEETS, type ActivityField, type RequestMeta } from '../requests/template';
import { matchHeader } from './columns';
import { readGrid, hasText, type Grid } from './grid';
import { findHints } from './hints';
import { problem, refuse } from './problems';
import { IMPORT_LIMITS, sniffWorkbook, type ImportLimits } from './sniff';
import { countActivityRows, findTable, formulaProblems, layoutFromHeaderRow, readTable, type TableColumn, type TableLayout } from './table';
import type { ImportProblem, ReadWorkbook } from './types';

export interface ReadWorkbookOptions {
  /** The refusal limits; the defaults suit every real activiteitenoverzicht. */
  limits?: Readonly<ImportLimits>;
}

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

/** Lines of other sheets looked at for a party or year in a title ("Voorblad"). */
const TITLE_ROWS_OF_OTHER_SHEETS = 15;

export async function readActivityWorkbook(
  data: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<ReadWorkbook> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const sniffed = sniffWorkbook(data, fileName, options.limits ?? IMPORT_LIMITS);

  const workbook = new Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes Node's Buffer (JSZip reads either).
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ExcelBuffer);
  } catch {
    throw refuse(
      fileName,
      'kon niet als Excel-werkmap worden gelezen; het bestand is beschadigd of op een ongewone manier opgeslagen. ' +
        'Open het in Excel of LibreOffice, sla het op als Excel-werkmap (.xlsx) en importeer dat bestand.',
    );
  }

  const problems: ImportProblem[] = [];
  if (sniffed.hasMacros) {
    problems.push(
      problem('warning', 'macros-ignored', { file: fileName }, "de macro's in dit bestand zijn niet uitgevoerd; alleen de cellen zijn gelezen, zoals ze zijn opgeslagen."),
    );
  }

  const metaResult = readRequestMeta(workbook);
  if (!metaResult.ok && metaResult.problem === 'too-new') throw new ServiceError('file_refused', `"${fileName}": ${metaResult.reason}`);
  if (!metaResult.ok && metaResult.problem === 'damaged') {
    problems.push(problem('warning', 'meta-damaged', { file: fileName }, metaResult.reason));
  }

  const grids = workbook.worksheets.map(readGrid);
  if (!grids.some(hasText)) {
    throw refuse(
      fileName,
      'bevat geen gegevens: alle bladen zijn leeg. Controleer of u het goede (ingevulde) bestand kiest en of het is opgeslagen.',
    );
  }

  const base = { fileName, sha256, size: data.length };
  if (metaResult.ok) {
    const own = readOwn(grids, metaResult.meta, fileName, problems);
    if (own) return { ...base, ...own, problems };
  }
  return { ...base, ...readPartner(grids, fileName, problems), problems };
}

type Body = Omit<ReadWorkbook, 'fileName' | 'sha256' | 'size' | 'problems'>;

/** Our uitvraag workbook: the activities sheet by the meta's header row and columns. */
function readOwn(grids: Grid[], meta: RequestMeta, fileName: string, problems: ImportProblem[]): Body | null {
  const grid = grids.find((g) => g.name === SHEETS.activities);
  if (!grid) {
    problems.push(
      problem(
        'warning',
        'layout-changed',
        { file: fileName },
        `dit is een uitvraag van de Werkbank, maar het blad "${SHEETS.activities}" ontbreekt; de activiteiten zijn gezocht zoals in een eigen opmaak.`,
      ),
    );
    return null;
  }

  let layout = layoutFromMeta(grid, meta);
  if (!layout) {
    // Columns inserted, moved or renamed by the partner: read the header row as it is now.
    layout = layoutFromHeaderRow(grid, meta.headerRow) ?? findTable(grid);
    if (!layout) {
      problems.push(
        problem(
          'warning',
          'layout-changed',
          { file: fileName, sheet: grid.name, row: meta.headerRow },
          'de kopregel van de uitvraag is gewijzigd en niet meer te herkennen; de activiteiten zijn gezocht zoals in een eigen opmaak.',
        ),
      );
      return null;
    }
    problems.push(
      problem(
        'warning',
        'layout-changed',
        { file: fileName, sheet: grid.name, row: layout.headerRow },
        'de kolommen van de uitvraag zijn verplaatst, ingevoegd of hernoemd; ze zijn opnieuw aan hun koppen herkend. Controleer de kolomindeling in het voorbeeld.',
      ),
    );
  }

  const read = readTable(grid, layout, { file: fileName, exact: true, prefilledFields: ['key', 'agreementRef'] });
  problems.push(...read.problems, ...formulaProblems(grid, layout, read, fileName));
  if (read.activities.length === 0) {
    problems.push(
      problem(
        'warning',
        'no-activities',
        { file: fileName, sheet: grid.name },
        'in de uitvraag is geen activiteit ingevuld. Is dit het goede (ingevulde) bestand?',
      ),
    );
  }
  return {
    meta,
    sheet: grid.name,
    headerRow: layout.headerRow,
    columns: read.columns,
    partyHint: meta.partyName,
    yearHint: meta.planningYear,
    activities: read.activities,
    rowsRead: read.rowsRead,
  };
}

/** The meta's columns, when the header row still shows our headings there; null when the partner changed it. */
function layoutFromMeta(grid: Grid, meta: RequestMeta): TableLayout | null {
  const header = grid.rows.get(meta.headerRow);
  if (!header) return null;
  const columns: TableColumn[] = [];
  const metaColumns = new Set<number>();
  for (const [field, column] of Object.entries(meta.columns) as [ActivityField, number][]) {
    const text = header.get(column)?.text ?? '';
    if (matchHeader(text)?.field !== field) return null;
    columns.push({ column, header: text.replace(/\s*\n\s*/g, ' ').trim(), field, score: 1 });
    metaColumns.add(column);
  }
  // Columns the partner added to the right (or anywhere the meta has none): kept as extra fields.
  for (const [column, cell] of header) {
    if (metaColumns.has(column) || cell.text === '' || cell.masterRow !== undefined) continue;
    columns.push({ column, header: cell.text.replace(/\s*\n\s*/g, ' ').trim(), field: null, score: 0 });
  }
  columns.sort((a, b) => a.column - b.column);
  return { headerRow: meta.headerRow, columns, score: columns.length, duplicates: [] };
}

interface Candidate {
  grid: Grid;
  layout: TableLayout;
  rows: number;
  score: number;
}

/** A partner's own layout: the best-scoring sheet's activity table. */
function readPartner(grids: Grid[], fileName: string, problems: ImportProblem[]): Body {
  const candidatesOf = (list: Grid[]): Candidate[] =>
    list.flatMap((grid) => {
      const layout = findTable(grid);
      if (!layout) return [];
      const rows = countActivityRows(grid, layout);
      return [{ grid, layout, rows, score: layout.score + 0.1 * Math.min(20, rows) }];
    });
  let candidates = candidatesOf(grids.filter((g) => g.state === 'visible'));
  if (candidates.length === 0) candidates = candidatesOf(grids.filter((g) => g.state !== 'visible'));
  candidates.sort((a, b) => b.score - a.score);
  const chosen = candidates[0];
  if (!chosen) {
    throw refuse(
      fileName,
      'bevat geen tabel met activiteiten. We zoeken een kopregel met een kolom zoals "Activiteit", "Omschrijving activiteit" of "Wat gaan we doen?", ' +
        'met daaronder één activiteit per regel. Zet de activiteiten zo in een tabel, of gebruik de uitvraag van de werkgroep, en importeer opnieuw.',
    );
  }

  const { grid, layout } = chosen;
  const others = candidates.filter((c) => c !== chosen && c.rows > 0);
  if (others.length > 0) {
    problems.push(
      problem(
        'warning',
        'several-sheets',
        { file: fileName, sheet: grid.name },
        `ook ${others.map((o) => `blad "${o.grid.name}"`).join(' en ')} lijkt activiteiten te bevatten; alleen dit blad is gelezen. ` +
          'Staan er activiteiten op meer bladen, zet ze dan op één blad of importeer ze als aparte bestanden.',
      ),
    );
  }

  const read = readTable(grid, layout, { file: fileName });
  problems.push(...read.problems, ...formulaProblems(grid, layout, read, fileName));
  if (read.activities.length === 0) {
    problems.push(
      problem(
        'warning',
        'no-activities',
        { file: fileName, sheet: grid.name, row: layout.headerRow },
        'onder deze kopregel staat geen activiteit. Is dit het goede (ingevulde) bestand?',
      ),
    );
  }

  const hints = findHints(titleTexts(grids, grid, layout.headerRow), fileName);
  if (hints.conflictingYears) {
    const [title, file] = hints.conflictingYears;
    problems.push(
      problem(
        'warning',
        'year-conflict',
        { file: fileName },
        `de titel noemt ${title}, de bestandsnaam ${file}; voorgesteld is planningsjaar ${title}. Controleer het planningsjaar.`,
      ),
    );
  }

  const body: Body = {
    meta: null,
    sheet: grid.name,
    headerRow: layout.headerRow,
    columns: read.columns,
    activities: read.activities,
    rowsRead: read.rowsRead,
  };
  if (hints.partyHint !== undefined) body.partyHint = hints.partyHint;
  if (hints.yearHint !== undefined) body.yearHint = hints.yearHint;
  return body;
}

/**
 * Title texts: the chosen sheet's name and the rows above its header (own),
 * then the first rows of the other visible sheets, such as a cover sheet (other).
 */
function titleTexts(grids: Grid[], chosen: Grid, headerRow: number): { own: string[]; other: string[] } {
  const textsOf = (grid: Grid, take: (r: number, index: number) => boolean): string[] => {
    const texts: string[] = [];
    grid.rowNumbers.forEach((r, index) => {
      if (!take(r, index)) return;
      for (const cell of grid.rows.get(r)?.values() ?? []) if (cell.text !== '') texts.push(cell.text.replace(/\s+/g, ' '));
    });
    return texts;
  };
  const own = [chosen.name, ...textsOf(chosen, (r) => r < headerRow)];
  const other = grids
    .filter((g) => g !== chosen && g.state === 'visible')
    .flatMap((g) => textsOf(g, (_r, index) => index < TITLE_ROWS_OF_OTHER_SHEETS));
  return { own, other };
}
