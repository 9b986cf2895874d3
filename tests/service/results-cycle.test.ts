// The secretary's results round over 2026, through the service on a real
// database: five activiteitenoverzichten make the definitive gezamenlijk
// overzicht; the results uitvraag goes out; Woonwaarts returns our workbook,
// De Kernen, the gemeente and HBD their own layouts, the Bewonersraad nothing.
// Then the verantwoording 2026 and the tussenevaluatie 2025–2026, in Word and
// Excel, read back by LibreOffice.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountabilityReport } from '../../src/domain/accountability';
import type { FilePayload, ResultsPreview, WerkbankApi } from '../../src/service/contract';
import { openWerkbank, type Werkbank } from '../../src/service/index';
import { ACTIVITIES_2026, CYCLE_YEAR, DE_KERNEN_2025_FILE, WOONWAARTS_2025_FILE, deKernenResults2025, woonwaartsResults2025 } from '../fixtures/results-cycle';
import {
  DE_KERNEN_RESULTS_FILE,
  GEMEENTE_RESULTS_FILE,
  HBD_RESULTS_FILE,
  WOONWAARTS_FILLING,
  deKernenResultsWorkbook,
  fillResultsWorkbook,
  gemeenteResultsWorkbook,
  hbdResultsWorkbook,
} from '../fixtures/results-workbooks';
import { pdfHas, pdfText, soffice } from '../helpers/office';
import { loadWorkbook } from '../helpers/sheet-rows';
import { tempDir } from '../helpers/tmp';

const OUTPUT = path.join(__dirname, '../../test-output/cycle');
const WOONWAARTS_RESULTS_FILE = 'Uitvraag resultaten 2026 - Woonwaarts (ingevuld).xlsx';

let tmp: ReturnType<typeof tempDir>;
let werkbank: Werkbank;
let api: WerkbankApi;
/** The files as they came back, by file name. */
const returned = new Map<string, FilePayload>();
const previews = new Map<string, ResultsPreview>();
let report: AccountabilityReport;

const payload = (name: string, bytes: Buffer): FilePayload => ({ name, data: bytes.toString('base64') });

function preview(name: string): ResultsPreview {
  const p = previews.get(name);
  if (!p) throw new Error(`geen voorbeeld van ${name}`);
  return p;
}

/** What a row of the preview answers: the planned activity's text, or "ongepland". */
async function plannedTextOf(identity: string): Promise<string> {
  const bundle = await api.getJointOverview({ planningYear: CYCLE_YEAR });
  const all = [...bundle.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements.flatMap((a) => a.activities))), ...bundle.unlinked];
  return all.find((a) => a.identity === identity)?.activity ?? 'ongepland';
}

beforeAll(async () => {
  tmp = tempDir('werkbank-cycle-');
  // The verantwoording is made after the results deadline of 28 February 2027 (stoplights.test.ts has the round before it).
  werkbank = openWerkbank({ databasePath: path.join(tmp.dir, 'werkbank.sqlite'), changedBy: 'secretaris', now: () => new Date(2027, 2, 10, 10, 0, 0) });
  api = werkbank.api;
  for (const file of ACTIVITIES_2026) {
    await api.commitImport({ file: payload(file.name, await file.build()), partyId: file.partyId, planningYear: CYCLE_YEAR });
  }
  // The secretary confirms the links the Werkbank proposed (none are left to choose), then freezes.
  const { open } = await api.confirmOpenLinks({ planningYear: CYCLE_YEAR });
  if (open.length > 0) throw new Error(`nog open koppelingen: ${JSON.stringify(open)}`);
  await api.saveBundleVersion({ planningYear: CYCLE_YEAR, final: true });
  const requests = await api.makeResultsRequests({ executionYear: CYCLE_YEAR });
  const woonwaarts = requests.find((f) => f.name === 'Uitvraag resultaten 2026 - Woonwaarts.xlsx');
  if (!woonwaarts) throw new Error('geen uitvraag voor Woonwaarts');
  const filled = await fillResultsWorkbook(Buffer.from(woonwaarts.data, 'base64'), WOONWAARTS_FILLING);
  returned.set(WOONWAARTS_RESULTS_FILE, payload(WOONWAARTS_RESULTS_FILE, filled));
  returned.set(DE_KERNEN_RESULTS_FILE, payload(DE_KERNEN_RESULTS_FILE, await deKernenResultsWorkbook()));
  returned.set(GEMEENTE_RESULTS_FILE, payload(GEMEENTE_RESULTS_FILE, await gemeenteResultsWorkbook()));
  returned.set(HBD_RESULTS_FILE, payload(HBD_RESULTS_FILE, await hbdResultsWorkbook()));
  for (const [name, file] of returned) previews.set(name, await api.previewResultsImport({ file }));
}, 60_000);

