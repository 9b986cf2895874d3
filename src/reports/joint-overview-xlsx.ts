// The gezamenlijk activiteitenoverzicht as an Excel workbook: the same content
// as the Word document, as lists to filter and sort. Toelichting, Alle
// activiteiten (one row per activity), Per afspraak, Per partij,
// Aandachtspunten and Wederkerigheid (the matrix, then every need).
import { Workbook, type Alignment, type Font, type Worksheet } from 'exceljs';
import { askedViaText, needOpenDecisionText, openQuestions } from '../domain/open-questions';
import type { BundleActivity, JointOverview, NeedCheck, UnaddressedNeed } from '../domain/joint-overview';
import { nameFilterRanges } from '../requests/filter-names';
import { rowHeightFor } from '../requests/row-height';
import { linkIsOpen } from '../domain/links';
import { alignmentLabel, bundleDeliveries, companyOf, dateNl, linkLabel, notesLabel, partyKindLabel, receivedDay, submissionStateLabel, versionExplanation, withPassedDates } from './labels';
import { deliveryText, type DeliveryStatus } from '../domain/delivery';
import { jointOverviewSummary } from './executive-summary';
import { writeExecutiveSummarySheet } from './executive-summary-xlsx';
import { FONT_SIZE, GRID_BORDER, HEADER_FILL, HEADER_FONT, OK_FILL, SIGNAL_FILL, SIGNAL_FONT, TITLE_COLOR, font, pageSetup, shareCellStyles, sheetFooter, title } from './xlsx-styles';
import { buildReportModel, flat, summaryLines, type OverviewIndex, type ReportModel, type ReportOptions } from './report-model';

export const XLSX_SHEETS = {
  executive: 'Bestuurlijke samenvatting',
  info: 'Toelichting',
  activities: 'Alle activiteiten',
  agreements: 'Per afspraak',
  parties: 'Per partij',
  attention: 'Aandachtspunten',
  reciprocity: 'Wederkerigheid',
} as const;


export interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | Date | null;
  /** Marks a cell as a signal (light red, bold) when true. */
  signal?: (row: T) => boolean;
  numFmt?: string;
}

