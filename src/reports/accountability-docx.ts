// The verantwoording (one execution year) and the tussenevaluatie (several) as
// a Word document for the bestuurlijk overleg: a cover, a table of contents, a
// summary with the traffic lights per theme and the main deviations, the
// indicators with their charts, what needs steering, the werkgroep's advice
// (tussenevaluatie), then per theme and afspraak what was planned, what was
// achieved and why not, and an appendix per party. The layout, styles and
// building blocks are those of the gezamenlijk activiteitenoverzicht.
import { beforeDeadline, monthOfDeadline } from '../domain/calendar';
import { AlignmentType, Document, ImageRun, Paragraph, TextRun, type PageNumberEstimator, type ParagraphChild } from 'docx';
import { formatValue, hasFigures, measureOf, progressLabel } from '../accountability/progress';
import type { ActivityResult } from '../domain/results';
import { RESULT_STATUSES } from '../domain/results';
import { deadlineText, lightLabel, lightText, responseSentences, responseText, stoplightLegend, unansweredWord } from '../domain/stoplight';
import { describeBaseline } from '../domain/indicators';
import { EXPLANATION_REQUIRED, REPORT_KIND_WORD, type AccountabilityReport, type IndicatorProgress, type ProgressStatus, type ReportAgreement, type StatusSummary } from '../domain/accountability';
import type { ChartImage, ReportCharts } from './charts';
import { reportCharts } from './charts';
import { COLORS, STYLE, documentStyles, tableStylesXml } from './docx-styles';
import { bullet, heading1, heading2, heading3, labelled, para, runs, type Block } from './docx-blocks';
import {
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  columns,
  contents,
  landscape,
  packWithContentsPages,
  portrait,
  runningFooter,
  spacer,
  table,
  type CellSpec,
} from './joint-overview-docx';
import { coverLineOf, partyKindLabel, versionReceived } from './labels';
import { boldTextWidth, widestWord } from './text-width';
import { accountabilitySummary } from './executive-summary';
import { executiveSummaryBlocks } from './executive-summary-docx';
import {
  LIGHT_FILLS,
  adviceMissingText,
  adviceSourceText,
  STATUS_FILLS,
  STATUS_SHORT,
  accountabilityTitle,
  awaitedIn,
  namesOf,
  reportDateText,
  resultKey,
  statusLabel,
  steeringText,
  summaryText,
  yearsText,
  type Names,
  overlapSummary,
} from './accountability-model';
import { flat } from './report-model';

interface Ctx {
  report: AccountabilityReport;
  charts: ReportCharts;
  names: Names;
  title: string;
  multiYear: boolean;
  missingExplanation: Set<string>;
}

/** Text width of a portrait page in pixels at 96 dpi, the unit docx sizes images in. */
const IMAGE_WIDTH_PX = Math.floor((PORTRAIT_WIDTH / 1440) * 96) - 4;

export async function writeAccountabilityDocx(report: AccountabilityReport): Promise<Buffer> {
  const ctx: Ctx = {
    report,
    charts: reportCharts(report),
    names: namesOf(report),
    title: accountabilityTitle(report),
    multiYear: report.executionYears.length > 1,
    missingExplanation: new Set(report.missingExplanations.map(resultKey)),
  };
  const rows = report.themes.reduce((n, t) => n + t.topics.reduce((m, topic) => m + topic.agreements.reduce((k, a) => k + a.results.length + a.missing.length, 0), 0), 0);
  return packWithContentsPages((pageNumbers) => buildDocument(ctx, pageNumbers), rows + report.unplanned.length);
}

function buildDocument(ctx: Ctx, pageNumbers?: PageNumberEstimator): Document {
  const { report, title } = ctx;
  const footer = { default: runningFooter(title) };
  return new Document({
    ...(pageNumbers ? { pageNumbers } : {}),
    creator: 'Werkgroep Prestatieafspraken',
    lastModifiedBy: 'Prestatieafspraken Werkbank',
    title,
    subject: report.agreementSet.title,
    description: report.kind === 'interim' ? 'Tussenevaluatie voor het bestuurlijk overleg' : 'Verantwoording voor het bestuurlijk overleg',
    keywords: `prestatieafspraken; ${REPORT_KIND_WORD[report.kind]}; ${yearsText(report)}`,
    features: { updateFields: true },
    externalStyles: tableStylesXml(),
    styles: documentStyles(),
    sections: [
      { properties: portrait(), children: cover(ctx) },
      {
        properties: portrait(),
        footers: footer,
        children: [
          // The bestuurlijke samenvatting opens the document, before the contents.
          ...executiveSummaryBlocks(accountabilitySummary(report)),
          ...contents(true),
          ...introduction(ctx),
          ...summaryChapter(ctx),
          ...(ctx.multiYear ? perYearChapter(ctx) : []),
          ...indicatorChapter(ctx),
          ...steeringChapter(ctx),
          ...adviceChapter(ctx),
        ],
      },
      {
        properties: landscape(),
        footers: footer,
        children: [...themeChapters(ctx), ...unplannedChapter(ctx), ...missingExplanationChapter(ctx), ...partyAppendix(ctx)],
      },
    ],
  });
}

// ---------------------------------------------------------------- small helpers

