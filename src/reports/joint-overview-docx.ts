// The gezamenlijk activiteitenoverzicht as a Word document, ready to send:
// a cover, a table of contents (a field Word fills when the document opens),
// an introduction, the aandachtspunten and wederkerigheid, then per theme and
// topic the afspraken with their activities in landscape tables, and the
// activities without an afspraak in an appendix.
import { bullet, heading1, heading2, heading3, labelled, para, runs, type Block } from './docx-blocks';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { askedViaText, needOpenDecisionText, openQuestions } from '../domain/open-questions';
import type { AttentionKind, BundleActivity, BundleParty, JointOverview, NeedCheck, UnaddressedNeed } from '../domain/joint-overview';
import { COLORS, STYLE, documentStyles, tableStylesXml } from './docx-styles';
import { widestWord } from './text-width';
import { jointOverviewSummary } from './executive-summary';
import { executiveSummaryBlocks } from './executive-summary-docx';
import { linkIsOpen } from '../domain/links';
import { alignmentLabel, bundleDeliveries, coverLineOf, bundleLateSentences, dateNl, linkLabel, notesLabel, unlinkedAppendixTitle, receivedDay, submissionStateLabel, versionExplanation } from './labels';
import { beforeDeadline, formatDateNl, monthOfDeadline } from '../domain/calendar';
import type { DeliveryStatus } from '../domain/delivery';
import { VERSION_STATUS_WORD } from '../domain/bundle-decisions';
import {
  buildReportModel,
  flat,
  groupPartyIds,
  shorten,
  summaryLines,
  type ActivityGroup,
  type OverviewIndex,
  type ReportAgreement,
  type ReportModel,
  type ReportOptions,
} from './report-model';

// A4 in twips, with margins of 2 cm (2.2 cm at the sides of portrait pages).
export const A4_SHORT = 11906;
export const A4_LONG = 16838;
export const PORTRAIT_MARGIN = 1247;
export const LANDSCAPE_MARGIN = 1134;
export const PORTRAIT_WIDTH = A4_SHORT - 2 * PORTRAIT_MARGIN;
export const LANDSCAPE_WIDTH = A4_LONG - 2 * LANDSCAPE_MARGIN;


interface Ctx {
  model: ReportModel;
  index: OverviewIndex;
}

export async function writeJointOverviewDocx(overview: JointOverview, options: ReportOptions = {}): Promise<Buffer> {
  const { model, index } = buildReportModel(overview, options);
  const ctx: Ctx = { model, index };
  return packWithContentsPages((pageNumbers) => buildDocument(ctx, pageNumbers), model.activityCount);
}

/**
 * The page numbers alone. estimatePageNumbers also lays the body out once more for the list numbers of
 * headings numbered as a list, to start their entries in the contents with them; our headings write
 * their numbers in their text ("2.1 Nieuwbouw"), so that pass (a sixth of the export) would find none.
 */
const pagesOnly: PageNumberEstimator = (document, context) => estimatePageNumbers(document, context);

/** Above this many activities or results the table of contents is written without page numbers (see packWithContentsPages). */
export const ESTIMATE_MAX_ACTIVITIES = 150;

/**
 * Packs a report. The page numbers of the table of contents are worked out as
 * Word lays the pages out, so the contents are complete even before Word
 * updates its fields (and in readers that never do). The layout costs about a
 * second per 35 activities of CPU time, so a very large report leaves the
 * numbers to Word, as does an estimate that fails: Word fills them when it
 * opens the file.
 */
export async function packWithContentsPages(build: (pageNumbers?: PageNumberEstimator) => Document, rows: number): Promise<Buffer> {
  if (rows <= ESTIMATE_MAX_ACTIVITIES) {
    try {
      return await Packer.toBuffer(build(pagesOnly));
    } catch {
      // Written below without the estimate.
    }
  }
  return Packer.toBuffer(build());
}

function buildDocument(ctx: Ctx, pageNumbers?: PageNumberEstimator): Document {
  const { model } = ctx;
  const { overview } = model;
  return new Document({
    creator: 'Werkgroep Prestatieafspraken',
    lastModifiedBy: 'Prestatieafspraken Werkbank',
    title: model.party ? `${model.title} – ${model.party.name}` : model.title,
    subject: overview.agreementSet.title,
    description: model.versionLabel,
    keywords: `prestatieafspraken; activiteitenoverzicht; ${overview.planningYear}`,
    // Word updates the table of contents and the page numbers when it opens the document.
    features: { updateFields: true },
    ...(pageNumbers ? { pageNumbers } : {}),
    externalStyles: tableStylesXml(),
    styles: documentStyles(),
    sections: [
      { properties: portrait(), children: cover(ctx) },
      {
        properties: portrait(),
        headers: { default: header(ctx) },
        footers: { default: footer(ctx) },
        // The bestuurlijke samenvatting opens the document, before the contents.
        children: [...executiveSummaryBlocks(jointOverviewSummary(ctx.model, ctx.index)), ...contents(true), ...introduction(ctx), ...attentionChapter(ctx), ...reciprocityChapter(ctx)],
      },
      {
        // The activity tables need the width: the body and the appendix are landscape.
        properties: landscape(),
        headers: { default: header(ctx) },
        footers: { default: footer(ctx) },
        children: [...themeChapters(ctx), ...appendix(ctx)],
      },
    ],
  });
}

export function portrait(): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.PORTRAIT },
      margin: { top: 1247, bottom: 1134, left: PORTRAIT_MARGIN, right: PORTRAIT_MARGIN, header: 567, footer: 567 },
    },
  };
}

