// The results uitvraag workbook: written from the real Druten agreement for
// Woonwaarts over 2026, read back with exceljs and as raw XML; for every party
// from the realistic joint overview; and opened by LibreOffice, which prints it
// and saves it again with its dropdowns, after which our reader still reads the
// partner's answers exactly. Pictures of the sheets go to test-output/results/.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLANATION_REQUIRED } from '../../src/domain/accountability';
import { RESULT_STATUS_WORDS, RESULT_STATUS_WORD_LIST } from '../../src/domain/results';
import { computeJointOverview } from '../../src/bundle/compute';
import { readResultsWorkbook } from '../../src/imports/read-results';
import { agreementFullLabel, agreementLabel, INPUT_ROWS } from '../../src/requests/activity-request';
import { readRequestMeta } from '../../src/requests/meta';
import {
  INDICATORS_HEADER_ROW,
  plannedActivitiesOf,
  RESULTS_HEADER_ROW,
  resultsRequestFileName,
  targetText,
  UNPLANNED_ROWS,
  writeResultsRequest,
  type ResultsRequestInput,
} from '../../src/requests/results-request';
import {
  APP_MARKER,
  INDICATOR_COLUMNS,
  LED_WITHOUT_ACTIVITY_TEXT,
  RESULT_COLUMNS,
  RESULT_SHEETS,
  TEMPLATE_VERSION,
  UNPLANNED_MARKER_KEY,
  UNPLANNED_TITLE,
  agreementKey,
  parseAgreementKey,
  parsePlannedKey,
  plannedKey,
  type IndicatorField,
  type ResultField,
} from '../../src/requests/template';
import { loadDefaultDataSet } from '../../src/service/index';
import { FIXTURE_PLANNING_YEAR, loadRealAgreementData, realisticBundleInput, type RealAgreementData } from '../fixtures/bundle-activities';
import {
  RESULTS_CONTACT,
  RESULTS_CREATED_AT,
  RESULTS_YEAR,
  resultsInputFor,
  woonwaartsResults,
} from '../fixtures/results-workbooks';
import { tempDir } from '../helpers/tmp';
import { allText, cellText, listValues, loadWorkbook, noteText, protectionOf, sheet, validationsOf } from '../helpers/workbook';
import { readRawXlsx } from './xlsx-raw';

let data: RealAgreementData;
let input: ResultsRequestInput;
let fileName: string;
let sent: Buffer;
let filled: Buffer;
let workbook: Workbook;

const resultCol = (field: ResultField): number => RESULT_COLUMNS.findIndex((c) => c.field === field) + 1;
const indicatorCol = (field: IndicatorField): number => INDICATOR_COLUMNS.findIndex((c) => c.field === field) + 1;
const FIRST = RESULTS_HEADER_ROW + 1;

/** The prefilled rows: key, afspraak, activity, until the band of unplanned work. */
function prefilledRows(ws: Worksheet): { row: number; key: string; agreement: string; activity: string; planning: string }[] {
  const rows = [];
  for (let r = FIRST; cellText(ws, r, resultCol('key')) !== UNPLANNED_MARKER_KEY; r++) {
    if (r > FIRST + 200) throw new Error('geen band voor niet geplande activiteiten');
    rows.push({
      row: r,
      key: cellText(ws, r, resultCol('key')),
      agreement: cellText(ws, r, resultCol('agreementRef')),
      activity: cellText(ws, r, resultCol('activity')),
      planning: cellText(ws, r, resultCol('planning')),
    });
  }
  return rows;
}

beforeAll(async () => {
  data = await loadRealAgreementData();
  const written = await woonwaartsResults(data);
  ({ input, fileName, sent, filled } = written);
  workbook = await loadWorkbook(sent);
});

describe('resultsRequestFileName', () => {
  it('names the execution year and the party, with nothing a file system refuses', () => {
    expect(resultsRequestFileName('Woonwaarts', 2026)).toBe('Uitvraag resultaten 2026 - Woonwaarts.xlsx');
    expect(resultsRequestFileName('Bewonersraad De Kernen', 2027)).toBe('Uitvraag resultaten 2027 - Bewonersraad De Kernen.xlsx');
    expect(resultsRequestFileName('A/B: "C"?', 2026)).toBe('Uitvraag resultaten 2026 - A B C.xlsx');
    expect(resultsRequestFileName(' ', 2026)).toBe('Uitvraag resultaten 2026 - partij.xlsx');
  });
});

