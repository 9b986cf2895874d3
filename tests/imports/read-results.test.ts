// Reading results workbooks: our own uitvraag for Woonwaarts over 2026, filled
// in as a partner does, read back exactly by its hidden keys and layout; the
// partners' own layouts found by their headings, with loose statuses, yes/no
// words and numbers as text resolved and kept as written; bad files refused as
// the activities reader refuses them. Every message names file, sheet, row and
// column.
import { createRequire } from 'node:module';
import { Workbook, type Worksheet } from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../../src/domain/accountability';
import { statusOfWord } from '../../src/domain/results';
import { readResultsWorkbook } from '../../src/imports/read-results';
import { readActivityWorkbook } from '../../src/imports/read-workbook';
import { readNumberText, readStatus, readSteering } from '../../src/imports/result-values';
import type { ReadResultsWorkbook } from '../../src/imports/types';
import { writeActivityRequest } from '../../src/requests/activity-request';
import { agreementLabel, agreementFullLabel } from '../../src/requests/activity-request';
import { readRequestMeta } from '../../src/requests/meta';
import { RESULTS_HEADER_ROW } from '../../src/requests/results-request';
import { LED_WITHOUT_ACTIVITY_TEXT, RESULT_SHEETS, UNPLANNED_MARKER_KEY, agreementKey, plannedKey } from '../../src/requests/template';
import { ServiceError } from '../../src/domain/errors';
import { loadDefaultDataSet } from '../../src/service/index';
import { loadRealAgreementData, type RealAgreementData } from '../fixtures/bundle-activities';
import {
  csvFile,
  emptyTableWorkbook,
  encryptedFile,
  randomBinary,
  truncatedWorkbook,
  woonwaartsWorkbook,
  xlsFile,
  zipBombDeclared,
} from '../fixtures/partner-workbooks';
import {
  DE_KERNEN_RESULTS_FILE,
  deKernenResultsWorkbook,
  GEMEENTE_RESULTS_FILE,
  gemeenteResultsWorkbook,
  HBD_RESULTS_FILE,
  hbdResultsWorkbook,
  WOONWAARTS_FILLING,
  woonwaartsResults,
} from '../fixtures/results-workbooks';
import { codes, expectPlacesInMessages, only } from '../helpers/problems';
import { loadWorkbook, saveWorkbook } from '../helpers/workbook';
import { CREATED_AT, CONTACT } from '../requests/fixture';

const INDICATORS = loadDefaultDataSet().indicators;

function byActivity(read: ReadResultsWorkbook, start: string): ReadResult {
  const found = read.results.find((r) => r.activity.startsWith(start));
  if (!found) throw new Error(`geen resultaat "${start}"`);
  return found;
}

describe('reading what partners write', () => {
  it('resolves statuses: exact ones silently, words partners use, longer texts and typing errors as a guess, the rest not', () => {
    const cases: [string, string | undefined, boolean][] = [
      ['gerealiseerd', 'done', false],
      ['  Gedeeltelijk Gerealiseerd ', 'partly-done', false],
      ['VERTRAAGD', 'delayed', false],
      ['Niet gestart', 'not-started', false],
      ['deels gerealiseerd', 'partly-done', true],
      ['Gedeeltelijk', 'partly-done', true],
      ['gereed', 'done', true],
      ['Afgerond', 'done', true],
      ['loopt door', 'ongoing', true],
      ['Loopt achter', 'delayed', true],
      ['uitgesteld', 'delayed', true],
      ['nog niet gestart', 'not-started', true],
      ['geschrapt', 'dropped', true],
      ['Gerealiseerd, zie toelichting', 'done', true],
      ['vertraagd (Q3 2027)', 'delayed', true],
      ['Gerealiseed', 'done', true],
      ['vertaagd', 'delayed', true],
      ['niet gestard', 'not-started', true],
      ['niet gerealiseerd', undefined, false],
      ['groen', undefined, false],
      ['', undefined, false],
    ];
    for (const [text, status, guessed] of cases) {
      expect(readStatus(text), text).toEqual(status === undefined ? { guessed: false } : { status, guessed });
    }
  });

  it('reads ja/nee/j/n/x for steering, other yes and no words as a guess, and leaves the rest', () => {
    expect(readSteering('ja')).toEqual({ value: true, guessed: false });
    expect(readSteering('Nee')).toEqual({ value: false, guessed: false });
    expect(readSteering('J')).toEqual({ value: true, guessed: false });
    expect(readSteering('n')).toEqual({ value: false, guessed: false });
    expect(readSteering('x')).toEqual({ value: true, guessed: false });
    expect(readSteering('WAAR')).toEqual({ value: true, guessed: false });
    expect(readSteering('ja, bij de gemeente')).toEqual({ value: true, guessed: true });
    expect(readSteering('n.v.t.')).toEqual({ value: false, guessed: true });
    expect(readSteering('misschien')).toEqual({ guessed: false });
  });

  it('reads numbers written as text the Dutch way, says when it had to interpret them, and keeps "n.v.t." as no value', () => {
    const number = (value: number, interpreted: boolean, percentSign = false) => ({ kind: 'number', value, interpreted, percentSign });
    expect(readNumberText('140')).toEqual(number(140, false));
    expect(readNumberText('ca. 140')).toEqual(number(140, true));
    expect(readNumberText('circa 80 woningen')).toEqual(number(80, true));
    expect(readNumberText('95%')).toEqual(number(95, true, true));
    expect(readNumberText('1.234')).toEqual(number(1234, true));
    expect(readNumberText('1.234,5')).toEqual(number(1234.5, true));
    expect(readNumberText('12,5')).toEqual(number(12.5, true));
    expect(readNumberText('12.5')).toEqual(number(12.5, true));
    expect(readNumberText('€ 20.000')).toEqual(number(20000, true));
    expect(readNumberText('1 250')).toEqual(number(1250, true));
    expect(readNumberText('-3')).toEqual(number(-3, false));
    for (const none of ['n.v.t.', 'nvt', 'N.v.t', 'niet van toepassing', 'onbekend', '-', '?']) expect(readNumberText(none), none).toEqual({ kind: 'none' });
    for (const bad of ['zie toelichting', '120-140', '2025: ca. 140', '1.2.3']) expect(readNumberText(bad), bad).toEqual({ kind: 'unreadable' });
  });
});