export function landscape(): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: A4_SHORT, height: A4_LONG, orientation: PageOrientation.LANDSCAPE },
      margin: { top: 1134, bottom: 1020, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN, header: 510, footer: 510 },
    },
  };
}

// ---------------------------------------------------------------- building blocks

export interface CellSpec {
  paragraphs: Paragraph[];
  fill?: string;
}

export function cell(content: string | Paragraph[] | CellSpec, width: number): TableCell {
  const spec: CellSpec = typeof content === 'string' ? { paragraphs: [para(content, STYLE.tableText)] } : Array.isArray(content) ? { paragraphs: content } : content;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: spec.paragraphs.length > 0 ? spec.paragraphs : [para('', STYLE.tableText)],
    ...(spec.fill ? { shading: { type: 'clear', color: 'auto', fill: spec.fill } } : {}),
  });
}

export interface TableOptions {
  /** Header text size in half-points; the table text's (9 pt) by default. Made smaller when the header words do not fit otherwise. */
  headerSize?: number;
  /** The least width of some columns, in twips (a column's longest body word, say); the header's words are fitted anyway. */
  minWidths?: (number | undefined)[];
  /** Keeps the table's last row with the paragraph after it (a legend, a note on the table). */
  keepWithNext?: boolean;
}

/** Tables of at most this many rows stay on one page, with what leads into them. */
export const SHORT_TABLE_ROWS = 5;
/** Twips of cell margin, left and right together (docx-styles.ts: 85 each). */
const CELL_MARGINS = 170;
/** The least header size, in half-points, before words may break after all. */
const SMALLEST_HEADER = 13;

/**
 * A table in the report's table style: the first row is its header, repeated
 * on every page the table runs over; body rows do not break across pages.
 * A short table stays on one page, with what leads into it; a long one starts
 * with at least two rows under its header and never leaves its last row alone
 * on a page. Every column is at least as wide as the longest word of its
 * header, so no header word breaks ("Gereal|iseerd"): the width comes from the
 * columns with room to spare, and when there is not enough the header text is
 * made a little smaller.
 */
export function table(headers: string[], widths: number[], rows: (string | Paragraph[] | CellSpec)[][], options: number | TableOptions = {}): Table {
  const o: TableOptions = typeof options === 'number' ? { headerSize: options } : options;
  const total = widths.reduce((a, b) => a + b, 0);
  const fitted = fitHeaderWidths(headers, widths, o);
  const n = rows.length;
  // Keep with next: a row with the one below it. All but the last of a short table; else the first and the last but one.
  const keep = (i: number): boolean => (n <= SHORT_TABLE_ROWS ? i < n - 1 : i === 0 || i === n - 2) || (i === n - 1 && o.keepWithNext === true);
  return new Table({
    style: STYLE.table,
    width: { size: total, type: WidthType.DXA },
    columnWidths: fitted.widths,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: true, noVBand: true, noHBand: false },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        // The header goes with the first row, and so with what leads into the table.
        keepNext: true,
        children: headers.map((h, i) =>
          cell([runs([new TextRun({ text: h.replace(/\u00AD/g, ''), ...(fitted.headerSize ? { size: fitted.headerSize } : {}) })], STYLE.tableText)], fitted.widths[i] ?? 0),
        ),
      }),
      ...rows.map(
        (row, i) =>
          new TableRow({
            cantSplit: true,
            ...(keep(i) ? { keepNext: true } : {}),
            children: row.map((content, c) => cell(content, fitted.widths[c] ?? 0)),
          }),
      ),
    ],
  });
}

/**
 * Column widths in which every header word fits on one line: a column too
 * narrow for its longest header word (or for its given least width) takes what
 * it lacks from the columns with room to spare, in proportion to that room.
 * When the words do not fit even so, the header size goes down half a point
 * at a time; at the smallest size the columns share what there is.
 */
export function fitHeaderWidths(headers: string[], widths: number[], options: TableOptions = {}): { widths: number[]; headerSize: number | undefined } {
  const total = widths.reduce((a, b) => a + b, 0);
  let size = options.headerSize ?? 18;
  for (;;) {
    // 5% to spare for rounding and for Word's own spacing.
    const need = headers.map((h, i) => Math.max(Math.ceil(widestWord(h, size / 2) * 20 * 1.05) + CELL_MARGINS, options.minWidths?.[i] ?? 0));
    const lacking = need.reduce((sum, m, i) => sum + Math.max(0, m - (widths[i] ?? 0)), 0);
    if (lacking === 0) return { widths: [...widths], headerSize: options.headerSize };
    const room = widths.map((w, i) => Math.max(0, w - (need[i] ?? 0)));
    const spare = room.reduce((a, b) => a + b, 0);
    if (spare >= lacking || size <= SMALLEST_HEADER) {
      const share = Math.min(1, spare === 0 ? 0 : lacking / spare);
      const out = widths.map((w, i) => Math.max(w, need[i] ?? 0) - Math.floor((room[i] ?? 0) * share));
      // What rounding left over goes to the widest column, so the table keeps its width.
      const widest = out.indexOf(Math.max(...out));
      out[widest]! += total - out.reduce((a, b) => a + b, 0);
      return { widths: out, headerSize: size === 18 && options.headerSize === undefined ? undefined : size };
    }
    size -= 1;
  }
}

/** Column widths as fractions of the text width, in twips that add up exactly. */
export function columns(total: number, fractions: number[]): number[] {
  const sum = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.floor((total * f) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [] });
}

// ---------------------------------------------------------------- cover, header, footer

function statusColor(model: ReportModel): string {
  switch (model.overview.version.status) {
    case 'draft':
      return COLORS.concept;
    case 'final':
      return COLORS.definitive;
    default:
      return COLORS.draft;
  }
}