afterAll(() => {
  werkbank.close();
  tmp.cleanup();
});

describe('the results that come back', () => {
  it('are recognised: party and year from our workbook, or from the title and file name of a partner’s own', () => {
    expect(preview(WOONWAARTS_RESULTS_FILE)).toMatchObject({ ours: true, party: { id: 'woonwaarts' }, executionYear: { value: 2026 }, canCommit: true });
    expect(preview(DE_KERNEN_RESULTS_FILE)).toMatchObject({ ours: false, party: { id: 'de-kernen' }, executionYear: { value: 2026 }, canCommit: true });
    expect(preview(GEMEENTE_RESULTS_FILE)).toMatchObject({ party: { id: 'gemeente' }, executionYear: { value: 2026 }, canCommit: true });
    expect(preview(HBD_RESULTS_FILE)).toMatchObject({ party: { id: 'hbd' }, executionYear: { value: 2026 }, canCommit: true });
  });

  it('pair each row of De Kernen’s own layout with the activity it planned, though retyped', async () => {
    const pairs = preview(DE_KERNEN_RESULTS_FILE).results.map((r) => [r.activity, r.plannedActivity ?? 'ongepland']);
    expect(await Promise.all(preview(DE_KERNEN_RESULTS_FILE).results.filter((r) => r.planned).map((r) => plannedTextOf(r.identity)))).toEqual(
      pairs.filter(([, planned]) => planned !== 'ongepland').map(([, planned]) => planned),
    );
    expect(pairs).toEqual([
      ['Oplevering 6 sociale huurwoningen Kerkstraat Horssen', 'Oplevering van 6 sociale huurwoningen aan de Kerkstraat in Horssen'],
      ['Start bouw 27 sociale huurwoningen Altforst', 'Start bouw van 27 sociale huurwoningen in Altforst'],
      ['Verkenning geclusterd wonen voor ouderen in Deest', 'Verkenning geclusterd wonen voor ouderen in Deest, samen met een zorgaanbieder'],
      ['Hybride warmtepomp bij vervanging cv-ketel', 'Bij vervanging van de cv-ketel een hybride warmtepomp plaatsen'],
      ['Pluspakketten voor huurders', 'Pluspakketten aanbieden aan huurders voor meer wooncomfort'],
      ['Energielabels E, F, G verbeteren', 'Woningen met energielabel E, F of G verbeteren naar label B'],
      ['Noodopvang twee gezinnen na brand in Altforst', 'ongepland'],
    ]);
  });

  it('pair HBD’s rows without afspraak numbers by their text, under the afspraak of the gezamenlijk overzicht', async () => {
    const rows = preview(HBD_RESULTS_FILE).results;
    const wijkschouw = rows.find((r) => r.activity.startsWith('Wijkschouw Deest'));
    expect(wijkschouw).toMatchObject({ planned: true, reference: '5.1 bij 2 (1)', status: 'done' });
    expect(await plannedTextOf(wijkschouw?.identity ?? '')).toBe('Wijkschouw in Deest, samen met de gemeente en Woonwaarts');
    expect(rows.map((r) => r.planned)).toEqual([true, true, true, false]);
    expect(preview(HBD_RESULTS_FILE).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/rij 5, kolom B: deze regel heeft geen status/));
  });

  it('keep the gemeente’s own “Gepland? nee” as work that was not planned, and show what is planned but unanswered', () => {
    const p = preview(GEMEENTE_RESULTS_FILE);
    expect(p.results.map((r) => [r.activity, r.planned, r.matchedBy])).toEqual([
      ['Planmonitor delen met de partners', true, 'text'],
      ['Bijdrage verhuiscoach Woonwaarts', true, 'text'],
      ['Sessie wonen en zorg met alle partijen', true, 'text'],
      ['Woonbeurs voor starters', false, null],
    ]);
    const answered = new Set(p.results.map((r) => r.identity));
    expect(p.unansweredPlanned).toEqual(p.plannedActivities.filter((a) => !answered.has(a.identity)));
    expect(p.plannedActivities.filter((a) => !answered.has(a.identity)).map((a) => [a.reference, a.activity])).toEqual([
      ['5.2 bij 1 (2)', "Overlegtafel 'Leefbaarheid' viermaal per jaar met corporaties, huurdersorganisaties en wijkagenten"],
    ]);
  });

  it('let the secretary pair a row otherwise, and keep that pairing for the next version of the file', async () => {
    const file = returned.get(HBD_RESULTS_FILE) as FilePayload;
    const byText = preview(HBD_RESULTS_FILE);
    const evening = byText.results.find((r) => r.activity === 'Huurdersavond energiekosten');
    expect(evening).toMatchObject({ planned: true, matchedBy: 'text', plannedActivity: 'Huurdersavond over de energiekosten en de huurverhoging' });
    const meeting = byText.results.find((r) => r.activity === 'Bewonersbijeenkomst Puiflijk');
    // HBD's evening was a different one; the bijeenkomst in Puiflijk is what answers the planned evening.
    const pairings = [
      { position: evening?.position as number, identity: null },
      { position: meeting?.position as number, identity: evening?.identity as string },
    ];
    const chosen = await api.previewResultsImport({ file, pairings });
    expect(chosen.results.find((r) => r.activity === 'Huurdersavond energiekosten')).toMatchObject({ planned: false, matchedBy: null });
    expect(chosen.results.find((r) => r.activity === 'Bewonersbijeenkomst Puiflijk')).toMatchObject({ planned: true, matchedBy: 'choice', identity: evening?.identity });
    await expect(api.previewResultsImport({ file, pairings: [{ position: 1, identity: 'hbd:text:bestaat niet' }] })).rejects.toThrow('staat niet in het definitieve overzicht');
    // Remembered as committed: the next version of the file pairs its rows the same way.
    await api.commitResultsImport({ file, pairings });
    const again = await api.previewResultsImport({ file });
    expect(again.alreadyImported?.version).toBe(1);
    expect(again.results.find((r) => r.activity === 'Bewonersbijeenkomst Puiflijk')).toMatchObject({ planned: true, matchedBy: 'earlier' });
    expect(again.results.find((r) => r.activity === 'Huurdersavond energiekosten')).toMatchObject({ planned: false });
  });

  it('are not taken for next year’s planning when dropped on the activities import', async () => {
    const asActivities = await api.previewImport({ file: returned.get(HBD_RESULTS_FILE) as FilePayload });
    expect(asActivities.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'looks-like-results', message: expect.stringContaining('dit lijkt een resultatenoverzicht') }),
    );
  });

  it('list a status the Werkbank does not know, and read it as the secretary chooses', async () => {
    expect(preview(DE_KERNEN_RESULTS_FILE).unknownStatuses).toEqual([{ text: 'niet gerealiseerd', rows: [12], chosen: null }]);
    const chosen = await api.previewResultsImport({ file: returned.get(DE_KERNEN_RESULTS_FILE) as FilePayload, statusChoices: [{ text: 'niet gerealiseerd', status: 'not-started' }] });
    expect(chosen.results.find((r) => r.rowNumber === 12)).toMatchObject({ status: 'not-started', statusText: 'niet gerealiseerd', explanation: 'Capaciteit aannemer' });
    expect(chosen.problems.map((p) => p.message)).toContain(
      `${DE_KERNEN_RESULTS_FILE}, blad "Resultaten 2026", rij 12, kolom C: de status "niet gerealiseerd" is op uw keuze gelezen als ‘niet gestart’.`,
    );
    expect(chosen.unknownStatuses).toEqual([{ text: 'niet gerealiseerd', rows: [12], chosen: 'not-started' }]);
  });

  it('name the deviation without its required toelichting, by sheet, row and column', () => {
    const messages = preview(DE_KERNEN_RESULTS_FILE).problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('blad "Resultaten 2026", rij 7, kolom E: status ‘vertraagd’ vraagt een toelichting'));
    expect(preview(WOONWAARTS_RESULTS_FILE).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/rij \d+, kolom [A-Z]: status ‘vertraagd’ vraagt een toelichting/));
  });
});

