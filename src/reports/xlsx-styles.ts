// The look shared by the Excel reports: fonts, colours, the page set-up and
// footer of a printed sheet, a sheet's title.
import type { Border, Fill, Font, Worksheet } from 'exceljs';

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