function cover({ model }: Ctx): Block[] {
  const { overview } = model;
  const status = VERSION_STATUS_WORD[overview.version.status].toUpperCase();
  const blocks: Block[] = [
    runs([new TextRun({ text: coverLineOf(overview.agreementSet), bold: true })], STYLE.coverLine),
    new Paragraph({ spacing: { before: 2400, after: 0 }, children: [] }),
    new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(model.title)] }),
    new Paragraph({ style: STYLE.coverSubtitle, children: [new TextRun(overview.agreementSet.title)] }),
  ];
  if (model.party) {
    blocks.push(
      new Paragraph({
        style: STYLE.coverSubtitle,
        spacing: { before: 0, after: 480 },
        children: [new TextRun({ text: `Deel voor ${model.party.name}`, bold: true, color: COLORS.title })],
      }),
    );
  }
  blocks.push(
    new Paragraph({
      spacing: { before: 480, after: 120 },
      border: { left: { style: 'single', size: 36, color: statusColor(model), space: 10 } },
      indent: { left: 227 },
      children: [new TextRun({ text: status, bold: true, size: 40, color: statusColor(model) })],
    }),
    new Paragraph({
      style: STYLE.coverLine,
      indent: { left: 227 },
      border: { left: { style: 'single', size: 36, color: statusColor(model), space: 10 } },
      children: [new TextRun({ text: model.versionLabel, bold: true }), new TextRun(` — ${model.dateText}`)],
    }),
    new Paragraph({
      style: STYLE.coverLine,
      indent: { left: 227 },
      border: { left: { style: 'single', size: 36, color: statusColor(model), space: 10 } },
      children: [new TextRun({ text: versionExplanation(overview.version), size: 20 })],
    }),
    new Paragraph({ spacing: { before: 3600, after: 120 }, children: [new TextRun({ text: `Planningsjaar ${overview.planningYear}`, bold: true, color: COLORS.title })] }),
    para(
      `Opgesteld door de Werkgroep Prestatieafspraken op basis van de activiteitenoverzichten van ${overview.parties.map((p) => p.name).join(', ').replace(/, ([^,]*)$/, ' en $1')}.`,
      STYLE.note,
    ),
  );
  return blocks;
}

function header({ model }: Ctx): Header {
  const status = model.overview.version.status;
  const text = status === 'final' ? '' : status === 'draft' ? `CONCEPT — ${model.versionLabel}` : 'WERKVERSIE — niet versturen';
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        children: text ? [new TextRun({ text, bold: true, color: statusColor(model) })] : [],
      }),
    ],
  });
}

function footer({ model }: Ctx): Footer {
  return runningFooter(model.runningTitle);
}