export async function writeJointOverviewXlsx(overview: JointOverview, options: ReportOptions = {}): Promise<Buffer> {
  const { model, index } = buildReportModel(overview, options);
  const created = new Date(overview.generatedAt);

  const workbook = new Workbook();
  workbook.creator = 'Werkgroep Prestatieafspraken';
  workbook.lastModifiedBy = 'Prestatieafspraken Werkbank';
  workbook.created = Number.isNaN(created.getTime()) ? new Date(0) : created;
  workbook.modified = workbook.created;
  workbook.title = model.party ? `${model.title} – ${model.party.name}` : model.title;
  workbook.subject = overview.agreementSet.title;
  workbook.description = model.versionLabel;
  workbook.company = companyOf(overview.agreementSet);

  const executive = workbook.addWorksheet(XLSX_SHEETS.executive, { properties: { tabColor: TITLE_COLOR } });
  const info = workbook.addWorksheet(XLSX_SHEETS.info, { properties: { tabColor: TITLE_COLOR } });
  const activities = workbook.addWorksheet(XLSX_SHEETS.activities, { properties: { tabColor: { argb: 'FF2E7D32' } } });
  const agreements = workbook.addWorksheet(XLSX_SHEETS.agreements);
  const parties = workbook.addWorksheet(XLSX_SHEETS.parties);
  const attention = workbook.addWorksheet(XLSX_SHEETS.attention, { properties: { tabColor: { argb: 'FFC55A11' } } });
  const reciprocity = workbook.addWorksheet(XLSX_SHEETS.reciprocity);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  writeExecutiveSummarySheet(executive, jointOverviewSummary(model, index), model.runningTitle);
  writeInfo(info, model);
  writeActivities(activities, model, index);
  writeAgreements(agreements, model, index);
  writeParties(parties, model);
  writeAttention(attention, model, index);
  writeReciprocity(reciprocity, model, index);
  nameFilterRanges(workbook);

  shareCellStyles(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function footer(sheet: Worksheet, model: ReportModel): void {
  sheetFooter(sheet, model.runningTitle);
}



const LIST_FONT = font();
const LIST_ALIGNMENT: Partial<Alignment> = { vertical: 'top', wrapText: true };

/**
 * A list with its header in `headerRow`: filters, the header frozen, widths,
 * wrapped text and row heights that fit it (neither Excel nor LibreOffice
 * fits a row to wrapped text by itself). Returns the last row written.
 */
export function writeList<T>(
  sheet: Worksheet,
  headerRow: number,
  columns: Column<T>[],
  rows: readonly T[],
  options: { freeze?: boolean; filter?: boolean; freezeColumns?: number } = {},
): number {
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    if ((column.width ?? 0) < c.width) column.width = c.width;
  });
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
    cell.border = GRID_BORDER;
  });
  header.height = rowHeightFor(columns.map((c) => ({ text: c.header, width: c.width })), FONT_SIZE);

  rows.forEach((item, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    const texts: { text: string; width: number }[] = [];
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = c.value(item);
      cell.value = value === '' ? null : value;
      // Parts shared by every cell of the list (as GRID_BORDER is): shareCellStyles then knows them at once.
      cell.font = LIST_FONT;
      cell.alignment = LIST_ALIGNMENT;
      cell.border = GRID_BORDER;
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.signal?.(item)) {
        cell.fill = SIGNAL_FILL;
        cell.font = SIGNAL_FONT;
      }
      // A date or number takes one line, whatever String() makes of it.
      texts.push({ text: typeof value === 'string' ? value : '', width: c.width });
    });
    row.height = rowHeightFor(texts, FONT_SIZE);
  });

  const lastRow = headerRow + Math.max(rows.length, 1);
  const lastLetter = sheet.getColumn(columns.length).letter;
  if (options.filter !== false) sheet.autoFilter = `A${headerRow}:${lastLetter}${lastRow}`;
  if (options.freeze !== false) {
    const x = options.freezeColumns ?? 0;
    const topLeft = `${x > 0 ? sheet.getColumn(x + 1).letter : 'A'}${headerRow + 1}`;
    sheet.views = [{ state: 'frozen', xSplit: x, ySplit: headerRow, topLeftCell: topLeft, activeCell: `A${headerRow + 1}` }];
  }
  return headerRow + rows.length;
}


// ---------------------------------------------------------------- Toelichting

const INFO_TEXT_WIDTH = 100;