describe('our own results uitvraag, filled in by Woonwaarts', () => {
  let data: RealAgreementData;
  let written: Awaited<ReturnType<typeof woonwaartsResults>>;
  let read: ReadResultsWorkbook;
  /** Row of a prefilled line in the sent workbook, by key. */
  const rowOf = new Map<string, number>();
  let markerRow = 0;

  beforeAll(async () => {
    data = await loadRealAgreementData();
    written = await woonwaartsResults(data);
    read = await readResultsWorkbook(written.filled, written.fileName, { indicators: INDICATORS });
    const ws = (await loadWorkbook(written.sent)).getWorksheet(RESULT_SHEETS.results) as Worksheet;
    for (let r = RESULTS_HEADER_ROW + 1; ; r++) {
      const key = String(ws.getCell(r, 1).value ?? '');
      if (key === UNPLANNED_MARKER_KEY) {
        markerRow = r;
        break;
      }
      rowOf.set(key, r);
    }
  });

  it('recognises it by its hidden sheet and reads its layout exactly', () => {
    expect(read.meta).toMatchObject({ kind: 'results', partyId: 'woonwaarts', planningYear: 2026 });
    expect(read.partyHint).toBe('Woonwaarts');
    expect(read.yearHint).toBe(2026);
    expect(read.sheet).toBe('Resultaten');
    expect(read.headerRow).toBe(RESULTS_HEADER_ROW);
    expect(read.columns.map((c) => [c.header, c.column, c.field])).toEqual([
      ['Sleutel', 'A', 'key'],
      ['Afspraak', 'B', 'agreementRef'],
      ['Activiteit', 'C', 'activity'],
      ['Planning', 'D', 'planning'],
      ['Status', 'E', 'status'],
      ['Resultaat: wat is bereikt?', 'F', 'result'],
      ['Toelichting', 'G', 'explanation'],
      ['Bijsturing nodig?', 'H', 'steering'],
    ]);
    expect(read.indicatorSheet).toBe('Indicatoren');
    expect(read.indicatorHeaderRow).toBe(3);
    expect(read.indicatorColumns?.map((c) => c.field)).toEqual(['code', 'title', 'description', 'unit', 'target', 'question', 'value', 'note']);
  });

  it('reads every answered planned activity by its key, exactly, and nothing that was left empty', () => {
    const planned = read.results.filter((r) => !r.unplanned);
    expect(planned).toHaveLength(Object.keys(WOONWAARTS_FILLING.answers).length);
    for (const p of written.input.planned) {
      const answer = Object.entries(WOONWAARTS_FILLING.answers).find(([match]) => p.activity.startsWith(match))?.[1];
      const key = plannedKey(p.identity);
      const row = rowOf.get(key) as number;
      const agreement = data.agreements.find((a) => a.id === p.agreementId);
      const expected: ReadResult = {
        sheet: 'Resultaten',
        rowNumber: row,
        key,
        activity: p.activity,
        unplanned: false,
        extra: {},
        planning: p.planning as string,
        fieldColumns: { key: 'A', activity: 'C', planning: 'D', status: 'E' },
      };
      if (agreement) {
        expected.agreementRef = agreementLabel(agreement);
        (expected.fieldColumns as Record<string, string>).agreementRef = 'B';
      }
      if (!answer) throw new Error(`geen antwoord voor ${p.activity}`);
      expected.statusText = answer.status as string;
      expected.status = statusOfWord(answer.status as string);
      if (answer.result !== undefined) {
        expected.result = answer.result;
        (expected.fieldColumns as Record<string, string>).result = 'F';
      }
      if (answer.explanation !== undefined) {
        expected.explanation = answer.explanation;
        (expected.fieldColumns as Record<string, string>).explanation = 'G';
      }
      if (answer.steering !== undefined) {
        expected.steeringText = answer.steering;
        expected.steeringNeeded = answer.steering === 'ja';
        (expected.fieldColumns as Record<string, string>).steering = 'H';
      }
      expect(read.results.find((r) => r.key === key), p.activity).toEqual(expected);
    }
  });

  it('reads the led afspraken that were answered by their afspraak key', () => {
    const ref = (reference: string) => data.agreements.find((a) => a.reference === reference);
    const levensloop = ref('1.2 bij 1');
    const ondermijning = ref('5.3 bij 1 (2)');
    if (!levensloop || !ondermijning) throw new Error('afspraak ontbreekt');
    expect(read.results.find((r) => r.key === agreementKey(levensloop.id))).toEqual({
      sheet: 'Resultaten',
      rowNumber: rowOf.get(agreementKey(levensloop.id)),
      key: agreementKey(levensloop.id),
      agreementRef: agreementFullLabel(levensloop),
      activity: LED_WITHOUT_ACTIVITY_TEXT,
      unplanned: false,
      extra: {},
      statusText: 'doorlopend',
      status: 'ongoing',
      result: 'Alle nieuwbouw van 2026 levensloopgeschikt ontworpen.',
      steeringText: 'nee',
      steeringNeeded: false,
      fieldColumns: { key: 'A', agreementRef: 'B', activity: 'C', status: 'E', result: 'F', steering: 'H' },
    });
    expect(read.results.find((r) => r.key === agreementKey(ondermijning.id))).toMatchObject({ status: 'dropped', steeringNeeded: true, unplanned: false });
  });

  it('reads the two rows under "Niet geplande activiteiten" as unplanned work, with the afspraak chosen from the list', () => {
    const unplanned = read.results.filter((r) => r.unplanned);
    const vergroening = data.agreements.find((a) => a.reference === '5.2 bij 3 (1)');
    if (!vergroening) throw new Error('afspraak ontbreekt');
    expect(unplanned).toEqual([
      {
        sheet: 'Resultaten',
        rowNumber: markerRow + 1,
        agreementRef: agreementLabel(vergroening),
        activity: 'Pilot hittebestendige tuinen bij 10 seniorenwoningen in Puiflijk',
        unplanned: true,
        extra: {},
        statusText: 'gerealiseerd',
        status: 'done',
        result: '10 tuinen vergroend, samen met de gemeente.',
        steeringText: 'nee',
        steeringNeeded: false,
        fieldColumns: { agreementRef: 'B', activity: 'C', status: 'E', result: 'F', steering: 'H' },
      },
      {
        sheet: 'Resultaten',
        rowNumber: markerRow + 2,
        activity: 'Extra inzet wijkbeheerder in Deest na meldingen van overlast',
        unplanned: true,
        extra: {},
        statusText: 'doorlopend',
        status: 'ongoing',
        result: 'Wekelijks spreekuur in het dorpshuis.',
        explanation: 'Loopt door tot de zomer van 2027.',
        steeringText: 'ja',
        steeringNeeded: true,
        fieldColumns: { activity: 'C', status: 'E', result: 'F', explanation: 'G', steering: 'H' },
      },
    ]);
    expect(unplanned.every((r) => r.key === undefined)).toBe(true);
  });

  it('names the missing toelichting on the vertraagd row, and each planned row left empty', () => {
    const molenstraat = byActivity(read, 'Sloop-nieuwbouw Molenstraat');
    const missing = only(read, 'explanation-missing');
    expect(missing).toMatchObject({ severity: 'warning', sheet: 'Resultaten', row: molenstraat.rowNumber, column: 'G' });
    expect(missing.message).toBe(
      `Uitvraag resultaten 2026 - Woonwaarts.xlsx, blad "Resultaten", rij ${molenstraat.rowNumber}, kolom G: status ‘vertraagd’ vraagt een toelichting; die ontbreekt.`,
    );
    // The other vertraagd row has its toelichting; niet gestart and vervallen have theirs.
    // Every planned activity was answered; the afspraken Woonwaarts leads without one, left empty, make one warning.
    expect(read.problems.filter((p) => p.code === 'planned-unanswered')).toEqual([]);
    const answeredRows = new Set(read.results.map((r) => r.rowNumber));
    const emptyRows = [...rowOf.entries()].filter(([key, r]) => key.startsWith('A') && !answeredRows.has(r)).map(([, r]) => r);
    expect(emptyRows).toHaveLength(7);
    const led = only(read, 'led-unanswered');
    expect(led).toMatchObject({ severity: 'warning', sheet: 'Resultaten', column: 'E' });
    expect(led.message).toMatch(/^Uitvraag resultaten 2026 - Woonwaarts\.xlsx, blad "Resultaten", kolom E: 7 afspraken zonder geplande activiteit waarvan de partij trekker is, zijn niet ingevuld: 1\.2 bij 4 \(rij \d+\), /);
    for (const r of emptyRows) expect(led.message).toContain(`(rij ${r})`);
  });

  it('reads the indicator figures by their code, numbers from text with a warning, "n.v.t." as no value with the text kept', () => {
    const value = (code: string) => read.indicators.find((i) => i.code === code);
    expect(read.indicators).toHaveLength(Object.keys(WOONWAARTS_FILLING.indicators).length);
    expect(value('sociale-huur-180')).toEqual({
      sheet: 'Indicatoren',
      rowNumber: 5,
      code: 'sociale-huur-180',
      title: 'Toevoeging sociale huurwoningen tot en met 2028',
      value: 36,
      valueText: '36',
      unit: 'woningen',
      target: 'ten minste 180 woningen eind 2028, samen met De Kernen',
      valueColumn: 'G',
    });
    expect(value('energielabels-efg-0')).toMatchObject({ value: 140, valueText: 'ca. 140', note: 'Stand 31 december 2026, schatting' });
    expect(value('deest-zuid-sociale-huur-25')).toMatchObject({ value: null, valueText: 'n.v.t.', note: 'Nog geen fase met koopwoningen opgeleverd.' });
    expect(value('woonwaarts-label-d-0')).toMatchObject({ value: 1234, valueText: '1.234' });
    expect(value('bijzondere-bemiddeling-6')).toMatchObject({ value: 5.5, valueText: '5,5%', unit: 'procent (%)' });
    // A cell shown as a percentage counts in percent points, as the targets do.
    expect(value('statushouders-woonwaarts-95')).toMatchObject({ value: 96, valueText: '96%' });
    expect(value('vrije-toewijzing-15')).toMatchObject({ value: 12.5, valueText: '12,5' });
    expect(value('geclusterd-ouderen-85')).toMatchObject({ value: 0, valueText: '0' });

    const interpreted = read.problems.filter((p) => p.code === 'value-interpreted');
    expect(interpreted.map((p) => p.message.replace(/^.*kolom G: /, ''))).toEqual([
      'de tekst "ca. 140" is gelezen als het getal 140. Klopt dat niet, vul dan alleen een getal in.',
      'de tekst "1.234" is gelezen als het getal 1.234. Klopt dat niet, vul dan alleen een getal in.',
      'de tekst "5,5%" is gelezen als het getal 5,5 (procent). Klopt dat niet, vul dan alleen een getal in.',
    ]);
    expect(only(read, 'value-none').message).toMatch(/blad "Indicatoren", rij \d+, kolom G: "n\.v\.t\." is gelezen als: geen waarde\. De tekst is bewaard\.$/);
    expect(only(read, 'indicators-empty').message).toContain(
      '2 indicatoren zijn niet ingevuld: "Maximum sociale huurwoningen in Deest Zuid" (rij 9), "Nieuwe huurwoningen eerst aan eigen inwoners" (rij 14).',
    );
  });

  it('has no other problems, and every message names its place', () => {
    expect([...new Set(codes(read))].sort()).toEqual(
      ['explanation-missing', 'indicators-empty', 'led-unanswered', 'value-interpreted', 'value-none'].sort(),
    );
    expectPlacesInMessages(read);
    expect(read.rowsRead).toBe(markerRow + 2 - RESULTS_HEADER_ROW);
  });

  it('still reads it when the partner inserted a column and a row of unplanned work among the planned ones', async () => {
    const wb = await loadWorkbook(written.filled);
    const ws = wb.getWorksheet(RESULT_SHEETS.results) as Worksheet;
    ws.spliceColumns(5, 0, []);
    ws.getCell(RESULTS_HEADER_ROW, 5).value = 'Projectnummer';
    const first = RESULTS_HEADER_ROW + 1;
    ws.getCell(first, 5).value = 'P-2026-014';
    ws.spliceRows(first + 1, 0, []);
    ws.getCell(first + 1, 3).value = 'Extra: informatieavond over de bouw in Deest Zuid';
    ws.getCell(first + 1, 6).value = 'gerealiseerd';
    const again = await readResultsWorkbook(await saveWorkbook(wb), written.fileName);

    expect(only(again, 'layout-changed').message).toContain('de kolommen van de uitvraag zijn verplaatst, ingevoegd of hernoemd');
    expect(again.columns.map((c) => c.field)).toEqual(['key', 'agreementRef', 'activity', 'planning', null, 'status', 'result', 'explanation', 'steering']);
    expect(again.results.find((r) => r.rowNumber === first)).toMatchObject({ key: read.results[0]?.key, extra: { Projectnummer: 'P-2026-014' }, status: 'done' });
    expect(again.results.find((r) => r.rowNumber === first + 1)).toMatchObject({
      activity: 'Extra: informatieavond over de bouw in Deest Zuid',
      unplanned: true,
      status: 'done',
    });
    // Same answers for the same keys; one more unplanned row.
    const strip = (r: ReadResult) => ({ key: r.key, activity: r.activity, status: r.status, result: r.result, explanation: r.explanation, steeringNeeded: r.steeringNeeded });
    expect(again.results.filter((r) => r.key !== undefined).map(strip)).toEqual(read.results.filter((r) => r.key !== undefined).map(strip));
    expect(again.results.filter((r) => r.unplanned)).toHaveLength(3);
    expect(again.indicators).toEqual(read.indicators);
  });

  it('reads an uitvraag that came back empty as no results, with a warning for each planned row and the indicators', async () => {
    const empty = await readResultsWorkbook(written.sent, written.fileName);
    expect(empty.results).toEqual([]);
    expect(empty.indicators).toEqual([]);
    expect(only(empty, 'no-results').message).toContain('in de uitvraag is geen resultaat ingevuld');
    const plannedKeys = [...rowOf.keys()].filter((key) => key.startsWith('P:'));
    expect(empty.problems.filter((p) => p.code === 'planned-unanswered')).toHaveLength(plannedKeys.length);
    expect(only(empty, 'led-unanswered').message).toContain(`${rowOf.size - plannedKeys.length} afspraken zonder geplande activiteit`);
    expect(only(empty, 'indicators-empty').message).toContain('14 indicatoren zijn niet ingevuld');
  });

  it('reads a copy whose hidden layout is damaged by its headings, still telling planned from unplanned by the keys', async () => {
    const wb = await loadWorkbook(written.filled);
    const meta = wb.getWorksheet(RESULT_SHEETS.meta) as Worksheet;
    meta.eachRow((row) => {
      if (row.getCell(1).value === 'resultColumns') row.getCell(2).value = '{"key":1}';
    });
    const damaged = await readResultsWorkbook(await saveWorkbook(wb), written.fileName);
    expect(damaged.meta).toBeNull();
    expect(only(damaged, 'meta-damaged').message).toContain('de velden activity, status ontbreken in de kolomindeling van de resultaten');
    const strip = (r: ReadResult) => ({ key: r.key, activity: r.activity, unplanned: r.unplanned, status: r.status, explanation: r.explanation });
    expect(damaged.results.map(strip)).toEqual(read.results.map(strip));
    expect(damaged.indicators.map((i) => [i.code, i.value])).toEqual(read.indicators.map((i) => [i.code, i.value]));
    expect(damaged.problems.filter((p) => p.code === 'planned-unanswered')).toHaveLength(0);
    expect(only(damaged, 'led-unanswered').message).toContain('7 afspraken zonder geplande activiteit');
    expect(only(damaged, 'indicators-empty').message).toContain('2 indicatoren zijn niet ingevuld');
  });
});