function lightCell(summary: StatusSummary, centred = true): CellSpec {
  const colors = LIGHT_FILLS[summary.light];
  return {
    paragraphs: [
      new Paragraph({
        style: STYLE.tableText,
        ...(centred ? { alignment: AlignmentType.CENTER } : {}),
        children: [new TextRun({ text: lightText(summary), bold: true, color: colors.text })],
      }),
    ],
    fill: colors.fill,
  };
}

/**
 * A result's status; a planned activity without an answer (r null, or no
 * status written) in the neutral look of the 'open' light, never in a signal
 * colour: "nog niet binnen" with its termijn until the deadline, then "geen antwoord".
 */
function statusCell(ctx: Ctx, r: ActivityResult | null, year: number): CellSpec {
  const unanswered = r === null || (r.status === null && r.statusText.trim() === '');
  if (unanswered) {
    const awaited = awaitedIn(ctx.report, year);
    return {
      paragraphs: [
        runs([new TextRun({ text: unansweredWord(awaited), bold: true, color: LIGHT_FILLS.open.text })], STYLE.tableText),
        ...(awaited ? [para(deadlineText(year, ctx.report.agreementSet.cycleDates), STYLE.tableSmall)] : []),
      ],
      fill: STATUS_FILLS.unanswered,
    };
  }
  const key = r.status ?? 'unanswered';
  return { paragraphs: [runs([new TextRun({ text: statusLabel(r, awaitedIn(ctx.report, year), ctx.report.agreementSet.cycleDates), bold: key !== 'done' })], STYLE.tableText)], fill: STATUS_FILLS[key] };
}

function numberCell(n: number, highlight = false): CellSpec {
  return {
    paragraphs: [
      new Paragraph({
        style: STYLE.tableText,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: n === 0 ? '–' : String(n), ...(highlight && n > 0 ? { bold: true, color: COLORS.signalText } : {}) })],
      }),
    ],
  };
}

function chart(image: ChartImage, name: string, description: string, keepNext = false): Paragraph {
  const width = IMAGE_WIDTH_PX;
  const height = Math.round((image.height / image.width) * width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    // With the table of its figures below it, when there is one.
    keepNext,
    spacing: { before: 120, after: 160 },
    children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name, title: name, description } })],
  });
}

function yearLabel(ctx: Ctx, year: number): string {
  return ctx.multiYear ? ` (${year})` : '';
}

const PROGRESS_COLORS: Record<ProgressStatus, { fill: string; text: string }> = {
  achieved: LIGHT_FILLS.green,
  'on-track': LIGHT_FILLS.green,
  behind: LIGHT_FILLS.red,
  unknown: LIGHT_FILLS.grey,
};

function progressCell(p: IndicatorProgress): CellSpec {
  const c = PROGRESS_COLORS[p.status];
  return { paragraphs: [runs([new TextRun({ text: progressLabel(p), bold: true, color: c.text })], STYLE.tableText)], fill: c.fill };
}

// ---------------------------------------------------------------- cover

function cover(ctx: Ctx): Block[] {
  const { report, title } = ctx;
  const parties = report.parties.map((p) => p.name).join(', ').replace(/, ([^,]*)$/, ' en $1');
  const what =
    report.kind === 'interim'
      ? `Tussenevaluatie van de prestatieafspraken over de uitvoeringsjaren ${yearsText(report, ' en ')}: wat is er gerealiseerd, hoe staan de succesindicatoren ervoor en wat adviseert de werkgroep.`
      : `Verantwoording over uitvoeringsjaar ${yearsText(report)}: wat de partijen hadden gepland, wat er is gerealiseerd en waar bijsturing nodig is.`;
  const bar = { left: { style: 'single' as const, size: 36, color: COLORS.accent, space: 10 } };
  return [
    runs([new TextRun({ text: coverLineOf(report.agreementSet), bold: true })], STYLE.coverLine),
    new Paragraph({ spacing: { before: 2400, after: 0 }, children: [] }),
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(report.agreementSet.title)] }),
    new Paragraph({ spacing: { before: 480, after: 120 }, border: bar, indent: { left: 227 }, children: [new TextRun({ text: 'Voor het Bestuurlijk Overleg', bold: true, size: 32, color: COLORS.title })] }),
    new Paragraph({ style: STYLE.coverLine, border: bar, indent: { left: 227 }, children: [new TextRun({ text: reportDateText(report), bold: true })] }),
    new Paragraph({ style: STYLE.coverLine, border: bar, indent: { left: 227 }, children: [new TextRun({ text: what, size: 20 })] }),
    new Paragraph({ spacing: { before: 3000, after: 120 }, children: [new TextRun({ text: `Stand in één oogopslag: ${summaryText(report.overall.summary)}.`, bold: true, color: COLORS.title })] }),
    para(`Opgesteld door de Werkgroep Prestatieafspraken op basis van de resultaten en cijfers van ${parties}.`, STYLE.note),
  ];
}

// ---------------------------------------------------------------- introduction