/** "<title> — pagina n van m", centred in the footer style. */
export function runningFooter(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun(`${title} — pagina `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' van '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The table of contents; on a page of its own when something comes before it in its section (the bestuurlijke samenvatting). */
export function contents(pageBreakBefore = false): Block[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, ...(pageBreakBefore ? { pageBreakBefore } : {}), children: [new TextRun('Inhoud')] }),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

// ---------------------------------------------------------------- introduction

function introduction(ctx: Ctx): Block[] {
  const { model } = ctx;
  const { overview, party } = model;
  const year = overview.planningYear;
  const dates = overview.agreementSet.cycleDates;
  const blocks: Block[] = [heading1('Inleiding')];
  if (party) {
    blocks.push(
      para(
        `Dit document bevat het deel van het gezamenlijk activiteitenoverzicht ${year} dat ${party.name} aangaat: ` +
          `de eigen activiteiten van ${party.shortName}, wat andere partijen van ${party.shortName} nodig hebben ` +
          `en de aandachtspunten voor ${party.shortName}. Het volledige overzicht met de activiteiten van alle partijen ` +
          'verstuurt de Werkgroep Prestatieafspraken aan alle partijen.',
      ),
    );
  }
  blocks.push(
    para(
      `Het gezamenlijk activiteitenoverzicht laat zien wat de partijen van de ${overview.agreementSet.title} ` +
        `in planningsjaar ${year} gaan doen${overview.agreementSet.cycleSection ? ` (paragraaf ${overview.agreementSet.cycleSection} van de prestatieafspraken)` : ''}. De partijen reiken hun ` +
        `activiteitenoverzichten ${beforeDeadline('overviews', year - 1, dates, false)} aan; de Werkgroep Prestatieafspraken bundelt ze en stemt ` +
        `${beforeDeadline('alignment', year - 1, dates, false)} af wie bij de uitvoering wordt betrokken, welke toezeggingen worden gedaan en wat nog ` +
        `onvoldoende wordt opgepakt. In ${monthOfDeadline('bundle', dates)} gaat het afgestemde overzicht naar alle partijen, om te verwerken in de ` +
        'eigen begroting en jaarplannen.',
    ),
    runs([new TextRun({ text: `${model.versionLabel}, ${model.dateText}. `, bold: true }), new TextRun(versionExplanation(overview.version))], STYLE.note),
  );

  blocks.push(heading2('Leeswijzer'));
  blocks.push(
    para(
      'Na deze inleiding volgen de aandachtspunten: wat nog niet is opgepakt of afgestemd. Het hoofdstuk ' +
        (party
          ? `wederkerigheid laat zien wat andere partijen van ${party.shortName} vragen en wat ${party.shortName} van anderen vraagt. `
          : 'wederkerigheid laat zien wie wat van wie nodig heeft, en of daar een activiteit of toezegging tegenover staat. ') +
        'Daarna staan per thema en onderwerp de afspraken met hun activiteiten en de afstemming door de werkgroep. ' +
        `${alignmentReading(overview.version.status === 'final')} ` +
        (model.openLinks.proposed > 0
          ? 'Een activiteit waarvan de koppeling met de afspraak nog een voorstel van de Werkbank is, is gemarkeerd als ' +
            '„voorgestelde koppeling”: de werkgroep heeft die koppeling nog niet bevestigd. '
          : '') +
        'De bijlage bevat de activiteiten die (nog) niet bij een afspraak staan.',
    ),
  );

  blocks.push(heading2('Ingediende activiteitenoverzichten'));
  const submitted = overview.parties.filter((p) => p.state === 'submitted').length;
  blocks.push(
    para(
      submitted === overview.parties.length
        ? `Alle ${overview.parties.length} partijen hebben een activiteitenoverzicht ingediend.`
        : `${submitted} van de ${overview.parties.length} partijen hebben een activiteitenoverzicht ingediend.`,
    ),
    ...bundleLateSentences(overview).map((sentence) => para(sentence)),
  );
  const widths = columns(PORTRAIT_WIDTH, [2.4, 1.5, 1.1, 3.3, 1.8, 1.7]);
  blocks.push(
    table(
      ['Partij', 'Status', 'Versie', 'Bestand', 'Ontvangen op', 'Activiteiten'],
      widths,
      bundleDeliveries(overview).map(({ party, status }) => partyRow(party, status)),
    ),
    spacer(),
  );

  blocks.push(heading2('Het overzicht in cijfers'));
  blocks.push(...summaryLines(model).map((line) => bullet(line)));

  return blocks;
}

/** What the Afstemming column says, for the reading guide: the werkgroep's alignment, not the link with the afspraak. */
function alignmentReading(definitive: boolean): string {
  return definitive
    ? 'De kolom Afstemming zegt per activiteit wat de werkgroep heeft vastgesteld: „Afgestemd”, „Toegezegd” (een partij heeft iets toegezegd), ' +
        '„Besproken, niet afgestemd”, of „Niet besproken” als de werkgroep de activiteit niet heeft besproken.'
    : 'De kolom Afstemming zegt hoe ver de werkgroep is met de afstemming: „Nog niet besproken”, „Nog niet afgestemd”, „Afgestemd” of „Toegezegd”.';
}

function partyRow(p: BundleParty, delivery: DeliveryStatus): CellSpec[] {
  const missing = p.state !== 'submitted' || !p.submission;
  const sub = p.submission;
  // The day the partner's file arrived, as the secretary stated it, not the day it was imported.
  const received = receivedDay(sub);
  const mark = (text: string, signal = missing): CellSpec => ({
    paragraphs: [runs([new TextRun({ text, bold: signal, color: signal ? COLORS.signalText : COLORS.text })], STYLE.tableText)],
    ...(signal ? { fill: COLORS.signalFill } : {}),
  });
  return [
    { paragraphs: [para(p.name, STYLE.tableText)] },
    mark(missing ? 'niet ingediend' : submissionStateLabel(p.state).toLowerCase()),
    { paragraphs: [para(sub ? (sub.versionCount > 1 ? `${sub.version} van ${sub.versionCount}` : String(sub.version)) : '—', STYLE.tableText)] },
    { paragraphs: [para(sub?.fileName ?? '—', STYLE.tableText)] },
    delivery.state === 'late'
      ? mark(
          received === delivery.receivedOn
            ? `${formatDateNl(delivery.receivedOn)} (te laat)`
            : `${dateNl(received ?? '')} (eerste versie ${formatDateNl(delivery.receivedOn)}: te laat)`,
          true,
        )
      : { paragraphs: [para(received ? dateNl(received) : '—', STYLE.tableText)] },
    { paragraphs: [para(String(p.activityCount), STYLE.tableText)] },
  ];
}

// ---------------------------------------------------------------- aandachtspunten

function attentionChapter({ model, index }: Ctx): Block[] {
  const blocks: Block[] = [heading1('Aandachtspunten')];
  if (model.attentionCount === 0) {
    blocks.push(para(model.party ? `Er zijn geen aandachtspunten voor ${model.party.shortName}.` : 'Er zijn geen aandachtspunten.'));
    return blocks;
  }
  blocks.push(
    para(
      model.party
        ? `Voor ${model.party.shortName} signaleert de werkgroep ${model.attentionCount} aandachtspunten. Ze staan ook bij de afspraken waar ze over gaan.`
        : `De werkgroep signaleert ${model.attentionCount} aandachtspunten. Ze staan ook bij de afspraken waar ze over gaan.`,
    ),
  );
  const widths = columns(PORTRAIT_WIDTH, [5, 1]);
  blocks.push(
    table(
      ['Soort', 'Aantal'],
      widths,
      model.attention.map((g) => [g.title, String(g.points.length)]),
    ),
  );
  for (const group of model.attention) {
    blocks.push(heading2(`${group.title} (${group.points.length})`));
    if (group.explanation) blocks.push(para(group.explanation, STYLE.note, { keepNext: true }));
    for (const point of group.points) {
      const reference = index.agreementReference(point.agreementId);
      const text = reference && !point.message.includes(reference) ? `${reference}: ${point.message}` : point.message;
      // A reference alone tells the reader little: the afspraak itself, shortened, goes under it.
      const agreement = AGREEMENT_KINDS.has(point.kind) && point.agreementId !== undefined ? index.agreements.get(point.agreementId)?.agreement : undefined;
      blocks.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun(text),
            ...(agreement
              ? [new TextRun({ break: 1, text: `${shorten(agreement.text, 220)} (trekker: ${agreement.leadText || '—'})`, size: 17, color: COLORS.muted })]
              : []),
          ],
        }),
      );
    }
  }
  return blocks;
}

