// The look shared by the Excel reports: fonts, colours, the page set-up and
// footer of a printed sheet, a sheet's title.
import { ValueType, type Border, type Fill, type Font, type Style, type Workbook, type Worksheet } from 'exceljs';

/** Every font names its face and size: LibreOffice otherwise falls back to its own default face. */
export function font(style: Partial<Font> = {}): Partial<Font> {
  return { name: 'Calibri', family: 2, size: 10, ...style };
}

export const TITLE_COLOR = { argb: 'FF1F4E5F' };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: TITLE_COLOR };
export const HEADER_FONT = font({ bold: true, color: { argb: 'FFFFFFFF' } });
export const SIGNAL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE9E1' } };
export const SIGNAL_FONT = font({ bold: true, color: { argb: 'FF9C2A00' } });
export const OK_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F2E8' } };
export const GRID: Partial<Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const GRID_BORDER = { top: GRID, left: GRID, bottom: GRID, right: GRID };
export const FONT_SIZE = 10;

/** "<title> – blad <sheet>" left and "Pagina n van m" right in the printed footer. */
export function sheetFooter(sheet: Worksheet, runningTitle: string): void {
  // '&' starts a code in Excel's header/footer language; a literal one is doubled.
  const text = `${runningTitle} – blad ${sheet.name}`.replace(/&/g, '&&');
  sheet.headerFooter = { oddFooter: `&L&8${text}&R&8Pagina &P van &N` };
}

export function pageSetup(sheet: Worksheet, orientation: 'portrait' | 'landscape', headerRow?: number): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(headerRow ? { printTitlesRow: `${headerRow}:${headerRow}` } : {}),
  };
}

export function title(sheet: Worksheet, row: number, text: string, size = 14): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = font({ bold: true, size, color: TITLE_COLOR });
  cell.alignment = { vertical: 'middle', wrapText: false };
  sheet.getRow(row).height = Math.ceil(size * 1.6);
}

/**
 * One style object for the cells whose styles are made of the same parts, set just before the
 * workbook is written. exceljs works out a cell's style number from its style's XML unless it met
 * that very style object before; each cell here has a style of its own (a font, an alignment per
 * cell), so a list of thousands of rows rendered every cell's font and border to XML. Equal parts
 * give equal XML, and exceljs numbers styles by their XML: the file is the same, byte for byte.
 * The cell's type is part of the key because exceljs keeps a style object's number from the first
 * cell it met it in, and a style without a number format is written as "General" for a number and
 * as a date format for a date. Formula cells keep their own style (their type is their result's).
 * Every cell there is counts, an empty one with a border too (in a list most are), and so do the
 * rows' own styles; found, not asked for, as asking for a cell or row that is not there makes it.
 * Called last: a cell styled after this would change every cell that shares its style.
 */
export function shareCellStyles(workbook: Workbook): void {
  const partKeys = new WeakMap<object, string>();
  const partKey = (part: unknown): string => {
    if (typeof part !== 'object' || part === null) return JSON.stringify(part) ?? '';
    let key = partKeys.get(part);
    if (key === undefined) partKeys.set(part, (key = JSON.stringify(part)));
    return key;
  };
  const shared = new Map<string, Partial<Style>>();
  /** The style of equal parts met first, for a style keyed by what it is on. */
  const sharedStyle = (on: string, style: Partial<Style>): Partial<Style> => {
    let key = on;
    for (const [name, part] of Object.entries(style)) key += `\u0000${name}\u0001${partKey(part)}`;
    const known = shared.get(key);
    if (known !== undefined) return known;
    shared.set(key, style);
    return style;
  };
  workbook.eachSheet((sheet) => {
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.findRow(r);
      if (row === undefined) continue;
      // exceljs keeps a row's style as it keeps a cell's; its typings leave it out.
      const styled = row as unknown as { style?: Partial<Style> };
      if (styled.style) styled.style = sharedStyle('row', styled.style);
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.findCell(c);
        if (cell === undefined || cell.type === ValueType.Formula || cell.isMerged) continue;
        const style = cell.style as Partial<Style> | undefined;
        if (style === undefined || style === null) continue;
        const known = sharedStyle(String(cell.type), style);
        if (known !== style) cell.style = known;
      }
    }
  });
}
