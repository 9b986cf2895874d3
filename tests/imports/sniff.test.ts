// Bad files are refused before exceljs sees them, each with a Dutch message
// that names the file, says what is wrong and what to do.
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cfbEntryNames } from '../../src/imports/cfb';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { countRowsAndCells, IMPORT_LIMITS, sniffWorkbook } from '../../src/imports/sniff';
import { readZipDirectory } from '../../src/imports/zip';
import { ServiceError } from '../../src/domain/errors';
import {
  csvFile,
  deKernenWorkbook,
  docxFile,
  emptyTableWorkbook,
  encryptedFile,
  htmlAsXls,
  hugeDimensionWorkbook,
  manyEntriesZip,
  millionRowsWorkbook,
  noTableWorkbook,
  strictOoxmlWorkbook,
  odsFile,
  randomBinary,
  truncatedWorkbook,
  woonwaartsWorkbook,
  xlsFile,
  zipBombDeclared,
  zipBombLying,
  zipBombRatio,
} from '../fixtures/partner-workbooks';

// exceljs's own reader class, to prove a refused file never reaches it.
const XLSX = createRequire(__filename)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: (...args: unknown[]) => unknown } };

afterEach(() => {
  vi.restoreAllMocks();
});

/** The refusal's message; fails when the file is not refused as a ServiceError('file_refused'). */
async function refusal(data: Uint8Array, fileName: string, options?: Parameters<typeof readActivityWorkbook>[2]): Promise<string> {
  const load = vi.spyOn(XLSX.prototype, 'load');
  let error: unknown;
  try {
    await readActivityWorkbook(data, fileName, options);
  } catch (err) {
    error = err;
  }
  expect(error, `${fileName} is niet geweigerd`).toBeInstanceOf(ServiceError);
  const e = error as ServiceError;
  expect(e.code).toBe('file_refused');
  expect(e.message.startsWith(`"${fileName}" `)).toBe(true);
  expect(load).not.toHaveBeenCalled();
  return e.message;
}

describe('refusing what is not a readable workbook', () => {
  it('refuses an old .xls and says to save it as .xlsx', async () => {
    const message = await refusal(xlsFile(), 'Woonwaarts 2027.xls');
    expect(message).toContain('oud Excel-bestand (.xls');
    expect(message).toContain('Opslaan als > Excel-werkmap (.xlsx)');
  });

  it('refuses a password-protected workbook and says to remove the password, not to resave as .xlsx', async () => {
    const message = await refusal(encryptedFile(), 'Woonwaarts 2027.xlsx');
    expect(message).toContain('beveiligd met een wachtwoord');
    expect(message).toContain('verwijder het wachtwoord');
    expect(message).not.toContain('.xls,');
  });

  it('tells the encrypted container and the old .xls apart by the streams in the compound file directory', () => {
    expect(cfbEntryNames(xlsFile())).toEqual(['Root Entry', 'Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']);
    expect(cfbEntryNames(encryptedFile())).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
  });

  it('refuses an OpenDocument spreadsheet (.ods) and says to save it as .xlsx', async () => {
    const message = await refusal(odsFile(), 'HBD activiteiten.ods');
    expect(message).toContain('OpenDocument-rekenblad (.ods)');
    expect(message).toContain('Excel-werkmap (.xlsx)');
  });

  it('refuses a CSV or other text file and says to save it as .xlsx', async () => {
    const message = await refusal(csvFile(), 'activiteiten.csv');
    expect(message).toContain('tekstbestand (bijvoorbeeld CSV)');
    expect(message).toContain('Excel-werkmap (.xlsx)');
  });

  it('refuses an HTML page and an Excel 2003 XML sheet that carry an Excel name', async () => {
    expect(await refusal(htmlAsXls(), 'export.xls')).toContain('webpagina (HTML)');
    const xml = Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>');
    expect(await refusal(xml, 'export.xml')).toContain('XML-werkblad (Excel 2003-XML)');
  });

  it('refuses a PDF and asks for the workbook instead', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'activiteiten.pdf')).toContain('PDF-bestand');
  });

  it('refuses a cut-off download as incomplete', async () => {
    const message = await refusal(await truncatedWorkbook(), 'Woonwaarts 2027.xlsx');
    expect(message).toContain('onvolledig');
    expect(message).toContain('opnieuw');
  });

  it('refuses random bytes as not a workbook', async () => {
    expect(await refusal(randomBinary(), 'bijlage.xlsx')).toContain('geen Excel-werkmap (.xlsx of .xlsm)');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array(0), 'leeg.xlsx')).toContain('is leeg (0 bytes)');
  });

  it('refuses a Word document and a plain zip by what they are', async () => {
    expect(await refusal(docxFile(), 'activiteiten.docx')).toContain('Word-document');
    const zip = await refusal(manyEntriesZip(), 'bijlagen.zip', { limits: { ...IMPORT_LIMITS, maxEntries: 10_000 } });
    expect(zip).toContain('zip-bestand, geen Excel-werkmap');
  });

  it('refuses a Strict Open XML workbook, which would otherwise read as empty', async () => {
    expect(await refusal(strictOoxmlWorkbook(), 'Woonwaarts 2027.xlsx')).toContain('"Strict Open XML-werkmap"');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const message = await refusal(await woonwaartsWorkbook(), 'groot.xlsx', { limits: { ...IMPORT_LIMITS, maxFileBytes: 1024 } });
    expect(message).toContain('is te groot');
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    const data = await emptyTableWorkbook();
    await expect(readActivityWorkbook(data, 'leeg.xlsx')).rejects.toMatchObject({
      code: 'file_refused',
      message: expect.stringContaining('"leeg.xlsx" bevat geen gegevens: alle bladen zijn leeg'),
    });
  });

  it('refuses a workbook without an activity table and says what it looks for', async () => {
    const data = await noTableWorkbook();
    await expect(readActivityWorkbook(data, 'Begroting 2027.xlsx')).rejects.toMatchObject({
      code: 'file_refused',
      message: expect.stringMatching(/^"Begroting 2027\.xlsx" bevat geen tabel met activiteiten\. .*"Activiteit"/),
    });
  });
});