const AGREEMENT_KINDS: ReadonlySet<AttentionKind> = new Set(['agreement-without-activity', 'lead-without-activity', 'insufficient']);

/** At most `max` characters, cut at a word, with an ellipsis. */

// ---------------------------------------------------------------- wederkerigheid

function reciprocityChapter({ model, index }: Ctx): Block[] {
  const { overview, party } = model;
  const blocks: Block[] = [heading1('Wederkerigheid')];
  blocks.push(
    para(
      `Prestaties zijn niet eenzijdig${overview.agreementSet.reciprocitySection ? ` (paragraaf ${overview.agreementSet.reciprocitySection})` : ''}: ` +
        'als een partij iets van een andere partij nodig heeft, ' +
        'hoort daar een activiteit of toezegging van die partij tegenover te staan. Dit hoofdstuk laat zien of dat zo is.',
    ),
  );
  if (model.questions.total === 0) {
    blocks.push(para(party ? `Er zijn geen vragen van of aan ${party.shortName}.` : 'Geen van de partijen heeft iets van een andere partij gevraagd.'));
    return blocks;
  }

  blocks.push(heading2('Wie vraagt wat van wie'));
  blocks.push(para('Per cel: hoeveel vragen de partij in de rij aan de partij in de kolom stelt, en hoeveel daarvan beantwoord zijn met een activiteit of toezegging.', STYLE.note));
  const parties = overview.parties;
  const matrixWidths = columns(PORTRAIT_WIDTH, [1.9, ...parties.map(() => 1.5)]);
  const cells = new Map(model.reciprocity.map((c) => [`${c.fromPartyId}>${c.toPartyId}`, c]));
  blocks.push(
    table(
      ['Vraagt ↓ / aan →', ...parties.map((p) => p.shortName)],
      matrixWidths,
      parties.map((from) => [
        { paragraphs: [runs([new TextRun({ text: from.shortName, bold: true })], STYLE.tableText)] },
        ...parties.map((to): CellSpec => {
          if (from.id === to.id) return { paragraphs: [para('—', STYLE.tableSmall, { alignment: AlignmentType.CENTER })] };
          const c = cells.get(`${from.id}>${to.id}`);
          if (!c || c.requests === 0) return { paragraphs: [para('', STYLE.tableText)] };
          const open = c.requests - c.answered;
          return {
            paragraphs: [para(`${c.answered} van ${c.requests}`, STYLE.tableText, { alignment: AlignmentType.CENTER })],
            fill: open > 0 ? COLORS.signalFill : COLORS.okFill,
          };
        }),
      ]),
      // The legend below goes with the matrix.
      { headerSize: 16, keepWithNext: true },
    ),
    para('Groen: alle vragen beantwoord. Rood: nog vragen zonder antwoord.', STYLE.note),
  );

  const withoutParty = model.questions.total - model.needs.length;
  if (withoutParty > 0) {
    blocks.push(
      para(
        `Daarnaast ${withoutParty === 1 ? 'noemt 1 vraag' : `noemen ${withoutParty} vragen`} geen partij van deze prestatieafspraken; ` +
          `die staan bij de open vragen.`,
        STYLE.note,
      ),
    );
  }
  blocks.push(
    para(
      'Een vraag is beantwoord als de gevraagde partij een activiteit of toezegging heeft die zegt wat er gevraagd wordt, ' +
        'als zij dezelfde gezamenlijke activiteit meldt, of als de werkgroep het antwoord heeft vastgelegd. ' +
        'Een activiteit bij dezelfde afspraak die over iets anders gaat, is geen antwoord. ' +
        'Waar de tekstherkenning zich vergist, beslist de werkgroep: beantwoord door een activiteit die zij aanwijst, of open; de reden staat erbij.',
      STYLE.note,
    ),
  );

  const activityCell = (identity: string, agreementId: number | null): CellSpec => ({
    paragraphs: [
      para(flat(index.activities.get(identity)?.activity.activity ?? ''), STYLE.tableText),
      ...(agreementId !== null ? [para(`Afspraak ${index.agreementReference(agreementId)}`, STYLE.tableSmall)] : []),
    ],
  });
  const name = (id: string): string => index.partyName(id);
  const needRows = (list: NeedCheck[], withFrom: boolean, withTo: boolean): CellSpec[][] =>
    list.map((n) => {
      const via = askedViaText(n, name);
      const other = index.otherWorkOf(n);
      return [
        ...(withFrom ? [{ paragraphs: [para(name(n.fromPartyId), STYLE.tableText)] }] : []),
        ...(withTo ? [{ paragraphs: [para(name(n.toPartyId), STYLE.tableText), ...(via ? [para(via, STYLE.tableSmall)] : [])] }] : []),
        { paragraphs: [para(flat(n.text), STYLE.tableText)] },
        activityCell(n.activityIdentity, n.agreementId),
        n.answered
          ? { paragraphs: n.answeredBy.length > 0 ? n.answeredBy.map((a) => para(index.answerText(a), STYLE.tableText)) : [para('beantwoord', STYLE.tableText)], fill: COLORS.okFill }
          : {
              paragraphs: [
                runs([new TextRun({ text: 'Nog geen antwoord', bold: true, color: COLORS.signalText })], STYLE.tableText),
                ...(needOpenDecisionText(n, name) !== null ? [para(needOpenDecisionText(n, name) as string, STYLE.tableSmall)] : []),
                ...(n.askedInvolved ? [para(`${name(n.toPartyId)} is wel als betrokkene genoemd.`, STYLE.tableSmall)] : []),
                // Once the werkgroep decided, its reason says it; the activities on the afspraak need no second mention.
                ...(other.length > 0 && n.decision === undefined
                  ? [para(`Bij deze afspraak wel: ${other.slice(0, 2).map((a) => `‘${flat(a.activity)}’`).join(' en ')}; daarin staat niet wat er gevraagd wordt.`, STYLE.tableSmall)]
                  : []),
              ],
              fill: COLORS.signalFill,
            },
      ];
    });
  /** A need that names no party: nobody to answer it. */
  const unaddressedRows = (list: UnaddressedNeed[], withFrom: boolean): CellSpec[][] =>
    list.map((n) => [
      ...(withFrom ? [{ paragraphs: [para(name(n.fromPartyId), STYLE.tableText)] }] : []),
      {
        paragraphs: [
          n.outside.length > 0
            ? para(n.outside.join(', '), STYLE.tableText)
            : runs([new TextRun({ text: 'niet gezegd', italics: true })], STYLE.tableText),
        ],
      },
      { paragraphs: [para(flat(n.text), STYLE.tableText)] },
      activityCell(n.activityIdentity, n.agreementId),
      {
        paragraphs: [
          runs([new TextRun({ text: 'Nog geen antwoord', bold: true, color: COLORS.signalText })], STYLE.tableText),
          para(n.outside.length > 0 ? 'Geen partij van deze prestatieafspraken.' : 'Zegt niet van wie.', STYLE.tableSmall),
        ],
        fill: COLORS.signalFill,
      },
    ]);

  if (party) {
    const toParty = openQuestions(overview, { partyId: party.id, side: 'asked' });
    const fromParty = openQuestions(overview, { partyId: party.id, side: 'asks' });
    blocks.push(heading2(`Wat andere partijen van ${party.shortName} vragen`));
    if (toParty.total === 0) blocks.push(para(`Geen van de andere partijen vraagt iets van ${party.shortName}.`));
    else
      blocks.push(
        table(
          ['Vraagt', 'Wat is nodig', 'Bij activiteit', 'Antwoord'],
          columns(PORTRAIT_WIDTH, [1.8, 2.9, 2.9, 2.6]),
          needRows([...toParty.unanswered, ...toParty.answered], true, false),
        ),
      );
    blocks.push(heading2(`Wat ${party.shortName} van andere partijen vraagt`));
    if (fromParty.total === 0) blocks.push(para(`${party.shortName} vraagt niets van andere partijen.`));
    else
      blocks.push(
        table(['Aan', 'Wat is nodig', 'Bij activiteit', 'Antwoord'], columns(PORTRAIT_WIDTH, [1.8, 2.9, 2.9, 2.6]), [
          ...needRows([...fromParty.unanswered, ...fromParty.answered], false, true),
          ...unaddressedRows(fromParty.unaddressed, false),
        ]),
      );
    return blocks;
  }

  const q = model.questions;
  blocks.push(heading2(`Open vragen (${q.open})`));
  if (q.open === 0) blocks.push(para('Elke vraag aan een andere partij is beantwoord met een activiteit of toezegging.'));
  else
    blocks.push(
      table(['Vraagt', 'Aan', 'Wat is nodig', 'Bij activiteit', 'Antwoord'], columns(PORTRAIT_WIDTH, [1.6, 1.8, 2.5, 2.5, 2.0]), [
        ...needRows(q.unanswered, true, true),
        ...unaddressedRows(q.unaddressed, true),
      ]),
    );
  blocks.push(heading2(`Beantwoorde vragen (${q.answered.length})`));
  if (q.answered.length === 0) blocks.push(para('Nog geen van de vragen is beantwoord.'));
  else
    blocks.push(
      table(
        ['Vraagt', 'Aan', 'Wat is nodig', 'Bij activiteit', 'Beantwoord door'],
        columns(PORTRAIT_WIDTH, [1.5, 1.5, 2.3, 2.3, 2.8]),
        needRows(q.answered, true, true),
      ),
    );
  return blocks;
}

