// Reading a workbook we wrote back with exceljs, as a person reads it: the
// text of each cell, and a list sheet's rows as header → text.
import { Workbook } from 'exceljs';

export async function loadWorkbook(data: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in (value as object)) {
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return String(value);
}

/** Rows below the header of a list sheet, as header → text; empty rows left out. */
export function sheetRows(workbook: Workbook, name: string, headerRow = 1): Record<string, string>[] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`blad ${name} ontbreekt`);
  const headers: string[] = [];
  sheet.getRow(headerRow).eachCell((cell, col) => {
    headers[col] = cellText(cell.value);
  });
  const rows: Record<string, string>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: Record<string, string> = {};
    let any = false;
    headers.forEach((h, col) => {
      const text = cellText(row.getCell(col).value);
      if (text !== '') any = true;
      record[h] = text;
    });
    if (any) rows.push(record);
  }
  return rows;
}