describe('refusing what would cost unbounded time or memory', () => {
  it('refuses a zip bomb by its declared size, before inflating anything', async () => {
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    const message = await refusal(zipBombDeclared(), 'Woonwaarts 2027.xlsx');
    expect(message).toContain('wordt bij het uitpakken 3.815 MB groot (ten hoogste 100 MB)');
    expect(message).toContain('zip-bom');
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses an entry compressed a thousandfold, before inflating anything', async () => {
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    const message = await refusal(zipBombRatio(), 'Woonwaarts 2027.xlsx');
    expect(message).toMatch(/bevat een onderdeel \(xl\/worksheets\/sheet1\.xml\) dat bij het uitpakken [\d.]+ keer zo groot wordt/);
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses an entry that inflates to more than it declares, inflating no more than declared', async () => {
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    const message = await refusal(zipBombLying(), 'Woonwaarts 2027.xlsx');
    expect(message).toContain('groter wordt dan het opgeeft');
    const capped = inflate.mock.calls.map((call) => (call[1] as zlib.ZlibOptions | undefined)?.maxOutputLength);
    expect(capped.every((cap) => cap !== undefined && cap <= 2049)).toBe(true);
  });

  it('refuses an archive with thousands of entries', async () => {
    const message = await refusal(manyEntriesZip(), 'Woonwaarts 2027.xlsx');
    expect(message).toContain('bestaat uit 5.000 onderdelen (ten hoogste 1.000)');
  });

  it('refuses a sheet with a million rows, naming the sheet and the limit', async () => {
    const message = await refusal(millionRowsWorkbook(), 'Woonwaarts 2027.xlsx');
    expect(message).toBe(
      '"Woonwaarts 2027.xlsx" heeft in blad "Activiteiten" 1.048.576 rijen (ten hoogste 30.000). ' +
        'Verwijder de lege of overbodige rijen (selecteer ze, Rijen verwijderen), of zet de activiteiten in een nieuwe werkmap, en importeer opnieuw.',
    );
  });

  it('counts the rows a sheet has, not the rows its dimension claims: a stray cell at the bottom is fine', async () => {
    const read = await readActivityWorkbook(hugeDimensionWorkbook(), 'HBD 2027.xlsx');
    expect(read.activities.map((a) => [a.rowNumber, a.activity, a.planning])).toEqual([[2, 'Wijkschouw organiseren', 'Q2 2027']]);
    expect(read.rowsRead).toBe(1);
  });

  it('refuses too many cells across all sheets', async () => {
    const message = await refusal(await woonwaartsWorkbook(), 'Woonwaarts 2027.xlsx', { limits: { ...IMPORT_LIMITS, maxCells: 20 } });
    expect(message).toMatch(/heeft \d+ gevulde cellen \(ten hoogste 20\)/);
  });
});

describe('what passes', () => {
  it('reads a macro-enabled workbook (.xlsm) without running anything', async () => {
    const sniffed = sniffWorkbook(await deKernenWorkbook(), 'De Kernen 2027.xlsm');
    expect(sniffed.hasMacros).toBe(true);
    expect(sniffed.sheets.map((s) => s.name)).toEqual(['Activiteiten']);
  });

  it('lists the sheets of an exceljs workbook with their rows, by reading the zip directory itself', async () => {
    const data = await woonwaartsWorkbook();
    const { entries, declaredEntries } = readZipDirectory(data, 1000);
    expect(declaredEntries).toBe(entries.length);
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    const sniffed = sniffWorkbook(data, 'Woonwaarts 2027.xlsx');
    expect(sniffed.hasMacros).toBe(false);
    expect(sniffed.sheets).toEqual([{ name: 'Activiteiten 2027', path: 'xl/worksheets/sheet1.xml', rows: 14, cells: expect.any(Number) }]);
  });

  it('counts row and cell elements with or without a namespace prefix, and nothing else', () => {
    const xml = Buffer.from(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"/><c r="B1"><v>1</v></c></x:row><row r="2"/>' +
        '<row>\n<cfRule/><col/></row></x:sheetData><rowBreaks count="1"/></x:worksheet>',
    );
    expect(countRowsAndCells(xml)).toEqual({ rows: 3, cells: 2 });
  });
});