describe('De Kernen: title rows, merged theme rows, their own headings, loose statuses, indicators on a second sheet', () => {
  let read: ReadResultsWorkbook;
  beforeAll(async () => {
    read = await readResultsWorkbook(await deKernenResultsWorkbook(), DE_KERNEN_RESULTS_FILE, { indicators: INDICATORS });
  });

  it('finds the results table under the title rows and maps their headings', () => {
    expect(read.meta).toBeNull();
    expect(read.sheet).toBe('Resultaten 2026');
    expect(read.headerRow).toBe(4);
    expect(read.columns).toEqual([
      { header: 'Afspraak', column: 'A', field: 'agreementRef' },
      { header: 'Activiteit', column: 'B', field: 'activity' },
      { header: 'Stand van zaken', column: 'C', field: 'status' },
      { header: 'Wat is bereikt', column: 'D', field: 'result' },
      { header: 'Verklaring', column: 'E', field: 'explanation' },
      { header: 'Bijsturen nodig?', column: 'F', field: 'steering' },
      { header: 'Budget (€)', column: 'G', field: null },
    ]);
    expect(read.partyHint).toBe('De Kernen');
    expect(read.yearHint).toBe(2026);
  });

  it('resolves loose statuses with a warning naming the cell, and keeps an unknown one as written', () => {
    expect(read.results.map((r) => [r.rowNumber, r.statusText, r.status ?? null])).toEqual([
      [6, 'Afgerond', 'done'],
      [7, 'uitgesteld', 'delayed'],
      [8, 'deels gerealiseerd', 'partly-done'],
      [10, 'Loopt door', 'ongoing'],
      [11, 'Gerealiseed', 'done'],
      [12, 'niet gerealiseerd', null],
      [14, 'Gerealiseerd', 'done'],
    ]);
    const guessed = read.problems.filter((p) => p.code === 'status-guessed');
    expect(guessed.map((p) => [p.row, p.column])).toEqual([
      [6, 'C'],
      [7, 'C'],
      [8, 'C'],
      [10, 'C'],
      [11, 'C'],
    ]);
    expect(guessed[0]?.message).toBe(
      'Verantwoording prestatieafspraken 2026 - De Kernen.xlsx, blad "Resultaten 2026", rij 6, kolom C: de status "Afgerond" is gelezen als ‘gerealiseerd’. Klopt dat niet, pas de status dan aan.',
    );
    expect(only(read, 'status-unknown')).toMatchObject({ row: 12, column: 'C' });
    expect(only(read, 'status-unknown').message).toContain('de status "niet gerealiseerd" is geen bekende status');
  });

  it('names the missing toelichting of the postponed row, in the Verklaring column', () => {
    expect(only(read, 'explanation-missing').message).toBe(
      'Verantwoording prestatieafspraken 2026 - De Kernen.xlsx, blad "Resultaten 2026", rij 7, kolom E: status ‘vertraagd’ vraagt een toelichting; die ontbreekt.',
    );
  });

  it('reads j, N, x and nee for steering and keeps "misschien" as written', () => {
    expect(read.results.map((r) => [r.steeringText, r.steeringNeeded])).toEqual([
      ['N', false],
      ['j', true],
      ['nee', false],
      ['x', true],
      ['nee', false],
      ['misschien', undefined],
      ['nee', false],
    ]);
    expect(only(read, 'steering-unknown')).toMatchObject({ row: 12, column: 'F' });
  });

  it('keeps the theme rows as topics, the unplanned section as unplanned, their Budget column as extra, and skips the source line', () => {
    expect(read.results[0]).toMatchObject({
      agreementRef: '1.1 bij 1 (2)',
      activity: 'Oplevering 6 sociale huurwoningen Kerkstraat Horssen',
      topicContext: 'Thema 1 Woningbouw en beschikbaarheid',
      section: 'Thema 1 Woningbouw en beschikbaarheid',
      result: '6 woningen opgeleverd in oktober',
      extra: { 'Budget (€)': '1.450.000' },
      unplanned: false,
    });
    expect(read.results[3]?.topicContext).toBe('Thema 3 Duurzaamheid');
    const last = read.results[6] as ReadResult;
    expect(last).toMatchObject({ rowNumber: 14, activity: 'Noodopvang twee gezinnen na brand in Altforst', unplanned: true, section: 'Niet geplande activiteiten' });
    expect(last.topicContext).toBeUndefined();
    expect(read.results.filter((r) => r.unplanned)).toHaveLength(1);
    expect(only(read, 'footer-row')).toMatchObject({ row: 16, column: 'A' });
    // The source line is no result, and it is not lost either.
    expect(read.notes).toEqual([{ sheet: read.sheet, row: 16, text: 'Bron: jaarverslag De Kernen 2026' }]);
    expect(only(read, 'unknown-column')).toMatchObject({ row: 4, column: 'G' });
  });

  it('reads the indicators on the second sheet, matched to the agreement\'s indicators by title', () => {
    expect(read.indicatorSheet).toBe('Indicatoren');
    expect(read.indicatorHeaderRow).toBe(3);
    expect(read.indicatorColumns).toEqual([
      { header: 'Succesindicator', column: 'A', field: 'title' },
      { header: 'Aantal 2026', column: 'B', field: 'value' },
      { header: 'Opmerking', column: 'C', field: 'note' },
    ]);
    expect(read.indicators.map((i) => [i.rowNumber, i.code ?? null, i.value, i.valueText, i.note ?? null])).toEqual([
      [4, 'de-kernen-sociale-huur-33', 6, '6', null],
      [5, 'sociale-huur-270', 6, '6', null],
      [6, 'energielabels-efg-0', 25, 'ca. 25', 'schatting'],
      [7, 'bijzondere-bemiddeling-6', 7, '7%', null],
      [8, 'vrije-toewijzing-15', 12, '12%', null],
      [9, 'statushouders-de-kernen-5', null, 'n.v.t.', 'geen taakstelling ontvangen'],
      [10, 'geclusterd-ouderen-85', null, '', 'volgt in maart'],
      [11, null, 14, '14', null],
    ]);
    expect(read.problems.filter((p) => p.code === 'indicator-matched').map((p) => p.row)).toEqual([6, 10]);
    expect(only(read, 'indicator-unknown').message).toContain('"Aantal huurders met een pluspakket" is geen bekende indicator uit de prestatieafspraken; de waarde is bewaard onder deze naam.');
    expect(only(read, 'value-missing').message).toContain('rij 10, kolom B: bij de indicator "Geclusterde woonvormen voor ouderen" staat geen waarde, alleen een toelichting.');
    expect(read.problems.filter((p) => p.code === 'value-interpreted').map((p) => p.row)).toEqual([6, 7]);
    expectPlacesInMessages(read);
  });

  it('leaves the indicator codes open when it does not know the indicators', async () => {
    const bare = await readResultsWorkbook(await deKernenResultsWorkbook(), DE_KERNEN_RESULTS_FILE);
    expect(bare.indicators.every((i) => i.code === undefined)).toBe(true);
    expect(bare.indicators.map((i) => i.value)).toEqual(read.indicators.map((i) => i.value));
    expect(codes(bare)).not.toContain('indicator-unknown');
  });
});