describe('targetText', () => {
  it('says the target in the words of its direction, as the report does, and with whom it is shared', () => {
    expect(targetText({ target: 180, unit: 'homes', deadlineYear: 2028, direction: 'at_least' })).toBe('ten minste 180 woningen eind 2028');
    expect(targetText({ target: 15, unit: 'percent', deadlineYear: 2028, direction: 'at_most' })).toBe('ten hoogste 15%');
    expect(targetText({ target: 66.7, unit: 'percent', deadlineYear: 2030, direction: 'at_least' })).toBe('ten minste 66,7%');
    expect(targetText({ target: 20000, unit: 'euro', deadlineYear: 2026, direction: 'at_most' })).toBe('ten hoogste € 20.000');
    expect(targetText({ target: 0, unit: 'homes', deadlineYear: 2028, direction: 'zero', title: 'Geen woningen met energielabel E, F of G' })).toBe(
      'geen (0) woningen met energielabel E, F of G eind 2028',
    );
    expect(targetText({ target: 240, unit: 'homes', deadlineYear: 2030 })).toBe('240 woningen in 2030');
    const name = (id: string) => ({ woonwaarts: 'Woonwaarts', 'de-kernen': 'De Kernen' })[id] ?? id;
    expect(targetText({ target: 180, unit: 'homes', deadlineYear: 2028, direction: 'at_least', partyIds: ['woonwaarts', 'de-kernen'] }, 'woonwaarts', name)).toBe(
      'ten minste 180 woningen eind 2028, samen met De Kernen',
    );
  });
});

