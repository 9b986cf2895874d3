// The verantwoording and the tussenevaluatie as an Excel workbook: the same
// content as the Word document, as lists to filter and sort. Samenvatting
// (traffic lights per theme and party, with the status chart), Resultaten
// (one row per result or missing answer), Per afspraak, Indicatoren (the
// figures per year and a chart per indicator), Bijsturing (steering, deviations,
// missing explanations, unplanned work) and Per partij.
import { Workbook, type Fill, type Worksheet } from 'exceljs';
import { hasFigures, progressLabel } from '../accountability/progress';
import { lightText, responseSentences, responseText, stoplightLegend, unansweredHeading, unansweredText } from '../domain/stoplight';
import { describeBaseline } from '../domain/indicators';
import { INDICATOR_UNIT_WORDS } from '../domain/types';
import { EXPLANATION_REQUIRED, type AccountabilityReport, type IndicatorProgress, type StatusSummary } from '../domain/accountability';
import type { ActivityResult } from '../domain/results';
import { nameFilterRanges } from '../requests/filter-names';
import { rowHeightFor } from '../requests/row-height';
import { reportCharts, type ChartImage } from './charts';
import { KEY_COLUMNS, writeList, type Column } from './joint-overview-xlsx';
import { FONT_SIZE, GRID_BORDER, HEADER_FILL, HEADER_FONT, TITLE_COLOR, font, pageSetup, shareCellStyles, sheetFooter, title } from './xlsx-styles';
import {
  LIGHT_FILLS,
  STATUS_FILLS,
  STATUS_KEYS,
  STATUS_SHORT,
  accountabilityTitle,
  awaitedIn,
  adviceMissingText,
  adviceSourceText,
  namesOf,
  reportDateText,
  resultKey,
  resultLines,
  statusLabel,
  steeringText,
  summaryText,
  total,
  type ResultLine,
  overlapSummary,
} from './accountability-model';
import { accountabilitySummary } from './executive-summary';
import { writeExecutiveSummarySheet } from './executive-summary-xlsx';
import { flat } from './report-model';
import { companyOf, versionReceived } from './labels';

export const ACCOUNTABILITY_SHEETS = {
  executive: 'Bestuurlijke samenvatting',
  summary: 'Samenvatting',
  results: 'Resultaten',
  agreements: 'Per afspraak',
  indicators: 'Indicatoren',
  steering: 'Bijsturing',
  parties: 'Per partij',
  charts: 'Grafieken',
} as const;