function introduction(ctx: Ctx): Block[] {
  const { report } = ctx;
  const dates = report.agreementSet.cycleDates;
  const answersYear = Math.max(...report.executionYears) + 1;
  const blocks: Block[] = [heading1('Inleiding')];
  blocks.push(
    para(
      report.kind === 'interim'
        ? `In ${report.agreementSet.periodStart + 2} kijken de partijen van de ${report.agreementSet.title} terug op de eerste uitvoeringsjaren (${yearsText(report, ' en ')}). ` +
            'Deze tussenevaluatie bundelt wat de partijen per jaar hebben gerealiseerd, hoe de succesindicatoren zich ontwikkelen en het advies van de werkgroep aan het Bestuurlijk Overleg.'
        : `In ${monthOfDeadline('request', dates)} vraagt de werkgroep elke partij wat er van de activiteiten van ${yearsText(report)} is geworden; ` +
            `${beforeDeadline('results', answersYear, dates, false)} zijn de antwoorden binnen en ${beforeDeadline('accents', answersYear, dates, false)} kijkt het Bestuurlijk Overleg terug en legt het accenten. ` +
            'Deze verantwoording bundelt de antwoorden: wat was gepland, wat is gerealiseerd, waarom iets niet lukte en hoe de indicatoren ervoor staan.',
    ),
  );
  blocks.push(heading2('Aangeleverde resultaten'));
  const widths = columns(PORTRAIT_WIDTH, [3, 2.2, ...report.executionYears.map(() => 2)]);
  blocks.push(
    table(
      ['Partij', 'Soort', ...report.executionYears.map((y) => `Resultaten ${y}`)],
      widths,
      report.parties.map((p) => [
        { paragraphs: [runs([new TextRun({ text: p.name, bold: true })], STYLE.tableText)] },
        partyKindLabel(p.kind),
        ...report.executionYears.map((y): CellSpec => {
          const s = p.submissions.find((x) => x.year === y);
          if (!s || s.version === null) {
            // Not answered: the neutral look, with the termijn while it runs.
            const awaited = awaitedIn(report, y);
            return {
              paragraphs: [
                runs([new TextRun({ text: unansweredWord(awaited), bold: true, color: LIGHT_FILLS.open.text })], STYLE.tableText),
                ...(awaited ? [para(deadlineText(y, report.agreementSet.cycleDates), STYLE.tableSmall)] : []),
              ],
              fill: STATUS_FILLS.unanswered,
            };
          }
          return { paragraphs: [para(versionReceived(s.version, s.receivedOn), STYLE.tableText)] };
        }),
      ]),
    ),
    spacer(),
    ...responseSentences(report).map((sentence) => para(sentence)),
  );
  blocks.push(heading2('Geplande activiteiten'));
  for (const b of report.bundles) {
    blocks.push(
      bullet(
        b.version === null
          ? `${b.year}: geen definitief gezamenlijk activiteitenoverzicht; alleen de ingestuurde resultaten zijn meegenomen.`
          : `${b.year}: het definitieve gezamenlijk activiteitenoverzicht (versie ${b.version}).`,
      ),
    );
  }
  blocks.push(heading2('Kanttekeningen'));
  if (report.notes.length === 0) blocks.push(para('Geen: van alle partijen zijn de resultaten ontvangen en voor elk jaar was de planning bekend.'));
  else blocks.push(...report.notes.map((n) => bullet(n)));
  return blocks;
}

// ---------------------------------------------------------------- summary

type LightRow = { label: string; summary: StatusSummary; years?: { year: number; summary: StatusSummary }[] };

/**
 * The traffic-light table: one year with the count per status; several years
 * with the light of each year and the counts in words (eleven columns do not
 * fit a portrait page legibly; the chart and the workbook have every count).
 */
function lightTable(ctx: Ctx, rows: LightRow[], firstHeader: string): Block {
  const label = (r: LightRow): CellSpec => ({ paragraphs: [runs([new TextRun({ text: r.label, bold: true })], STYLE.tableText)] });
  if (ctx.multiYear) {
    const years = ctx.report.executionYears;
    return table(
      [firstHeader, 'Totaal', ...years.map(String), 'Stand over de jaren samen'],
      columns(PORTRAIT_WIDTH, [2.8, 1.3, ...years.map(() => 1.3), 4.6]),
      rows.map((r) => [
        label(r),
        lightCell(r.summary),
        ...years.map((y) => {
          const s = r.years?.find((x) => x.year === y)?.summary;
          return s ? lightCell(s) : '';
        }),
        { paragraphs: [para(summaryText(r.summary), STYLE.tableSmall)] },
      ]),
      { keepWithNext: true },
    );
  }
  // The light, the response it rests on next to it, then the answers by status; what is not answered is in the response, not a column of its own.
  return table(
    [firstHeader, 'Stoplicht', 'Beantwoord', ...RESULT_STATUSES.map((k) => STATUS_SHORT[k])],
    columns(PORTRAIT_WIDTH, [2.45, 2.1, 1.3, ...RESULT_STATUSES.map(() => 1.0)]),
    rows.map((r) => [
      label(r),
      lightCell(r.summary),
      { paragraphs: [new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: [new TextRun(responseText(r.summary))] })] },
      ...RESULT_STATUSES.map((k) => numberCell(r.summary.counts[k], k === 'delayed' || k === 'not-started' || k === 'dropped')),
    ]),
    // The legend below goes with the table.
    { headerSize: 15, minWidths: lightTableMinWidths(rows), keepWithNext: true },
  );
}

