// Verantwoording through the service: the results uitvraag from the definitive
// bundle, a partner filling it in, the import, and the report.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { GEMEENTE_FILE, WOONWAARTS_FILE, gemeenteWorkbook, woonwaartsWorkbook } from '../fixtures/partner-workbooks';
import { docxPart, norm, xmlToText } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let requests: FilePayload[];

const file = (name: string, bytes: Buffer): FilePayload => ({ name, data: bytes.toString('base64') });

async function filledByWoonwaarts(explanation?: string): Promise<FilePayload> {
  const request = requests.find((f) => f.name.includes('Woonwaarts')) as FilePayload;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(request.data, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Resultaten') as ExcelJS.Worksheet;
  const header = Array.from(sheet.getRow(3).values as unknown[], (v) => String(v ?? ''));
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const plannedRows: number[] = [];
  for (let r = 4; r < 60; r++) if (String(sheet.getRow(r).getCell(col('Sleutel')).value ?? '').startsWith('P:')) plannedRows.push(r);
  expect(plannedRows.length).toBeGreaterThan(0);
  const [first, second] = plannedRows;
  sheet.getRow(first as number).getCell(col('Status')).value = 'gerealiseerd';
  sheet.getRow(first as number).getCell(col('Resultaat')).value = '36 woningen opgeleverd in Deest Zuid';
  if (second !== undefined) {
    sheet.getRow(second).getCell(col('Status')).value = 'vertraagd';
    sheet.getRow(second).getCell(col('Bijsturing')).value = 'ja';
    if (explanation) sheet.getRow(second).getCell(col('Toelichting')).value = explanation;
  }
  let band = 4;
  while (band < 200 && !Array.from(sheet.getRow(band).values as unknown[], (v) => String(v ?? '')).some((v) => v.includes('Niet geplande activiteiten'))) band++;
  const unplanned = band + 1;
  sheet.getRow(unplanned).getCell(col('Activiteit')).value = 'Extra huurdersavond over de huurverhoging';
  sheet.getRow(unplanned).getCell(col('Status')).value = 'gerealiseerd';
  const indicators = workbook.getWorksheet('Indicatoren') as ExcelJS.Worksheet;
  const ih = Array.from(indicators.getRow(3).values as unknown[], (v) => String(v ?? ''));
  for (let r = 4; r < 30; r++) {
    if (String(indicators.getRow(r).getCell(ih.findIndex((h) => h === 'Indicator')).value ?? '').includes('Toevoeging sociale huurwoningen 2022')) {
      indicators.getRow(r).getCell(ih.findIndex((h) => h.startsWith('Waarde'))).value = 36;
    }
  }
  return { name: 'Woonwaarts resultaten 2026.xlsx', data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

beforeAll(async () => {
  tmp = tempDir();
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris' });
  api = werkbank.api;
  await api.commitImport({ file: file(WOONWAARTS_FILE, await woonwaartsWorkbook()), partyId: 'woonwaarts', planningYear: 2026 });
  await api.commitImport({ file: file(GEMEENTE_FILE, await gemeenteWorkbook()), partyId: 'gemeente', planningYear: 2026 });
});
afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('the results uitvraag', () => {
  it('waits for a definitive bundle, because it asks about what was agreed there', async () => {
    const envelope = await dispatch(api, 'makeResultsRequests', { executionYear: 2026 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('definitief') } });
  });

  it('is made for every party once the bundle is definitive, after the secretary confirmed its proposed links', async () => {
    // The bundle cannot be frozen with proposals in it; the uitvraag would then ask about guesses.
    expect(await dispatch(api, 'saveBundleVersion', { planningYear: 2026, final: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const confirmed = await api.confirmOpenLinks({ planningYear: 2026 });
    expect(confirmed.changed).toBeGreaterThan(0);
    expect(confirmed.open).toEqual([]);
    await api.saveBundleVersion({ planningYear: 2026, final: true });
    requests = await api.makeResultsRequests({ executionYear: 2026 });
    expect(requests.map((f) => f.name)).toContain('Uitvraag resultaten 2026 - Woonwaarts.xlsx');
    expect(requests).toHaveLength(5);
  });

  it('asks the 180 by 2028 as the same homes as the 270, to be answered alike', async () => {
    const file = requests.find((f) => f.name === 'Uitvraag resultaten 2026 - Woonwaarts.xlsx') as FilePayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const texts = (workbook.getWorksheet('Indicatoren')?.getSheetValues() ?? []).flat().map((v) => (typeof v === 'string' ? v : ''));
    const question = texts.find((t) => t.startsWith('Uw eigen aandeel, opgeleverd in 2026') && t.includes('sinds 2022') && t.includes('Dezelfde woningen'));
    expect(question).toMatch(/ Dezelfde woningen als bij ‘Toevoeging sociale huurwoningen 2022–2030’: vul daar hetzelfde cijfer in\.$/);
    // Only the step says so; the 270 itself asks as before.
    expect(texts.filter((t) => t.includes('Dezelfde woningen als bij'))).toHaveLength(1);
  });
});

describe('importing results', () => {
  it('previews the filled workbook: planned rows matched, unplanned work kept, a missing toelichting named', async () => {
    const preview = await api.previewResultsImport({ file: await filledByWoonwaarts() });
    expect(preview.ours).toBe(true);
    expect(preview.party).toEqual({ id: 'woonwaarts', source: 'workbook' });
    expect(preview.executionYear).toEqual({ value: 2026, source: 'workbook' });
    expect(preview.canCommit).toBe(true);
    const done = preview.results.find((r) => r.result === '36 woningen opgeleverd in Deest Zuid');
    expect(done).toMatchObject({ planned: true, status: 'done' });
    expect(done?.identity.startsWith('woonwaarts:')).toBe(true);
    expect(preview.results.find((r) => r.activity === 'Extra huurdersavond over de huurverhoging')).toMatchObject({ planned: false, status: 'done' });
    expect(preview.problems.some((p) => /vertraagd/.test(p.message) && /toelichting/.test(p.message))).toBe(true);
    expect(preview.indicators.find((i) => i.value === 36)?.code).toBe('sociale-huur-270');
  });

  it('commits them and the verantwoording shows results, deviations and indicator progress', async () => {
    const result = await api.commitResultsImport({ file: await filledByWoonwaarts() });
    expect(result.submission).toMatchObject({ partyId: 'woonwaarts', planningYear: 2026, kind: 'results', version: 1 });
    const report = await api.getAccountabilityReport({ fromYear: 2026 });
    expect(report.kind).toBe('annual');
    expect(report.executionYears).toEqual([2026]);
    expect(report.deviations.map((d) => d.partyId)).toContain('woonwaarts');
    expect(report.steering.length).toBeGreaterThan(0);
    expect(report.unplanned.map((u) => u.activity)).toContain('Extra huurdersavond over de huurverhoging');
    const homes = report.indicators.find((i) => i.indicator.code === 'sociale-huur-270');
    expect(homes?.years.find((y) => y.year === 2026)?.byParty.woonwaarts).toBe(36);
  });

  it('shows what a second version changes, and keeps both versions', async () => {
    const second = await filledByWoonwaarts('Vergunning pas in oktober verleend.');
    const preview = await api.previewResultsImport({ file: second });
    expect(preview.diff).toMatchObject({ againstVersion: 1, added: 0, changed: 1, removed: 0 });
    expect(preview.diff?.items[0]?.details).toEqual(['Toelichting: (leeg) → Vergunning pas in oktober verleend.']);
    const result = await api.commitResultsImport({ file: second });
    expect(result.submission.version).toBe(2);
    const versions = await api.listSubmissionVersions({ partyId: 'woonwaarts', planningYear: 2026, kind: 'results' });
    expect(versions.map((v) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    const report = await api.getAccountabilityReport({ fromYear: 2026 });
    expect(report.deviations.find((d) => d.partyId === 'woonwaarts')?.explanation).toBe('Vergunning pas in oktober verleend.');
  });

  it('matches a partner’s own results layout to what it planned by the text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Resultaten');
    sheet.addRow(['Resultaten gemeente Druten 2026']);
    sheet.addRow([]);
    sheet.addRow(['Activiteit', 'Status', 'Toelichting']);
    sheet.addRow(['Planmonitor woningbouw geactualiseerd en gedeeld met de partners', 'Afgerond', '']);
    sheet.addRow(['Nieuwjaarsreceptie voor alle huurders en bewoners', 'gerealiseerd', '']);
    const payload = { name: 'Resultaten gemeente 2026.xlsx', data: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    const preview = await api.previewResultsImport({ file: payload, partyId: 'gemeente', executionYear: 2026 });
    const [monitor, receptie] = preview.results;
    expect(monitor).toMatchObject({ planned: true, status: 'done' });
    expect(monitor?.identity).toMatch(/^gemeente:/);
    expect(receptie).toMatchObject({ planned: false });
  });

  it('keeps the werkgroep’s advice with the tussenevaluatie', async () => {
    const report = await api.setReportAdvice({ fromYear: 2025, toYear: 2026, advice: 'Versnel de nieuwbouw in Druten-Zuid.' });
    expect(report.kind).toBe('interim');
    expect((await api.getAccountabilityReport({ fromYear: 2025, toYear: 2026 })).advice).toBe('Versnel de nieuwbouw in Druten-Zuid.');
    expect((await api.getAccountabilityReport({ fromYear: 2026 })).advice).toBe('');
  });

  it('keeps every version of the advice, with who and when, and the Word document prints the latest without a fill-in prompt', async () => {
    const wordText = async (query: { fromYear: number; toYear?: number }) => {
      const file = await api.exportAccountabilityReport({ ...query, format: 'docx' });
      return norm(xmlToText(await docxPart(Buffer.from(file.data, 'base64'), 'word/document.xml')));
    };
    // Before any advice, the verantwoording says so plainly: no box to fill in.
    const before = await wordText({ fromYear: 2026 });
    expect(before).toContain('De werkgroep heeft over deze verantwoording nog geen advies aan het Bestuurlijk Overleg gegeven.');
    expect(before).not.toContain('Vul het hieronder in');

    await api.setReportAdvice({ fromYear: 2026, advice: 'Eerste opzet: vraag Woonwaarts om een herziene planning.' });
    const report = await api.setReportAdvice({ fromYear: 2026, advice: 'Vraag Woonwaarts om een herziene planning voor de nieuwbouw.\n\nAgendeer de vrije toewijzingsruimte.' });
    expect(report.advice).toBe('Vraag Woonwaarts om een herziene planning voor de nieuwbouw.\n\nAgendeer de vrije toewijzingsruimte.');
    expect(report.adviceVersions?.map((v) => [v.version, v.savedBy])).toEqual([
      [1, 'secretaris'],
      [2, 'secretaris'],
    ]);
    expect(report.adviceVersions?.[0]?.advice).toBe('Eerste opzet: vraag Woonwaarts om een herziene planning.');
    // The same text again is no new version.
    expect((await api.setReportAdvice({ fromYear: 2026, advice: ' Vraag Woonwaarts om een herziene planning voor de nieuwbouw.\n\nAgendeer de vrije toewijzingsruimte. ' })).adviceVersions).toHaveLength(2);

    const after = await wordText({ fromYear: 2026 });
    expect(after).toContain('Advies aan het Bestuurlijk Overleg');
    expect(after).toContain('Vraag Woonwaarts om een herziene planning voor de nieuwbouw.');
    expect(after).toContain('Agendeer de vrije toewijzingsruimte.');
    expect(after).toMatch(/\(versie 2 van \d+ \w+ \d{4}\)/);
    expect(after).not.toContain('Eerste opzet');
    expect(after).not.toContain('Vul het hieronder in');
    expect(after).not.toContain('nog geen advies');
    // The tussenevaluatie has its own advice.
    expect(await wordText({ fromYear: 2025, toYear: 2026 })).toContain('Versnel de nieuwbouw in Druten-Zuid.');
    // Three Word documents, each laid out to number its contents: slow on a busy machine.
  }, 180_000);

  it('exports the verantwoording and the tussenevaluatie as Word and Excel', async () => {
    const docx = await api.exportAccountabilityReport({ fromYear: 2026, format: 'docx' });
    expect(docx.name).toMatch(/\.docx$/);
    expect(Buffer.from(docx.data, 'base64').subarray(0, 2).toString()).toBe('PK');
    const xlsx = await api.exportAccountabilityReport({ fromYear: 2025, toYear: 2026, format: 'xlsx' });
    expect(xlsx.name).toMatch(/\.xlsx$/);
  });

  it('refuses a bad file and changes nothing', async () => {
    const envelope = await dispatch(api, 'commitResultsImport', { file: { name: 'resultaten.csv', data: Buffer.from('a;b\n1;2\n').toString('base64') }, partyId: 'hbd', executionYear: 2026 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'file_refused' } });
    expect((await api.getAccountabilityReport({ fromYear: 2026 })).parties.find((p) => p.id === 'hbd')?.submissions[0]?.version ?? null).toBeNull();
  });
});
