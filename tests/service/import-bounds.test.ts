// Imports stay bounded: a workbook too large to read is refused in Dutch,
// naming file and sheet, before exceljs reads it and without changing the
// database. Timing and memory are in `npm run bench`, not here.
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { largeActivityWorkbook } from '../../src/bench/large-workbook';
import { IMPORT_LIMITS } from '../../src/imports/sniff';
import { ServiceError, type WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { tempDir } from '../helpers/tmp';

// exceljs's own reader class: every full read of a workbook goes through its load.
const XLSX = createRequire(__filename)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: (...args: unknown[]) => unknown } };

let tmp: ReturnType<typeof tempDir>;
let databasePath: string;
let werkbank: Werkbank;
let api: WerkbankApi;

beforeAll(() => {
  tmp = tempDir();
  databasePath = path.join(tmp.dir, 'werkbank.sqlite');
  werkbank = openWerkbank({ databasePath, changedBy: 'secretaris' });
  api = werkbank.api;
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});
beforeEach(() => {
  vi.restoreAllMocks();
});

/** Every row of every table, read through a connection of its own: what "unchanged" means. */
function contents(): string {
  const db = new Database(databasePath, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
  } finally {
    db.close();
  }
}

const fileOf = (data: Buffer, name: string) => ({ name, data: data.toString('base64') });

async function refusalOf(call: Promise<unknown>): Promise<ServiceError> {
  const error = await call.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe('a workbook too large to read', () => {
  it('is refused in Dutch, naming the file, the sheet and the limit, before exceljs reads it, and changes nothing', async () => {
    // The smallest workbook over the limit: a title, a header and rows of ten cells, one cell too many.
    const rows = Math.ceil((IMPORT_LIMITS.maxCells - 10) / 10);
    const cells = 1 + 10 + rows * 10;
    expect(cells).toBe(IMPORT_LIMITS.maxCells + 1);
    const file = fileOf(largeActivityWorkbook(rows, 10), 'Woonwaarts 2027.xlsx');
    const before = contents();
    const load = vi.spyOn(XLSX.prototype, 'load');

    for (const call of [api.previewImport({ file }), api.commitImport({ file, partyId: 'woonwaarts', planningYear: 2027 })]) {
      const error = await refusalOf(call);
      expect(error.code).toBe('file_refused');
      expect(error.message).toBe(
        '"Woonwaarts 2027.xlsx" heeft 250.001 gevulde cellen (ten hoogste 250.000), waarvan 250.001 in blad "Activiteiten"; ' +
          'zoveel kan de Werkbank niet inlezen zonder vast te lopen. ' +
          'Verwijder bladen en kolommen die niet over de activiteiten gaan, of zet de activiteiten in een nieuwe werkmap, en importeer opnieuw.',
      );
    }
    expect(load).not.toHaveBeenCalled();
    expect(contents()).toBe(before);
  });
});
