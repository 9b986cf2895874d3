// Indicators that can be behind, through the service on a real database: the
// secretary enters a start value where the agreement gives none (labels
// E/F/G) and the figures of the years before the first uitvraag where it does
// (270/180 homes from 2022), each change in the indicator log; then one year
// of figures from the corporations' results files below the straight path
// reads achter, above it op schema.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilePayload, WerkbankApi } from '../../src/service/contract';
import { dispatch } from '../../src/service/dispatch';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { pdfHas, pdfText, soffice } from '../helpers/office';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;

/** A corporation's own results file over 2025: one result, and its indicator figures by title. */
async function resultsFile(party: string, figures: [string, number][]): Promise<FilePayload> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultaten 2025');
  ws.getCell('A1').value = `Resultaten prestatieafspraken 2025 – ${party}`;
  ws.getRow(3).values = ['Afspraak', 'Activiteit', 'Stand van zaken', 'Toelichting'];
  ws.getRow(4).values = ['3 bij 3', 'Woningen met label E, F of G verbeteren', 'gerealiseerd', ''];
  const is = wb.addWorksheet('Indicatoren');
  is.getCell('A1').value = 'Succesindicatoren 2025';
  is.getRow(3).values = ['Indicator', 'Waarde 2025', 'Toelichting'];
  figures.forEach(([title, value], i) => {
    is.getRow(4 + i).values = [title, value, ''];
  });
  return { name: `${party} resultaten 2025.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
}

const progressOf = async (code: string) => {
  const report = await api.getAccountabilityReport({ fromYear: 2025 });
  const p = report.indicators.find((i) => i.indicator.code === code);
  if (!p) throw new Error(code);
  return p;
};

beforeAll(() => {
  tmp = tempDir('werkbank-indicators-');
  werkbank = openWerkbank({
    databasePath: path.join(tmp.dir, 'werkbank.sqlite'),
    changedBy: 'secretaris',
    now: () => new Date('2026-02-20T10:00:00.000Z'),
  });
  api = werkbank.api;
});

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('the start of each indicator', () => {
  it('comes from the agreement where it gives one, and may be entered where it does not', async () => {
    const inputs = await api.listIndicatorInputs();
    expect(inputs).toHaveLength(22);
    const byCode = (code: string) => inputs.find((i) => i.code === code);
    expect(byCode('sociale-huur-180')).toMatchObject({
      baseline: { year: 2021, value: 0, source: 'agreement' },
      baselineEditable: false,
      earlierYears: [2022, 2023, 2024],
      target: 'ten minste 180 woningen eind 2028',
      figures: [],
    });
    expect(byCode('energielabels-efg-0')).toMatchObject({
      baseline: null,
      baselineEditable: true,
      measure: 'stock',
      target: 'geen (0) woningen met energielabel E, F of G eind 2028',
    });
    expect(byCode('energielabels-efg-0')?.baselineText).toContain('voer de stand op 31 december 2024 in');
    expect(byCode('geclusterd-ouderen-85')).toMatchObject({ baseline: { year: 2024, value: 0, source: 'assumed' }, baselineEditable: true, earlierYears: [] });
  });
});

describe('an indicator with a baseline and one year of figures', () => {
  it('enters the start value of the labels E/F/G, recorded in the indicator log', async () => {
    const inputs = await api.setIndicatorBaseline({ code: 'energielabels-efg-0', year: 2024, value: 400, note: 'Jaarverslagen 2024 van beide corporaties' });
    expect(inputs.baseline).toEqual({ year: 2024, value: 400, source: 'entered', note: 'Jaarverslagen 2024 van beide corporaties' });
    expect(inputs.baselineText).toBe('400 woningen op 31 december 2024 (ingevoerd door het secretariaat; bron: Jaarverslagen 2024 van beide corporaties)');
    expect(await api.listIndicatorLog({ code: 'energielabels-efg-0' })).toEqual([
      {
        id: expect.any(Number),
        code: 'energielabels-efg-0',
        action: 'baseline',
        year: 2024,
        partyId: null,
        detail: 'Vertrekpunt: (geen) → 400 woningen op 31 december 2024',
        note: 'Jaarverslagen 2024 van beide corporaties',
        changedAt: '2026-02-20T10:00:00.000Z',
        changedBy: 'secretaris',
      },
    ]);
    // Before any figure: no chart, nothing to judge; the start is named.
    const before = await progressOf('energielabels-efg-0');
    expect(before.status).toBe('unknown');
    expect(before.latest).toBeNull();
    expect(before.baseline).toMatchObject({ year: 2024, value: 400, source: 'entered' });
  });

  it('refuses what would make the figures wrong, with a Dutch message, and changes nothing', async () => {
    const refused = async (method: 'setIndicatorBaseline' | 'setIndicatorFigure', arg: object) => {
      const envelope = await dispatch(api, method, arg);
      expect(envelope.ok).toBe(false);
      return envelope.ok ? null : envelope.error;
    };
    expect(await refused('setIndicatorBaseline', { code: 'sociale-huur-180', year: 2024, value: 40, note: 'x' })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('De prestatieafspraken geven het vertrekpunt van “Toevoeging sociale huurwoningen tot en met 2028” al: 0 woningen op 31 december 2021'),
    });
    expect(await refused('setIndicatorBaseline', { code: 'energielabels-efg-0', year: 2025, value: 300, note: 'x' })).toMatchObject({ code: 'invalid_input' });
    expect(await refused('setIndicatorBaseline', { code: 'energielabels-efg-0', year: 2024, value: 300, note: ' ' })).toMatchObject({
      message: 'Zeg waar het cijfer vandaan komt (de bron); die komt in het logboek.',
    });
    expect(await refused('setIndicatorBaseline', { code: 'vrije-toewijzing-15x', year: 2024, value: 3, note: 'x' })).toMatchObject({ code: 'not_found' });
    expect(await refused('setIndicatorFigure', { code: 'sociale-huur-180', year: 2025, partyId: null, value: 40, note: 'x' })).toMatchObject({
      message: expect.stringContaining('Over 2025 vraagt de uitvraag de partijen zelf'),
    });
    expect(await refused('setIndicatorFigure', { code: 'sociale-huur-180', year: 2023, partyId: 'gemeente', value: 4, note: 'x' })).toMatchObject({
      message: expect.stringContaining('Gemeente rapporteert niet over'),
    });
    expect(await refused('setIndicatorFigure', { code: 'vrije-toewijzing-15', year: 2024, partyId: 'woonwaarts', value: 140, note: 'x' })).toMatchObject({
      message: 'Een percentage ligt tussen 0 en 100, niet 140.',
    });
    expect(await api.listIndicatorLog({})).toHaveLength(1);
  });

  it('reads achter with one year of figures above the straight path from 400 to 0, and op schema below it', async () => {
    await api.commitResultsImport({ file: await resultsFile('Woonwaarts', [['Geen woningen met energielabel E, F of G', 280]]), partyId: 'woonwaarts', executionYear: 2025 });
    await api.commitResultsImport({ file: await resultsFile('De Kernen', [['Geen woningen met energielabel E, F of G', 40]]), partyId: 'de-kernen', executionYear: 2025 });
    const behind = await progressOf('energielabels-efg-0');
    expect(behind.years.find((y) => y.year === 2025)).toMatchObject({ total: 320, path: 300 });
    expect(behind.status).toBe('behind');
    expect(behind.message).toContain('volgens de rechte lijn van 400 (eind 2024) naar 0 (eind 2028) hadden het er eind 2025 ten hoogste 300 mogen zijn: 20 woningen achter op de rechte lijn.');
    expect(behind.combination).toBe('Woonwaarts en De Kernen melden elk hun eigen stand op 31 december; de standen zijn opgeteld.');

    // A corrected start value (the stock was higher) puts the same year on schedule; both changes are in the log.
    await api.setIndicatorBaseline({ code: 'energielabels-efg-0', year: 2024, value: 440, note: 'Correctie De Kernen: 40 sloopwoningen meegeteld' });
    const onTrack = await progressOf('energielabels-efg-0');
    expect(onTrack.years.find((y) => y.year === 2025)?.path).toBe(330);
    expect(onTrack.status).toBe('on-track');
    expect((await api.listIndicatorLog({ code: 'energielabels-efg-0' })).map((e) => e.detail)).toEqual([
      'Vertrekpunt: 400 woningen op 31 december 2024 → 440 woningen op 31 december 2024',
      'Vertrekpunt: (geen) → 400 woningen op 31 december 2024',
    ]);
  });

  it('counts a running total only with the years before the first uitvraag entered: not 0, but unknown until then', async () => {
    await api.commitResultsImport({
      file: await resultsFile('Woonwaarts', [['Geen woningen met energielabel E, F of G', 280], ['Toevoeging sociale huurwoningen tot en met 2028', 50]]),
      partyId: 'woonwaarts',
      executionYear: 2025,
    });
    const unknown = await progressOf('sociale-huur-180');
    expect(unknown.status).toBe('unknown');
    expect(unknown.latest).toEqual({ year: 2025, value: 50, missing: [2022, 2023, 2024] });
    expect(unknown.message).toContain('over 2022–2024, vóór de eerste uitvraag, zijn nog geen cijfers ingevoerd');

    await api.setIndicatorFigure({ code: 'sociale-huur-180', year: 2022, partyId: null, value: 8, note: 'Woondeal-monitor 2024' });
    await api.setIndicatorFigure({ code: 'sociale-huur-180', year: 2023, partyId: 'woonwaarts', value: 14, note: 'Woondeal-monitor 2024' });
    const inputs = await api.setIndicatorFigure({ code: 'sociale-huur-180', year: 2024, partyId: null, value: 10, note: 'Woondeal-monitor 2024' });
    expect(inputs.figures.map((f) => [f.year, f.partyId, f.value])).toEqual([
      [2022, null, 8],
      [2023, 'woonwaarts', 14],
      [2024, null, 10],
    ]);
    // A joint figure beside a party's own in one year would count twice.
    expect(await dispatch(api, 'setIndicatorFigure', { code: 'sociale-huur-180', year: 2023, partyId: null, value: 18, note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Voor 2023 staan al cijfers per partij; verwijder die eerst, of voer het cijfer per partij in.' },
    });
    await api.setIndicatorFigure({ code: 'sociale-huur-180', year: 2023, partyId: 'de-kernen', value: 4, note: 'Woondeal-monitor 2024' });

    // 8 + 18 + 10 + 50 = 86 by the end of 2025, against 102,9 on the straight line from 0 at the start of 2022.
    const behind = await progressOf('sociale-huur-180');
    expect(behind.years.filter((y) => y.year <= 2025).map((y) => [y.year, y.total, y.cumulative, y.entered])).toEqual([
      [2022, 8, 8, true],
      [2023, 18, 26, true],
      [2024, 10, 36, true],
      [2025, 50, 86, false],
    ]);
    expect(behind.status).toBe('behind');
    expect(behind.message).toContain('86 van 180 woningen (48%) eind 2025; volgens de rechte lijn hadden het er eind 2025 103 moeten zijn: 17 woningen achter op de rechte lijn.');
    expect(behind.message).toContain('De cijfers over 2022–2024 zijn ingevoerd door het secretariaat.');
    expect(behind.message).toContain('De Kernen heeft over 2025 geen cijfer opgegeven');

    // Removing a figure is logged too, with the source given.
    await api.setIndicatorFigure({ code: 'sociale-huur-180', year: 2022, partyId: null, value: null, note: 'Dubbel met de Woondeal-monitor' });
    const log = await api.listIndicatorLog({ code: 'sociale-huur-180' });
    expect(log[0]).toMatchObject({ action: 'figure-removed', year: 2022, partyId: null, detail: 'Cijfer 2022 (alle partijen samen): 8 woningen → verwijderd', note: 'Dubbel met de Woondeal-monitor' });
    expect(log.map((e) => e.action)).toEqual(['figure-removed', 'figure', 'figure', 'figure', 'figure']);
    expect((await progressOf('sociale-huur-180')).status).toBe('unknown');
  });
});

describe('the verantwoording 2025 in Word, early in the cycle', () => {
  const OUTPUT = path.join(__dirname, '../../test-output/indicators');

  it('shows the indicators with figures against their line, and the others in one table, read back by LibreOffice', async () => {
    const file = await api.exportAccountabilityReport({ fromYear: 2025, format: 'docx' });
    const dir = path.join(tmp.dir, 'word');
    fs.mkdirSync(dir, { recursive: true });
    const docx = path.join(dir, file.name);
    fs.writeFileSync(docx, Buffer.from(file.data, 'base64'));
    soffice(['--convert-to', 'pdf', '--outdir', dir, docx], tmp.dir);
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const text = pdfText(pdf);
    const report = await api.getAccountabilityReport({ fromYear: 2025 });
    const silent = report.indicators.filter((p) => p.latest === null);
    expect(silent.length).toBeGreaterThan(15);
    expect(text).toContain(`Nog geen cijfers (${silent.length})`);
    expect(pdfHas(text, 'Doel: geen (0) woningen met energielabel E, F of G eind 2028')).toBe(true);
    expect(pdfHas(text, 'Vertrekpunt: 440 woningen op 31 december 2024 (ingevoerd door het secretariaat')).toBe(true);
    expect(pdfHas(text, 'Zo opgeteld: Woonwaarts en De Kernen melden elk hun eigen stand op 31 december; de standen zijn opgeteld.')).toBe(true);
    expect(text).not.toMatch(/ten minste 0 woning/);
    // The pages of the indicator chapter, to look at: from its heading to the steering chapter.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
    let first = 0;
    let last = 0;
    for (let n = 3; n <= pages; n++) {
      const t = pageText(n);
      if (!first && /^Indicatoren$/m.test(t)) first = n;
      if (first && !last && /Waar bijsturing nodig is/.test(t)) last = n - 1;
    }
    expect(first).toBeGreaterThan(0);
    // Three indicators with figures and a table of the rest: a few pages, not one per indicator.
    expect(last - first + 1).toBeLessThanOrEqual(5);
    fs.mkdirSync(OUTPUT, { recursive: true });
    for (const f of fs.readdirSync(OUTPUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUTPUT, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), pdf, path.join(OUTPUT, 'verantwoording-2025-indicatoren')], { timeout: 60_000 });
  }, 180_000);
});