/** The label column as wide as its longest word, the light column as "● Oranje" or its longest word: neither breaks inside a word. */
function lightTableMinWidths(rows: LightRow[]): number[] {
  const twips = (pt: number) => Math.ceil(pt * 20 * 1.05) + 170;
  return [twips(Math.max(...rows.map((r) => widestWord(r.label, 9)))), twips(Math.max(...['● Oranje', '○ Nog niet', 'antwoord', 'melden'].map((t) => boldTextWidth(t, 9))))];
}

function summaryChapter(ctx: Ctx): Block[] {
  const { report, charts, names } = ctx;
  const blocks: Block[] = [heading1('Samenvatting')];
  blocks.push(
    runs(
      [new TextRun({ text: 'Alle afspraken samen: ', bold: true }), new TextRun(`${summaryText(report.overall.summary)}. Stoplicht: ${lightLabel(report.overall.summary).toLowerCase()}.`)],
    ),
    ...responseSentences(report).map((sentence) => para(sentence)),
  );
  const behind = report.indicators.filter((i) => i.status === 'behind').length;
  const onTrack = report.indicators.filter((i) => i.status === 'on-track' || i.status === 'achieved').length;
  const open = report.indicators.filter((i) => i.status === 'unknown' && i.latest !== null).length;
  const none = report.indicators.length - onTrack - behind - open;
  blocks.push(
    para(
      `Van de ${report.indicators.length} indicatoren liggen er ${onTrack} op schema of zijn behaald, lopen er ${behind} achter` +
        `${open > 0 ? `, ${open === 1 ? 'is er 1' : `zijn er ${open}`} nog niet te beoordelen` : ''} en ${none === 1 ? 'is er 1' : `zijn er ${none}`} zonder cijfers. ` +
        `${report.steering.length} ${report.steering.length === 1 ? 'punt vraagt' : 'punten vragen'} om bijsturing.`,
    ),
    ...(overlapSummary(report) !== null ? [para(overlapSummary(report) as string)] : []),
  );
  blocks.push(heading2('Stand per thema'));
  blocks.push(
    lightTable(
      ctx,
      [
        ...report.themes.map((t) => ({ label: `${t.number} ${t.title}`, summary: t.summary, years: t.years })),
        { label: 'Geen afspraak', summary: report.unlinked.summary },
        { label: 'Totaal', summary: report.overall.summary, years: report.overall.years },
      ],
      'Thema',
    ),
    para(stoplightLegend(report.responses), STYLE.note),
    chart(charts.themes, 'Stand per thema', 'Aantal geplande activiteiten per thema naar status, met het stoplicht van elk thema.'),
  );
  if (!ctx.multiYear) {
    // The tussenevaluatie has the parties per year in its own chapter.
    blocks.push(
      heading2('Stand per partij'),
      lightTable(
        ctx,
        report.byParty.map((b) => ({ label: names.party(b.partyId), summary: b.summary })),
        'Partij',
      ),
      spacer(),
    );
  }
  blocks.push(heading2('Belangrijkste afwijkingen'));
  if (report.deviations.length === 0) blocks.push(para('Er zijn geen activiteiten vertraagd, niet gestart of vervallen.'));
  else {
    blocks.push(para('Activiteiten die vertraagd, niet gestart of vervallen zijn, met de toelichting van de partij.', STYLE.note, { keepNext: true }));
    blocks.push(
      table(
        ['Afspraak', 'Partij', 'Activiteit', 'Status', 'Toelichting'],
        columns(PORTRAIT_WIDTH, [1.6, 1.9, 3.2, 1.9, 3.4]),
        report.deviations.map((r) => [
          names.agreementRef(r.agreementId),
          `${names.partyShort(r.partyId)}${yearLabel(ctx, r.executionYear)}`,
          flat(r.activity),
          statusCell(ctx, r, r.executionYear),
          explanationCell(ctx, r),
        ]),
      ),
    );
  }
  return blocks;
}

function explanationCell(ctx: Ctx, r: ActivityResult): CellSpec {
  if (ctx.missingExplanation.has(resultKey(r)) || (!r.explanation.trim() && r.status !== null && EXPLANATION_REQUIRED.includes(r.status))) {
    return { paragraphs: [runs([new TextRun({ text: 'Toelichting ontbreekt', bold: true, color: COLORS.signalText })], STYLE.tableText)], fill: COLORS.signalFill };
  }
  return { paragraphs: [para(flat(r.explanation), STYLE.tableText)] };
}

// ---------------------------------------------------------------- per year (tussenevaluatie)

