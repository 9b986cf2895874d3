// Reading back the workbooks the app writes, with exceljs: a sheet by name,
// cell and sheet texts, notes, the lists behind dropdowns, the validation
// rules and the sheet protection (the last two are left out of exceljs' typings).
import { Workbook, type Worksheet } from 'exceljs';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import type { ReadWorkbook } from '../../src/imports/types';
import { SHEETS } from '../../src/requests/template';
import type { FilePayload } from '../../src/service/contract';

export async function loadWorkbook(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Woonwaarts' own activiteitenoverzicht 2027 (not our uitvraag) as an upload: one row per activity, and an optional footer line. */
export async function woonwaartsOverview(activities: string[], name: string, footer?: string): Promise<FilePayload> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet('Activiteiten 2027');
  ws.addRow(['Activiteitenoverzicht Woonwaarts 2027']);
  ws.addRow([]);
  ws.addRow(['Nr', 'Activiteit', 'Rol', 'Planning']);
  activities.forEach((a, i) => ws.addRow([String(i + 1), a, 'uitvoeren', 'Q2 2027']));
  if (footer) {
    ws.addRow([]);
    ws.addRow([footer]);
  }
  return { name, data: (await saveWorkbook(workbook)).toString('base64') };
}

/**
 * A partner's own sheet as a file: the header and the rows under it, the file's title above them (on row 1, the
 * header on row 3) where one is given, else the header on row 1.
 */
export async function partnerSheet(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  { sheet = 'Blad1', title }: { sheet?: string; title?: string } = {},
): Promise<Buffer> {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet(sheet);
  const headerRow = title === undefined ? 1 : 3;
  if (title !== undefined) ws.getCell('A1').value = title;
  ws.getRow(headerRow).values = [...header];
  rows.forEach((row, i) => (ws.getRow(headerRow + 1 + i).values = [...row]));
  return saveWorkbook(workbook);
}

/** A partner's own sheet, its header on row 1 and its rows under it, read as the import reads it for a planning year. */
export async function readPartnerSheet(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  fileName: string,
  planningYear: number,
  sheetName = 'Plan',
): Promise<ReadWorkbook> {
  return readActivityWorkbook(await partnerSheet(header, rows, { sheet: sheetName }), fileName, { planningYear });
}

/** A sheet filled by hand (title rows, gaps, cells where they fall), read as the import reads it for a planning year. */
export async function readFilledSheet(fileName: string, fill: (ws: Worksheet) => void, planningYear: number, sheetName: string): Promise<ReadWorkbook> {
  const workbook = new Workbook();
  fill(workbook.addWorksheet(sheetName));
  return readActivityWorkbook(await saveWorkbook(workbook), fileName, { planningYear });
}

/** A sheet with its header in row 1 and the rows below it, read for `planningYear`. */
export async function readHeaderAndRows(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  planningYear: number,
  sheetName: string,
): Promise<ReadWorkbook> {
  return readFilledSheet(
    fileName,
    (ws) => {
      ws.getRow(1).values = [...header];
      rows.forEach((row, i) => (ws.getRow(2 + i).values = [...row]));
    },
    planningYear,
    sheetName,
  );
}

/** The activities a read found, as their texts. */
export const activityTexts = (r: ReadWorkbook): string[] => r.activities.map((a) => a.activity);

/** The warning a read gives of one row, where it gives one. */
export const warningAt = (r: ReadWorkbook, row: number): string | undefined => r.problems.find((p) => p.row === row && p.severity === 'warning')?.message;

export function sheet(workbook: Workbook, name: string): Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`blad ${name} ontbreekt`);
  return ws;
}

/** A cell's value as text; '' for an empty cell. */
export function cellText(ws: Worksheet, row: number, col: number): string {
  const value = ws.getCell(row, col).value;
  return value === null || value === undefined ? '' : String(value);
}

/** Every text on a sheet, one string: for "does the explanation say …". */
export function allText(ws: Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value))));
  return parts.join('\n');
}

/** A cell note as plain text, whether exceljs gives a string or rich text. */
export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join('');
}

/** The values a list validation offers, looked up on the Lijsten sheet. */
export function listValues(workbook: Workbook, formula: string): string[] {
  const m = /^Lijsten!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`geen bereik op Lijsten: ${formula}`);
  const lists = sheet(workbook, SHEETS.lists);
  const values: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) values.push(cellText(lists, r, lists.getColumn(m[1] as string).number));
  return values;
}

export type ValidationModel = Record<
  string,
  { type: string; formulae: unknown[]; errorStyle?: string; operator?: string; showErrorMessage?: boolean }
>;

/** The validation rules by cell address, as exceljs reads them. */
export function validationsOf(ws: Worksheet): ValidationModel {
  return (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

/** The sheet protection as exceljs reads it; null when the sheet is not protected. */
export function protectionOf(ws: Worksheet): Record<string, unknown> | null {
  return (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection ?? null;
}
