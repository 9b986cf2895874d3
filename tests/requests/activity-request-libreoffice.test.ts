// A reader nobody here wrote: LibreOffice opens all five uitvraag workbooks,
// prints them to PDF and saves them again as .xlsx, which exceljs and a raw
// XML look then read back. Two soffice runs for all five files keep it quick.
// The Toelichting and Activiteiten pages are rendered to test-output/requests/
// to be looked at.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_HEADER_ROW, INPUT_ROWS, writeActivityRequest } from '../../src/requests/activity-request';
import { readRequestMeta } from '../../src/requests/meta';
import { SHEETS, type RequestMeta } from '../../src/requests/template';
import { tempDir } from '../helpers/tmp';
import { loadWorkbook, sheet, validationsOf } from '../helpers/workbook';
import { openRequestFixture } from './fixture';
import { readRawXlsx, type RawWorkbook } from './xlsx-raw';

const YEAR = 2027;
const PARTY_IDS = ['gemeente', 'woonwaarts', 'de-kernen', 'hbd', 'bewonersraad'] as const;
const OUTPUT = path.join(__dirname, '../../test-output/requests');

interface Converted {
  fileName: string;
  original: Buffer;
  meta: RequestMeta;
  prefillCount: number;
  pdf: Buffer;
  roundTrip: Buffer;
}

const tmp = tempDir('werkbank-lo-');
const converted = new Map<string, Converted>();

function soffice(args: string[]): void {
  // A profile of its own, so parallel runs and a user's open LibreOffice do not clash.
  const profile = pathToFileURL(path.join(tmp.dir, `lo-profile-${randomUUID()}`)).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], {
    stdio: 'pipe',
    timeout: 90_000,
  });
}

function get(partyId: string): Converted {
  const entry = converted.get(partyId);
  if (!entry) throw new Error(`niet omgezet: ${partyId}`);
  return entry;
}