function perYearChapter(ctx: Ctx): Block[] {
  const { report, names } = ctx;
  const blocks: Block[] = [heading1('Ontwikkeling per jaar')];
  blocks.push(para(`De stand per thema en per partij in elk uitvoeringsjaar (${yearsText(report, ' en ')}), zodat te zien is of het beter of slechter gaat.`));
  blocks.push(heading2('Per jaar in totaal'));
  blocks.push(
    table(
      ['Jaar', 'Stoplicht', 'Stand'],
      columns(PORTRAIT_WIDTH, [1.2, 1.6, 7]),
      report.overall.years.map((y) => [{ paragraphs: [runs([new TextRun({ text: String(y.year), bold: true })], STYLE.tableText)] }, lightCell(y.summary), summaryText(y.summary)]),
    ),
  );
  blocks.push(heading2('Per partij'));
  blocks.push(
    lightTable(
      ctx,
      report.byParty.map((b) => ({ label: names.party(b.partyId), summary: b.summary, years: b.years })),
      'Partij',
    ),
    chart(ctx.charts.parties, 'Stand per partij', 'Aantal geplande activiteiten per partij naar status.'),
  );
  blocks.push(heading2('Succesindicatoren per jaar'));
  const years = report.executionYears;
  const withFigures = report.indicators.filter(hasFigures);
  blocks.push(
    table(
      ['Indicator', ...years.map(String), 'Stand'],
      columns(PORTRAIT_WIDTH, [4, ...years.map(() => 1.3), 1.5]),
      withFigures.map((p) => [p.indicator.title, ...years.map((y) => yearFigure(p, y)), progressCell(p)]),
    ),
  );
  const silent = report.indicators.length - withFigures.length;
  if (silent > 0) blocks.push(para(`Over ${silent === 1 ? '1 indicator' : `${silent} indicatoren`} zijn nog geen cijfers: zie Nog geen cijfers bij de indicatoren.`, STYLE.note));
  return blocks;
}

/** The figure of a year as the target counts it: cumulative for running totals. */
function yearFigure(p: IndicatorProgress, year: number): string {
  const y = p.years.find((x) => x.year === year);
  if (!y) return '';
  const value = y.cumulative ?? y.total;
  return value === null ? '—' : formatValue(value, p.indicator.unit);
}

// ---------------------------------------------------------------- indicators

function indicatorChapter(ctx: Ctx): Block[] {
  const { report, charts, names } = ctx;
  const blocks: Block[] = [heading1(report.kind === 'interim' ? 'Succesindicatoren' : 'Indicatoren')];
  const withFigures = report.indicators.filter(hasFigures);
  const silent = report.indicators.filter((p) => !hasFigures(p));
  blocks.push(
    para(
      'Elk kwantitatief doel uit de prestatieafspraken is een indicator. De grafiek zet de opgegeven cijfers af tegen een rechte lijn van het vertrekpunt naar het doel; ' +
        `de stand zegt of ${report.agreementSet.municipality ?? 'de gemeente'} op schema ligt. Elke partij geeft haar eigen aandeel op; hoe de cijfers zijn samengeteld, staat bij elke indicator.` +
        (overlapSummary(report) !== null ? ` ${overlapSummary(report) as string}` : ''),
      undefined,
      { keepNext: withFigures.length > 0 },
    ),
  );
  if (withFigures.length > 0) {
    blocks.push(
      table(
        ['Indicator', 'Stand', 'Toelichting'],
        columns(PORTRAIT_WIDTH, [3, 1.3, 5.6]),
        withFigures.map((p) => [p.indicator.title, progressCell(p), p.overlapNote !== undefined ? `${p.message} Let op: ${p.overlapNote}.` : p.message]),
      ),
    );
  }
  const images = new Map(charts.indicators.map((c) => [c.code, c.image]));
  for (const p of withFigures) {
    blocks.push(heading2(p.indicator.title));
    const label = progressLabel(p);
    blocks.push(
      runs([new TextRun({ text: `${label.charAt(0).toUpperCase()}${label.slice(1)}: `, bold: true, color: PROGRESS_COLORS[p.status].text }), new TextRun(p.message)], undefined, {
        keepNext: true,
      }),
      runs(
        [...labelled('Doel', p.target), new TextRun('    '), ...labelled('Partijen', p.indicator.partyIds.map((id) => names.partyShort(id)).join(', '))],
        STYLE.agreementMeta,
      ),
      ...(p.baseline ? [runs(labelled('Vertrekpunt', describeBaseline(p.baseline, p.indicator.unit)), STYLE.agreementMeta)] : []),
      runs(labelled('Zo opgeteld', p.combination), STYLE.agreementMeta),
      ...(p.overlap !== undefined ? [runs(labelled('Dezelfde woningen', p.overlap), STYLE.agreementMeta)] : []),
    );
    const image = images.get(p.indicator.code);
    const shown = p.years.filter((y) => y.total !== null || (p.baseline !== null && y.year === p.baseline.year && y.path !== null));
    if (image) blocks.push(chart(image, p.indicator.title, p.message, shown.length > 0));
    if (shown.length > 0) {
      const parties = p.indicator.partyIds;
      const showParties = parties.length > 1;
      const entered = shown.some((y) => y.entered);
      blocks.push(
        table(
          ['Jaar', ...(showParties ? parties.map((id) => names.partyShort(id)) : []), 'Totaal', 'Cumulatief', 'Rechte lijn'],
          columns(PORTRAIT_WIDTH, [1.3, ...(showParties ? parties.map(() => 1.4) : []), 1.4, 1.4, 1.4]),
          shown.map((y) => [
            y.total === null ? `${y.year} (vertrekpunt)` : `${y.year}${y.entered ? '*' : ''}`,
            ...(showParties ? parties.map((id) => fmt(y.byParty[id] ?? null, p)) : []),
            fmt(y.total, p),
            fmt(y.cumulative, p),
            fmt(y.path === null ? null : Math.round(y.path * 10) / 10, p),
          ]),
        ),
      );
      if (entered) blocks.push(para('* Ingevoerd door het secretariaat: een jaar vóór de eerste uitvraag.', STYLE.note));
    }
    if (p.indicator.sourceQuote) blocks.push(para(`Uit de afspraken: “${flat(p.indicator.sourceQuote)}”`, STYLE.note));
  }
  if (silent.length > 0) blocks.push(...silentIndicators(ctx, silent));
  return blocks;
}