describe('Gemeente: a "Gepland?" column and the indicator table under the results', () => {
  let read: ReadResultsWorkbook;
  beforeAll(async () => {
    read = await readResultsWorkbook(await gemeenteResultsWorkbook(), GEMEENTE_RESULTS_FILE, { indicators: INDICATORS });
  });

  it('reads the results above the indicator table and tells planned from unplanned by the Gepland? column', () => {
    expect(read.sheet).toBe('Verantwoording');
    expect(read.headerRow).toBe(3);
    expect(read.columns.map((c) => c.field)).toEqual(['agreementRef', 'activity', 'planned', 'status', 'result', 'explanation', 'steering']);
    expect(read.results.map((r) => [r.rowNumber, r.activity, r.unplanned, r.status])).toEqual([
      [4, 'Planmonitor delen met de partners', false, 'done'],
      [5, 'Bijdrage verhuiscoach Woonwaarts', false, 'done'],
      [6, 'Sessie wonen en zorg met alle partijen', false, 'not-started'],
      [7, 'Woonbeurs voor starters', true, 'done'],
    ]);
    expect(read.results[3]?.extra).toEqual({ 'Gepland?': 'nee' });
    expect(read.rowsRead).toBe(4);
    // The title of the indicator table is neither a result nor a note of the results.
    expect(codes(read)).not.toContain('footer-row');
  });

  it('reads the indicator table below, with € and % in the text', () => {
    expect(read.indicatorSheet).toBe('Verantwoording');
    expect(read.indicatorHeaderRow).toBe(11);
    expect(read.indicators.map((i) => [i.rowNumber, i.code, i.value, i.valueText])).toEqual([
      [12, 'woondeal-910', 212, '212'],
      [13, 'verhuiscoach-20000', 20000, '€ 20.000'],
      [14, 'sociale-huur-gemiddelde-30', 31.5, '31,5%'],
    ]);
    expect(read.partyHint).toBe('Gemeente Druten');
    expect(read.yearHint).toBe(2026);
    expectPlacesInMessages(read);
  });
});