function writeInfo(sheet: Worksheet, model: ReportModel): void {
  const { overview, party } = model;
  sheet.views = [{ state: 'normal', showGridLines: false, activeCell: 'A1' }];
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = INFO_TEXT_WIDTH;
  pageSetup(sheet, 'portrait');
  footer(sheet, model);

  title(sheet, 1, party ? `${model.title} – ${party.name}` : model.title, 16);
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = overview.agreementSet.title;
  subtitle.font = font({ italic: true, size: 11, color: { argb: 'FF595959' } });

  let row = 4;
  const fact = (label: string, value: string, valueFont: Partial<Font> = font()): void => {
    const r = sheet.getRow(row++);
    r.getCell(1).value = label;
    r.getCell(1).font = font({ bold: true });
    r.getCell(1).alignment = { vertical: 'top' };
    r.getCell(2).value = value;
    r.getCell(2).font = valueFont;
    r.getCell(2).alignment = { vertical: 'top', wrapText: true };
    r.height = rowHeightFor([{ text: value, width: INFO_TEXT_WIDTH }], FONT_SIZE);
  };
  const statusFont = font({ bold: true, color: { argb: overview.version.status === 'final' ? 'FF2E7D32' : overview.version.status === 'draft' ? 'FFC55A11' : 'FF7F7F7F' } });
  fact('Planningsjaar', String(overview.planningYear));
  fact('Versie', model.versionLabel, statusFont);
  fact('Status', versionExplanation(overview.version));
  fact('Datum', model.dateText);
  if (party) fact('Voor', `${party.name}: alleen wat ${party.shortName} aangaat`);
  fact('Opgesteld door', 'Werkgroep Prestatieafspraken');

  const section = (label: string): void => {
    row++;
    const r = sheet.getRow(row++);
    r.getCell(1).value = label;
    r.getCell(1).font = font({ bold: true, size: 12, color: TITLE_COLOR });
    for (const c of [1, 2]) r.getCell(c).border = { bottom: { style: 'thin', color: TITLE_COLOR } };
  };
  const text = (value: string): void => {
    const r = sheet.getRow(row++);
    r.getCell(2).value = value;
    r.getCell(2).font = font();
    r.getCell(2).alignment = { vertical: 'top', wrapText: true };
    r.height = rowHeightFor([{ text: value, width: INFO_TEXT_WIDTH }], FONT_SIZE);
  };

  section('Wat is dit?');
  if (party) {
    text(
      `Het deel van het gezamenlijk activiteitenoverzicht ${overview.planningYear} dat ${party.name} aangaat: de eigen ` +
        `activiteiten, wat andere partijen van ${party.shortName} nodig hebben en de aandachtspunten voor ${party.shortName}.`,
    );
  }
  text(
    `Het gebundelde en afgestemde overzicht van de activiteiten van alle partijen voor planningsjaar ${overview.planningYear} ` +
      `(${overview.agreementSet.cycleSection ? `paragraaf ${overview.agreementSet.cycleSection} van de ` : ''}${overview.agreementSet.title}). Partijen verwerken het in de eigen begroting en jaarplannen.`,
  );
  text('Dezelfde inhoud staat in het Word-document; dit bestand is om te filteren en te sorteren.');

  section('In cijfers');
  for (const line of summaryLines(model)) text(`• ${line}`);

  section('Ingediende activiteitenoverzichten');
  for (const p of overview.parties) {
    const sub = p.submission;
    const value =
      p.state === 'submitted' && sub
        ? `${submissionStateLabel(p.state).toLowerCase()}, ontvangen op ${dateNl(receivedDay(sub) ?? '')}: ${sub.fileName} (versie ${sub.version}${sub.versionCount > 1 ? ` van ${sub.versionCount}` : ''}), ${p.activityCount} activiteiten`
        : 'niet ingediend';
    const r = sheet.getRow(row++);
    r.getCell(1).value = p.name;
    r.getCell(1).font = font();
    r.getCell(1).alignment = { vertical: 'top', wrapText: true };
    r.getCell(2).value = value;
    r.getCell(2).font = p.state === 'submitted' ? font() : SIGNAL_FONT;
    r.getCell(2).alignment = { vertical: 'top', wrapText: true };
    r.height = rowHeightFor([{ text: value, width: INFO_TEXT_WIDTH }, { text: p.name, width: 24 }], FONT_SIZE);
  }

  section('Bladen');
  const sheets: [string, string][] = [
    [
      XLSX_SHEETS.activities,
      'Eén regel per activiteit, met thema, onderwerp en afspraak; filters op elke kolom. De kolom Koppeling zegt hoe de ' +
        'activiteit aan haar afspraak komt, en of dat nog open is.',
    ],
    [XLSX_SHEETS.agreements, `Elke afspraak die in ${overview.planningYear} loopt of activiteiten heeft, met het aantal activiteiten en wat ontbreekt.`],
    [XLSX_SHEETS.parties, 'Per partij: ingediend, versie, aantal activiteiten, gestelde en ontvangen vragen.'],
    [XLSX_SHEETS.attention, 'Alle aandachtspunten voor de werkgroep, per soort.'],
    [XLSX_SHEETS.reciprocity, 'Wie wat van wie nodig heeft (matrix), en elke vraag met het antwoord.'],
  ];
  for (const [name, what] of sheets) {
    const r = sheet.getRow(row++);
    r.getCell(1).value = name;
    r.getCell(1).font = font({ bold: true });
    r.getCell(1).alignment = { vertical: 'top' };
    r.getCell(2).value = what;
    r.getCell(2).font = font();
    r.getCell(2).alignment = { vertical: 'top', wrapText: true };
    r.height = rowHeightFor([{ text: what, width: INFO_TEXT_WIDTH }], FONT_SIZE);
  }
}

// ---------------------------------------------------------------- Alle activiteiten

interface ActivityLine {
  activity: BundleActivity;
  theme: string;
  topic: string;
  reference: string;
}