/** The indicators nobody gave a figure for yet: one compact table, no heading and empty chart each. */
function silentIndicators(ctx: Ctx, silent: IndicatorProgress[]): Block[] {
  const { names } = ctx;
  return [
    heading2(`Nog geen cijfers (${silent.length})`),
    para(
      `Over ${silent.length === 1 ? 'deze indicator' : `deze ${silent.length} indicatoren`} heeft nog geen partij een cijfer opgegeven. Zodra er cijfers zijn, krijgen ze hier een grafiek.`,
      undefined,
      { keepNext: true },
    ),
    table(
      ['Indicator', 'Doel', 'Partijen', 'Vertrekpunt'],
      columns(PORTRAIT_WIDTH, [3.4, 2.6, 1.8, 2.4]),
      silent.map((p) => [
        { paragraphs: [runs([new TextRun({ text: p.indicator.title, bold: true })], STYLE.tableText)] },
        p.target,
        p.indicator.partyIds.map((id) => names.partyShort(id)).join(', '),
        p.baseline ? baselineShort(p) : '—',
      ]),
    ),
  ];
}

/** "telt vanaf 2022 (uit de afspraken)", "400 woningen eind 2024 (ingevoerd)". */
function baselineShort(p: IndicatorProgress): string {
  const b = p.baseline;
  if (!b) return '—';
  const source = b.source === 'agreement' ? 'uit de afspraken' : b.source === 'assumed' ? 'aangenomen' : 'ingevoerd';
  const start = b.value === 0 && measureOf(p.indicator) === 'count' ? `telt vanaf ${b.year + 1}` : `${formatValue(b.value, p.indicator.unit)} eind ${b.year}`;
  return `${start} (${source})`;
}

function fmt(value: number | null, p: IndicatorProgress): string {
  return value === null ? '—' : formatValue(value, p.indicator.unit);
}

// ---------------------------------------------------------------- steering

function steeringChapter(ctx: Ctx): Block[] {
  const { report, names } = ctx;
  const blocks: Block[] = [heading1('Waar bijsturing nodig is')];
  if (report.steering.length === 0) {
    blocks.push(para('Geen van de partijen heeft aangegeven dat bijsturing nodig is.'));
  } else {
    blocks.push(para('Activiteiten waarvan de partij aangeeft dat het Bestuurlijk Overleg of de werkgroep moet bijsturen.', undefined, { keepNext: true }));
    blocks.push(
      table(
        ['Afspraak', 'Partij', 'Activiteit', 'Status', 'Resultaat en toelichting'],
        columns(PORTRAIT_WIDTH, [1.6, 1.9, 3.1, 1.9, 3.5]),
        report.steering.map((r) => [
          names.agreementRef(r.agreementId),
          `${names.partyShort(r.partyId)}${yearLabel(ctx, r.executionYear)}`,
          flat(r.activity),
          statusCell(ctx, r, r.executionYear),
          { paragraphs: [para(flat(r.result), STYLE.tableText), ...(r.explanation.trim() ? [para(flat(r.explanation), STYLE.tableSmall)] : [])] },
        ]),
      ),
    );
  }
  const behind = report.indicators.filter((i) => i.status === 'behind');
  blocks.push(heading2('Indicatoren die achterlopen'));
  if (behind.length === 0) blocks.push(para('Alle indicatoren met cijfers liggen op schema.'));
  else blocks.push(...behind.map((p) => runs([new TextRun({ text: `${p.indicator.title}: `, bold: true }), new TextRun(p.message)])));
  return blocks;
}

// ---------------------------------------------------------------- advice

const ADVICE_TITLE = 'Advies aan het Bestuurlijk Overleg';

function adviceChapter(ctx: Ctx): Block[] {
  const { report } = ctx;
  const advice = report.advice.trim();
  if (!advice) {
    // Said plainly: a document that goes out has no form to fill in; one sentence needs no page of its own.
    return [heading1(ADVICE_TITLE, { newPage: false }), para(adviceMissingText(report))];
  }
  const blocks: Block[] = [heading1(ADVICE_TITLE)];
  blocks.push(para(adviceSourceText(report), STYLE.note, { keepNext: true }));
  const paragraphs = advice.split(/\n\s*\n/);
  paragraphs.forEach((p, i) => {
    blocks.push(
      new Paragraph({
        indent: { left: 142 },
        border: { left: { style: 'single', size: 18, color: COLORS.accent, space: 6 } },
        // The advice stays together with its introduction, and a short advice on one page.
        keepLines: true,
        keepNext: i < paragraphs.length - 1 && paragraphs.length <= 4,
        children: p.split('\n').map((line, j) => new TextRun({ text: line, ...(j > 0 ? { break: 1 } : {}) })),
      }),
    );
  });
  return blocks;
}