// ---------------------------------------------------------------- themes

/** Landscape activity table: Partij, Activiteit, Rol, Planning, Nodig van, Afstemming, Toezeggingen. */
const ACTIVITY_WIDTHS = columns(LANDSCAPE_WIDTH, [1.9, 3.8, 1.6, 1.5, 2.5, 1.8, 1.8]);
const ACTIVITY_HEADERS = ['Partij', 'Activiteit', 'Rol', 'Planning', 'Nodig van', 'Afstemming', 'Toezeggingen'];

function themeChapters(ctx: Ctx): Block[] {
  const { model } = ctx;
  const year = model.overview.planningYear;
  const blocks: Block[] = [];
  for (const { theme, topics } of model.themes) {
    blocks.push(heading1(`${theme.number} ${theme.title}`));
    const shown = topics.filter((t) => t.agreements.length > 0);
    if (shown.length === 0) {
      blocks.push(
        para(
          model.party
            ? `Binnen dit thema lopen in ${year} geen afspraken waar ${model.party.shortName} bij betrokken is, en heeft ${model.party.shortName} geen activiteiten ingediend.`
            : `Binnen dit thema lopen in ${year} geen afspraken en zijn geen activiteiten ingediend.`,
          STYLE.note,
        ),
      );
      continue;
    }
    for (const { topic, ownHeading, agreements } of topics) {
      // A party's report leaves out the topics it has nothing in; the full overview names every topic.
      if (model.party && agreements.length === 0) continue;
      if (ownHeading) blocks.push(heading2(`${topic.number} ${topic.title}`));
      if (agreements.length === 0) {
        blocks.push(para(`Geen afspraken die in ${year} lopen, en geen activiteiten.`, STYLE.note));
        continue;
      }
      for (const agreement of agreements) blocks.push(...agreementBlocks(agreement, ctx));
    }
  }
  return blocks;
}