function activityLines(model: ReportModel): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const { theme, topics } of model.themes) {
    for (const { topic, agreements } of topics) {
      for (const { agreement, groups } of agreements) {
        for (const group of groups) {
          for (const activity of group.activities) {
            lines.push({
              activity,
              theme: `${theme.number} ${theme.title}`,
              topic: topic.number === String(theme.number) ? topic.title : `${topic.number} ${topic.title}`,
              reference: agreement.reference,
            });
          }
        }
      }
    }
  }
  for (const activity of model.unlinked) {
    lines.push({ activity, theme: '', topic: '', reference: 'Niet gekoppeld' });
  }
  return lines;
}

/**
 * Every activity, one row each, as tall as its own texts: the afspraak's text is not repeated on
 * every row (a long afspraak made its rows a page tall, mostly empty on the printed pages beside
 * it); its reference leads to it on Per afspraak.
 */
function writeActivities(sheet: Worksheet, model: ReportModel, index: OverviewIndex): void {
  const needsText = (a: BundleActivity): string =>
    index
      .needsOf(a)
      .map((n) => `${index.partyName(n.toPartyId)}: ${n.answered ? 'beantwoord' : n.decision?.decision === 'open' ? 'open volgens de werkgroep' : 'nog geen antwoord'}`)
      .join('\n');
  const columns: Column<ActivityLine>[] = [
    { header: 'Thema', width: 18, value: (l) => l.theme },
    { header: 'Onderwerp', width: 18, value: (l) => l.topic },
    { header: 'Afspraak', width: 12, value: (l) => l.reference, signal: (l) => l.activity.agreementId === null },
    { header: 'Partij', width: 14, value: (l) => index.partyName(l.activity.partyId) },
    { header: 'Activiteit', width: 45, value: (l) => flat(l.activity.activity) },
    // Whether the afspraak is settled, or a proposal, a choice or not found: never a guess stated as fact.
    { header: 'Koppeling', width: 22, value: (l) => linkLabel(l.activity), signal: (l) => linkIsOpen(l.activity.linkStatus) },
    { header: 'Rol', width: 14, value: (l) => l.activity.role ?? '' },
    { header: 'Planning', width: 14, value: (l) => l.activity.planning ?? '' },
    { header: 'Wat is nodig', width: 30, value: (l) => flat(l.activity.needs ?? '') },
    { header: 'Van wie', width: 16, value: (l) => l.activity.needsFrom.map((r) => r.written).join(', ') },
    { header: 'Beantwoord', width: 20, value: (l) => needsText(l.activity), signal: (l) => index.needsOf(l.activity).some((n) => !n.answered) },
    // The werkgroep's alignment, not the link: "Niet besproken" in a definitive version when it never came up.
    { header: 'Afstemming', width: 15, value: (l) => alignmentLabel(l.activity.alignment, model.overview.version.status === 'final') },
    {
      header: 'Toezeggingen',
      width: 30,
      value: (l) => l.activity.alignment.promises.map((p) => `${index.partyName(p.partyId)}: ${flat(p.text)}`).join('\n'),
    },
    {
      header: 'Betrokken',
      width: 20,
      value: (l) =>
        [...new Set([...l.activity.involved.map((r) => r.written), ...l.activity.alignment.alsoInvolved.map((id) => index.partyName(id))])].join(', '),
    },
    {
      header: 'Toelichting',
      width: 30,
      // Notes written under a telling heading ("Stand 2026") say so.
      value: (l) => {
        const notes = flat(l.activity.notes ?? '');
        const label = notesLabel(index.parties.get(l.activity.partyId));
        return notes === '' || label === 'Toelichting' ? notes : `${label}: ${notes}`;
      },
    },
    { header: 'Opmerking werkgroep', width: 30, value: (l) => flat(l.activity.alignment.notes) },
    { header: 'Gezamenlijk met', width: 18, value: (l) => index.partyNames(index.jointPartyIds(l.activity)) },
    {
      header: 'Mogelijk dubbel met',
      width: 18,
      value: (l) =>
        index.partyNames([...new Set(index.openDuplicatesOf(l.activity).flatMap((d) => d.partyIds))].filter((id) => id !== l.activity.partyId)),
    },
    { header: 'Ambitie', width: 30, value: (l) => flat(l.activity.ambition ?? '') },
    // No column for the fields the reader did not know: they are shown in the app, this workbook goes out.
    {
      header: 'Bron',
      width: 26,
      value: (l) => {
        const file = index.parties.get(l.activity.partyId)?.submission?.fileName ?? '';
        return `${file}${file ? ', ' : ''}blad ${l.activity.sheet}, rij ${l.activity.rowNumber}`;
      },
    },
  ];
  // Who and what come first, so that they can stay in view: frozen on screen, and repeated on every printed page.
  const keyFirst = [...columns.filter((c) => KEY_COLUMNS.includes(c.header)), ...columns.filter((c) => !KEY_COLUMNS.includes(c.header))];
  writeList(sheet, 1, keyFirst, activityLines(model), { freezeColumns: KEY_COLUMNS.length });
  pageSetup(sheet, 'landscape', 1);
  // Twenty-one columns do not fit one page legibly: printed, the list runs over pages side by side, each with Partij and Activiteit.
  sheet.pageSetup.printTitlesColumn = `A:${sheet.getColumn(KEY_COLUMNS.length).letter}`;
  sheet.pageSetup.fitToWidth = 3;
  footer(sheet, model);
}

