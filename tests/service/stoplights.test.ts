// One stoplight, one meaning (issue 10), through the service on a real
// database: on 10 January 2027 the results round over 2026 is half-way.
// The five activiteitenoverzichten made the definitive gezamenlijk overzicht
// 2026; Woonwaarts returned our uitvraag and De Kernen its own layout; the
// Gemeente, HBD and the Bewonersraad have until 28 February. No theme or party
// may be red because of their missing answers, and the verantwoording in Word
// and Excel, read back by LibreOffice, says who has not answered yet, with no
// red for what is missing. The first pages go to test-output/stoplights/ as
// pictures to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVIATION_STATUSES, lightLabel, lightText, responseSentences, stoplightLegend } from '../../src/domain/stoplight';
import type { AccountabilityReport, StatusSummary } from '../../src/domain/accountability';
import { RESULT_STATUSES } from '../../src/domain/results';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { ACTIVITIES_2026, CYCLE_YEAR } from '../fixtures/results-cycle';
import { DE_KERNEN_RESULTS_FILE, WOONWAARTS_FILLING, deKernenResultsWorkbook, fillResultsWorkbook } from '../fixtures/results-workbooks';
import { docxPart, parseCsv, pdfHas, pdfText, soffice, xmlToText } from '../helpers/office';
import { loadWorkbook } from '../helpers/sheet-rows';
import { tempDir } from '../helpers/tmp';

const OUTPUT = path.join(__dirname, '../../test-output/stoplights');
/** 10 January 2027, mid-morning in Druten: the results over 2026 are due by 28 February. */
const TODAY = new Date(2027, 0, 10, 10, 0, 0);
const SILENT = ['gemeente', 'hbd', 'bewonersraad'];
const SILENT_NAMES = 'Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen';
/** Red, in any of the shades the documents use: the light, the deviations, the signal. */
const REDS = ['F4C7BC', '8A1F0A', 'FCE9E1', '9C2A00', 'F4D3CA', 'F0C0B4'];

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
let report: AccountabilityReport;
const files: Record<'docx' | 'xlsx', string> = { docx: '', xlsx: '' };
let wordText = '';
let wordXml = '';
const csv = new Map<string, string[][]>();

const payload = (name: string, bytes: Buffer): FilePayload => ({ name, data: bytes.toString('base64') });

beforeAll(async () => {
  tmp = tempDir('werkbank-stoplights-');
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => TODAY });
  api = werkbank.api;
  for (const file of ACTIVITIES_2026) {
    await api.commitImport({ file: payload(file.name, await file.build()), partyId: file.partyId, planningYear: CYCLE_YEAR });
  }
  // The secretary confirms the links the Werkbank proposed, then freezes the overzicht.
  const { open } = await api.confirmOpenLinks({ planningYear: CYCLE_YEAR });
  if (open.length > 0) throw new Error(`nog open koppelingen: ${JSON.stringify(open)}`);
  await api.saveBundleVersion({ planningYear: CYCLE_YEAR, final: true });
  const requests = await api.makeResultsRequests({ executionYear: CYCLE_YEAR });
  const woonwaarts = requests.find((f) => f.name === 'Uitvraag resultaten 2026 - Woonwaarts.xlsx');
  if (!woonwaarts) throw new Error('geen uitvraag voor Woonwaarts');
  const filled = await fillResultsWorkbook(Buffer.from(woonwaarts.data, 'base64'), WOONWAARTS_FILLING);
  await api.commitResultsImport({ file: payload('Uitvraag resultaten 2026 - Woonwaarts (ingevuld).xlsx', filled) });
  await api.commitResultsImport({
    file: payload(DE_KERNEN_RESULTS_FILE, await deKernenResultsWorkbook()),
    statusChoices: [{ text: 'niet gerealiseerd', status: 'not-started' }],
  });
  report = await api.getAccountabilityReport({ fromYear: CYCLE_YEAR });

  const dir = path.join(tmp.dir, 'documenten');
  const csvDir = path.join(tmp.dir, 'csv');
  fs.mkdirSync(dir);
  for (const format of ['docx', 'xlsx'] as const) {
    const exported = await api.exportAccountabilityReport({ fromYear: CYCLE_YEAR, format });
    files[format] = path.join(dir, exported.name);
    fs.writeFileSync(files[format], Buffer.from(exported.data, 'base64'));
  }
  soffice(['--convert-to', 'pdf', '--outdir', dir, files.docx], tmp.dir);
  // Every sheet as its own CSV file (the last token, -1, asks for all sheets): "<name>-<sheet>.csv".
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', csvDir, files.xlsx], tmp.dir);
  const pdf = files.docx.replace(/\.docx$/, '.pdf');
  wordText = pdfText(pdf);
  wordXml = await docxPart(fs.readFileSync(files.docx), 'word/document.xml');
  const base = path.basename(files.xlsx).replace(/\.xlsx$/, '');
  for (const f of fs.readdirSync(csvDir)) csv.set(f.slice(base.length + 1).replace(/\.csv$/, ''), parseCsv(fs.readFileSync(path.join(csvDir, f), 'utf8')));

  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const f of fs.readdirSync(OUTPUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUTPUT, f));
  fs.copyFileSync(pdf, path.join(OUTPUT, 'verantwoording.pdf'));
  fs.copyFileSync(files.xlsx, path.join(OUTPUT, 'verantwoording.xlsx'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '6', pdf, path.join(OUTPUT, 'verantwoording')], { timeout: 60_000 });
  const appendix = lastPageWith(pdf, 'Bijlage: resultaten per partij');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(appendix), '-l', String(appendix + 1), pdf, path.join(OUTPUT, 'verantwoording-bijlage')], { timeout: 60_000 });
}, 300_000);

