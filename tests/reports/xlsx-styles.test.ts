// shareCellStyles gives cells of equal style one style object, so that exceljs
// renders each style once instead of once per cell; the workbook it writes must
// stay the same, byte for byte, styled empty cells and rows included.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { GRID_BORDER, font, shareCellStyles } from '../../src/reports/xlsx-styles';

/** A list as the reports write one: a header, rows with text, a number and a date, and bordered empty cells. */
function listWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Alle activiteiten');
  sheet.addRow(['Partij', 'Activiteit', 'Budget', 'Ontvangen op', 'Nodig']);
  for (let r = 2; r <= 40; r++) {
    const row = sheet.getRow(r);
    row.getCell(1).value = r % 2 === 0 ? 'Woonwaarts' : 'Gemeente';
    row.getCell(2).value = `Activiteit ${r}`;
    row.getCell(3).value = r * 1000;
    row.getCell(4).value = new Date(Date.UTC(2026, 9, r % 28));
    // Column 5 stays empty but bordered, as most cells of a list are.
    for (let c = 1; c <= 5; c++) {
      const cell = row.getCell(c);
      cell.font = font({ size: 10, bold: c === 1 });
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = GRID_BORDER;
    }
    row.getCell(4).numFmt = 'dd-mm-yyyy';
  }
  return workbook;
}

async function parts(workbook: ExcelJS.Workbook): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && !name.endsWith('core.xml')) out[name] = await file.async('string');
  }
  return out;
}

describe('shareCellStyles', () => {
  it('writes the same workbook, the styles of empty bordered cells and of rows included', async () => {
    const shared = listWorkbook();
    shareCellStyles(shared);
    expect(await parts(shared)).toEqual(await parts(listWorkbook()));
  });

  it('gives the empty bordered cells of a list one style between them, as it does the filled ones', () => {
    const workbook = listWorkbook();
    shareCellStyles(workbook);
    const sheet = workbook.getWorksheet('Alle activiteiten') as ExcelJS.Worksheet;
    const emptyStyles = new Set<unknown>();
    const textStyles = new Set<unknown>();
    for (let r = 2; r <= 40; r++) {
      emptyStyles.add(sheet.getRow(r).findCell(5)?.style);
      textStyles.add(sheet.getRow(r).findCell(2)?.style);
    }
    expect(emptyStyles.size).toBe(1);
    expect(textStyles.size).toBe(1);
    // Sharing made no cell that was not there.
    expect(sheet.getRow(2).cellCount).toBe(5);
    expect(sheet.rowCount).toBe(40);
  });
});