function agreementBlocks(item: ReportAgreement, ctx: Ctx): Block[] {
  const { agreement, groups, signals } = item;
  const year = ctx.model.overview.planningYear;
  const blocks: Block[] = [heading3(`Afspraak ${agreement.reference}`), para(flat(agreement.text), STYLE.agreementText)];
  const meta: ParagraphChild[] = [
    ...labelled('Trekker', agreement.leadText || '—'),
    new TextRun('    '),
    ...labelled('Betrokkenen', agreement.involvedText || '—'),
    new TextRun('    '),
    ...labelled('Uitvoering', agreement.scheduleText || '—'),
  ];
  if (!agreement.active) meta.push(new TextRun({ text: `    (loopt volgens de uitvoering niet in ${year})`, italics: true }));
  blocks.push(runs(meta, STYLE.agreementMeta));
  for (const signal of signals) {
    // A party that is only betrokkene and has no activity of its own is told so plainly, not as a gap.
    const style = signal.kind === 'none-of-party' ? STYLE.note : signal.kind === 'insufficient' ? STYLE.warning : STYLE.signal;
    blocks.push(para(signal.text, style, { keepNext: groups.length > 0 }));
  }
  if (groups.length > 0) {
    blocks.push(table(ACTIVITY_HEADERS, ACTIVITY_WIDTHS, groups.map((g) => activityRow(g, ctx))));
  }
  return blocks;
}

/** The seven cells of one activity, or of a joint activity of several parties. */
function activityRow(group: ActivityGroup, ctx: Ctx): CellSpec[] {
  const { index } = ctx;
  const acts = group.activities;
  const joint = group.joint;
  const prefix = (a: BundleActivity): string => (joint ? `${index.partyName(a.partyId)}: ` : '');
  const line = (text: string, style: string = STYLE.tableText): Paragraph => para(text, style);

  // Partij
  const partyCell: Paragraph[] = groupPartyIds(group, index).map((id) => runs([new TextRun({ text: index.partyName(id), bold: true })], STYLE.tableText));
  if (joint) partyCell.push(line('Gezamenlijke activiteit', STYLE.tableSmall));

  // Activiteit: the text once; when the parties wrote it differently, each as written.
  const first = acts[0]!;
  const activityCell: Paragraph[] = [line(flat(first.activity))];
  if (joint) {
    for (const other of acts.slice(1)) {
      if (flat(other.activity).toLowerCase() !== flat(first.activity).toLowerCase()) {
        activityCell.push(line(`Zo ingediend door ${index.partyName(other.partyId)}: ${flat(other.activity)}`, STYLE.tableSmall));
      }
    }
  }
  // Details as the parties wrote them; in a joint activity each says whose it is.
  const whose = (a: BundleActivity): string => (joint ? ` (${index.partyName(a.partyId)})` : '');
  // A link the Werkbank proposed and nobody confirmed is not stated as fact.
  const proposed = acts.filter((a) => a.linkStatus === 'proposed');
  for (const a of proposed) activityCell.push(proposedLinkParagraph(whose(a)));
  for (const a of acts) {
    const involved = [...a.involved.map((r) => r.written), ...a.alignment.alsoInvolved.map((id) => index.partyName(id))];
    if (involved.length > 0) activityCell.push(line(`Betrokken${whose(a)}: ${[...new Set(involved)].join(', ')}`, STYLE.tableSmall));
    if (a.ambition) activityCell.push(line(`Ambitie${whose(a)}: ${flat(a.ambition)}`, STYLE.tableSmall));
    if (a.notes) activityCell.push(line(`${notesLabel(index.parties.get(a.partyId))}${whose(a)}: ${flat(a.notes)}`, STYLE.tableSmall));
    // Columns the reader did not know (a partner's own numbering, a cell as typed) stay in the app: this document goes out.
  }

  const perParty = (value: (a: BundleActivity) => string | undefined): Paragraph[] => {
    const values = acts.map((a) => ({ a, v: flat(value(a) ?? '') })).filter((x) => x.v !== '');
    // One value for the whole joint activity only when every party gave that value.
    const same = values.length === acts.length && new Set(values.map((x) => x.v)).size === 1;
    if (same) return [line(values[0]!.v)];
    // Whose value it is above the value, in small print: party names are long for these narrow columns.
    return values.map((x) =>
      runs([new TextRun({ text: index.partyName(x.a.partyId), size: 16, color: COLORS.muted }), new TextRun({ text: x.v, break: 1 })], STYLE.tableText),
    );
  };

  // Nodig van: what, from whom, and whether it is answered.
  const needsCell: Paragraph[] = acts.flatMap((a) => needsParagraphs(a, prefix(a), index));

  // Afstemming: the werkgroep's status and notes, and open duplicate proposals.
  const definitive = ctx.model.overview.version.status === 'final';
  const statusCell: Paragraph[] = perParty((a) => alignmentLabel(a.alignment, definitive));
  for (const a of acts) {
    if (a.alignment.notes.trim()) statusCell.push(line(`Werkgroep${whose(a)}: ${flat(a.alignment.notes)}`, STYLE.tableSmall));
  }
  const open = [...new Set(acts.flatMap((a) => index.openDuplicatesOf(a)))];
  for (const proposal of open) {
    const others = proposal.partyIds.filter((id) => !acts.some((a) => a.partyId === id));
    statusCell.push(line(`Mogelijk dubbel met ${index.partyNames(others)} (voorstel open)`, STYLE.tableSmall));
  }

  const promiseCell: Paragraph[] = acts.flatMap((a) => a.alignment.promises.map((p) => runs([new TextRun({ text: `${index.partyName(p.partyId)}: `, bold: true }), new TextRun(flat(p.text))], STYLE.tableText)));

  return [
    { paragraphs: partyCell, ...(joint ? { fill: COLORS.okFill } : {}) },
    { paragraphs: activityCell, ...(proposed.length > 0 ? { fill: COLORS.warnFill } : {}) },
    { paragraphs: perParty((a) => a.role) },
    { paragraphs: perParty((a) => a.planning) },
    { paragraphs: needsCell },
    { paragraphs: statusCell },
    { paragraphs: promiseCell },
  ];
}