/** The columns of "Alle activiteiten" that say which activity a line is: first, frozen, and printed on every page. */
export const KEY_COLUMNS: readonly string[] = ['Partij', 'Activiteit'];

// ---------------------------------------------------------------- Per afspraak

function writeAgreements(sheet: Worksheet, model: ReportModel, index: OverviewIndex): void {
  const year = model.overview.planningYear;
  const items = model.themes.flatMap(({ theme, topics }) =>
    topics.flatMap(({ topic, agreements }) =>
      agreements.map((a) => ({
        ...a,
        theme: `${theme.number} ${theme.title}`,
        topic: topic.number === String(theme.number) ? topic.title : `${topic.number} ${topic.title}`,
      })),
    ),
  );
  type Item = (typeof items)[number];
  const count = (i: Item): number => i.groups.reduce((s, g) => s + g.activities.length, 0);
  const gapText = (i: Item): string =>
    i.signals
      .filter((s) => s.kind !== 'insufficient')
      .map((s) => s.text)
      .join('\n');
  const columns: Column<Item>[] = [
    { header: 'Thema', width: 18, value: (i) => i.theme },
    { header: 'Onderwerp', width: 18, value: (i) => i.topic },
    { header: 'Afspraak', width: 12, value: (i) => i.agreement.reference },
    { header: 'Afspraaktekst', width: 55, value: (i) => flat(i.agreement.text) },
    { header: 'Trekker', width: 16, value: (i) => i.agreement.leadText },
    { header: 'Betrokkenen', width: 22, value: (i) => i.agreement.involvedText },
    { header: 'Uitvoering', width: 18, value: (i) => i.agreement.scheduleText },
    { header: `Loopt in ${year}`, width: 10, value: (i) => (i.agreement.active ? 'ja' : 'nee') },
    { header: 'Activiteiten', width: 11, value: (i) => count(i), signal: (i) => count(i) === 0 && i.agreement.active },
    {
      header: 'Partijen met activiteit',
      width: 22,
      value: (i) => index.partyNames([...new Set(i.groups.flatMap((g) => g.activities.map((a) => a.partyId)))]),
    },
    { header: 'Wat ontbreekt', width: 28, value: gapText, signal: (i) => gapText(i) !== '' },
    {
      header: 'Onvoldoende opgepakt: vervolg',
      width: 30,
      value: (i) => (i.agreement.insufficient ? withPassedDates(i.agreement.insufficient.followUp.trim(), model.dateIso) || 'nog geen vervolg afgesproken' : ''),
      signal: (i) => i.agreement.insufficient !== null,
    },
  ];
  writeList(sheet, 1, columns, items);
  pageSetup(sheet, 'landscape', 1);
  footer(sheet, model);
}

// ---------------------------------------------------------------- Per partij