describe('the verantwoording 2026', () => {
  beforeAll(async () => {
    for (const [name, file] of returned) {
      const statusChoices = name === DE_KERNEN_RESULTS_FILE ? [{ text: 'niet gerealiseerd', status: 'not-started' as const }] : [];
      await api.commitResultsImport({ file, statusChoices });
    }
    report = await api.getAccountabilityReport({ fromYear: CYCLE_YEAR });
  }, 60_000);

  it('keeps the results round per party: uitvraag made, answer in, and who is late after February', async () => {
    const march = await api.getSubmissionStatus({ date: '2027-03-02', kind: 'results' });
    const cell = (partyId: string) => march.cells.find((c) => c.partyId === partyId && c.planningYear === CYCLE_YEAR);
    expect(cell('hbd')).toMatchObject({ deadline: '2027-02-28', overdue: false, current: { version: 1, kind: 'results' } });
    expect(cell('hbd')?.requestMadeAt).not.toBeNull();
    expect(cell('bewonersraad')).toMatchObject({ current: null, overdue: true });
    const february = await api.getSubmissionStatus({ date: '2027-02-15', kind: 'results' });
    expect(february.cells.find((c) => c.partyId === 'bewonersraad' && c.planningYear === CYCLE_YEAR)?.overdue).toBe(false);
    // 2028 is a leap year: the results over 2027 are due on 29 February.
    expect(march.cells.find((c) => c.planningYear === 2027)?.deadline).toBe('2028-02-29');
  });

  it('knows who answered, in which version, and that the Bewonersraad did not', () => {
    const answered = report.parties.map((p) => [p.id, p.submissions.find((s) => s.year === CYCLE_YEAR)?.version ?? null]);
    expect(answered).toEqual(
      expect.arrayContaining([
        ['woonwaarts', 1],
        ['de-kernen', 1],
        ['gemeente', 1],
        ['hbd', 1],
        ['bewonersraad', null],
      ]),
    );
    expect(report.notes).toContainEqual(expect.stringContaining('Bewonersraad'));
  });

  it('tells per afspraak what the partners planned and did, for the Afspraken page', async () => {
    const deKernen = report.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements)).find((a) => a.reference === '1.1 bij 1 (2)');
    const work = await api.getAgreementWork({ agreementId: deKernen?.id as number });
    expect(work.map((y) => y.year)).toEqual([2026]);
    expect(work[0]?.rows.map((r) => [r.partyId, r.activity, r.result?.status ?? null])).toEqual([
      ['de-kernen', 'Oplevering van 6 sociale huurwoningen aan de Kerkstraat in Horssen', 'done'],
      ['de-kernen', 'Start bouw van 27 sociale huurwoningen in Altforst', 'delayed'],
    ]);
    expect(work[0]?.answered).toEqual(expect.arrayContaining(['de-kernen', 'gemeente', 'hbd', 'woonwaarts']));
    await expect(api.getAgreementWork({ agreementId: 99_999 })).rejects.toThrow('Afspraak 99999 bestaat niet.');
  });

  it('draws the charts of the Word document for the page too, as SVG', async () => {
    const charts = await api.getAccountabilityCharts({ fromYear: CYCLE_YEAR });
    // A chart for each indicator with figures; the others share one table.
    const withFigures = report.indicators.filter((i) => i.years.some((y) => y.total !== null));
    expect(withFigures.length).toBeLessThan(report.indicators.length);
    expect(charts.indicators.map((i) => i.code)).toEqual(withFigures.map((i) => i.indicator.code));
    const homes = charts.indicators.find((i) => i.code === 'sociale-huur-270')?.svg ?? '';
    expect(homes.startsWith('<svg')).toBe(true);
    expect(homes).toContain('Doel 270 woningen eind 2030');
    expect(charts.themes).toContain('Stand van de activiteiten per thema, 2026');
  });

  it('keeps the status the secretary chose for De Kernen’s own words, with those words', () => {
    const labels = report.deviations.find((r) => r.activity === 'Energielabels E, F, G verbeteren');
    expect(labels).toMatchObject({ partyId: 'de-kernen', status: 'not-started', statusText: 'niet gerealiseerd', explanation: 'Capaciteit aannemer' });
  });

  it('reads the same file again as chosen before, unless the secretary chooses anew', async () => {
    const file = returned.get(DE_KERNEN_RESULTS_FILE) as FilePayload;
    const again = await api.previewResultsImport({ file });
    expect(again.alreadyImported?.version).toBe(1);
    expect(again.unknownStatuses).toEqual([{ text: 'niet gerealiseerd', rows: [12], chosen: 'not-started' }]);
    const undone = await api.previewResultsImport({ file, statusChoices: [] });
    expect(undone.alreadyImported).toBeNull();
    expect(undone.diff?.items).toEqual([{ change: 'changed', activity: 'Energielabels E, F, G verbeteren', details: ['Status: niet gestart → niet gerealiseerd'] }]);
  });

  it('sums the social rental homes Woonwaarts and De Kernen each reported against the shared 270', () => {
    const homes = report.indicators.find((i) => i.indicator.code === 'sociale-huur-270');
    expect(homes?.years.find((y) => y.year === CYCLE_YEAR)).toMatchObject({ byParty: { woonwaarts: 36, 'de-kernen': 6 }, total: 42 });
  });

  it('shows under each afspraak what was planned and what became of it, and what nobody answered', () => {
    const agreements = report.themes.flatMap((t) => t.topics.flatMap((topic) => topic.agreements));
    const deKernen = agreements.find((a) => a.reference === '1.1 bij 1 (2)');
    expect(deKernen?.results.map((r) => [r.activity, r.status])).toEqual([
      ['Oplevering 6 sociale huurwoningen Kerkstraat Horssen', 'done'],
      ['Start bouw 27 sociale huurwoningen Altforst', 'delayed'],
    ]);
    const overlegtafel = agreements.find((a) => a.reference === '5.2 bij 1 (2)');
    expect(overlegtafel?.missing.map((m) => m.partyId)).toEqual(['gemeente']);
    const missingParties = agreements.flatMap((a) => a.missing.map((m) => m.partyId));
    expect(missingParties.filter((p) => p === 'bewonersraad')).toHaveLength(2);
  });

  it('lists the deviations, those without a toelichting, where steering is needed, and the unplanned work', () => {
    expect(report.missingExplanations.map((r) => r.activity)).toEqual(
      expect.arrayContaining(['Start bouw 27 sociale huurwoningen Altforst', 'Sloop-nieuwbouw Molenstraat: 12 sociale huurwoningen voorbereiden']),
    );
    expect(report.deviations.find((r) => r.activity === 'Sessie wonen en zorg met alle partijen')?.explanation).toBe('Verschoven naar 2027 wegens capaciteit');
    // A led afspraak without a planned activity is named as such, not by the workbook's question.
    expect(report.deviations.find((r) => r.identity.startsWith('afspraak:'))).toMatchObject({ partyId: 'woonwaarts', status: 'dropped', activity: 'Inzet als trekker (geen activiteit gepland)' });
    expect(report.steering.map((r) => r.activity)).toEqual(expect.arrayContaining(['Start bouw 27 sociale huurwoningen Altforst', 'Sessie wonen en zorg met alle partijen']));
    expect(report.unplanned.map((r) => r.activity)).toEqual(
      // HBD's evening was paired as not planned by the secretary, its bijeenkomst as the planned evening.
      expect.arrayContaining(['Noodopvang twee gezinnen na brand in Altforst', 'Woonbeurs voor starters', 'Huurdersavond energiekosten', 'Extra inzet wijkbeheerder in Deest na meldingen van overlast']),
    );
  });
});

