// The bestuurlijke samenvatting as the first sheet of an Excel report, with
// the same parts as in Word (see executive-summary-docx.ts): what this is,
// what the Bestuurlijk Overleg decides or notes, the most important points,
// and the response. One wide column of wrapped text, printed on one page.
import type { Worksheet } from 'exceljs';
import { rowHeightFor } from '../requests/row-height';
import { SUMMARY_TITLE, type ExecutiveSummary } from './executive-summary';
import { FONT_SIZE, TITLE_COLOR, font, pageSetup, sheetFooter, title } from './xlsx-styles';

/** Characters of a line in the wide column, for the row heights. */
const TEXT_WIDTH = 110;

export function writeExecutiveSummarySheet(sheet: Worksheet, summary: ExecutiveSummary, docTitle: string): void {
  sheet.views = [{ state: 'normal', showGridLines: false, activeCell: 'A1' }];
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = TEXT_WIDTH;
  pageSetup(sheet, 'portrait');
  sheetFooter(sheet, docTitle);

  title(sheet, 1, SUMMARY_TITLE, 16);
  let row = 2;
  const line = (text: string, options: { mark?: string; italic?: boolean } = {}): void => {
    if (options.mark !== undefined) {
      const mark = sheet.getCell(row, 1);
      mark.value = options.mark;
      mark.font = font({ bold: true, color: TITLE_COLOR });
      mark.alignment = { vertical: 'top', horizontal: 'right' };
    }
    const cell = sheet.getCell(row, options.mark === undefined ? 1 : 2);
    cell.value = text;
    cell.font = font(options.italic ? { italic: true, color: { argb: 'FF595959' } } : {});
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (options.mark === undefined) sheet.mergeCells(row, 1, row, 2);
    sheet.getRow(row).height = rowHeightFor([{ text, width: TEXT_WIDTH }], FONT_SIZE);
    row++;
  };
  const subheading = (text: string): void => {
    row++;
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font({ bold: true, size: 12, color: TITLE_COLOR });
    sheet.getRow(row).height = 20;
    row++;
  };

  line(summary.intro, { italic: true });
  subheading('Voor het Bestuurlijk Overleg');
  for (const text of summary.decide) line(text, { mark: '•' });
  subheading(summary.points.length === 1 ? 'Het belangrijkste punt' : `De ${summary.points.length === 2 ? 'twee' : 'drie'} belangrijkste punten`);
  summary.points.forEach((text, i) => line(text, { mark: `${i + 1}` }));
  subheading('Respons');
  for (const text of summary.response) line(text, { mark: '•' });
}