describe('the results uitvraag for Woonwaarts over 2026', () => {
  it('has its file name, properties and sheets in order, the explanation first and active', () => {
    expect(fileName).toBe('Uitvraag resultaten 2026 - Woonwaarts.xlsx');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Toelichting', 'Resultaten', 'Indicatoren', 'Lijsten', 'Werkbank']);
    expect(workbook.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'visible', 'veryHidden', 'veryHidden']);
    expect(workbook.views[0]?.activeTab).toBe(0);
    expect(workbook.title).toBe('Uitvraag resultaten 2026 – Woonwaarts');
    expect(workbook.creator).toBe('Prestatieafspraken Werkbank');
    expect(workbook.created.toISOString()).toBe(RESULTS_CREATED_AT.toISOString());
  });

  it('explains what is asked, the statuses, the required toelichting, unplanned work, the deadline and whom to ask', () => {
    const info = allText(sheet(workbook, RESULT_SHEETS.info));
    expect(info).toContain('Uitvraag resultaten 2026');
    expect(info).toContain('Uitvoeringsjaar');
    expect(info).toContain('Vóór 1 maart 2027 bij de Werkgroep Prestatieafspraken');
    expect(info).toContain(`${RESULTS_CONTACT.name} (${RESULTS_CONTACT.email})`);
    for (const status of RESULT_STATUS_WORD_LIST) expect(info).toContain(`• ${status}: `);
    expect(info).toContain('Toelichting verplicht: kiest u vertraagd, niet gestart en vervallen, dan kleurt de cel Toelichting oranje');
    expect(info).toContain(`Zet het onder "${UNPLANNED_TITLE}" onderaan het blad Resultaten`);
    expect(info).toContain('14 succesindicatoren');
    expect(info).toContain('vóór 1 april 2027');
    expect(info).toContain(
      'Vooraf ingevuld (grijs): 9 geplande activiteiten van Woonwaarts uit het gezamenlijk activiteitenoverzicht 2026, en 9 afspraken waarvan Woonwaarts trekker is zonder geplande activiteit.',
    );
  });

  it('records in the hidden meta sheet the kind, the execution year and the layout of both sheets', () => {
    const result = readRequestMeta(workbook);
    if (!result.ok) throw new Error(result.reason);
    expect(result.meta).toEqual({
      app: APP_MARKER,
      templateVersion: TEMPLATE_VERSION,
      kind: 'results',
      partyId: 'woonwaarts',
      partyName: 'Woonwaarts',
      partyKind: 'corporation',
      planningYear: 2026,
      agreementSet: 'druten-2025-2028',
      createdAt: RESULTS_CREATED_AT.toISOString(),
      headerRow: RESULTS_HEADER_ROW,
      columns: { key: 1, agreementRef: 2, activity: 3, planning: 4 },
      results: {
        resultColumns: Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c.field, i + 1])),
        indicatorHeaderRow: INDICATORS_HEADER_ROW,
        indicatorColumns: Object.fromEntries(INDICATOR_COLUMNS.map((c, i) => [c.field, i + 1])),
      },
    });
  });

  it('has the Resultaten columns with notes, a hidden key, widths, a title above, a frozen and filtered header', () => {
    const ws = sheet(workbook, RESULT_SHEETS.results);
    RESULT_COLUMNS.forEach((spec, i) => {
      const cell = ws.getCell(RESULTS_HEADER_ROW, i + 1);
      expect(cell.value).toBe(spec.header);
      expect(cell.font?.bold).toBe(true);
      expect(noteText(cell.note)).toBe(spec.help);
      expect(ws.getColumn(i + 1).width).toBe(spec.width);
      expect(ws.getColumn(i + 1).hidden).toBe(spec.field === 'key');
    });
    expect(RESULT_COLUMNS.map((c) => c.header)).toEqual([
      'Sleutel',
      'Afspraak',
      'Activiteit',
      'Planning',
      'Status',
      'Resultaat: wat is bereikt?',
      'Toelichting',
      'Bijsturing nodig?',
    ]);
    expect(noteText(ws.getCell(RESULTS_HEADER_ROW, resultCol('explanation')).note)).toContain('Verplicht bij vertraagd, niet gestart en vervallen');
    // The title stands in the first visible column.
    expect(cellText(ws, 1, 2)).toBe('Resultaten 2026 – Woonwaarts');
    expect(cellText(ws, 2, 2)).toContain('vóór 1 maart 2027');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: RESULTS_HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${RESULTS_HEADER_ROW}:H${RESULTS_HEADER_ROW + INPUT_ROWS}`);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
  });

  it('prefills the planned activities and the led afspraken without one, in the agreement order, never an afspraak twice', () => {
    const ws = sheet(workbook, RESULT_SHEETS.results);
    const rows = prefilledRows(ws);
    const planned = rows.filter((r) => parsePlannedKey(r.key) !== null);
    const led = rows.filter((r) => parseAgreementKey(r.key) !== null);
    expect(planned.length + led.length).toBe(rows.length);

    // Every planned activity once, by its bundle identity, with its planning.
    expect(planned.map((r) => parsePlannedKey(r.key)).sort()).toEqual(input.planned.map((p) => p.identity).sort());
    for (const p of input.planned) {
      const row = planned.find((r) => r.key === plannedKey(p.identity));
      expect(row?.activity).toBe(p.activity);
      expect(row?.planning).toBe(p.planning ?? '');
      const agreement = data.agreements.find((a) => a.id === p.agreementId);
      expect(row?.agreement).toBe(agreement ? agreementLabel(agreement) : '');
    }

    // Led afspraken active in 2026 without a planned activity of Woonwaarts: their whole text, an explaining activity.
    const plannedAgreements = new Set(input.planned.map((p) => p.agreementId));
    const expectedLed = input.ledAgreements.filter((a) => !plannedAgreements.has(a.id));
    expect(led.map((r) => r.key)).toEqual(expectedLed.map((a) => agreementKey(a.id)));
    for (const r of led) {
      const agreement = expectedLed.find((a) => agreementKey(a.id) === r.key);
      expect(r.agreement).toBe(agreementFullLabel(agreement as (typeof expectedLed)[number]));
      expect(r.activity).toBe(LED_WITHOUT_ACTIVITY_TEXT);
    }
    // 1.1 bij 1 (1) has two planned activities and no row of its own; 2.2 bij 3 runs in 2025 only.
    const ref = (reference: string) => data.agreements.find((a) => a.reference === reference)?.id ?? 0;
    expect(rows.map((r) => r.key)).not.toContain(agreementKey(ref('1.1 bij 1 (1)')));
    expect(rows.map((r) => r.key)).not.toContain(agreementKey(ref('2.2 bij 3')));
    expect(rows.map((r) => r.key)).toContain(agreementKey(ref('5.3 bij 1 (2)')));

    // The agreement's order; the unlinked activity last.
    const position = (r: (typeof rows)[number]): number => {
      const id = parseAgreementKey(r.key) ?? input.planned.find((p) => plannedKey(p.identity) === r.key)?.agreementId ?? null;
      return id === null ? Number.MAX_SAFE_INTEGER : data.agreements.findIndex((a) => a.id === id);
    };
    const positions = rows.map(position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rows[rows.length - 1]?.activity).toMatch(/^Huurdersavonden/);
  });

  it('locks the prefill and leaves the answers open, above and below the band of unplanned work', () => {
    const ws = sheet(workbook, RESULT_SHEETS.results);
    const rows = prefilledRows(ws);
    const marker = FIRST + rows.length;
    for (const r of [FIRST, marker - 1]) {
      for (const field of ['key', 'agreementRef', 'activity', 'planning'] as const) {
        // exceljs leaves out locked=true on reading: the default of a cell.
        expect(ws.getCell(r, resultCol(field)).protection?.locked !== false, `${field} ${r}`).toBe(true);
        expect(ws.getCell(r, resultCol(field)).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF2F2F2' } });
      }
      for (const field of ['status', 'result', 'explanation', 'steering'] as const) expect(ws.getCell(r, resultCol(field)).protection?.locked).toBe(false);
    }
    expect(cellText(ws, marker, resultCol('key'))).toBe(UNPLANNED_MARKER_KEY);
    expect(cellText(ws, marker, resultCol('agreementRef'))).toBe(UNPLANNED_TITLE);
    expect(ws.getCell(marker, resultCol('agreementRef')).protection?.locked !== false).toBe(true);
    // No merged band: a merge would stop Excel from sorting the table.
    expect(ws.getCell(marker, resultCol('activity')).isMerged).toBe(false);
    for (const r of [marker + 1, marker + UNPLANNED_ROWS, RESULTS_HEADER_ROW + 900]) {
      for (const field of ['agreementRef', 'activity', 'planning', 'status', 'result', 'explanation', 'steering'] as const) {
        expect(ws.getCell(r, resultCol(field)).protection?.locked, `${field} ${r}`).toBe(false);
      }
      expect(ws.getCell(r, resultCol('key')).protection?.locked !== false).toBe(true);
      expect(ws.getCell(r, resultCol('key')).value).toBeNull();
    }
    expect(protectionOf(ws)).toMatchObject({ sheet: true, formatColumns: true, insertRows: true, sort: true, autoFilter: true });
    expect(protectionOf(ws)?.hashValue).toBeUndefined();
  });

  it('offers a strict status list, a strict ja/nee list and the afspraken for unplanned work: one rule per range', async () => {
    const ws = sheet(workbook, RESULT_SHEETS.results);
    const model = validationsOf(ws);
    const marker = FIRST + prefilledRows(ws).length;
    const last = RESULTS_HEADER_ROW + INPUT_ROWS;
    const letter = (field: ResultField): string => ws.getColumn(resultCol(field)).letter;
    for (const address of [`${letter('status')}${FIRST}`, `${letter('status')}${last}`]) {
      expect(model[address]).toMatchObject({ type: 'list', showErrorMessage: true });
      expect(model[address]?.errorStyle ?? 'stop').toBe('stop');
      expect(listValues(workbook, String(model[address]?.formulae[0]))).toEqual([...RESULT_STATUS_WORD_LIST]);
    }
    expect(listValues(workbook, String(model[`${letter('steering')}${FIRST}`]?.formulae[0]))).toEqual(['ja', 'nee']);
    expect(model[`${letter('steering')}${FIRST}`]?.errorStyle ?? 'stop').toBe('stop');
    expect(model[`${letter('agreementRef')}${marker}`]).toBeUndefined();
    expect(model[`${letter('agreementRef')}${marker + 1}`]).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(listValues(workbook, String(model[`${letter('agreementRef')}${marker + 1}`]?.formulae[0]))).toEqual(data.agreements.map(agreementLabel));

    const raw = await readRawXlsx(sent);
    expect(
      raw
        .validations(RESULT_SHEETS.results)
        .map((r) => r.sqref)
        .sort(),
    ).toEqual([`B${marker + 1}:B${last}`, `E${FIRST}:E${last}`, `H${FIRST}:H${last}`]);
  });

  it('colours the status, and a required toelichting that is empty, by conditional formatting', async () => {
    const zip = await JSZip.loadAsync(sent);
    // exceljs writes the sheets in order: Resultaten is the second.
    const xml = await (zip.file('xl/worksheets/sheet2.xml') as JSZip.JSZipObject).async('string');
    const formats = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)].map((m) => ({
      sqref: m[1],
      formulas: [...(m[2] ?? '').matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((f) => (f[1] ?? '').replace(/&quot;/g, '"')),
    }));
    const last = RESULTS_HEADER_ROW + INPUT_ROWS;
    expect(formats).toContainEqual({
      sqref: `G${FIRST}:G${last}`,
      formulas: [`AND(LEN(TRIM(G${FIRST}))=0,OR(${EXPLANATION_REQUIRED.map((s) => `$E${FIRST}="${RESULT_STATUS_WORDS[s]}"`).join(',')}))`],
    });
    expect(formats).toContainEqual({ sqref: `E${FIRST}:E${last}`, formulas: RESULT_STATUS_WORD_LIST.map((s) => `E${FIRST}="${s}"`) });
  });

  it('asks the indicator figures with code, unit, target and an open value cell checked for a number of 0 or more', () => {
    const ws = sheet(workbook, RESULT_SHEETS.indicators);
    const expected = loadDefaultDataSet().indicators.filter((i) => i.partyIds.includes('woonwaarts'));
    expect(expected).toHaveLength(14);
    INDICATOR_COLUMNS.forEach((spec, i) => {
      expect(cellText(ws, INDICATORS_HEADER_ROW, i + 1)).toBe(spec.header.replace('{year}', '2026'));
      expect(ws.getColumn(i + 1).hidden).toBe(spec.field === 'code');
    });
    expect(cellText(ws, 1, 2)).toBe('Indicatoren 2026 – Woonwaarts');
    expected.forEach((indicator, i) => {
      const r = INDICATORS_HEADER_ROW + 1 + i;
      expect(cellText(ws, r, indicatorCol('code'))).toBe(indicator.code);
      expect(cellText(ws, r, indicatorCol('title'))).toBe(indicator.title);
      expect(cellText(ws, r, indicatorCol('description'))).toBe(indicator.description);
      expect(cellText(ws, r, indicatorCol('target'))).toBe(targetText(indicator, 'woonwaarts', (id) => ({ 'de-kernen': 'De Kernen', gemeente: 'Gemeente' })[id] ?? id));
      expect(cellText(ws, r, indicatorCol('question'))).not.toBe('');
      expect(ws.getCell(r, indicatorCol('title')).protection?.locked !== false).toBe(true);
      expect(ws.getCell(r, indicatorCol('value')).protection?.locked).toBe(false);
      expect(ws.getCell(r, indicatorCol('note')).protection?.locked).toBe(false);
    });
    expect(cellText(ws, INDICATORS_HEADER_ROW + 1, indicatorCol('unit'))).toBe('woningen');
    const share = expected.findIndex((i) => i.unit === 'percent');
    expect(cellText(ws, INDICATORS_HEADER_ROW + 1 + share, indicatorCol('unit'))).toBe('procent (%)');
    const value = ws.getColumn(indicatorCol('value')).letter;
    const rule = validationsOf(ws)[`${value}${INDICATORS_HEADER_ROW + 1}`];
    expect(rule).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning' });
    expect(validationsOf(ws)[`${value}${INDICATORS_HEADER_ROW + expected.length}`]?.type).toBe('decimal');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: INDICATORS_HEADER_ROW });
    expect(ws.autoFilter).toBe(`A3:H${3 + expected.length}`);
    expect(protectionOf(ws)).toMatchObject({ sheet: true });
  });

  it('asks each corporation its own share of the year, or its stand on 31 December, never the joint figure', async () => {
    // Read back from the written file, as the partner will see it.
    const ws = sheet(await loadWorkbook(sent), RESULT_SHEETS.indicators);
    expect(cellText(ws, INDICATORS_HEADER_ROW, indicatorCol('question'))).toBe('Gevraagd');
    const row = (code: string) => {
      for (let r = INDICATORS_HEADER_ROW + 1; r <= ws.rowCount; r++) if (cellText(ws, r, indicatorCol('code')) === code) return r;
      throw new Error(code);
    };
    const asked = (code: string) => cellText(ws, row(code), indicatorCol('question'));
    expect(asked('sociale-huur-180')).toBe(
      'Uw eigen aandeel, opgeleverd in 2026: het aantal woningen dat Woonwaarts in 2026 toevoegde. Alleen 2026, niet het totaal sinds 2022 en niet samen met De Kernen: de Werkbank telt de aandelen en de jaren op.',
    );
    expect(asked('woonwaarts-sociale-huur-240')).toContain('Opgeleverd in 2026: het aantal woningen dat Woonwaarts in 2026 toevoegde. Alleen 2026');
    expect(asked('energielabels-efg-0')).toBe(
      'Stand op 31 december 2026: het aantal eigen woningen met energielabel E, F of G van Woonwaarts, niet samen met De Kernen: de Werkbank telt de standen op.',
    );
    expect(asked('vrije-toewijzing-15')).toMatch(/^Uw eigen percentage over 2026 \(95 voor 95%\), niet samen met De Kernen/);
    expect(cellText(ws, row('energielabels-efg-0'), indicatorCol('target'))).toBe('geen (0) woningen met energielabel E, F of G eind 2028, samen met De Kernen');
    expect(cellText(ws, 2, 2)).toContain('Vul per indicator uw eigen cijfer over 2026 in, zoals de kolom Gevraagd zegt');
    for (let r = INDICATORS_HEADER_ROW + 1; r <= ws.rowCount; r++) expect(cellText(ws, r, indicatorCol('target'))).not.toMatch(/ten minste 0\b/);
  });

  it('names its filter ranges the way LibreOffice needs, and prints the table without the open rows below it', async () => {
    const raw = await readRawXlsx(sent);
    const rows = prefilledRows(sheet(workbook, RESULT_SHEETS.results)).length;
    expect(raw.definedNames().filter((n) => n.name === '_xlnm._FilterDatabase')).toEqual([
      { name: '_xlnm._FilterDatabase', localSheetId: '1', text: `'Resultaten'!$A$3:$H$${RESULTS_HEADER_ROW + INPUT_ROWS}` },
      { name: '_xlnm._FilterDatabase', localSheetId: '2', text: `'Indicatoren'!$A$3:$H$17` },
    ]);
    const printArea = raw.definedNames().find((n) => n.name === '_xlnm.Print_Area');
    // exceljs writes the rows without "$": 'Resultaten'!$A1:$H34.
    expect(printArea?.text.replace(/\$(\d)/g, '$1')).toBe(`'Resultaten'!$A1:$H${FIRST + rows + UNPLANNED_ROWS}`);
    expect(raw.pane(RESULT_SHEETS.results)).toMatchObject({ state: 'frozen', ySplit: String(RESULTS_HEADER_ROW) });
    expect(raw.pane(RESULT_SHEETS.indicators)).toMatchObject({ state: 'frozen', ySplit: String(INDICATORS_HEADER_ROW) });
  });

  it('says so on the Indicatoren sheet when the party reports on none', async () => {
    const hbd = await writeResultsRequest(resultsInputFor(data, 'hbd', RESULTS_YEAR, []));
    const wb = await loadWorkbook(hbd.data);
    expect(cellText(sheet(wb, RESULT_SHEETS.indicators), 2, 2)).toContain('geen succesindicatoren waarover Huurdersbelangen Beuningen Druten rapporteert');
    expect(cellText(sheet(wb, RESULT_SHEETS.results), FIRST, resultCol('key'))).toMatch(/^A\d+$/); // HBD leads the wijkschouwen
    const read = await readResultsWorkbook(hbd.data, hbd.fileName);
    expect(read.indicators).toEqual([]);
    expect(read.results).toEqual([]);
    expect(read.problems.map((p) => p.code)).toContain('no-results');
  });

  it('without the full afspraken list, follows the references and offers the led afspraken for unplanned work', async () => {
    const bare = resultsInputFor(data, 'woonwaarts', RESULTS_YEAR, input.planned, { withAgreements: false });
    const wb = await loadWorkbook((await writeResultsRequest(bare)).data);
    const ws = sheet(wb, RESULT_SHEETS.results);
    const refs = prefilledRows(ws).map((r) => r.agreement.split(' – ')[0] ?? '');
    const linked = refs.filter((r) => r !== '');
    expect(linked).toEqual([...linked].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true })));
    const marker = FIRST + refs.length;
    const rule = validationsOf(ws)[`B${marker + 1}`];
    expect(listValues(wb, String(rule?.formulae[0]))).toEqual(bare.ledAgreements.map(agreementLabel));
  });
});

describe('the results uitvraag for every party, from the realistic joint overview', () => {
  it('lists each party\'s bundle activities by identity, and reads back empty with a warning per unanswered row', async () => {
    const overview = computeJointOverview(realisticBundleInput(data));
    for (const party of data.parties) {
      const planned = plannedActivitiesOf(overview, party.id);
      const bundleActivities = [...overview.themes.flatMap((t) => t.topics.flatMap((tp) => tp.agreements.flatMap((a) => a.activities))), ...overview.unlinked].filter(
        (a) => a.partyId === party.id,
      );
      expect(planned.map((p) => p.identity).sort()).toEqual(bundleActivities.map((a) => a.identity).sort());

      const written = await writeResultsRequest(resultsInputFor(data, party.id, FIXTURE_PLANNING_YEAR, planned));
      const ws = sheet(await loadWorkbook(written.data), RESULT_SHEETS.results);
      const rows = prefilledRows(ws);
      const agreementsListed = rows.map((r) => parseAgreementKey(r.key)).filter((id): id is number => id !== null);
      for (const id of agreementsListed) expect(planned.some((p) => p.agreementId === id), `${party.id} A${id}`).toBe(false);

      const read = await readResultsWorkbook(written.data, written.fileName);
      expect(read.meta?.partyId).toBe(party.id);
      expect(read.results).toEqual([]);
      // Each planned activity left empty is named on its row; the afspraken led without one together.
      expect(read.problems.filter((p) => p.code === 'planned-unanswered')).toHaveLength(rows.length - agreementsListed.length);
      expect(read.problems.filter((p) => p.code === 'led-unanswered')).toHaveLength(agreementsListed.length > 0 ? 1 : 0);
    }
  });
});

// ---------------------------------------------------------------------------
// LibreOffice: a reader nobody here wrote.

describe('LibreOffice and the results uitvraag', () => {
  const OUTPUT = path.join(__dirname, '../../test-output/results');
  const tmp = tempDir('werkbank-results-lo-');
  const FILLED_NAME = 'Woonwaarts resultaten 2026 ingevuld.xlsx';
  let pdfs: { sent: string; filled: string };
  let roundTrip: { sent: Buffer; filled: Buffer };

  function soffice(args: string[]): void {
    // A profile of its own, so parallel runs and a user's open LibreOffice do not clash.
    const profile = pathToFileURL(path.join(tmp.dir, `lo-${randomUUID()}`)).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 90_000 });
  }

  beforeAll(() => {
    const inDir = path.join(tmp.dir, 'in');
    fs.mkdirSync(inDir);
    const files = [path.join(inDir, fileName), path.join(inDir, FILLED_NAME)];
    fs.writeFileSync(files[0] as string, sent);
    fs.writeFileSync(files[1] as string, filled);
    soffice(['--convert-to', 'pdf', '--outdir', path.join(tmp.dir, 'pdf'), ...files]);
    soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(tmp.dir, 'xlsx'), ...files]);
    pdfs = {
      sent: path.join(tmp.dir, 'pdf', fileName.replace(/\.xlsx$/, '.pdf')),
      filled: path.join(tmp.dir, 'pdf', FILLED_NAME.replace(/\.xlsx$/, '.pdf')),
    };
    roundTrip = {
      sent: fs.readFileSync(path.join(tmp.dir, 'xlsx', fileName)),
      filled: fs.readFileSync(path.join(tmp.dir, 'xlsx', FILLED_NAME)),
    };
    // Pictures to look at: every page, as sent and as filled in.
    fs.mkdirSync(OUTPUT, { recursive: true });
    for (const f of fs.readdirSync(OUTPUT)) fs.rmSync(path.join(OUTPUT, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfs.sent, path.join(OUTPUT, 'woonwaarts-verstuurd')], { timeout: 30_000 });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfs.filled, path.join(OUTPUT, 'woonwaarts-ingevuld')], { timeout: 30_000 });
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('prints the three visible sheets and none of the hidden ones', () => {
    for (const pdf of [pdfs.sent, pdfs.filled]) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
      const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(pdfText).toContain('Uitvraag resultaten 2026');
      expect(pdfText).toContain('Resultaten 2026 – Woonwaarts');
      expect(pdfText).toContain('Niet geplande activiteiten');
      expect(pdfText).toContain('Indicatoren 2026 – Woonwaarts');
      expect(pdfText).toContain('Toevoeging sociale huurwoningen');
      expect(pdfText).not.toContain('templateVersion');
      expect(pdfText).not.toContain('P:woonwaarts');
    }
    const filledText = execFileSync('pdftotext', ['-layout', pdfs.filled, '-'], { encoding: 'utf8' });
    expect(filledText).toContain('Sloopvergunning aangevraagd.');
    expect(filledText).toContain('ca. 140');
  });

  it('saves it again with its sheets, meta, dropdowns, lock and filter intact', async () => {
    const wb = await loadWorkbook(roundTrip.sent);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Toelichting', 'Resultaten', 'Indicatoren', 'Lijsten', 'Werkbank']);
    for (const ws of wb.worksheets.slice(3)) expect(['hidden', 'veryHidden']).toContain(ws.state);
    const meta = readRequestMeta(wb);
    if (!meta.ok) throw new Error(meta.reason);
    const original = readRequestMeta(workbook);
    if (!original.ok) throw new Error(original.reason);
    expect(meta.meta).toEqual(original.meta);

    const [before, after] = await Promise.all([readRawXlsx(sent), readRawXlsx(roundTrip.sent)]);
    for (const name of [RESULT_SHEETS.results, RESULT_SHEETS.indicators]) {
      const rules = (raw: typeof before) =>
        raw
          .validations(name)
          .map((r) => ({ sqref: r.sqref, type: r.type, formula1: r.formula1, errorStyle: r.errorStyle ?? 'stop' }))
          .sort((a, b) => a.sqref.localeCompare(b.sqref));
      expect(rules(after), name).toEqual(rules(before));
      expect(after.protection(name)).not.toBeNull();
      expect(after.autoFilter(name)).toBe(before.autoFilter(name));
    }
    expect(rulesCount(after)).toBe(4);
    expect(after.locked(RESULT_SHEETS.results, `C${FIRST}`)).toBe(true);
    expect(after.locked(RESULT_SHEETS.results, `E${FIRST}`)).toBe(false);
    expect(after.locked(RESULT_SHEETS.indicators, `${String.fromCharCode(64 + indicatorCol('value'))}${INDICATORS_HEADER_ROW + 1}`)).toBe(false);
  });

  it('keeps the conditional formats', async () => {
    const zip = await JSZip.loadAsync(roundTrip.sent);
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = (await Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async('string')))).join('\n');
    expect(xml).toContain('LEN(TRIM(G4))=0');
    for (const status of RESULT_STATUS_WORD_LIST) expect(xml).toContain(`E4=&quot;${status}&quot;`);
  });

  it('lets our reader read the answers saved by LibreOffice exactly as from the partner\'s own file', async () => {
    const direct = await readResultsWorkbook(filled, FILLED_NAME);
    const viaLibreOffice = await readResultsWorkbook(roundTrip.filled, FILLED_NAME);
    expect(viaLibreOffice.meta).toEqual(direct.meta);
    expect(viaLibreOffice.results).toEqual(direct.results);
    expect(viaLibreOffice.indicators).toEqual(direct.indicators);
    expect(viaLibreOffice.problems.map((p) => p.message)).toEqual(direct.problems.map((p) => p.message));
  });

  it('leaves pictures of the sheets in test-output/results', () => {
    const files = fs.readdirSync(OUTPUT).filter((f) => f.endsWith('.png'));
    expect(files.filter((f) => f.startsWith('woonwaarts-ingevuld')).length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(fs.statSync(path.join(OUTPUT, f)).size).toBeGreaterThan(5_000);
  });
});

function rulesCount(raw: Awaited<ReturnType<typeof readRawXlsx>>): number {
  return raw.validations(RESULT_SHEETS.results).length + raw.validations(RESULT_SHEETS.indicators).length;
}