describe('the documents for the bestuurlijk overleg', () => {
  const files: Record<string, string> = {};
  const text: Record<string, string> = {};

  beforeAll(async () => {
    // 2025, for the tussenevaluatie: the corporations' figures in their own layouts; nothing was planned in the Werkbank that year, and the preview says so.
    const early = await api.previewResultsImport({ file: payload(WOONWAARTS_2025_FILE, await woonwaartsResults2025()) });
    expect(early.problems.find((p) => p.code === 'no-definitive-bundle')?.message).toContain('voor 2025 is geen gezamenlijk activiteitenoverzicht definitief vastgesteld');
    expect(early.results.every((r) => !r.planned)).toBe(true);
    await api.commitResultsImport({ file: payload(WOONWAARTS_2025_FILE, await woonwaartsResults2025()) });
    await api.commitResultsImport({ file: payload(DE_KERNEN_2025_FILE, await deKernenResults2025()) });
    await api.setReportAdvice({ fromYear: 2025, toYear: 2026, advice: 'Versnel de sociale nieuwbouw: met 90 woningen in twee jaar ligt 180 in 2028 buiten bereik.' });
    // The years before the first uitvraag, for the 270 only: the secretary takes them from the Woondeal-monitor.
    for (const [year, value] of [[2022, 8], [2023, 18], [2024, 10]] as const) {
      await api.setIndicatorFigure({ code: 'sociale-huur-270', year, partyId: null, value, note: 'Woondeal-monitor 2024' });
    }
    const dir = path.join(tmp.dir, 'documenten');
    fs.mkdirSync(dir);
    for (const [key, query] of [
      ['verantwoording', { fromYear: 2026 }],
      ['tussenevaluatie', { fromYear: 2025, toYear: 2026 }],
    ] as const) {
      for (const format of ['docx', 'xlsx'] as const) {
        const exported = await api.exportAccountabilityReport({ ...query, format });
        files[`${key}.${format}`] = path.join(dir, exported.name);
        fs.writeFileSync(path.join(dir, exported.name), Buffer.from(exported.data, 'base64'));
      }
    }
    soffice(['--convert-to', 'pdf', '--outdir', dir, files['verantwoording.docx'] as string, files['tussenevaluatie.docx'] as string], tmp.dir);
    fs.mkdirSync(OUTPUT, { recursive: true });
    for (const key of ['verantwoording', 'tussenevaluatie']) {
      const pdf = (files[`${key}.docx`] as string).replace(/\.docx$/, '.pdf');
      text[key] = pdfText(pdf);
      fs.copyFileSync(pdf, path.join(OUTPUT, `${key}.pdf`));
    }
  }, 300_000);

  it('names the files for what they are', () => {
    expect(path.basename(files['verantwoording.docx'] as string)).toBe('Verantwoording 2026.docx');
    expect(path.basename(files['tussenevaluatie.xlsx'] as string)).toMatch(/^Tussenevaluatie 2025.2026\.xlsx$/);
  });

  it('the Word verantwoording holds every party’s results, the Bewonersraad’s silence, deviations and their reasons', () => {
    const t = text.verantwoording as string;
    for (const line of [
      'Oplevering 6 sociale huurwoningen Kerkstraat Horssen',
      'Aannemer failliet in september; de laatste 30 woningen volgen in Q2 2027.',
      'Verschoven naar 2027 wegens capaciteit',
      'Wijkschouw Deest met gemeente en Woonwaarts',
      'Noodopvang twee gezinnen na brand in Altforst',
      'Woonbeurs voor starters',
    ]) {
      expect(pdfHas(t, line), line).toBe(true);
    }
    expect(pdfHas(t, 'Bewonersraad')).toBe(true);
    expect(pdfHas(t, 'geen antwoord')).toBe(true);
    expect(pdfHas(t, '42')).toBe(true);
  });

  it('the tussenevaluatie shows both years, the trend of the shared target and the werkgroep’s advice', async () => {
    const t = text.tussenevaluatie as string;
    expect(pdfHas(t, 'Tussenevaluatie')).toBe(true);
    expect(pdfHas(t, 'Versnel de sociale nieuwbouw: met 90 woningen in twee jaar ligt 180 in 2028 buiten bereik.')).toBe(true);
    const range = await api.getAccountabilityReport({ fromYear: 2025, toYear: 2026 });
    const homes = range.indicators.find((i) => i.indicator.code === 'sociale-huur-270');
    expect(homes?.years.filter((y) => y.year <= 2026).map((y) => [y.year, y.total, y.cumulative, y.entered])).toEqual([
      [2022, 8, 8, true],
      [2023, 18, 26, true],
      [2024, 10, 36, true],
      [2025, 48, 84, false],
      [2026, 42, 126, false],
    ]);
    // 270 over 2022–2030 is 30 a year: 150 by the end of 2026.
    expect(homes?.status).toBe('behind');
    // The 180 counts the same homes, but nobody entered its earlier years: no running total, not judged.
    // De Kernen gave no figure against it in 2026: the total holds what was reported, and the message says who is missing.
    const until2028 = range.indicators.find((i) => i.indicator.code === 'sociale-huur-180');
    expect(until2028?.years.find((y) => y.year === 2026)).toMatchObject({ byParty: { woonwaarts: 36, 'de-kernen': null }, total: 36, cumulative: null });
    expect(until2028?.status).toBe('unknown');
    expect(until2028?.message).toContain('over 2022–2024, vóór de eerste uitvraag, zijn nog geen cijfers ingevoerd');
    expect(until2028?.message).toContain('De Kernen');
    // Without a definitive overzicht for 2025 nothing was planned there, so nothing stands on 'geen antwoord'.
    expect(range.notes).toContain('Gemeente Druten, Huurdersbelangen Beuningen Druten en Bewonersraad De Kernen hebben over 2025 geen resultaten aangeleverd.');
    expect(range.notes).toContain("Bewonersraad De Kernen heeft over 2026 geen resultaten aangeleverd; de geplande activiteiten staan op 'geen antwoord' en tellen niet mee in de stoplichten.");
    const labels = range.indicators.find((i) => i.indicator.code === 'energielabels-efg-0');
    expect(labels?.years.filter((y) => y.year >= 2025 && y.year <= 2026).map((y) => [y.year, y.total])).toEqual([
      [2025, 350],
      [2026, 165],
    ]);
  });

  it('the Excel workbooks hold the same results, read back by exceljs', async () => {
    const workbook = await loadWorkbook(fs.readFileSync(files['verantwoording.xlsx'] as string));
    const all: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        all.push(Array.from(row.values as unknown[], (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' | '));
      }),
    );
    const joined = all.join('\n');
    for (const activity of ['Start bouw 27 sociale huurwoningen Altforst', 'Wijkschouw Deest met gemeente en Woonwaarts', 'Bewonersbijeenkomst Puiflijk']) {
      expect(joined).toContain(activity);
    }
  });
});