function writeParties(sheet: Worksheet, model: ReportModel): void {
  const { overview } = model;
  const points = (partyId: string): number => {
    const { model: partyModel } = buildReportModel(overview, { partyId });
    return partyModel.attentionCount;
  };
  type P = (typeof overview.parties)[number];
  const deliveries = bundleDeliveries(overview);
  const delivery = (p: P): DeliveryStatus => deliveries.find((d) => d.party.id === p.id)?.status as DeliveryStatus;
  const date = (p: P): Date | null => {
    if (!p.submission) return null;
    const iso = receivedDay(p.submission) ?? '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  };
  const columns: Column<P>[] = [
    { header: 'Partij', width: 30, value: (p) => p.name },
    { header: 'Soort', width: 18, value: (p) => partyKindLabel(p.kind) },
    { header: 'Ingediend', width: 14, value: (p) => submissionStateLabel(p.state).toLowerCase(), signal: (p) => p.state !== 'submitted' },
    { header: 'Versie', width: 9, value: (p) => p.submission?.version ?? null },
    { header: 'Versies in totaal', width: 10, value: (p) => p.submission?.versionCount ?? null },
    { header: 'Bestand', width: 36, value: (p) => p.submission?.fileName ?? '' },
    { header: 'Ontvangen op', width: 13, value: date, numFmt: 'dd-mm-yyyy' },
    { header: 'Op tijd?', width: 30, value: (p) => deliveryText(delivery(p)), signal: (p) => ['late', 'overdue'].includes(delivery(p).state) },
    { header: 'Activiteiten', width: 11, value: (p) => p.activityCount },
    { header: 'Vragen gesteld', width: 10, value: (p) => openQuestions(overview, { partyId: p.id, side: 'asks' }).total },
    { header: 'Gesteld en nog open', width: 12, value: (p) => openQuestions(overview, { partyId: p.id, side: 'asks' }).open },
    { header: 'Vragen ontvangen', width: 10, value: (p) => openQuestions(overview, { partyId: p.id, side: 'asked' }).total },
    { header: 'Ontvangen en nog open', width: 12, value: (p) => openQuestions(overview, { partyId: p.id, side: 'asked' }).open },
    { header: 'Aandachtspunten', width: 15, value: (p) => points(p.id) },
  ];
  // Who submitted what is the same for every reader, so a party's workbook lists all parties too, as its Word document does.
  writeList(sheet, 1, columns, overview.parties);
  pageSetup(sheet, 'landscape', 1);
  footer(sheet, model);
}

// ---------------------------------------------------------------- Aandachtspunten

function writeAttention(sheet: Worksheet, model: ReportModel, index: OverviewIndex): void {
  const rows = model.attention.flatMap((g) => g.points.map((point) => ({ group: g, point })));
  type R = (typeof rows)[number];
  const columns: Column<R>[] = [
    { header: 'Soort', width: 30, value: (r) => r.group.title },
    { header: 'Aandachtspunt', width: 90, value: (r) => r.point.message },
    { header: 'Afspraak', width: 12, value: (r) => index.agreementReference(r.point.agreementId) },
    {
      header: 'Afspraaktekst',
      width: 50,
      value: (r) => flat(r.point.agreementId === undefined ? '' : (index.agreements.get(r.point.agreementId)?.agreement.text ?? '')),
    },
    { header: 'Partij', width: 16, value: (r) => (r.point.partyId ? index.partyName(r.point.partyId) : '') },
  ];
  writeList(sheet, 1, columns, rows);
  pageSetup(sheet, 'landscape', 1);
  footer(sheet, model);
}

// ---------------------------------------------------------------- Wederkerigheid

function writeReciprocity(sheet: Worksheet, model: ReportModel, index: OverviewIndex): void {
  const parties = model.overview.parties;
  title(sheet, 1, 'Wie vraagt wat van wie', 12);
  const hint = sheet.getCell(2, 1);
  hint.value = 'Per cel: beantwoord van gevraagd. De partij in de rij vraagt iets van de partij in de kolom.';
  hint.font = font({ italic: true, color: { argb: 'FF595959' } });

  const matrixHeader = sheet.getRow(4);
  ['Vraagt ↓ / aan →', ...parties.map((p) => p.shortName)].forEach((text, i) => {
    const cell = matrixHeader.getCell(i + 1);
    cell.value = text;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = GRID_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: i === 0 ? 'left' : 'center', wrapText: true };
  });
  const cells = new Map(model.reciprocity.map((c) => [`${c.fromPartyId}>${c.toPartyId}`, c]));
  parties.forEach((from, r) => {
    const row = sheet.getRow(5 + r);
    const head = row.getCell(1);
    head.value = from.shortName;
    head.font = font({ bold: true });
    head.border = GRID_BORDER;
    parties.forEach((to, c) => {
      const cell = row.getCell(2 + c);
      cell.border = GRID_BORDER;
      cell.alignment = { horizontal: 'center' };
      cell.font = font();
      if (from.id === to.id) {
        cell.value = '—';
        return;
      }
      const entry = cells.get(`${from.id}>${to.id}`);
      if (!entry || entry.requests === 0) return;
      cell.value = `${entry.answered} van ${entry.requests}`;
      cell.fill = entry.answered < entry.requests ? SIGNAL_FILL : OK_FILL;
    });
  });

  const listTitleRow = 5 + parties.length + 1;
  const q = model.questions;
  title(
    sheet,
    listTitleRow,
    `${model.party ? `Vragen van en aan ${model.party.shortName}` : 'Alle vragen'}: ${q.total}, waarvan ${q.open} open`,
    12,
  );
  // Open questions first (also those that name no party of the agreement), then the answered ones.
  type Q = { check: NeedCheck; unaddressed?: undefined } | { check?: undefined; unaddressed: UnaddressedNeed };
  const rows: Q[] = [...q.unanswered.map((check) => ({ check })), ...q.unaddressed.map((unaddressed) => ({ unaddressed })), ...q.answered.map((check) => ({ check }))];
  const ofRow = (r: Q) => r.check ?? r.unaddressed;
  const name = (id: string) => index.partyName(id);
  const columns: Column<Q>[] = [
    { header: 'Vraagt', width: 18, value: (r) => name(ofRow(r).fromPartyId) },
    {
      header: 'Aan',
      width: 14,
      value: (r) => (r.check ? name(r.check.toPartyId) : r.unaddressed.outside.join(', ') || 'niet gezegd'),
      signal: (r) => r.unaddressed !== undefined,
    },
    {
      header: 'Van wie gelezen uit',
      width: 24,
      value: (r) =>
        r.check
          ? (askedViaText(r.check, name) ?? 'Van wie')
          : r.unaddressed.outside.length > 0
            ? 'geen partij van deze prestatieafspraken'
            : 'zegt niet van wie',
    },
    { header: 'Wat is nodig', width: 40, value: (r) => flat(ofRow(r).text) },
    { header: 'Bij activiteit', width: 40, value: (r) => flat(index.activities.get(ofRow(r).activityIdentity)?.activity.activity ?? '') },
    { header: 'Afspraak', width: 12, value: (r) => index.agreementReference(ofRow(r).agreementId) || 'Niet gekoppeld' },
    { header: 'Beantwoord', width: 11, value: (r) => (r.check?.answered ? 'ja' : 'nee'), signal: (r) => !r.check?.answered },
    {
      header: 'Beantwoord door',
      width: 50,
      value: (r) => (r.check ? [...r.check.answeredBy.map((a) => index.answerText(a)), needOpenDecisionText(r.check, name) ?? ''].filter((t) => t !== '').join('\n') : ''),
    },
    { header: 'Als betrokkene genoemd', width: 12, value: (r) => (r.check?.askedInvolved ? 'ja' : '') },
  ];
  // The list below the matrix carries the filter; the header row stays in view while scrolling it.
  writeList(sheet, listTitleRow + 1, columns, rows);
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 18);
  // The matrix shares its columns with the list below; its header is as tall as the longest name needs.
  matrixHeader.height = rowHeightFor(
    parties.map((p, i) => ({ text: p.shortName, width: sheet.getColumn(i + 2).width ?? 10 })),
    FONT_SIZE,
  );
  pageSetup(sheet, 'landscape', listTitleRow + 1);
  footer(sheet, model);
}