const fill = (hex: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex}` } });

export async function writeAccountabilityXlsx(report: AccountabilityReport): Promise<Buffer> {
  const docTitle = accountabilityTitle(report);
  const charts = reportCharts(report);
  const created = new Date(report.generatedAt);
  const workbook = new Workbook();
  workbook.creator = 'Werkgroep Prestatieafspraken';
  workbook.lastModifiedBy = 'Prestatieafspraken Werkbank';
  workbook.created = Number.isNaN(created.getTime()) ? new Date(0) : created;
  workbook.modified = workbook.created;
  workbook.title = docTitle;
  workbook.subject = report.agreementSet.title;
  workbook.company = companyOf(report.agreementSet);

  const executive = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.executive, { properties: { tabColor: TITLE_COLOR } });
  const summary = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.summary, { properties: { tabColor: TITLE_COLOR } });
  const results = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.results, { properties: { tabColor: { argb: 'FF2E7D32' } } });
  const agreements = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.agreements);
  const indicators = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.indicators);
  const steering = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.steering, { properties: { tabColor: { argb: 'FFC55A11' } } });
  const parties = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.parties);
  const chartSheet = workbook.addWorksheet(ACCOUNTABILITY_SHEETS.charts);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const addImage = (sheet: Worksheet, image: ChartImage, col: number, row: number, widthPx: number): number => {
    const id = workbook.addImage({ buffer: image.png as unknown as ArrayBuffer, extension: 'png' } as Parameters<Workbook['addImage']>[0]);
    const height = Math.round((image.height / image.width) * widthPx);
    sheet.addImage(id, { tl: { col, row }, ext: { width: widthPx, height }, editAs: 'oneCell' });
    return height;
  };

  writeExecutiveSummarySheet(executive, accountabilitySummary(report), docTitle);
  writeSummary(summary, report, docTitle);
  writeResults(results, report, docTitle);
  writeAgreements(agreements, report, docTitle);
  writeIndicators(indicators, report, docTitle);
  writeSteering(steering, report, docTitle);
  writeParties(parties, report, docTitle);
  const indicatorTitles = new Map(report.indicators.map((p) => [p.indicator.code, p.indicator.title]));
  writeCharts(
    chartSheet,
    docTitle,
    [
      { title: 'Stand per thema', image: charts.themes },
      { title: 'Stand per partij', image: charts.parties },
      ...charts.indicators.map((c) => ({ title: indicatorTitles.get(c.code) ?? c.code, image: c.image })),
    ],
    (image, row, width) => addImage(chartSheet, image, 0, row, width),
  );
  nameFilterRanges(workbook);
  shareCellStyles(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function lightCell(sheet: Worksheet, row: number, col: number, s: StatusSummary): void {
  const cell = sheet.getCell(row, col);
  const c = LIGHT_FILLS[s.light];
  cell.value = lightText(s);
  cell.fill = fill(c.fill);
  cell.font = font({ bold: true, color: { argb: `FF${c.text}` } });
  cell.alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
  cell.border = GRID_BORDER;
}

/** The neutral look of what has not come in: the 'open' light's colours, never the signal red. */
function unansweredCell(sheet: Worksheet, row: number, col: number): void {
  const cell = sheet.getCell(row, col);
  cell.fill = fill(STATUS_FILLS.unanswered);
  cell.font = font({ color: { argb: `FF${LIGHT_FILLS.open.text}` } });
}

/** The column headers of the status counts; the unanswered one says what it holds in this report. */
function countHeaders(report: AccountabilityReport): Record<(typeof STATUS_KEYS)[number], string> {
  return { ...STATUS_SHORT, unanswered: unansweredHeading(report.responses) };
}

function headerRow(sheet: Worksheet, row: number, headers: string[]): void {
  headers.forEach((h, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = h;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = GRID_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: i === 0 ? 'left' : 'center', wrapText: true };
  });
  sheet.getRow(row).height = 28;
}

// ---------------------------------------------------------------- Samenvatting

function writeSummary(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  const multi = report.executionYears.length > 1;
  const names = namesOf(report);
  sheet.views = [{ state: 'normal', showGridLines: false, activeCell: 'A1' }];
  sheet.getColumn(1).width = 38;
  for (let c = 2; c <= 3 + report.executionYears.length + STATUS_KEYS.length; c++) sheet.getColumn(c).width = 12;
  sheet.getColumn(2).width = 17;
  pageSetup(sheet, 'landscape');
  sheetFooter(sheet, docTitle);

  title(sheet, 1, docTitle, 16);
  const sub = sheet.getCell(2, 1);
  sub.value = `${report.agreementSet.title} · voor het Bestuurlijk Overleg · ${reportDateText(report)}`;
  sub.font = font({ italic: true, size: 11, color: { argb: 'FF595959' } });
  const overall = sheet.getCell(3, 1);
  overall.value = `Alle afspraken samen: ${summaryText(report.overall.summary)}.`;
  overall.font = font({ bold: true });

  // The response next to the lights, naming who has not answered.
  let row = 4;
  for (const sentence of responseSentences(report)) {
    const cell = sheet.getCell(row, 1);
    cell.value = sentence;
    cell.font = font();
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(row, 1, row, 10);
    sheet.getRow(row).height = rowHeightFor([{ text: sentence, width: 140 }], FONT_SIZE);
    row++;
  }
  row++;
  const block = (label: string, rows: { label: string; summary: StatusSummary; years?: { year: number; summary: StatusSummary }[] }[]): void => {
    const yearCols = multi ? report.executionYears : [];
    const headers = countHeaders(report);
    headerRow(sheet, row, [label, multi ? 'Totaal' : 'Stoplicht', ...yearCols.map(String), 'Beantwoord', ...STATUS_KEYS.map((k) => headers[k]), 'Totaal aantal']);
    row++;
    for (const r of rows) {
      const c1 = sheet.getCell(row, 1);
      c1.value = r.label;
      c1.font = font({ bold: true });
      c1.border = GRID_BORDER;
      lightCell(sheet, row, 2, r.summary);
      yearCols.forEach((y, i) => {
        const s = r.years?.find((x) => x.year === y)?.summary;
        if (s) lightCell(sheet, row, 3 + i, s);
      });
      const response = sheet.getCell(row, 3 + yearCols.length);
      response.value = responseText(r.summary);
      response.font = font();
      response.border = GRID_BORDER;
      response.alignment = { horizontal: 'center' };
      STATUS_KEYS.forEach((k, i) => {
        const col = 4 + yearCols.length + i;
        const cell = sheet.getCell(row, col);
        cell.value = r.summary.counts[k];
        cell.font = font();
        cell.border = GRID_BORDER;
        cell.alignment = { horizontal: 'center' };
        if (r.summary.counts[k] > 0 && k === 'unanswered') unansweredCell(sheet, row, col);
        else if (r.summary.counts[k] > 0 && k !== 'done' && k !== 'ongoing') cell.fill = fill(STATUS_FILLS[k]);
      });
      const t = sheet.getCell(row, 4 + yearCols.length + STATUS_KEYS.length);
      t.value = total(r.summary);
      t.font = font({ bold: true });
      t.border = GRID_BORDER;
      t.alignment = { horizontal: 'center' };
      row++;
    }
    row++;
  };
  title(sheet, row++, 'Stand per thema', 12);
  block('Thema', [
    ...report.themes.map((t) => ({ label: `${t.number} ${t.title}`, summary: t.summary, years: t.years })),
    { label: 'Geen afspraak', summary: report.unlinked.summary },
    { label: 'Totaal', summary: report.overall.summary, years: report.overall.years },
  ]);
  title(sheet, row++, 'Stand per partij', 12);
  block(
    'Partij',
    report.byParty.map((b) => ({ label: names.party(b.partyId), summary: b.summary, years: b.years })),
  );
  const legend = sheet.getCell(row, 1);
  legend.value = stoplightLegend(report.responses);
  legend.font = font({ italic: true, color: { argb: 'FF595959' } });
  legend.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(row, 1, row, 10);
  sheet.getRow(row).height = rowHeightFor([{ text: stoplightLegend(report.responses), width: 140 }], FONT_SIZE);
  row += 2;

  if (report.notes.length > 0) {
    title(sheet, row++, 'Kanttekeningen', 12);
    for (const n of report.notes) {
      const cell = sheet.getCell(row, 1);
      cell.value = `• ${n}`;
      cell.font = font();
      cell.alignment = { wrapText: true, vertical: 'top' };
      sheet.mergeCells(row, 1, row, 10);
      sheet.getRow(row).height = rowHeightFor([{ text: n, width: 140 }], FONT_SIZE);
      row++;
    }
    row++;
  }
  title(sheet, row++, 'Advies aan het Bestuurlijk Overleg', 12);
  const advice = report.advice.trim();
  if (advice) {
    const source = sheet.getCell(row, 1);
    source.value = adviceSourceText(report);
    source.font = font({ italic: true, color: { argb: 'FF595959' } });
    sheet.mergeCells(row, 1, row, 10);
    row++;
  }
  const adviceCell = sheet.getCell(row, 1);
  adviceCell.value = advice || adviceMissingText(report);
  adviceCell.font = advice ? font() : font({ italic: true, color: { argb: 'FF595959' } });
  adviceCell.alignment = { wrapText: true, vertical: 'top' };
  if (advice) adviceCell.border = GRID_BORDER;
  sheet.mergeCells(row, 1, row, 10);
  sheet.getRow(row).height = advice ? Math.max(60, rowHeightFor([{ text: advice, width: 140 }], FONT_SIZE)) : 18;
  row += 2;
  const pointer = sheet.getCell(row, 1);
  pointer.value = `De grafieken staan op het blad ${ACCOUNTABILITY_SHEETS.charts}, elk op een eigen pagina.`;
  pointer.font = font({ italic: true, color: { argb: 'FF595959' } });
}

// ---------------------------------------------------------------- Resultaten

function resultColumns(report: AccountabilityReport): Column<ResultLine>[] {
  const names = namesOf(report);
  return [
    { header: 'Thema', width: 18, value: (l) => l.theme },
    { header: 'Onderwerp', width: 18, value: (l) => l.topic },
    { header: 'Afspraak', width: 12, value: (l) => l.reference },
    { header: 'Partij', width: 16, value: (l) => names.party(l.partyId) },
    { header: 'Jaar', width: 7, value: (l) => l.year },
    { header: 'Activiteit', width: 45, value: (l) => l.activity },
    { header: 'Gepland', width: 9, value: (l) => (l.planned ? 'ja' : 'nee') },
    { header: 'Status', width: 22, value: (l) => l.statusText, signal: (l) => l.status !== 'unanswered' && EXPLANATION_REQUIRED.includes(l.status) },
    { header: 'Resultaat', width: 40, value: (l) => l.result },
    { header: 'Toelichting', width: 40, value: (l) => (l.explanationMissing ? 'Toelichting ontbreekt' : l.explanation), signal: (l) => l.explanationMissing },
    { header: 'Bijsturing nodig', width: 11, value: (l) => l.steering, signal: (l) => l.steering === 'ja' },
  ];
}

/**
 * The flat list of results, one row per activity: as tall as its own texts need. The afspraak's
 * text is not repeated on every row (a long afspraak made each of its rows a page tall): its
 * reference leads to it on the sheet Per afspraak.
 */
function writeResults(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  // Who and what first, so that they stay in view: frozen on screen, and repeated on every printed page.
  const all = resultColumns(report);
  const columns = [...all.filter((c) => KEY_COLUMNS.includes(c.header)), ...all.filter((c) => !KEY_COLUMNS.includes(c.header))];
  const lines = resultLines(report);
  writeList(sheet, 1, columns, lines, { freezeColumns: KEY_COLUMNS.length });
  const statusCol = 1 + columns.findIndex((c) => c.header === 'Status');
  lines.forEach((l, i) => {
    if (l.status === 'unanswered') unansweredCell(sheet, 2 + i, statusCol);
  });
  pageSetup(sheet, 'landscape', 1);
  // Eleven columns do not fit one page legibly: printed, the list runs over two pages side by side, each with Partij and Activiteit.
  sheet.pageSetup.printTitlesColumn = `A:${sheet.getColumn(KEY_COLUMNS.length).letter}`;
  sheet.pageSetup.fitToWidth = 2;
  sheetFooter(sheet, docTitle);
}

// ---------------------------------------------------------------- Per afspraak

function writeAgreements(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  const items = report.themes.flatMap((t) =>
    t.topics.flatMap((topic) => topic.agreements.map((a) => ({ a, theme: `${t.number} ${t.title}`, topic: `${topic.number} ${topic.title}` }))),
  );
  type Item = (typeof items)[number];
  const columns: Column<Item>[] = [
    { header: 'Thema', width: 18, value: (i) => i.theme },
    { header: 'Onderwerp', width: 18, value: (i) => i.topic },
    { header: 'Afspraak', width: 12, value: (i) => i.a.reference },
    { header: 'Afspraaktekst', width: 55, value: (i) => flat(i.a.text) },
    { header: 'Trekker', width: 16, value: (i) => i.a.leadText },
    { header: 'Stoplicht', width: 17, value: (i) => lightText(i.a.summary) },
    { header: 'Beantwoord', width: 11, value: (i) => responseText(i.a.summary) },
    ...STATUS_KEYS.map((k): Column<Item> => ({ header: countHeaders(report)[k], width: 10, value: (i) => i.a.summary.counts[k] })),
    { header: 'Totaal', width: 8, value: (i) => total(i.a.summary) },
  ];
  writeList(sheet, 1, columns, items);
  items.forEach((i, r) => {
    const cell = sheet.getCell(2 + r, 6);
    const c = LIGHT_FILLS[i.a.summary.light];
    cell.value = lightText(i.a.summary);
    cell.fill = fill(c.fill);
    cell.font = font({ bold: true, color: { argb: `FF${c.text}` } });
  });
  pageSetup(sheet, 'landscape', 1);
  sheetFooter(sheet, docTitle);
}

// ---------------------------------------------------------------- Indicatoren

function writeIndicators(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  const names = namesOf(report);
  const years = [...new Set(report.indicators.flatMap((p) => p.years.filter((y) => y.total !== null || y.year <= Math.max(...report.executionYears)).map((y) => y.year)))].sort((a, b) => a - b);
  const figure = (p: IndicatorProgress, year: number): number | null => {
    const y = p.years.find((x) => x.year === year);
    return y ? (y.cumulative ?? y.total) : null;
  };
  const columns: Column<IndicatorProgress>[] = [
    { header: 'Code', width: 14, value: (p) => p.indicator.code },
    { header: 'Indicator', width: 40, value: (p) => p.indicator.title },
    { header: 'Eenheid', width: 11, value: (p) => INDICATOR_UNIT_WORDS[p.indicator.unit] },
    { header: 'Doel', width: 22, value: (p) => p.target },
    { header: 'Uiterlijk', width: 9, value: (p) => p.indicator.deadlineYear },
    { header: 'Partijen', width: 18, value: (p) => p.indicator.partyIds.map((id) => names.partyShort(id)).join(', ') },
    { header: 'Vertrekpunt', width: 24, value: (p) => (p.baseline ? describeBaseline(p.baseline, p.indicator.unit) : '') },
    ...years.map((y): Column<IndicatorProgress> => ({ header: String(y), width: 9, value: (p) => figure(p, y) })),
    { header: 'Stand', width: 11, value: (p) => progressLabel(p), signal: (p) => p.status === 'behind' },
    { header: 'Toelichting', width: 70, value: (p) => p.message },
    { header: 'Zo opgeteld', width: 44, value: (p) => p.combination },
    // The short form keeps the row low; each indicator says what it is a step or part of, so both sides show.
    { header: 'Dezelfde woningen', width: 40, value: (p) => p.overlapNote ?? '' },
  ];
  // Indicators without figures share one compact table below: no empty row of years, no empty chart.
  const withFigures = report.indicators.filter(hasFigures);
  const last = writeList(sheet, 1, columns, withFigures);
  const note = sheet.getCell(last + 2, 1);
  note.value =
    'De cijfers per jaar zijn cumulatief waar het doel een totaal over de jaren is, anders het cijfer van dat jaar (gemiddeld over de partijen bij een aandeel). ' +
    `Elke partij geeft haar eigen aandeel op; de kolom Zo opgeteld zegt hoe de cijfers zijn samengeteld. De grafieken staan op het blad ${ACCOUNTABILITY_SHEETS.charts}.` +
    (overlapSummary(report) !== null ? ` ${overlapSummary(report) as string}` : '');
  note.font = font({ italic: true, color: { argb: 'FF595959' } });
  writeIndicatorsWithoutFigures(sheet, last + 4, report.indicators.filter((p) => !hasFigures(p)), names.partyShort);
  // The code is the Werkbank's key for an indicator, not for readers: kept (hidden) for whoever works on with the list.
  sheet.getColumn(1).hidden = true;
  pageSetup(sheet, 'landscape', 1);
  // Figures per year, the toelichting and how they add up do not fit one page legibly: printed two pages wide, each with the indicator's name.
  sheet.pageSetup.printTitlesColumn = 'A:B';
  sheet.pageSetup.fitToWidth = 2;
  sheetFooter(sheet, docTitle);
}

/** "Nog geen cijfers": one small table of the indicators nobody reported on yet, from `startRow`; returns the row after it. */
function writeIndicatorsWithoutFigures(sheet: Worksheet, startRow: number, silent: IndicatorProgress[], partyShort: (id: string) => string): number {
  if (silent.length === 0) return startRow;
  const heading = sheet.getCell(startRow, 2);
  heading.value = `Nog geen cijfers (${silent.length})`;
  heading.font = font({ bold: true, size: FONT_SIZE + 2, color: TITLE_COLOR });
  const headers = ['Indicator', 'Eenheid', 'Doel', 'Uiterlijk', 'Partijen', 'Vertrekpunt'];
  headers.forEach((h, i) => {
    const cell = sheet.getCell(startRow + 1, i + 2);
    cell.value = h;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = GRID_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
  });
  silent.forEach((p, i) => {
    const values = [
      p.indicator.title,
      INDICATOR_UNIT_WORDS[p.indicator.unit],
      p.target,
      p.indicator.deadlineYear,
      p.indicator.partyIds.map(partyShort).join(', '),
      p.baseline ? describeBaseline(p.baseline, p.indicator.unit) : '',
    ];
    const r = sheet.getRow(startRow + 2 + i);
    values.forEach((v, c) => {
      const cell = r.getCell(c + 2);
      cell.value = v === '' ? null : v;
      cell.font = font();
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = GRID_BORDER;
    });
    r.height = rowHeightFor(
      values.map((v, c) => ({ text: String(v), width: sheet.getColumn(c + 2).width ?? 10 })),
      FONT_SIZE,
    );
  });
  return startRow + 2 + silent.length;
}

// ---------------------------------------------------------------- Grafieken

/** Landscape A4 at 96 dpi, within the margins of pageSetup: what one chart may take. */
const CHART_PAGE = { width: 1000, height: 600 };

/**
 * Every chart on a sheet of its own, one per printed page: a title, the chart
 * below it at a size that fits the page, and a page break after it, so that no
 * chart is cut in two when printed.
 */
function writeCharts(
  sheet: Worksheet,
  docTitle: string,
  charts: { title: string; image: ChartImage }[],
  addImage: (image: ChartImage, row: number, width: number) => number,
): void {
  sheet.views = [{ state: 'normal', showGridLines: false, activeCell: 'A1' }];
  // One wide column as wide as a chart: printed at full size, nothing beside it.
  sheet.getColumn(1).width = 143;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    // No "fit to": Excel ignores page breaks then.
    scale: 100,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheetFooter(sheet, docTitle);
  let row = 1;
  charts.forEach((chart, i) => {
    title(sheet, row, chart.title, 12);
    const scale = Math.min(CHART_PAGE.width / chart.image.width, (CHART_PAGE.height - 40) / chart.image.height);
    const width = Math.floor(chart.image.width * scale);
    // The picture hangs from the row below the title; rows of 15 pt (20 px) make room for it.
    const height = addImage(chart.image, row, width);
    const rows = Math.ceil(height / 20) + 1;
    for (let r = row + 1; r <= row + rows; r++) sheet.getRow(r).height = 15;
    row += rows + 1;
    if (i < charts.length - 1) sheet.getRow(row - 1).addPageBreak();
  });
}

// ---------------------------------------------------------------- Bijsturing

function writeSteering(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  const names = namesOf(report);
  const missing = new Set(report.missingExplanations.map(resultKey));
  interface Line {
    kind: string;
    r: ActivityResult;
  }
  const lines: Line[] = [
    ...report.steering.map((r) => ({ kind: 'Bijsturing nodig', r })),
    ...report.deviations.map((r) => ({ kind: 'Afwijking', r })),
    ...report.missingExplanations.map((r) => ({ kind: 'Toelichting ontbreekt', r })),
    ...report.unplanned.map((r) => ({ kind: 'Niet gepland', r })),
  ];
  const columns: Column<Line>[] = [
    { header: 'Soort', width: 20, value: (l) => l.kind, signal: (l) => l.kind !== 'Niet gepland' },
    { header: 'Afspraak', width: 12, value: (l) => names.agreementRef(l.r.agreementId) },
    { header: 'Thema', width: 18, value: (l) => names.themeOf(l.r.agreementId) },
    { header: 'Partij', width: 16, value: (l) => names.party(l.r.partyId) },
    { header: 'Jaar', width: 7, value: (l) => l.r.executionYear },
    { header: 'Activiteit', width: 45, value: (l) => flat(l.r.activity) },
    { header: 'Status', width: 16, value: (l) => statusLabel(l.r, awaitedIn(report, l.r.executionYear), report.agreementSet.cycleDates) },
    { header: 'Resultaat', width: 40, value: (l) => flat(l.r.result) },
    { header: 'Toelichting', width: 40, value: (l) => (missing.has(resultKey(l.r)) ? 'Toelichting ontbreekt' : flat(l.r.explanation)), signal: (l) => missing.has(resultKey(l.r)) },
    { header: 'Bijsturing nodig', width: 11, value: (l) => steeringText(l.r.steeringNeeded) },
  ];
  writeList(sheet, 1, columns, lines);
  pageSetup(sheet, 'landscape', 1);
  sheetFooter(sheet, docTitle);
}

// ---------------------------------------------------------------- Per partij

function writeParties(sheet: Worksheet, report: AccountabilityReport, docTitle: string): void {
  type P = AccountabilityReport['parties'][number];
  const byParty = new Map(report.byParty.map((b) => [b.partyId, b]));
  const lines = resultLines(report);
  const columns: Column<P>[] = [
    { header: 'Partij', width: 30, value: (p) => p.name },
    ...report.executionYears.map(
      (y): Column<P> => ({
        header: `Resultaten ${y}`,
        width: 20,
        value: (p) => {
          const s = p.submissions.find((x) => x.year === y);
          return !s || s.version === null ? unansweredText(y, awaitedIn(report, y), report.agreementSet.cycleDates) : versionReceived(s.version, s.receivedOn);
        },
      }),
    ),
    { header: 'Stoplicht', width: 17, value: (p) => { const s = byParty.get(p.id)?.summary; return s ? lightText(s) : ''; } },
    { header: 'Beantwoord', width: 11, value: (p) => { const s = byParty.get(p.id)?.summary; return s ? responseText(s) : ''; } },
    ...STATUS_KEYS.map((k): Column<P> => ({ header: countHeaders(report)[k], width: 10, value: (p) => byParty.get(p.id)?.summary.counts[k] ?? 0 })),
    { header: 'Niet gepland', width: 10, value: (p) => lines.filter((l) => l.partyId === p.id && !l.planned).length },
    { header: 'Bijsturing nodig', width: 11, value: (p) => report.steering.filter((r) => r.partyId === p.id).length },
    { header: 'Toelichting ontbreekt', width: 12, value: (p) => report.missingExplanations.filter((r) => r.partyId === p.id).length },
  ];
  writeList(sheet, 1, columns, report.parties);
  const lightCol = 2 + report.executionYears.length;
  report.parties.forEach((p, i) => {
    const s = byParty.get(p.id)?.summary;
    if (s) lightCell(sheet, 2 + i, lightCol, s);
    report.executionYears.forEach((y, j) => {
      if ((p.submissions.find((x) => x.year === y)?.version ?? null) === null) unansweredCell(sheet, 2 + i, 2 + j);
    });
  });
  pageSetup(sheet, 'landscape', 1);
  sheetFooter(sheet, docTitle);
}

