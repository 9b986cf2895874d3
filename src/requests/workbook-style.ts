// The look shared by the uitvraag workbooks (activiteiten and resultaten):
// fonts, colours, heading cells, footers, dropdown rules, the explanation
// sheet, the hidden lists behind dropdowns and safe file names. One place, so
// both workbooks look like one family; input-table.ts builds their tables.
import type { Alignment, Border, Cell, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import type { Instructions } from './instructions';
import { rowHeightFor } from './row-height';
import { SHEETS } from './template';

export const CREATOR = 'Prestatieafspraken Werkbank';

/**
 * Every font names its face and size: a font with only "bold" set makes
 * LibreOffice fall back to its default face instead of the workbook's.
 */
export function font(style: Partial<Font> = {}): Partial<Font> {
  return { name: 'Calibri', family: 2, size: 11, ...style };
}

// A calm palette: dark teal headers, light grey for what the partner cannot change.
export const TITLE_COLOR = { argb: 'FF1F4E5F' };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: TITLE_COLOR };
export const HEADER_FONT = font({ bold: true, color: { argb: 'FFFFFFFF' } });
export const LOCKED_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
export const HINT_FONT = font({ italic: true, color: { argb: 'FF595959' } });
export const KEY_FONT = font({ size: 9, color: { argb: 'FF808080' } });
/** Text the Werkbank filled in, on LOCKED_FILL. */
export const PREFILL_FONT = font({ color: { argb: 'FF404040' } });
/** The tab of the sheet the partner fills in. */
export const INPUT_TAB_COLOR = { argb: 'FF2E7D32' };
const GRID: Partial<Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const GRID_BORDER = { top: GRID, left: GRID, bottom: GRID, right: GRID };

/** A column heading in our colours. */
export function headingCell(cell: Cell, text: string, alignment: Partial<Alignment>): void {
  cell.value = text;
  cell.font = HEADER_FONT;
  cell.fill = HEADER_FILL;
  cell.alignment = alignment;
  cell.border = GRID_BORDER;
}

/** exceljs 4.4 has worksheet.dataValidations but leaves it out of its typings. */
export interface RangeValidations {
  add(address: string, rule: DataValidation): void;
}

export function rangeValidations(sheet: Worksheet): RangeValidations {
  return (sheet as Worksheet & { dataValidations: RangeValidations }).dataValidations;
}

export { safeFileNamePart } from '../domain/text';

/** '&' starts a code in Excel's header/footer language; a literal one is doubled. */
export function footerLiteral(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The printed footer: `text` (plain) on the left, "Pagina n van m" on the right. */
export function setFooter(sheet: Worksheet, text: string): void {
  sheet.headerFooter = { oddFooter: `&L&8${footerLiteral(text)}&R&8Pagina &P van &N` };
}

/** A dropdown that still takes the partner's own text, after a warning they can click away. */
export function listAllowingOwnText(ref: string, title: string, error: string): DataValidation {
  return { type: 'list', allowBlank: true, formulae: [ref], showErrorMessage: true, errorStyle: 'warning', errorTitle: title, error };
}

/** A dropdown that takes nothing but its values. */
export function strictList(ref: string, title: string, error: string): DataValidation {
  return { type: 'list', allowBlank: true, formulae: [ref], showErrorMessage: true, errorStyle: 'stop', errorTitle: title, error };
}

/** The lists behind the dropdowns, one column each on the Lijsten sheet. */
export interface ListColumn {
  values: readonly string[];
  /** Absolute reference for a validation formula: Lijsten!$A$1:$A$47. */
  ref: string;
}

export function writeLists(sheet: Worksheet, lists: readonly (readonly string[])[]): ListColumn[] {
  return lists.map((values, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = 60;
    values.forEach((value, row) => {
      sheet.getCell(row + 1, index + 1).value = value;
    });
    const letter = column.letter;
    return { values, ref: `${SHEETS.lists}!$${letter}$1:$${letter}$${Math.max(values.length, 1)}` };
  });
}

const INFO_TEXT_WIDTH = 100;

/** The Toelichting sheet: title, facts, then labelled sections; `footer` is plain text. */
export function writeInfoSheet(sheet: Worksheet, text: Instructions, footer: string): void {
  sheet.views = [{ state: 'normal', showGridLines: false, activeCell: 'A1' }];
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = INFO_TEXT_WIDTH;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  setFooter(sheet, footer);

  const title = sheet.addRow([text.title]);
  title.getCell(1).font = font({ bold: true, size: 16, color: TITLE_COLOR });
  title.height = 26;
  const subtitle = sheet.addRow([text.subtitle]);
  subtitle.getCell(1).font = HINT_FONT;
  sheet.addRow([]);

  const block = (section: { label: string; lines: string[] }, labelFont: Partial<Font>): void => {
    section.lines.forEach((line, index) => {
      const row = sheet.addRow([index === 0 ? section.label : '', line]);
      row.height = rowHeightFor([{ text: line, width: INFO_TEXT_WIDTH - (line.startsWith('•') ? 3 : 0) }]);
      row.getCell(1).font = labelFont;
      row.getCell(1).alignment = { vertical: 'top' };
      row.getCell(2).alignment = { vertical: 'top', wrapText: true };
      if (line.startsWith('•')) row.getCell(2).alignment = { vertical: 'top', wrapText: true, indent: 1 };
    });
  };
  for (const fact of text.facts) block(fact, font({ bold: true }));
  for (const section of text.sections) {
    sheet.addRow([]);
    const heading = sheet.addRow([section.label]);
    heading.getCell(1).font = font({ bold: true, size: 12, color: TITLE_COLOR });
    heading.getCell(1).border = { bottom: { style: 'thin', color: TITLE_COLOR } };
    heading.getCell(2).border = { bottom: { style: 'thin', color: TITLE_COLOR } };
    block({ label: '', lines: section.lines }, font());
  }
}

/** A4, fitted to the page width, printed over as many pages as it takes. */
export function landscapePageSetup(headerRow: number): Worksheet['pageSetup'] {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}
