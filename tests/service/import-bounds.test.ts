// Imports stay bounded and read each file once: a workbook too large to read
// is refused in Dutch, naming file and sheet, before exceljs reads it and
// without changing the database; a preview and its commit (activities or
// results) read and link the file once. Timing and memory are in
// `npm run bench`, not here.
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { largeActivityWorkbook } from '../../src/bench/large-workbook';
import type * as LinkModule from '../../src/imports/link';
import { IMPORT_LIMITS } from '../../src/imports/sniff';
import type { WerkbankApi } from '../../src/service/contract';
import { ServiceError } from '../../src/domain/errors';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { HBD_RESULTS_FILE, hbdResultsWorkbook } from '../fixtures/results-workbooks';
import { tempDir } from '../helpers/tmp';

// Every call of the linker, counted; it still links as always.
const linking = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/imports/link', async (importOriginal) => {
  const actual = await importOriginal<typeof LinkModule>();
  return {
    ...actual,
    linkActivities: (...args: Parameters<typeof actual.linkActivities>) => {
      linking.calls++;
      return actual.linkActivities(...args);
    },
  };
});

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
  linking.calls = 0;
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

describe('one read per file', () => {
  it('detecting its kind, previewing and committing read the workbook once and link it once', async () => {
    const load = vi.spyOn(XLSX.prototype, 'load');
    const request = { file: fileOf(largeActivityWorkbook(30, 10), 'Woonwaarts activiteiten 2027.xlsx'), partyId: 'woonwaarts', planningYear: 2027 };

    // As the command line does: is it a results file? Then the preview it shows, then the commit.
    const asked = await api.previewImport(request);
    expect(asked.problems.some((p) => p.code === 'looks-like-results')).toBe(false);
    const preview = await api.previewImport(request);
    expect(preview.activities).toHaveLength(30);
    expect(preview.canCommit).toBe(true);
    const result = await api.commitImport({ ...request, decisions: [{ position: 1, agreementId: null }] });
    expect(result.alreadyImported).toBe(false);
    expect(result.submission.activityCount).toBe(30);
    expect(load).toHaveBeenCalledTimes(1);
    expect(linking.calls).toBe(1);

    // The person's "geen afspraak" went into what was stored, not into the preview shown.
    const stored = await api.listActivities({ planningYear: 2027, partyId: 'woonwaarts' });
    expect(stored[0]?.link).toMatchObject({ status: 'manual', agreementId: null });
    expect(preview.activities[0]?.link.status).not.toBe('manual');

    // The data changed (the commit): the same file is linked again against it, but not read again.
    const again = await api.previewImport(request);
    expect(again.alreadyImported).toMatchObject({ version: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(linking.calls).toBe(2);
  });

  it('another party or year asked of the same file is prepared anew, from the same read', async () => {
    const load = vi.spyOn(XLSX.prototype, 'load');
    const file = fileOf(largeActivityWorkbook(12, 6), 'Activiteiten 2028.xlsx');
    const forHbd = await api.previewImport({ file, partyId: 'hbd', planningYear: 2028 });
    const forGemeente = await api.previewImport({ file, partyId: 'gemeente', planningYear: 2028 });
    expect([forHbd.party.id, forGemeente.party.id]).toEqual(['hbd', 'gemeente']);
    expect(load).toHaveBeenCalledTimes(1);
    expect(linking.calls).toBe(2);
  });

  it('a results file, as the command line takes it: kind, preview and commit read it once and match it once', async () => {
    const load = vi.spyOn(XLSX.prototype, 'load');
    const file = fileOf(await hbdResultsWorkbook(), HBD_RESULTS_FILE);
    const asked = await api.previewImport({ file });
    expect(asked.problems.some((p) => p.code === 'looks-like-results')).toBe(true);
    const request = { file, partyId: 'hbd', executionYear: 2026 };
    const preview = await api.previewResultsImport(request);
    expect(preview.canCommit).toBe(true);
    const result = await api.commitResultsImport(request);
    expect(result.submission.activityCount).toBe(preview.results.length);
    expect(load).toHaveBeenCalledTimes(1);
    // Once as an activiteitenoverzicht (asking what kind it is), once as results.
    expect(linking.calls).toBe(2);
  });
});