// ---------------------------------------------------------------- themes (landscape)// ---------------------------------------------------------------- themes (landscape)

function resultHeaders(ctx: Ctx): { headers: string[]; widths: number[] } {
  const headers = ['Partij', ...(ctx.multiYear ? ['Jaar'] : []), 'Gepland', 'Status', 'Gerealiseerd', 'Waarom niet / toelichting', 'Bijsturing'];
  const widths = columns(LANDSCAPE_WIDTH, [1.6, ...(ctx.multiYear ? [0.7] : []), 3.6, 1.6, 3.4, 3.4, 1.0]);
  return { headers, widths };
}

function resultRow(ctx: Ctx, r: ActivityResult, withAgreement = false): (string | CellSpec)[] {
  const activity: Paragraph[] = [para(flat(r.activity), STYLE.tableText)];
  if (!r.planned) activity.push(para('Niet gepland', STYLE.tableSmall));
  if (withAgreement && r.agreementId !== null) activity.push(para(`Afspraak ${ctx.names.agreementRef(r.agreementId)}`, STYLE.tableSmall));
  const steering = r.steeringNeeded === true;
  return [
    { paragraphs: [runs([new TextRun({ text: ctx.names.partyShort(r.partyId), bold: true })], STYLE.tableText)] },
    ...(ctx.multiYear ? [String(r.executionYear)] : []),
    { paragraphs: activity },
    statusCell(ctx, r, r.executionYear),
    flat(r.result),
    explanationCell(ctx, r),
    steering
      ? { paragraphs: [runs([new TextRun({ text: 'ja', bold: true, color: COLORS.signalText })], STYLE.tableText)], fill: COLORS.signalFill }
      : steeringText(r.steeringNeeded),
  ];
}

function missingRow(ctx: Ctx, m: { partyId: string; activity: string; year: number }): (string | CellSpec)[] {
  return [
    { paragraphs: [runs([new TextRun({ text: ctx.names.partyShort(m.partyId), bold: true })], STYLE.tableText)] },
    ...(ctx.multiYear ? [String(m.year)] : []),
    flat(m.activity),
    statusCell(ctx, null, m.year),
    { paragraphs: [para(awaitedIn(ctx.report, m.year) ? 'Nog niet ontvangen.' : 'Geen resultaat ontvangen.', STYLE.tableSmall)] },
    '',
    '',
  ];
}

function themeChapters(ctx: Ctx): Block[] {
  const blocks: Block[] = [];
  for (const theme of ctx.report.themes) {
    blocks.push(heading1(`${theme.number} ${theme.title}`));
    blocks.push(
      table(
        ['Stoplicht', 'Beantwoord', 'Stand', ...(ctx.multiYear ? theme.years.map((y) => String(y.year)) : [])],
        columns(LANDSCAPE_WIDTH, [1.6, 1.6, 5.5, ...(ctx.multiYear ? theme.years.map(() => 1.6) : [])]),
        [[lightCell(theme.summary), responseText(theme.summary), summaryText(theme.summary), ...(ctx.multiYear ? theme.years.map((y) => lightCell(y.summary)) : [])]],
      ),
      spacer(),
    );
    const topics = theme.topics.filter((t) => t.agreements.length > 0);
    if (topics.length === 0) {
      blocks.push(para('Binnen dit thema waren geen activiteiten gepland en zijn geen resultaten gemeld.', STYLE.note));
      continue;
    }
    for (const topic of theme.topics) {
      if (topic.number !== String(theme.number)) blocks.push(heading2(`${topic.number} ${topic.title}`));
      if (topic.agreements.length === 0) {
        blocks.push(para('Geen geplande activiteiten en geen resultaten.', STYLE.note));
        continue;
      }
      for (const a of topic.agreements) blocks.push(...agreementBlocks(ctx, a));
    }
  }
  return blocks;
}

function agreementBlocks(ctx: Ctx, a: ReportAgreement): Block[] {
  const { headers, widths } = resultHeaders(ctx);
  const meta: ParagraphChild[] = [...labelled('Trekker', a.leadText || '—'), new TextRun('    '), ...labelled('Stand', summaryText(a.summary))];
  const blocks: Block[] = [
    heading3(`Afspraak ${a.reference}`),
    para(flat(a.text), STYLE.agreementText),
    runs([...meta, new TextRun('    '), new TextRun({ text: lightText(a.summary), bold: true, color: LIGHT_FILLS[a.summary.light].text })], STYLE.agreementMeta),
  ];
  if (a.results.length + a.missing.length === 0) {
    blocks.push(para('Geen activiteiten gepland en geen resultaten gemeld.', STYLE.note));
    return blocks;
  }
  const rows = [...a.results.map((r) => ({ year: r.executionYear, row: resultRow(ctx, r) })), ...a.missing.map((m) => ({ year: m.year, row: missingRow(ctx, m) }))];
  rows.sort((x, y) => x.year - y.year);
  blocks.push(table(headers, widths, rows.map((r) => r.row)));
  return blocks;
}

// ---------------------------------------------------------------- unplanned, unlinked, missing explanations