/** "voorgestelde koppeling – nog niet bevestigd door de werkgroep", under the activity it concerns. */
function proposedLinkParagraph(whose: string): Paragraph {
  return runs(
    [
      new TextRun({ text: `voorgestelde koppeling${whose}`, bold: true, color: COLORS.warnText }),
      new TextRun({ text: ' – de Werkbank stelt deze afspraak voor; nog niet bevestigd door de werkgroep', color: COLORS.warnText }),
    ],
    STYLE.tableSmall,
  );
}

/** Under an activity without afspraak: what is open ("kies: …", "geen afspraak gevonden") or the werkgroep's "geen afspraak". */
function unlinkedParagraph(a: BundleActivity): Paragraph {
  const label = linkLabel(a);
  if (!linkIsOpen(a.linkStatus)) {
    return runs([new TextRun({ text: `${label} – vastgesteld door de werkgroep`, italics: true, color: COLORS.muted })], STYLE.tableSmall);
  }
  return runs([new TextRun({ text: label, bold: true, color: COLORS.signalText })], STYLE.tableSmall);
}

/** What an activity needs, from whom, and per asked party whether it is answered. */
function needsParagraphs(a: BundleActivity, prefix: string, index: OverviewIndex): Paragraph[] {
  const checks = index.needsOf(a);
  if (!a.needs && a.needsFrom.length === 0 && checks.length === 0) return [];
  const out: Paragraph[] = [];
  if (a.needs) out.push(para(`${prefix}${flat(a.needs)}`, STYLE.tableText));
  const from = a.needsFrom.map((r) => r.written).filter((w) => w);
  if (from.length > 0) out.push(runs(labelled('Van', from.join(', ')), STYLE.tableSmall));
  for (const check of checks) {
    out.push(
      runs(
        [
          new TextRun(`${index.partyName(check.toPartyId)}: `),
          check.answered
            ? new TextRun({ text: 'beantwoord', color: COLORS.definitive, bold: true })
            : new TextRun({ text: check.decision?.decision === 'open' ? 'open volgens de werkgroep' : 'nog geen antwoord', color: COLORS.signalText, bold: true }),
        ],
        STYLE.tableSmall,
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- appendix

function appendix({ model, index }: Ctx): Block[] {
  const open = model.unlinked.filter((a) => linkIsOpen(a.linkStatus)).length;
  const blocks: Block[] = [heading1(unlinkedAppendixTitle(open, model.unlinked.length - open))];
  if (model.unlinked.length === 0) {
    blocks.push(para('Alle activiteiten zijn aan een afspraak gekoppeld.'));
    return blocks;
  }
  const has = (status: BundleActivity['linkStatus']) => model.unlinked.some((a) => a.linkStatus === status);
  blocks.push(
    para(
      'Deze activiteiten staan (nog) niet bij een afspraak uit de prestatieafspraken. Ze staan hier zoals ze zijn ' +
        'ingediend, zodat niets verloren gaat.' +
        (has('choice') ? ' Bij „kies” past de activiteit bij meer afspraken; de werkgroep kiest.' : '') +
        (has('none') ? ' Bij „geen afspraak gevonden” vond de Werkbank er geen; de werkgroep bespreekt waar de activiteit hoort.' : '') +
        (has('manual') ? ' Bij „geen afspraak” heeft de werkgroep vastgesteld dat de activiteit niet bij een afspraak hoort.' : ''),
    ),
  );
  const widths = columns(LANDSCAPE_WIDTH, [1.9, 4.8, 1.6, 1.4, 2.9, 2.3]);
  blocks.push(
    table(
      ['Partij', 'Activiteit', 'Rol', 'Planning', 'Nodig van', 'Bron'],
      widths,
      model.unlinked.map((a) => {
        const party = index.parties.get(a.partyId);
        const details = [
          ...(a.notes ? [para(`${notesLabel(party)}: ${flat(a.notes)}`, STYLE.tableSmall)] : []),
          ...(a.ambition ? [para(`Ambitie: ${flat(a.ambition)}`, STYLE.tableSmall)] : []),
        ];
        const needs = needsParagraphs(a, '', index);
        return [
          { paragraphs: [runs([new TextRun({ text: index.partyName(a.partyId), bold: true })], STYLE.tableText)] },
          { paragraphs: [para(flat(a.activity), STYLE.tableText), unlinkedParagraph(a), ...details], ...(linkIsOpen(a.linkStatus) ? { fill: COLORS.signalFill } : {}) },
          a.role ?? '',
          a.planning ?? '',
          { paragraphs: needs },
          {
            paragraphs: [
              para(party?.submission?.fileName ?? '', STYLE.tableSmall),
              para(`blad ${a.sheet}, rij ${a.rowNumber}`, STYLE.tableSmall),
            ],
          },
        ];
      }),
    ),
  );
  return blocks;
}