beforeAll(async () => {
  const fixture = await openRequestFixture();
  const inDir = path.join(tmp.dir, 'in');
  const pdfDir = path.join(tmp.dir, 'pdf');
  const xlsxDir = path.join(tmp.dir, 'xlsx');
  fs.mkdirSync(inDir);
  const written: { id: string; file: string; fileName: string; data: Buffer; prefillCount: number }[] = [];
  try {
    for (const id of PARTY_IDS) {
      const input = await fixture.inputFor(id, YEAR);
      const { fileName, data } = await writeActivityRequest(input);
      const file = path.join(inDir, fileName);
      fs.writeFileSync(file, data);
      written.push({ id, file, fileName, data, prefillCount: input.prefillIds.length });
    }
  } finally {
    fixture.close();
  }
  const files = written.map((w) => w.file);
  soffice(['--convert-to', 'pdf', '--outdir', pdfDir, ...files]);
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', xlsxDir, ...files]);

  for (const w of written) {
    const meta = readRequestMeta(await loadWorkbook(w.data));
    if (!meta.ok) throw new Error(meta.reason);
    const base = w.fileName.replace(/\.xlsx$/, '');
    converted.set(w.id, {
      fileName: w.fileName,
      original: w.data,
      meta: meta.meta,
      prefillCount: w.prefillCount,
      pdf: fs.readFileSync(path.join(pdfDir, `${base}.pdf`)),
      roundTrip: fs.readFileSync(path.join(xlsxDir, w.fileName)),
    });
  }

  // Pictures to look at: the explanation and the first activities page.
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const id of ['woonwaarts', 'gemeente', 'hbd']) {
    const pdf = path.join(pdfDir, `${get(id).fileName.replace(/\.xlsx$/, '')}.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(OUTPUT, id)], { timeout: 30_000 });
  }
}, 180_000);

afterAll(() => tmp.cleanup());

describe.each(PARTY_IDS)('LibreOffice and the uitvraag workbook for %s', (partyId) => {
  it('prints it to PDF: the three visible sheets, none of the hidden ones', () => {
    const { pdf } = get(partyId);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const pdfFile = path.join(tmp.dir, `${partyId}.pdf`);
    fs.writeFileSync(pdfFile, pdf);
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Uitvraag activiteitenoverzicht ${YEAR}`);
    expect(text).toContain('Vóór 1 juli 2026');
    expect(text).toContain('Activiteit: wat gaan we doen?');
    expect(text).toContain('Alle afspraken');
    expect(text).not.toContain('templateVersion');
  });

  it('saves it again with its sheets, hidden sheets and meta intact', async () => {
    const { roundTrip, meta } = get(partyId);
    const workbook = await loadWorkbook(roundTrip);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([SHEETS.info, SHEETS.activities, SHEETS.agreements, SHEETS.lists, SHEETS.meta]);
    expect(workbook.worksheets.slice(0, 3).map((ws) => ws.state)).toEqual(['visible', 'visible', 'visible']);
    // LibreOffice has no "veryHidden": it keeps such sheets hidden.
    for (const ws of workbook.worksheets.slice(3)) expect(['hidden', 'veryHidden']).toContain(ws.state);
    const result = readRequestMeta(workbook);
    if (!result.ok) throw new Error(result.reason);
    expect(result.meta).toEqual(meta);
  });

  it('keeps every dropdown on the same range with the same list and error style', async () => {
    const { original, roundTrip, meta } = get(partyId);
    const [before, after] = await Promise.all([readRawXlsx(original), readRawXlsx(roundTrip)]);
    const rules = (raw: RawWorkbook) =>
      raw
        .validations(SHEETS.activities)
        .map((r) => ({ sqref: r.sqref, type: r.type, formula1: r.formula1, errorStyle: r.errorStyle ?? 'stop' }))
        .sort((a, b) => a.sqref.localeCompare(b.sqref));
    expect(rules(before).length).toBe(meta.partyKind === 'corporation' ? 4 : 5);
    expect(rules(after)).toEqual(rules(before));

    // And exceljs, as the import reader will use it, sees them on the cells.
    const ws = sheet(await loadWorkbook(roundTrip), SHEETS.activities);
    const model = validationsOf(ws);
    const letter = ws.getColumn(meta.columns.agreementRef ?? 0).letter;
    expect(model[`${letter}${ACTIVITY_HEADER_ROW + 1}`]?.formulae[0]).toMatch(/^Lijsten!\$A\$1:\$A\$47$/);
    expect(model[`${letter}${ACTIVITY_HEADER_ROW + INPUT_ROWS}`]?.type).toBe('list');
  });

  it('keeps the lock on the prefilled afspraken, open input cells and the filters', async () => {
    const { original, roundTrip, meta, prefillCount } = get(partyId);
    const raw = await readRawXlsx(roundTrip);
    const protection = raw.protection(SHEETS.activities);
    expect(protection).not.toBeNull();
    expect(protection?.hashValue ?? protection?.password).toBeUndefined();
    // In OOXML "insertRows=0/false" means: inserting rows is not blocked.
    for (const allowed of ['insertRows', 'sort', 'autoFilter', 'formatColumns']) expect(['0', 'false']).toContain(protection?.[allowed]);

    const letterOf = (col: number | undefined): string => String.fromCharCode(64 + (col ?? 0));
    const key = letterOf(meta.columns.key);
    const ref = letterOf(meta.columns.agreementRef);
    const activity = letterOf(meta.columns.activity);
    const firstRow = ACTIVITY_HEADER_ROW + 1;
    for (const workbook of [await readRawXlsx(original), raw]) {
      if (prefillCount > 0) {
        expect(workbook.locked(SHEETS.activities, `${key}${firstRow}`)).toBe(true);
        expect(workbook.locked(SHEETS.activities, `${ref}${firstRow + prefillCount - 1}`)).toBe(true);
      }
      expect(workbook.locked(SHEETS.activities, `${activity}${firstRow}`)).toBe(false);
      expect(workbook.locked(SHEETS.activities, `${ref}${firstRow + prefillCount}`)).toBe(false);
      expect(workbook.locked(SHEETS.activities, `${activity}${ACTIVITY_HEADER_ROW + 900}`)).toBe(false);
      expect(workbook.locked(SHEETS.activities, `A${ACTIVITY_HEADER_ROW}`)).toBe(true);
    }

    const before = await readRawXlsx(original);
    expect(raw.autoFilter(SHEETS.activities)).toBe(before.autoFilter(SHEETS.activities));
    expect(raw.autoFilter(SHEETS.agreements)).toBe(before.autoFilter(SHEETS.agreements));
    expect(raw.definedNames().some((n) => n.name === '_xlnm.Print_Titles' && /Activiteiten'?!\$3:\$3$/.test(n.text))).toBe(true);
    // Frozen panes are in our file (see activity-request.test.ts) but are not
    // checked here: `soffice --convert-to` opens no view, and LibreOffice then
    // writes no view settings at all (panes, gridlines, selection) for any file.
  });
});

describe('the pictures for a person to look at', () => {
  it('are written to test-output/requests', () => {
    // pdftoppm pads the page number to the width of the page count: "-2" or "-02".
    const files = fs.readdirSync(OUTPUT);
    for (const page of ['woonwaarts-0*1', 'woonwaarts-0*2', 'gemeente-0*2', 'hbd-0*2']) {
      const name = files.find((f) => new RegExp(`^${page}\\.png$`).test(f));
      expect(name, page).toBeDefined();
      expect(fs.statSync(path.join(OUTPUT, name ?? '')).size).toBeGreaterThan(5_000);
    }
  });
});