afterAll(() => {
  werkbank?.close();
  tmp?.cleanup();
});

function lastPageWith(pdfFile: string, text: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1] ?? 0);
  let found = 1;
  for (let page = 1; page <= pages; page++) {
    if (execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdfFile, '-'], { encoding: 'utf8' }).includes(text)) found = page;
  }
  return found;
}

/** The table cells of the Word document whose text holds this, with their shading and run colours. */
function cellsWith(text: string): { text: string; fills: string[]; colors: string[] }[] {
  const cells = wordXml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
  return cells
    .map((xml) => ({
      text: xmlToText(xml).replace(/\s+/g, ' ').trim(),
      fills: [...xml.matchAll(/w:fill="([0-9A-Fa-f]{6})"/g)].map((m) => (m[1] as string).toUpperCase()),
      colors: [...xml.matchAll(/<w:color w:val="([0-9A-Fa-f]{6})"/g)].map((m) => (m[1] as string).toUpperCase()),
    }))
    .filter((c) => c.text.includes(text));
}

const answeredOf = (s: StatusSummary) => RESULT_STATUSES.reduce((n, k) => n + s.counts[k], 0);

describe('before the deadline, with two of five parties answered', () => {
  it('knows the day, the deadline and who answered', () => {
    expect(report.today).toBe('2027-01-10');
    expect(report.responses).toEqual([
      expect.objectContaining({ year: 2026, deadline: '2027-02-28', awaited: true, answeredParties: ['woonwaarts', 'de-kernen'], silentParties: SILENT }),
    ]);
    const r = report.responses[0];
    expect(r?.answered).toBeGreaterThan(0);
    expect(r?.answered).toBeLessThan(r?.planned ?? 0);
  });

  it('colours no theme or party red because of missing answers; the silent parties stand on ‘nog niet binnen’', () => {
    const summaries: [string, StatusSummary][] = [
      ...report.themes.map((t): [string, StatusSummary] => [t.title, t.summary]),
      ...report.byParty.map((p): [string, StatusSummary] => [p.partyId, p.summary]),
      ['totaal', report.overall.summary],
    ];
    for (const [what, s] of summaries) {
      const bad = DEVIATION_STATUSES.reduce((n, k) => n + s.counts[k], 0);
      // Red only where a third or more of the answers deviate.
      if (s.light === 'red') expect(bad * 3, what).toBeGreaterThanOrEqual(answeredOf(s));
      if (answeredOf(s) === 0 && s.counts.unanswered > 0) expect(s.light, what).toBe('open');
      expect(s.awaited, what).toBe(s.counts.unanswered);
    }
    // Themes with more than half of their planned work unanswered (red by the old rule) are judged on what came in.
    const mostlyOpen = report.themes.filter((t) => t.summary.counts.unanswered * 2 >= answeredOf(t.summary) + t.summary.counts.unanswered && answeredOf(t.summary) > 0);
    expect(mostlyOpen.length).toBeGreaterThan(0);
    for (const id of SILENT) {
      const s = report.byParty.find((p) => p.partyId === id)?.summary as StatusSummary;
      expect(s.counts.unanswered, id).toBeGreaterThan(0);
      expect(lightText(s), id).toBe('○ Nog niet binnen');
    }
    expect(report.notes).toContain(
      `${SILENT_NAMES} hebben over 2026 nog geen resultaten aangeleverd; de termijn loopt tot 28 februari 2027. ` +
        "Tot dan staan hun geplande activiteiten op 'nog niet binnen' en tellen ze niet mee in de stoplichten.",
    );
  });

  it('the Word document says who has not answered yet, with the legend, and has no red for what is missing', () => {
    for (const sentence of [...responseSentences(report), stoplightLegend(report.responses), ...report.notes]) expect(pdfHas(wordText, sentence), sentence).toBe(true);
    expect(pdfHas(wordText, `Nog niet binnen (termijn tot 28 februari 2027): ${SILENT_NAMES}.`)).toBe(true);
    expect(pdfHas(wordText, 'Stand per partij')).toBe(true);
    // The lights of the silent parties and every unanswered activity: the neutral look, no red anywhere in the cell.
    const lights = cellsWith('○ Nog niet binnen');
    expect(lights.length).toBeGreaterThanOrEqual(SILENT.length);
    const unanswered = cellsWith('nog niet binnen');
    const missing = report.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.missing)));
    expect(unanswered.length).toBeGreaterThanOrEqual(missing.length);
    for (const cell of [...lights, ...unanswered]) {
      for (const red of REDS) {
        expect(cell.fills, cell.text).not.toContain(red);
        expect(cell.colors, cell.text).not.toContain(red);
      }
    }
    expect(cellsWith('termijn tot 28 februari 2027').length).toBeGreaterThan(0);
    // Before the deadline no table calls anything "geen antwoord" (only the legend says what comes after it).
    expect((wordXml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).filter((xml) => xmlToText(xml).toLowerCase().includes('geen antwoord'))).toEqual([]);
  });

  it('the Excel workbook says the same, read back by LibreOffice, and fills what is missing neutrally', async () => {
    const summary = (csv.get('Samenvatting') ?? []).map((row) => row.join(' | ')).join('\n');
    expect(pdfHas(summary, responseSentences(report)[0] as string)).toBe(true);
    expect(summary).toContain(stoplightLegend(report.responses));
    const parties = csv.get('Per partij') ?? [];
    const header = parties[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(col('Resultaten 2026')).toBeGreaterThanOrEqual(0);
    for (const id of SILENT) {
      const name = report.parties.find((p) => p.id === id)?.name as string;
      const row = parties.find((r) => r[0] === name) ?? [];
      expect(row[col('Resultaten 2026')], name).toBe('nog niet binnen (termijn tot 28 februari 2027)');
      expect(row[col('Stoplicht')], name).toBe('○ Nog niet binnen');
    }
    const results = csv.get('Resultaten') ?? [];
    const status = (results[0] ?? []).indexOf('Status');
    const open = results.slice(1).filter((r) => r[status] === 'nog niet binnen (termijn tot 28 februari 2027)');
    expect(open.length).toBeGreaterThan(0);
    expect(results.slice(1).some((r) => r[status] === 'geen antwoord')).toBe(false);

    // The cells themselves: the neutral fill, never the red signal.
    const workbook = await loadWorkbook(fs.readFileSync(files.xlsx));
    const sheet = workbook.getWorksheet('Resultaten');
    let checked = 0;
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(status + 1);
      if (!String(cell.value ?? '').startsWith('nog niet binnen')) return;
      const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? '';
      for (const red of REDS) expect(fill.toUpperCase()).not.toContain(red);
      expect(cell.font?.color?.argb?.toUpperCase() ?? '').not.toContain('9C2A00');
      checked++;
    });
    expect(checked).toBe(open.length);
    const perParty = workbook.getWorksheet('Per partij');
    perParty?.eachRow((row, n) => {
      if (n === 1 || !SILENT.some((id) => report.parties.find((p) => p.id === id)?.name === String(row.getCell(1).value))) return;
      const fill = (row.getCell(2).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? '';
      for (const red of REDS) expect(fill.toUpperCase(), String(row.getCell(1).value)).not.toContain(red);
    });
  });

  it('after the deadline the same answers keep their lights, and what is missing reads ‘geen antwoord’', async () => {
    const later = openWerkbank({ databasePath: werkbank.databasePath, changedBy: 'secretaris', now: () => new Date(2027, 2, 1, 10, 0, 0) });
    try {
      const after = await later.api.getAccountabilityReport({ fromYear: CYCLE_YEAR });
      expect(after.responses[0]).toMatchObject({ awaited: false, silentParties: SILENT });
      expect(after.themes.map((t) => t.summary.light)).toEqual(report.themes.map((t) => t.summary.light));
      expect(after.byParty.map((p) => p.summary.light)).toEqual(report.byParty.map((p) => p.summary.light));
      expect(lightLabel(after.byParty.find((p) => p.partyId === 'gemeente')?.summary as StatusSummary)).toBe('Geen antwoord');
      expect(responseSentences(after)[0]).toContain(`Geen antwoord (termijn was 28 februari 2027): ${SILENT_NAMES}.`);
    } finally {
      later.close();
    }
  });
});