function unplannedChapter(ctx: Ctx): Block[] {
  const { report } = ctx;
  const { headers, widths } = resultHeaders(ctx);
  const blocks: Block[] = [heading1('Niet geplande activiteiten en activiteiten zonder afspraak')];
  blocks.push(heading2('Niet gepland, wel gedaan'));
  if (report.unplanned.length === 0) blocks.push(para('De partijen hebben geen werk gemeld dat niet gepland was.'));
  else {
    blocks.push(para('Werk dat de partijen hebben gedaan zonder dat het in het gezamenlijk activiteitenoverzicht stond.', STYLE.note, { keepNext: true }));
    blocks.push(table(headers, widths, report.unplanned.map((r) => resultRow(ctx, r, true))));
  }
  blocks.push(heading2('Zonder afspraak'));
  const { results, missing } = report.unlinked;
  if (results.length + missing.length === 0) blocks.push(para('Alle resultaten zijn aan een afspraak gekoppeld.'));
  else {
    blocks.push(para('Resultaten en geplande activiteiten die niet aan een afspraak gekoppeld zijn; ze staan hier zodat niets verloren gaat.', STYLE.note, { keepNext: true }));
    blocks.push(table(headers, widths, [...results.map((r) => resultRow(ctx, r)), ...missing.map((m) => missingRow(ctx, m))]));
  }
  return blocks;
}

function missingExplanationChapter(ctx: Ctx): Block[] {
  const { report, names } = ctx;
  const blocks: Block[] = [heading1('Ontbrekende toelichtingen')];
  if (report.missingExplanations.length === 0) {
    blocks.push(para('Bij elke activiteit die vertraagd, niet gestart of vervallen is, hebben de partijen een toelichting gegeven.'));
    return blocks;
  }
  blocks.push(para('Bij deze activiteiten is de status vertraagd, niet gestart of vervallen, maar ontbreekt de verplichte toelichting. De werkgroep vraagt deze na.', undefined, { keepNext: true }));
  blocks.push(
    table(
      ['Afspraak', 'Partij', ...(ctx.multiYear ? ['Jaar'] : []), 'Activiteit', 'Status', 'Resultaat'],
      columns(LANDSCAPE_WIDTH, [1.3, 1.8, ...(ctx.multiYear ? [0.7] : []), 5, 1.6, 4]),
      report.missingExplanations.map((r) => [
        names.agreementRef(r.agreementId),
        names.party(r.partyId),
        ...(ctx.multiYear ? [String(r.executionYear)] : []),
        flat(r.activity),
        statusCell(ctx, r, r.executionYear),
        flat(r.result),
      ]),
    ),
  );
  return blocks;
}

// ---------------------------------------------------------------- appendix per party

function partyAppendix(ctx: Ctx): Block[] {
  const { report } = ctx;
  const { headers, widths } = resultHeaders(ctx);
  const blocks: Block[] = [heading1('Bijlage: resultaten per partij')];
  const all = collectResults(report);
  report.parties.forEach((party) => {
    blocks.push(heading2(party.name));
    const summary = report.byParty.find((b) => b.partyId === party.id)?.summary;
    const answered = party.submissions
      .map((s) => (s.version === null ? `${s.year}: ${awaitedIn(report, s.year) ? `${unansweredWord(true)} (${deadlineText(s.year, report.agreementSet.cycleDates)})` : unansweredWord(false)}` : `${s.year}: versie ${s.version}`))
      .join('; ');
    blocks.push(
      runs([...labelled('Soort', partyKindLabel(party.kind)), new TextRun('    '), ...labelled('Aangeleverd', answered)], STYLE.agreementMeta),
      ...(summary ? [runs([...labelled('Stand', summaryText(summary)), new TextRun('    '), new TextRun({ text: lightText(summary), bold: true, color: LIGHT_FILLS[summary.light].text })], STYLE.agreementMeta)] : []),
    );
    const own = all.filter((x) => x.partyId === party.id);
    if (own.length === 0) {
      blocks.push(para(`Van ${party.name} zijn geen geplande activiteiten en geen resultaten bekend.`, STYLE.note));
      return;
    }
    const partyHeaders = ['Afspraak', ...headers.slice(1)];
    blocks.push(
      table(
        partyHeaders,
        widths,
        own.map((x) => {
          const row = x.result ? resultRow(ctx, x.result) : missingRow(ctx, x.missing!);
          row[0] = ctx.names.agreementRef(x.agreementId);
          return row;
        }),
      ),
    );
  });
  return blocks;
}

interface Collected {
  partyId: string;
  agreementId: number | null;
  year: number;
  result?: ActivityResult;
  missing?: { partyId: string; activity: string; year: number };
}

function collectResults(report: AccountabilityReport): Collected[] {
  const out: Collected[] = [];
  for (const t of report.themes) {
    for (const topic of t.topics) {
      for (const a of topic.agreements) {
        out.push(...a.results.map((r) => ({ partyId: r.partyId, agreementId: a.id, year: r.executionYear, result: r })));
        out.push(...a.missing.map((m) => ({ partyId: m.partyId, agreementId: a.id, year: m.year, missing: m })));
      }
    }
  }
  out.push(...report.unlinked.results.map((r) => ({ partyId: r.partyId, agreementId: null, year: r.executionYear, result: r })));
  out.push(...report.unlinked.missing.map((m) => ({ partyId: m.partyId, agreementId: null, year: m.year, missing: m })));
  return out;
}

