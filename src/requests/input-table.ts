// A sheet the partner fills in, as both uitvraag workbooks build it: column
// styles, a title and hint above a header with notes, grey locked prefill, the
// header frozen, a filter, landscape print and a lock without a password.
// Start it, fill its rows, finish it.
import type { Cell, Font, Worksheet } from 'exceljs';
import {
  HINT_FONT,
  KEY_FONT,
  LOCKED_FILL,
  TITLE_COLOR,
  font,
  headingCell,
  landscapePageSetup,
  setFooter,
} from './workbook-style';

/** How a table column looks and whether its cells stay locked under the sheet's protection. */
export interface TableColumnStyle {
  width: number;
  /** Left out: the sheet is not protected, so the column says nothing about it. */
  locked?: boolean;
  /** Our key column: small grey text. */
  key?: boolean;
  hidden?: boolean;
}

/**
 * Column styles first: every cell below the header that the partner has not
 * touched yet is wrapped, and open or locked as its column says, however many
 * rows they add.
 */
export function styleColumns(sheet: Worksheet, columns: readonly TableColumnStyle[]): void {
  columns.forEach((spec, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = spec.width;
    column.alignment = { vertical: 'top', wrapText: true };
    if (spec.locked !== undefined) column.protection = { locked: spec.locked };
    if (spec.hidden) column.hidden = true;
    if (spec.key) column.font = KEY_FONT;
  });
}

export interface InputTableStart {
  headerRow: number;
  columns: readonly (TableColumnStyle & { header: string; help: string })[];
  title: string;
  hint: string;
  /** Where title and hint stand: the first visible column. */
  titleColumn?: number;
}

/** Column styles, then the title and hint in rows 1 and 2, then the header. */
export function startInputTable(sheet: Worksheet, table: InputTableStart): void {
  styleColumns(sheet, table.columns);
  writeSheetTitle(sheet, table.title, table.hint, table.columns.length, table.titleColumn ?? 1);
  writeTableHeader(sheet, table.headerRow, table.columns);
}

/** Title and hint; they do not wrap: their text runs on over the empty cells to the right. */
function writeSheetTitle(sheet: Worksheet, title: string, hint: string, width: number, column: number): void {
  const titleRow = sheet.getRow(1);
  titleRow.getCell(column).value = title;
  titleRow.getCell(column).font = font({ bold: true, size: 14, color: TITLE_COLOR });
  titleRow.height = 24;
  const hintRow = sheet.getRow(2);
  hintRow.getCell(column).value = hint;
  hintRow.getCell(column).font = HINT_FONT;
  for (const row of [titleRow, hintRow]) {
    for (let c = 1; c <= width; c++) {
      row.getCell(c).alignment = { vertical: 'middle', wrapText: false };
      row.getCell(c).protection = { locked: true };
    }
  }
}

/** The header row, locked, with what to fill in as each heading's note. */
function writeTableHeader(sheet: Worksheet, headerRow: number, specs: readonly { header: string; help: string }[]): void {
  const header = sheet.getRow(headerRow);
  specs.forEach((spec, index) => {
    const cell = header.getCell(index + 1);
    headingCell(cell, spec.header, { vertical: 'middle', horizontal: 'left', wrapText: true });
    cell.protection = { locked: true };
    cell.note = { texts: [{ text: spec.help }], editAs: 'absolute' };
  });
  header.height = 32;
}

/** A cell the Werkbank filled in: grey and locked. */
export function lockAsPrefilled(cell: Cell, cellFont?: Partial<Font>): void {
  cell.protection = { locked: true };
  cell.fill = LOCKED_FILL;
  if (cellFont) cell.font = cellFont;
}

export interface TableFrame {
  headerRow: number;
  columnCount: number;
  /** The filter runs from the header down to here. */
  lastRow: number;
  activeCell: string;
  /** Plain text; the page numbers are added. */
  footer: string;
}

/** The header frozen, a filter, printed landscape with the header on every page, and the footer. */
export function frameTable(sheet: Worksheet, table: TableFrame): void {
  const { headerRow } = table;
  const lastLetter = sheet.getColumn(table.columnCount).letter;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: table.activeCell }];
  sheet.autoFilter = `A${headerRow}:${lastLetter}${table.lastRow}`;
  sheet.pageSetup = landscapePageSetup(headerRow);
  setFooter(sheet, table.footer);
}

/** The frame, then the lock. */
export async function finishInputTable(sheet: Worksheet, table: TableFrame): Promise<void> {
  frameTable(sheet, table);
  // No password: the lock prevents accidents, it is not a secret. What a
  // partner may still do is listed explicitly.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}