describe('a partner layout built row by row', () => {
  it('finds the indicator table far below a long results table, and drops no row between them', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Voortgang');
    ws.getRow(1).values = ['Activiteit', 'Status', 'Resultaat'];
    for (let i = 1; i <= 80; i++) ws.getRow(1 + i).values = [`Activiteit ${i}`, 'gerealiseerd', `${i} gedaan`];
    ws.getRow(82).values = ['Nog een activiteit, zonder status'];
    ws.getRow(84).values = ['Kengetallen 2026'];
    ws.getRow(85).values = ['Indicator', 'Aantal'];
    ws.getRow(86).values = ['Toevoeging sociale huurwoningen tot en met 2028', 12];
    const read = await readResultsWorkbook(await saveWorkbook(wb), 'Voortgang 2026 Woonwaarts.xlsx', { indicators: INDICATORS });
    expect(read.results).toHaveLength(81);
    expect(read.results[80]).toMatchObject({ rowNumber: 82, activity: 'Nog een activiteit, zonder status' });
    expect(only(read, 'no-status')).toMatchObject({ row: 82, column: 'B' });
    expect(read.indicatorHeaderRow).toBe(85);
    expect(read.indicators).toEqual([
      {
        sheet: 'Voortgang',
        rowNumber: 86,
        code: 'sociale-huur-180',
        title: 'Toevoeging sociale huurwoningen tot en met 2028',
        value: 12,
        valueText: '12',
        valueColumn: 'B',
      },
    ]);
    expect(read.partyHint).toBe('Woonwaarts');
    expectPlacesInMessages(read);
  });

  it('keeps their own Nr. column with each result as written, not as an afspraak and not as an unknown column', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Resultaten');
    ws.getRow(1).values = ['Nr.', 'Activiteit', 'Status', 'Resultaat'];
    ws.getRow(2).values = ['1', 'Wijkschouw Deest', 'gerealiseerd', '32 bewoners'];
    ws.getRow(3).values = ['2', 'Huurdersavond energiekosten', 'doorlopend', ''];
    const read = await readResultsWorkbook(await saveWorkbook(wb), 'HBD resultaten 2026.xlsx');
    expect(read.columns[0]).toEqual({ header: 'Nr.', column: 'A', field: 'rowLabel' });
    expect(read.results.map((r) => [r.activity, r.agreementRef, r.extra])).toEqual([
      ['Wijkschouw Deest', undefined, { 'Nr.': '1' }],
      ['Huurdersavond energiekosten', undefined, { 'Nr.': '2' }],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('reads a file with only an indicator table, and says the results per activity are missing', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Cijfers');
    ws.getRow(1).values = ['Succesindicator', '2026', 'Toelichting'];
    ws.getRow(2).values = ['Vrije toewijzingsruimte', '9,5', 'eigen registratie'];
    const read = await readResultsWorkbook(await saveWorkbook(wb), 'De Kernen cijfers 2026.xlsx', { indicators: INDICATORS });
    expect(read.results).toEqual([]);
    expect(read.sheet).toBe('Cijfers');
    expect(read.indicators.map((i) => [i.code, i.value, i.note])).toEqual([['vrije-toewijzing-15', 9.5, 'eigen registratie']]);
    expect(only(read, 'no-results-table').message).toContain('bevat alleen indicatoren');
  });
});

describe('HBD: tiny, its own status words, no indicators', () => {
  it('reads the results and proposes party and year from the file name', async () => {
    const read = await readResultsWorkbook(await hbdResultsWorkbook(), HBD_RESULTS_FILE, { indicators: INDICATORS });
    expect(read.results.map((r) => [r.activity, r.status, r.explanation ?? null])).toEqual([
      ['Wijkschouw Deest met gemeente en Woonwaarts', 'done', '32 bewoners, verslag naar de werkgroep'],
      ['Huurdersavond energiekosten', 'ongoing', null],
      ['Nieuwsbrief over zonnepanelen', 'dropped', 'Woonwaarts informeert zelf'],
      ['Bewonersbijeenkomst Puiflijk', undefined, 'Samen met Woonwaarts, 18 bewoners'],
    ]);
    expect(read.indicators).toEqual([]);
    expect(read.indicatorSheet).toBeUndefined();
    expect(read.partyHint).toBe('HBD');
    expect(read.yearHint).toBe(2026);
    expect(codes(read)).toEqual(['status-guessed', 'no-status']);
    expect(only(read, 'no-status').message).toBe(
      'HBD_resultaten_2026.xlsx, blad "Blad1", rij 5, kolom B: deze regel heeft geen status. Vul de status in (gerealiseerd, gedeeltelijk gerealiseerd, vertraagd, niet gestart, vervallen, doorlopend).',
    );
    expect(read.results[3]?.statusText).toBeUndefined();
    expectPlacesInMessages(read);
  });
});

describe('refusing what is not a readable results workbook', () => {
  // exceljs's own reader class, to prove a refused file never reaches it.
  const XLSX = createRequire(__filename)('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: (...args: unknown[]) => unknown } };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function refusal(data: Uint8Array, fileName: string, loads = false): Promise<string> {
    const load = vi.spyOn(XLSX.prototype, 'load');
    let error: unknown;
    try {
      await readResultsWorkbook(data, fileName);
    } catch (err) {
      error = err;
    }
    expect(error, `${fileName} is niet geweigerd`).toBeInstanceOf(ServiceError);
    const e = error as ServiceError;
    expect(e.code).toBe('file_refused');
    expect(e.message.startsWith(`"${fileName}" `)).toBe(true);
    if (!loads) expect(load).not.toHaveBeenCalled();
    return e.message;
  }

  it('refuses old, encrypted, text, cut-off, random and empty files before exceljs sees them, as the activities reader does', async () => {
    expect(await refusal(xlsFile(), 'Resultaten 2026.xls')).toContain('oud Excel-bestand (.xls');
    expect(await refusal(encryptedFile(), 'Resultaten 2026.xlsx')).toContain('wachtwoord');
    expect(await refusal(csvFile(), 'resultaten.csv')).toContain('.xlsx');
    expect(await refusal(await truncatedWorkbook(), 'Resultaten 2026.xlsx')).toContain('onvolledig');
    expect(await refusal(randomBinary(), 'bijlage.xlsx')).toContain('geen Excel-werkmap (.xlsx of .xlsm)');
    expect(await refusal(new Uint8Array(0), 'leeg.xlsx')).toContain('is leeg (0 bytes)');
    expect(await refusal(zipBombDeclared(), 'bom.xlsx')).toContain('wordt bij het uitpakken');
    // Told in the words of results, not of activities.
    expect(await refusal(zipBombDeclared(), 'bom.xlsx')).toContain('Een overzicht van resultaten is veel kleiner: zet de resultaten in een nieuwe werkmap');
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj'), 'resultaten.pdf')).toContain('Vraag de partij om de resultaten als Excel-werkmap (.xlsx).');
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    expect(await refusal(await emptyTableWorkbook(), 'leeg.xlsx', true)).toContain('bevat geen gegevens: alle bladen zijn leeg');
  });

  it('refuses an activiteitenoverzicht without status or result, and says what it looks for', async () => {
    const message = await refusal(await woonwaartsWorkbook(), 'Woonwaarts activiteiten 2027.xlsx', true);
    expect(message).toMatch(/^"Woonwaarts activiteiten 2027\.xlsx" bevat geen tabel met resultaten\. .*"Activiteit" en een kolom zoals "Status"/);
  });

  it('refuses our activities uitvraag, and the activities reader refuses our results uitvraag', async () => {
    const data = await loadRealAgreementData();
    const party = data.parties.find((p) => p.id === 'woonwaarts');
    if (!party) throw new Error('geen Woonwaarts');
    const activities = await writeActivityRequest({
      party: { id: party.id, name: party.name, shortName: party.shortName, kind: party.kind },
      planningYear: 2027,
      agreementSet: data.agreementSet,
      agreements: data.agreements,
      prefillIds: [],
      parties: data.parties.map((p) => ({ id: p.id, shortName: p.shortName })),
      contact: CONTACT,
      createdAt: CREATED_AT,
    });
    expect(readRequestMeta(await loadWorkbook(activities.data)).ok).toBe(true);
    expect(await refusal(activities.data, activities.fileName, true)).toContain(
      'is een uitvraag voor het activiteitenoverzicht 2027, geen resultaten. Importeer het bij de activiteitenoverzichten.',
    );
    const results = await woonwaartsResults(data);
    await expect(readActivityWorkbook(results.filled, results.fileName)).rejects.toMatchObject({
      code: 'file_refused',
      message: expect.stringContaining('is een uitvraag van de resultaten over 2026, geen activiteitenoverzicht'),
    });
  });
});
